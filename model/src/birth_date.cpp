#include "cwt/model/birth_date.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "cwt/model/messages.hpp"

namespace cwt {

namespace {

constexpr std::array<std::string_view, 12> kMonthNamesEn{
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

YearMonth month_of(Date day) {
  const auto ymd = day.year_month_day();
  return {static_cast<int>(ymd.year), static_cast<int>(ymd.month)};
}

}  // namespace

std::string local_month(YearMonth month, Language language) {
  if (month.month < 1 || month.month > 12) return {};
  if (language == Language::zh)
    return std::to_string(month.year) + "年" + std::to_string(month.month) + "月";
  return std::string(kMonthNamesEn.at(static_cast<std::size_t>(month.month - 1))) + " " +
         std::to_string(month.year);
}

std::optional<std::string> birth_disagreement(const GivenBirth& given, Date id_birth) {
  if (given.day) {
    if (*given.day == id_birth) return std::nullopt;
    // TRANSLATORS: {1} the birth date a file or form gives, {2} the one the ID number holds.
    return tr("birth date {1} does not match the ID number (born {2} by the ID)",
              to_iso(*given.day), to_iso(id_birth));
  }
  const YearMonth born = month_of(id_birth);
  if (given.months.empty() || std::ranges::find(given.months, born) != given.months.end())
    return std::nullopt;
  const Language language = message_language();
  if (given.months.size() == 1)
    // TRANSLATORS: {1} a month a roster gives (1985年3月 / March 1985), {2} the ID number's
    // birth month.
    return tr("birth month {1} does not match the ID number (born {2} by the ID)",
              local_month(given.months.front(), language), local_month(born, language));
  // TRANSLATORS: {1} a number as the roster has it (1994.1), {2} and {3} its two readings
  // (January 1994, October 1994), {4} the ID number's birth month.
  return tr(
      "birth month {1} reads as {2}, or as {3} where Excel dropped the 0 of .10; neither "
      "matches the ID number (born {4} by the ID)",
      given.written, local_month(given.months.front(), language),
      local_month(given.months.back(), language), local_month(born, language));
}

}  // namespace cwt
