#include "cwt/model/policy.hpp"

#include <array>
#include <charconv>

#include "cwt/model/hours.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"
#include "text.hpp"

namespace cwt {
namespace {

constexpr std::array<std::string_view, 10> keys{"policy_effective_date",
                                                "exam_age_limit",
                                                "exam_age_inclusive",
                                                "certification_period_years",
                                                "due_soon_days",
                                                "leader_hours",
                                                "staff_hours",
                                                "proration",
                                                "qualifying_certificates",
                                                "max_record_hours"};

std::optional<int> parse_int(std::string_view text, int min, int max) {
  int value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || value < min || value > max) return std::nullopt;
  return value;
}

std::optional<bool> parse_bool(std::string_view text) {
  for (std::string_view yes : {"true", "yes", "1", "是"})
    if (text == yes) return true;
  for (std::string_view no : {"false", "no", "0", "否"})
    if (text == no) return false;
  return std::nullopt;
}

// "national_sw,city_cw" (an ideographic comma or 、 also separates).
std::optional<std::set<CertificateType>> parse_certificate_list(std::string_view text) {
  std::set<CertificateType> types;
  std::string normalized(text);
  for (std::string_view separator : {"，", "、"})
    for (auto at = normalized.find(separator); at != std::string::npos;
         at = normalized.find(separator))
      normalized.replace(at, separator.size(), ",");
  std::string_view rest = normalized;
  while (!rest.empty()) {
    const auto comma = rest.find(',');
    const auto item = trim_blanks(rest.substr(0, comma));
    auto type = parse_code<CertificateType>(item);
    if (!type) return std::nullopt;
    types.insert(*type);
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
  }
  if (types.empty()) return std::nullopt;
  return types;
}

}  // namespace

std::span<const std::string_view> setting_keys() { return keys; }

std::string setting_label(std::string_view key) {
  if (key == "policy_effective_date") return tr("Rule in force from");
  if (key == "exam_age_limit") return tr("Exam age limit");
  if (key == "exam_age_inclusive") return tr("Age limit included");
  if (key == "certification_period_years") return tr("Years to certify");
  if (key == "due_soon_days") return tr("Due soon (days)");
  if (key == "leader_hours") return tr("Leaders' yearly hours");
  if (key == "staff_hours") return tr("Staff yearly hours");
  if (key == "proration") return tr("Proration");
  if (key == "max_record_hours") return tr("Most hours per record");
  if (key == "qualifying_certificates") return tr("Qualifying certificates");
  return std::string(key);
}

std::string setting_named(std::string_view key) {
  std::string text = "“" + setting_label(key) + "”";
  if (message_reader() == Reader::command_line) text += " (" + std::string(key) + ")";
  return text;
}

std::vector<std::pair<std::string, std::string>> settings_of(const Policy& policy) {
  std::string certificates;
  for (auto type : policy.qualifying_certificates) {
    if (!certificates.empty()) certificates += ",";
    certificates += code(type);
  }
  return {
      {"policy_effective_date", to_iso(policy.policy_effective_date)},
      {"exam_age_limit", std::to_string(policy.exam_age_limit)},
      {"exam_age_inclusive", policy.exam_age_inclusive ? "true" : "false"},
      {"certification_period_years", std::to_string(policy.certification_period_years)},
      {"due_soon_days", std::to_string(policy.due_soon_days)},
      {"leader_hours", format_hours(policy.leader_half_hours)},
      {"staff_hours", format_hours(policy.staff_half_hours)},
      {"proration", std::string(code(policy.proration))},
      {"qualifying_certificates", certificates},
      {"max_record_hours", format_hours(policy.max_record_half_hours)},
  };
}

std::optional<std::string> apply_setting(Policy& policy, std::string_view key,
                                         std::string_view value) {
  value = trim_blanks(value);
  const std::string quoted = shown(value);
  if (key == "policy_effective_date") {
    auto day = parse_date(value);
    if (!day) return tr("{1} is not a date (use YYYY-MM-DD)", quoted);
    policy.policy_effective_date = *day;
  } else if (key == "exam_age_limit") {
    auto age = parse_int(value, 16, 100);
    if (!age) return tr("{1} is not an age from 16 to 100", quoted);
    policy.exam_age_limit = *age;
  } else if (key == "exam_age_inclusive") {
    auto flag = parse_bool(value);
    if (!flag) return tr("{1} is not true or false", quoted);
    policy.exam_age_inclusive = *flag;
  } else if (key == "certification_period_years") {
    auto years = parse_int(value, 1, 20);
    if (!years) return tr("{1} is not a number of years from 1 to 20", quoted);
    policy.certification_period_years = *years;
  } else if (key == "due_soon_days") {
    auto days = parse_int(value, 0, 3650);
    if (!days) return tr("{1} is not a number of days from 0 to 3650", quoted);
    policy.due_soon_days = *days;
  } else if (key == "leader_hours" || key == "staff_hours") {
    auto halves = parse_hours(value);
    if (!halves) return halves.error();
    if (*halves > 2000) return tr("{1} is more than 1000 class hours", quoted);
    (key == "leader_hours" ? policy.leader_half_hours : policy.staff_half_hours) = *halves;
  } else if (key == "max_record_hours") {
    auto halves = parse_hours(value);
    if (!halves) return halves.error();
    if (*halves > 2000) return tr("{1} is more than 1000 class hours", quoted);
    policy.max_record_half_hours = *halves;
  } else if (key == "proration") {
    auto proration = parse_code<Proration>(value);
    if (!proration) return tr("{1} is not one of none, by_month, by_day", quoted);
    policy.proration = *proration;
  } else if (key == "qualifying_certificates") {
    auto types = parse_certificate_list(value);
    if (!types)
      return tr("{1} is not a comma list of certificate types (national_sw, city_cw, other)",
                quoted);
    policy.qualifying_certificates = *types;
  } else {
    return tr("unknown setting {1}", shown(key));
  }
  return std::nullopt;
}

}  // namespace cwt
