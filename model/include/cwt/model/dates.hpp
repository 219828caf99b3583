#pragma once
// Calendar rules. Every date in the model is a boost::gregorian::date; text
// appears only in parse_date (input) and to_iso (output).
#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace cwt {

using Date = boost::gregorian::date;

// The day a period of `years` years starting on `start` ends (Civil Code arts.
// 201-202): same month and day `years` later, or the last day of that month
// where the day does not exist. Unlike boost's `date + years(n)`, a start on
// the last day of a month does not snap to the target month's last day
// (2022-02-28 + 2 years = 2024-02-28, not 2024-02-29).
Date add_years(Date start, int years);

// Age in full years (周岁) on `day`. Born 29 February: a year older on
// 28 February in common years.
int age_on(Date birth, Date day);

// Accepts 2024-03-01, 2024/3/1 and 2024年3月1日 (surrounding blanks ignored).
// Returns nothing for any other text or an impossible day (2023-02-30).
std::optional<Date> parse_date(std::string_view text);

// 2024-03-01
std::string to_iso(Date day);

Date first_of_year(int year);
Date last_of_year(int year);

}  // namespace cwt
