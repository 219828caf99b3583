#include "cwt/exchange/cell_values.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"

namespace cwt {

namespace {

// Digits from the front of `text` (at most `most`), removed from it.
std::optional<int> take_digits(std::string_view& text, std::size_t most) {
  std::size_t n = 0;
  while (n < text.size() && n < most && text[n] >= '0' && text[n] <= '9') ++n;
  if (n == 0) return std::nullopt;
  int value = 0;
  std::from_chars(text.data(), text.data() + n, value);
  text.remove_prefix(n);
  return value;
}

bool take(std::string_view& text, std::string_view head) {
  if (!text.starts_with(head)) return false;
  text.remove_prefix(head.size());
  return true;
}

std::string iso(int year, int month, int day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::string year_month(int year, int month) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  return buffer;
}

bool plausible(int year, int month) {
  return year >= 1900 && year <= 2999 && month >= 1 && month <= 12;
}

// The shortest decimal that reads back as `number` (2.5, 13812345678, 0.1).
std::string shortest(double number) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
  return std::string(buffer, result.ptr);
}

}  // namespace

FieldType field_type(std::string_view name) {
  if (name == "id_number") return FieldType::id_number;
  if (name == "birth_date") return FieldType::birth_date;
  if (name == "date" || name.ends_with("_date")) return FieldType::date;
  if (name == "hours" || name == "score") return FieldType::number;
  return FieldType::text;
}

std::optional<Date> date_of_serial(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < 1 || serial >= 2958466) return std::nullopt;
  const auto days = static_cast<long>(std::floor(serial));
  if (date1904) return Date(1904, 1, 1) + boost::gregorian::days(days);
  // The 1900 system counts a 29 February 1900 that never was (Lotus's
  // error, kept by Excel): serial 60. Days after it are one further on.
  if (days == 60) return std::nullopt;
  return Date(1899, 12, 31) + boost::gregorian::days(days < 60 ? days : days - 1);
}

std::optional<std::string> normalised_date_text(std::string_view text) {
  text = trim_blanks(text);
  // A time after the day: "2024-03-01 00:00:00", "2024/3/1 8:30".
  if (const auto space = text.find(' '); space != std::string_view::npos) {
    const auto rest = trim_blanks(text.substr(space));
    if (rest.find(':') != std::string_view::npos) text = text.substr(0, space);
  }
  std::string_view t = text;
  // 20240301 and 198503: digits only.
  if (t.size() == 8 || t.size() == 6) {
    bool digits = true;
    for (const char c : t) digits = digits && c >= '0' && c <= '9';
    if (digits) {
      std::string_view d = t;
      const int year = *take_digits(d, 4);
      const int month = *take_digits(d, 2);
      if (!plausible(year, month)) return std::nullopt;
      if (t.size() == 6) return year_month(year, month);
      const int day = *take_digits(d, 2);
      const std::string candidate = iso(year, month, day);
      if (!parse_date(candidate)) return std::nullopt;
      return candidate;
    }
  }
  const auto year = take_digits(t, 4);
  if (!year || *year < 1900) return std::nullopt;
  std::string_view month_end;
  if (take(t, "-"))
    month_end = "-";
  else if (take(t, "/"))
    month_end = "/";
  else if (take(t, "."))
    month_end = ".";
  else if (take(t, "年"))
    month_end = "月";
  else
    return std::nullopt;
  const auto month = take_digits(t, 2);
  if (!month || !plausible(*year, *month)) return std::nullopt;
  if (t.empty() || (month_end == "月" && t == "月")) return year_month(*year, *month);
  if (!take(t, month_end)) return std::nullopt;
  const auto day = take_digits(t, 2);
  if (!day)
    return month_end == "月" && t.empty() ? std::optional(year_month(*year, *month)) : std::nullopt;
  if (month_end == "月") take(t, "日");
  if (!t.empty()) return std::nullopt;
  const std::string candidate = iso(*year, *month, *day);
  if (!parse_date(candidate)) return std::nullopt;
  return candidate;
}

bool is_month_only(std::string_view text) {
  // Exactly "YYYY-MM", as normalised_date_text writes a month: any other
  // text (a value that merely has a '-' fifth) is no month.
  if (text.size() != 7 || text[4] != '-') return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (i != 4 && (text[i] < '0' || text[i] > '9')) return false;
  return true;
}

bool reads_two_ways(std::string_view text) {
  text = trim_blanks(text);
  return text.size() == 6 && text.substr(4) == ".1" &&
         std::all_of(text.begin(), text.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<GivenBirth> given_birth(std::string_view text) {
  text = trim_blanks(text);
  if (reads_two_ways(text)) {
    const int year = std::stoi(std::string(text.substr(0, 4)));
    if (!plausible(year, 1)) return std::nullopt;
    return GivenBirth{std::string(text), std::nullopt, {{year, 1}, {year, 10}}};
  }
  const auto normal = normalised_date_text(text);
  if (!normal) return std::nullopt;
  if (is_month_only(*normal))
    return GivenBirth{std::string(text),
                      std::nullopt,
                      {{std::stoi(normal->substr(0, 4)), std::stoi(normal->substr(5, 2))}}};
  return GivenBirth{std::string(text), parse_date(*normal), {}};
}

Expected<std::string> field_text(const SourceCell& cell, FieldType type, bool date1904) {
  using Result = Expected<std::string>;
  const bool numeric = cell.kind != SourceCell::Kind::text;
  switch (type) {
    case FieldType::birth_date:
      // 1994.1 is kept as written: it reads two ways, and the ID number
      // tells which (given_birth). Every other value is read as a date.
      if (cell.kind == SourceCell::Kind::number && reads_two_ways(shortest(cell.number)))
        return shortest(cell.number);
      if (!numeric && reads_two_ways(cell.text)) return std::string(trim_blanks(cell.text));
      [[fallthrough]];
    case FieldType::date: {
      if (numeric) {
        // An 8-digit number is 20240301 typed into a number cell, a
        // 6-digit one 198503; anything else a serial day.
        const double n = cell.number;
        if (n == std::floor(n) && n >= 19000101 && n <= 29991231)
          if (auto text = normalised_date_text(shortest(n))) return *text;
        if (n == std::floor(n) && n >= 190001 && n <= 299912)
          if (auto text = normalised_date_text(shortest(n))) return *text;
        // 1985.03 typed into a General cell is the number 1985.03 (and
        // 1985.10 the number 1985.1): a month, as rosters write 出生年月. As
        // a serial day it would be a day in 1905, which no field here means.
        if (n != std::floor(n) && n > 1900 && n < 3000) {
          const auto year = static_cast<int>(std::floor(n));
          const auto hundredths = std::lround((n - year) * 100);
          if (hundredths >= 1 && hundredths <= 12)
            return year_month(year, static_cast<int>(hundredths));
          // 1985.2 to 1985.9: typed so (1985.20 is no month).
          if (hundredths % 10 == 0 && hundredths >= 20 && hundredths <= 90)
            return year_month(year, static_cast<int>(hundredths / 10));
          return Result::failure(
              // TRANSLATORS: {1} a number like 1985.13 in a date column.
              tr("{1} is a number that is no date: for a year and month write it as 1985.03, "
                 "for a day as 1985.03.12 or a date cell",
                 cell.text));
        }
        if (const auto day = date_of_serial(n, date1904)) return to_iso(*day);
        return Result::failure(tr("{1} is a number that is no date", cell.text));
      }
      if (cell.text.empty()) return std::string();
      if (auto text = normalised_date_text(cell.text)) return *text;
      // Five digits as text: a date cell's serial number that lost its date
      // format on the way (a CSV saved from a General column); say which
      // date it is rather than guess.
      if (cell.text.size() == 5 && std::all_of(cell.text.begin(), cell.text.end(),
                                               [](char c) { return c >= '0' && c <= '9'; }))
        if (const auto day = date_of_serial(std::stod(cell.text), date1904))
          // TRANSLATORS: {1} a number like 45352, {2} the date it stands for.
          return Result::failure(
              tr("{1} looks like a date as Excel counts days: {2}. Format the cell as a date "
                 "(设置单元格格式 → 日期) or write {2}",
                 cell.text, to_iso(*day)));
      return cell.text;  // the parser says why it is no date
    }
    case FieldType::id_number:
      if (!numeric) return cell.text;
      if (cell.number == std::floor(cell.number) && cell.number > 0 && cell.number < 1e15 &&
          shortest(cell.number).size() == 15)
        return shortest(cell.number);
      return Result::failure(
          tr("the ID number is stored as a number ({1}), and Excel keeps only 15 digits of a "
             "number: its last digits are lost. Format the column as text (文本) and type the "
             "ID numbers again",
             cell.text));
    case FieldType::number:
    case FieldType::text:
      if (cell.kind == SourceCell::Kind::date)
        if (const auto day = date_of_serial(cell.number, date1904)) return to_iso(*day);
      return numeric ? shortest(cell.number) : cell.text;
  }
  return cell.text;
}

}  // namespace cwt
