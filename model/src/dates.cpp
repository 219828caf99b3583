#include "cwt/model/dates.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "cwt/model/text.hpp"
#include "text.hpp"

namespace cwt {

using boost::gregorian::gregorian_calendar;

Date add_years(Date start, int years) {
  const int year = start.year() + years;
  const int month = start.month();
  // Civil Code art. 202: no such day in the last month -> its last day. The
  // day is taken from `start`, never snapped to a month end like boost does.
  const int last = gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                        static_cast<unsigned short>(month));
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
              static_cast<unsigned short>(std::min<int>(start.day(), last)));
}

int age_on(Date birth, Date day) {
  // The k-th birthday is the end of a k-year period from birth, so a
  // 29 February birth turns k on 28 February of a common year.
  int age = day.year() - birth.year();
  if (add_years(birth, age) > day) --age;
  return age;
}

std::optional<Date> parse_date(std::string_view text) {
  text = trim_blanks(text);
  auto year = detail::take_number(text, 4);
  if (!year || *year < 1900) return std::nullopt;
  std::string_view separator;
  for (std::string_view candidate : {"-", "/", "年"})
    if (text.starts_with(candidate)) separator = candidate;
  if (separator.empty()) return std::nullopt;
  text.remove_prefix(separator.size());
  auto month = detail::take_number(text, 2);
  const std::string_view month_end = separator == "年" ? "月" : separator;
  if (!month || !text.starts_with(month_end)) return std::nullopt;
  text.remove_prefix(month_end.size());
  auto day = detail::take_number(text, 2);
  if (!day) return std::nullopt;
  if (separator == "年" && text.starts_with("日"))
    text.remove_prefix(std::string_view("日").size());
  if (!text.empty()) return std::nullopt;
  if (*month < 1 || *month > 12 || *day < 1) return std::nullopt;
  const auto y = static_cast<unsigned short>(*year);
  const auto m = static_cast<unsigned short>(*month);
  if (*day > gregorian_calendar::end_of_month_day(y, m)) return std::nullopt;
  return Date(y, m, static_cast<unsigned short>(*day));
}

std::string to_iso(Date day) {
  std::array<char, 16> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%04d-%02d-%02d", static_cast<int>(day.year()),
                static_cast<int>(day.month()), static_cast<int>(day.day()));
  return buffer.data();
}

Date first_of_year(int year) { return Date(static_cast<unsigned short>(year), 1, 1); }
Date last_of_year(int year) { return Date(static_cast<unsigned short>(year), 12, 31); }

}  // namespace cwt
