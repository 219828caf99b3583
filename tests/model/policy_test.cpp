// Policy settings: defaults, text round trips, bad values leaving the policy alone.
#include "cwt/model/policy.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>

#include "support.hpp"

namespace cwt {
namespace {

std::map<std::string, std::string> settings_map(const Policy& policy) {
  std::map<std::string, std::string> result;
  for (const auto& [key, value] : settings_of(policy)) result[key] = value;
  return result;
}

TEST(Policy, DefaultsAreTianjins) {
  const Policy policy;
  EXPECT_EQ(policy.policy_effective_date, Date(2014, 1, 1));
  EXPECT_EQ(policy.exam_age_limit, 45);
  EXPECT_TRUE(policy.exam_age_inclusive);
  EXPECT_EQ(policy.certification_period_years, 2);
  EXPECT_EQ(policy.due_soon_days, 90);
  EXPECT_EQ(policy.leader_half_hours, 80);
  EXPECT_EQ(policy.staff_half_hours, 40);
  EXPECT_EQ(policy.proration, Proration::by_month);
  EXPECT_EQ(policy.qualifying_certificates,
            (std::set<CertificateType>{CertificateType::national_sw, CertificateType::city_cw}));
}

// DOMAIN.md's table, then the settings cwtrack adds (max_record_hours).
TEST(SettingKeys, TheNamesOfTheDomainTableInOrder) {
  const auto keys = setting_keys();
  const std::vector<std::string_view> expected{"policy_effective_date",
                                               "exam_age_limit",
                                               "exam_age_inclusive",
                                               "certification_period_years",
                                               "due_soon_days",
                                               "leader_hours",
                                               "staff_hours",
                                               "proration",
                                               "qualifying_certificates",
                                               "max_record_hours"};
  EXPECT_EQ(std::vector<std::string_view>(keys.begin(), keys.end()), expected);
}

TEST(SettingsOf, DefaultValuesAsText) {
  const auto settings = settings_of(Policy{});
  ASSERT_EQ(settings.size(), setting_keys().size());
  for (std::size_t i = 0; i < settings.size(); ++i) EXPECT_EQ(settings[i].first, setting_keys()[i]);
  auto values = settings_map(Policy{});
  EXPECT_EQ(values["policy_effective_date"], "2014-01-01");
  EXPECT_EQ(values["exam_age_limit"], "45");
  EXPECT_EQ(values["exam_age_inclusive"], "true");
  EXPECT_EQ(values["certification_period_years"], "2");
  EXPECT_EQ(values["due_soon_days"], "90");
  EXPECT_EQ(values["leader_hours"], "40");
  EXPECT_EQ(values["staff_hours"], "20");
  EXPECT_EQ(values["proration"], "by_month");
  EXPECT_EQ(values["max_record_hours"], "200");
  const std::string& certificates = values["qualifying_certificates"];
  EXPECT_NE(certificates.find("national_sw"), std::string::npos) << certificates;
  EXPECT_NE(certificates.find("city_cw"), std::string::npos) << certificates;
  EXPECT_EQ(certificates.find("other"), std::string::npos) << certificates;
}

TEST(ApplySetting, EachKeyChangesItsField) {
  Policy policy;
  EXPECT_FALSE(apply_setting(policy, "policy_effective_date", "2015-07-01"));
  EXPECT_EQ(policy.policy_effective_date, Date(2015, 7, 1));
  EXPECT_FALSE(apply_setting(policy, "exam_age_limit", "50"));
  EXPECT_EQ(policy.exam_age_limit, 50);
  EXPECT_FALSE(apply_setting(policy, "exam_age_inclusive", "false"));
  EXPECT_FALSE(policy.exam_age_inclusive);
  EXPECT_FALSE(apply_setting(policy, "certification_period_years", "3"));
  EXPECT_EQ(policy.certification_period_years, 3);
  EXPECT_FALSE(apply_setting(policy, "due_soon_days", "30"));
  EXPECT_EQ(policy.due_soon_days, 30);
  EXPECT_FALSE(apply_setting(policy, "leader_hours", "30.5"));
  EXPECT_EQ(policy.leader_half_hours, 61);
  EXPECT_FALSE(apply_setting(policy, "staff_hours", "16"));
  EXPECT_EQ(policy.staff_half_hours, 32);
  EXPECT_FALSE(apply_setting(policy, "proration", "by_day"));
  EXPECT_EQ(policy.proration, Proration::by_day);
  EXPECT_FALSE(apply_setting(policy, "proration", "none"));
  EXPECT_EQ(policy.proration, Proration::none);
  EXPECT_FALSE(apply_setting(policy, "qualifying_certificates", "national_sw,city_cw,other"));
  EXPECT_EQ(policy.qualifying_certificates,
            (std::set<CertificateType>{CertificateType::national_sw, CertificateType::city_cw,
                                       CertificateType::other}));
  EXPECT_FALSE(apply_setting(policy, "qualifying_certificates", "city_cw"));
  EXPECT_EQ(policy.qualifying_certificates, (std::set<CertificateType>{CertificateType::city_cw}));
  EXPECT_FALSE(apply_setting(policy, "exam_age_inclusive", "true"));
  EXPECT_TRUE(policy.exam_age_inclusive);
}

TEST(ApplySetting, EveryKeyRoundTripsThroughSettingsOf) {
  Policy changed;
  changed.policy_effective_date = Date(2016, 2, 29);
  changed.exam_age_limit = 40;
  changed.exam_age_inclusive = false;
  changed.certification_period_years = 3;
  changed.due_soon_days = 60;
  changed.leader_half_hours = 61;  // 30.5 hours
  changed.staff_half_hours = 33;   // 16.5 hours
  changed.proration = Proration::by_day;
  changed.qualifying_certificates = {CertificateType::city_cw, CertificateType::other};

  for (const Policy& source : {changed, Policy{}}) {
    Policy target = source == Policy{} ? changed : Policy{};
    for (const auto& [key, value] : settings_of(source)) {
      const auto problem = apply_setting(target, key, value);
      EXPECT_FALSE(problem) << key << "=" << value << ": " << problem.value_or("");
    }
    EXPECT_TRUE(target == source);
    EXPECT_EQ(settings_of(target), settings_of(source));
  }
}

TEST(ApplySetting, MaxRecordHoursBoundsOneTrainingRecord) {
  Policy policy;
  EXPECT_EQ(apply_setting(policy, "max_record_hours", "90"), std::nullopt);
  EXPECT_EQ(policy.max_record_half_hours, 180);
  EXPECT_EQ(apply_setting(policy, "max_record_hours", "1000"), std::nullopt);
  EXPECT_EQ(policy.max_record_half_hours, 2000);
}

TEST(ApplySetting, BadValuesAreRejectedAndChangeNothing) {
  const std::pair<std::string_view, std::string_view> bad[] = {
      {"no_such_setting", "1"},
      {"", "1"},
      {"policy_effective_date", "2014-02-30"},
      {"policy_effective_date", "yesterday"},
      {"policy_effective_date", ""},
      {"exam_age_limit", "abc"},
      {"exam_age_limit", "-1"},
      {"exam_age_limit", "45.5"},
      {"exam_age_limit", ""},
      {"exam_age_inclusive", "maybe"},
      {"exam_age_inclusive", ""},
      {"certification_period_years", "0"},
      {"certification_period_years", "-2"},
      {"certification_period_years", "two"},
      {"certification_period_years", "1.5"},
      {"due_soon_days", "-1"},
      {"due_soon_days", "x"},
      {"leader_hours", "2.3"},
      {"leader_hours", "-40"},
      {"leader_hours", "forty"},
      {"staff_hours", "-20"},
      {"staff_hours", "20.25"},
      {"proration", "monthly"},
      {"proration", ""},
      {"qualifying_certificates", "national_sw,passport"},
      {"qualifying_certificates", "foo"},
      {"max_record_hours", "0"},
      {"max_record_hours", "1000.5"},
      {"max_record_hours", "lots"},
      {"leader_hours", "1000.5"},
      {"staff_hours", "999999999"},
  };
  Policy original;
  original.exam_age_limit = 44;  // not the defaults, so a reset would show too
  original.proration = Proration::by_day;
  for (const auto& [key, value] : bad) {
    Policy policy = original;
    const auto problem = apply_setting(policy, key, value);
    EXPECT_TRUE(problem) << key << "=" << value << " accepted";
    if (problem) {
      EXPECT_FALSE(problem->empty()) << key << "=" << value;
    }
    EXPECT_TRUE(policy == original) << key << "=" << value << " changed the policy";
  }
}

}  // namespace
}  // namespace cwt
