#pragma once
// The ID number settles a worker's birth date. A roster's 出生日期 or 出生年月
// column only repeats it: a whole day must be the ID number's, a month the
// ID number's month. The rule and its sentences live here; reading the cell
// is the importer's (exchange/cell_values.hpp).
#include <optional>
#include <string>
#include <vector>

#include "cwt/model/codes.hpp"
#include "cwt/model/dates.hpp"

namespace cwt {

struct YearMonth {
  int year = 0;
  int month = 0;  // 1-12
  friend bool operator==(const YearMonth&, const YearMonth&) = default;
};

// 1985年8月 / August 1985.
std::string local_month(YearMonth month, Language language);

// The birth a roster gives beside the ID number: a whole day, or a month
// read one way or two. 1994.1 (a number cell, or the text Excel writes for
// it) is January, or October whose 0 Excel dropped (it keeps 1994.10 as
// 1994.1); the ID number tells which was meant.
struct GivenBirth {
  std::string written;            // as the roster has it, for the sentence
  std::optional<Date> day;        // a whole date
  std::vector<YearMonth> months;  // the readings of a month-only value
};

// Nothing when the given birth agrees with the ID number's birth date (the
// day itself; for a month, one of its readings); otherwise the sentence
// saying so, the ID number's birth month or day named.
std::optional<std::string> birth_disagreement(const GivenBirth& given, Date id_birth);

}  // namespace cwt
