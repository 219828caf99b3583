#include "cwt/model/local_dates.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <sstream>

namespace cwt {

namespace {

constexpr std::array<std::string_view, 12> kMonthsEn{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace

std::string local_date(Date day, Language language) {
  if (day.is_special()) return {};
  const auto ymd = day.year_month_day();
  if (language == Language::zh)
    return std::to_string(ymd.year) + "年" + std::to_string(ymd.month) + "月" +
           std::to_string(ymd.day) + "日";
  return std::to_string(ymd.day) + " " + std::string(kMonthsEn.at(ymd.month - 1u)) + " " +
         std::to_string(ymd.year);
}

std::optional<Date> parse_local_date(std::string_view text) {
  if (auto day = parse_date(text)) return day;
  // "29 Nov 2026": the day, the month's English abbreviation, the year.
  std::istringstream in{std::string(text)};
  unsigned day = 0;
  std::string month;
  unsigned year = 0;
  std::string rest;
  if (!(in >> day >> month >> year) || (in >> rest)) return std::nullopt;
  const auto found = std::ranges::find_if(kMonthsEn, [&](std::string_view name) {
    return month.size() == 3 &&
           std::equal(name.begin(), name.end(), month.begin(), [](char a, char b) {
             return std::tolower(static_cast<unsigned char>(a)) ==
                    std::tolower(static_cast<unsigned char>(b));
           });
  });
  if (found == kMonthsEn.end() || day < 1 || day > 31 || year < 1000 || year > 9999)
    return std::nullopt;
  const auto month_number = static_cast<unsigned>(found - kMonthsEn.begin()) + 1;
  char iso[16];
  std::snprintf(iso, sizeof iso, "%04u-%02u-%02u", year, month_number, day);
  return parse_date(iso);
}

}  // namespace cwt
