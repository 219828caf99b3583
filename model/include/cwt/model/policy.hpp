#pragma once
// The policy settings of DOMAIN.md, stored with the data. Defaults are
// Tianjin's 2014 values; every rule reads its numbers from here.
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cwt/model/codes.hpp"
#include "cwt/model/dates.hpp"

namespace cwt {

struct Policy {
  Date policy_effective_date{2014, 1, 1};
  int exam_age_limit = 45;
  bool exam_age_inclusive = true;
  int certification_period_years = 2;
  int due_soon_days = 90;
  int leader_half_hours = 80;  // 40 class hours, kept in half hours
  int staff_half_hours = 40;   // 20 class hours
  Proration proration = Proration::by_month;
  // The most class hours one training record may carry: a guard against
  // typing errors (2000 for 20) that would otherwise meet a year's requirement.
  // 200 by default, so that a degree course's 90 hours still fit.
  int max_record_half_hours = 400;
  std::set<CertificateType> qualifying_certificates{CertificateType::national_sw,
                                                    CertificateType::city_cw};

  bool operator==(const Policy&) const = default;
};

// The setting names, in the order of DOMAIN.md's table.
std::span<const std::string_view> setting_keys();

// A setting's name as people say it, in the program's language (the
// Settings page shows it; a message about a setting names it so): "Most
// hours per record" for max_record_hours. An unknown key comes back as it is.
std::string setting_label(std::string_view key);
// A setting as a message names it: “Most hours per record”, and on the
// command line (message_reader) with its key: “Most hours per record”
// (max_record_hours).
std::string setting_named(std::string_view key);

// Every setting as (key, text value), in setting_keys() order; text values are
// what `settings set` accepts (dates ISO, booleans true/false, hours like 40 or
// 20.5, qualifying_certificates as a comma list of certificate type codes).
std::vector<std::pair<std::string, std::string>> settings_of(const Policy& policy);

// Sets one setting from text. Returns the reason when the key is unknown or
// the value invalid; the policy is then unchanged.
std::optional<std::string> apply_setting(Policy& policy, std::string_view key,
                                         std::string_view value);

}  // namespace cwt
