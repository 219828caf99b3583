// Every generated record is one the program would accept, and the data look
// like a street office's.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "cwt/model/employment.hpp"
#include "cwt/model/id_number.hpp"
#include "cwt/model/validation.hpp"
#include "demo_support.hpp"

namespace cwt::test {
namespace {

std::string describe(const Problems& problems) {
  std::string text;
  for (const auto& p : problems) text += p.field + ": " + p.message + "; ";
  return text;
}

class DemoRecords : public ::testing::TestWithParam<const char*> {};

TEST_P(DemoRecords, EveryRecordPassesTheModelChecks) {
  const Date today = day(GetParam());
  const auto change = demo(500, GetParam());
  for (auto worker : change.upsert_workers) {
    const auto history = change.replace_history.find(worker.id_number);
    if (history != change.replace_history.end()) {
      EXPECT_EQ(worker.history, history->second) << worker.id_number;
      EXPECT_TRUE(check_history(history->second).empty())
          << worker.id_number << " " << describe(check_history(history->second));
    }
    EXPECT_TRUE(check_worker(worker, today).empty())
        << worker.id_number << " " << describe(check_worker(worker, today));
  }
  for (const auto& exam : change.add_exams)
    EXPECT_TRUE(check_exam(exam, today).empty()) << describe(check_exam(exam, today));
  for (const auto& certificate : change.add_certificates)
    EXPECT_TRUE(check_certificate(certificate, today).empty())
        << describe(check_certificate(certificate, today));
  for (const auto& record : change.add_training)
    EXPECT_TRUE(check_training(record, today, Policy{}).empty())
        << describe(check_training(record, today, Policy{}));
}

TEST_P(DemoRecords, NothingLiesAfterTodayOrOutsideEmployment) {
  const Date today = day(GetParam());
  const auto change = demo(500, GetParam());
  std::map<std::string, const Worker*> by_id;
  for (const auto& worker : change.upsert_workers) {
    by_id.emplace(worker.id_number, &worker);
    EXPECT_LE(worker.birth_date, today);
    EXPECT_LE(worker.hire_date, today);
    if (worker.leave_date) {
      EXPECT_LE(*worker.leave_date, today);
      EXPECT_GT(*worker.leave_date, worker.hire_date);
    }
  }
  for (const auto& exam : change.add_exams) EXPECT_LE(exam.date, today);
  for (const auto& certificate : change.add_certificates) EXPECT_LE(certificate.issue_date, today);
  for (const auto& record : change.add_training) {
    const Worker& worker = *by_id.at(record.id_number);
    EXPECT_LE(record.date, today);
    EXPECT_TRUE(is_active(worker, record.date))
        << record.id_number << " trained on " << to_iso(record.date) << " while not employed";
  }
}

TEST_P(DemoRecords, HistoriesRunFromHireToTheRosterPosition) {
  const Date today = day(GetParam());
  const auto change = demo(500, GetParam());
  std::map<std::string, const Worker*> by_id;
  for (const auto& worker : change.upsert_workers) by_id.emplace(worker.id_number, &worker);
  bool rose_to_leader_within_a_year = false;
  for (const auto& [id, spells] : change.replace_history) {
    const Worker& worker = *by_id.at(id);
    ASSERT_FALSE(spells.empty());
    EXPECT_EQ(spells.front().start, worker.hire_date) << id;
    EXPECT_EQ(spells.back().position, worker.position) << id;
    EXPECT_EQ(position_on(worker, worker.leave_date ? *worker.leave_date - boost::gregorian::days(1)
                                                    : today),
              worker.position)
        << id;
    for (std::size_t i = 1; i < spells.size(); ++i) {
      ASSERT_TRUE(spells[i - 1].end.has_value()) << id;
      EXPECT_EQ(*spells[i - 1].end + boost::gregorian::days(1), spells[i].start) << id;
      if (is_leader(spells[i].position) && !is_leader(spells[i - 1].position) &&
          spells[i].start.month() > 1)
        rose_to_leader_within_a_year = true;
    }
    EXPECT_EQ(spells.back().end.has_value(), worker.leave_date.has_value()) << id;
  }
  EXPECT_TRUE(rose_to_leader_within_a_year);
}

INSTANTIATE_TEST_SUITE_P(Days, DemoRecords,
                         ::testing::Values("2026-06-30", "2026-11-25", "2027-02-10", "2024-02-29"),
                         [](const auto& param_info) {
                           std::string today = param_info.param;
                           std::erase(today, '-');
                           return "on" + today;
                         });

TEST(DemoIdNumbers, ValidUniqueAndAgreeingWithBirthAndGender) {
  const Date today = day("2026-06-30");
  const auto change = demo(5000, "2026-06-30");
  std::set<std::string> seen;
  std::size_t tianjin = 0;
  for (const auto& worker : change.upsert_workers) {
    const auto parsed = parse_id_number(worker.id_number, today);
    ASSERT_TRUE(parsed.ok()) << worker.id_number << ": " << parsed.error();
    EXPECT_EQ(parsed->digits, worker.id_number);
    EXPECT_EQ(parsed->birth_date, worker.birth_date);
    EXPECT_EQ(parsed->gender, worker.gender);
    EXPECT_EQ(worker.id_number.back(), id_check_character(worker.id_number.substr(0, 17)));
    EXPECT_TRUE(seen.insert(worker.id_number).second) << "duplicate " << worker.id_number;
    tianjin += worker.id_number.starts_with("12");
  }
  EXPECT_EQ(seen.size(), 5000u);
  EXPECT_GT(tianjin, 4500u);  // mostly born in Tianjin
}

// UTF-8 Chinese characters are three bytes each.
std::size_t chinese_characters(const std::string& text) {
  for (unsigned char c : text)
    if (c < 0x80) return 0;
  return text.size() % 3 == 0 ? text.size() / 3 : 0;
}

TEST(DemoPeople, LookLikeAStreetOfficesWorkers) {
  const Date today = day("2026-06-30");
  const auto change = demo(2000, "2026-06-30");
  std::map<Position, int> positions;
  std::map<std::string, int> ethnicities;
  std::set<std::string> districts, streets, communities;
  int female = 0, hired_before_policy = 0, leavers = 0;
  for (const auto& worker : change.upsert_workers) {
    const std::size_t name_length = chinese_characters(worker.name);
    EXPECT_TRUE(name_length == 2 || name_length == 3) << worker.name;
    if (!worker.phone.empty()) {
      EXPECT_EQ(worker.phone.size(), 11u) << worker.phone;
      EXPECT_EQ(worker.phone.front(), '1') << worker.phone;
      EXPECT_TRUE(std::all_of(worker.phone.begin(), worker.phone.end(), ::isdigit)) << worker.phone;
    }
    EXPECT_TRUE(worker.org.community.ends_with("社区")) << worker.org.community;
    EXPECT_TRUE(worker.org.street.ends_with("街道")) << worker.org.street;
    EXPECT_FALSE(worker.org.district.empty());
    const int age_at_hire = age_on(worker.birth_date, worker.hire_date);
    EXPECT_GE(age_at_hire, 20) << worker.id_number;
    if (is_active(worker, today) && worker.hire_date >= day("2014-01-01")) {
      EXPECT_LE(age_on(worker.birth_date, today), 60) << worker.id_number;
    }
    EXPECT_GE(worker.hire_date, day("2006-06-30"));
    positions[worker.position]++;
    ethnicities[worker.ethnicity]++;
    districts.insert(worker.org.district);
    streets.insert(worker.org.street);
    communities.insert(worker.org.street + worker.org.community);
    female += worker.gender == Gender::female;
    hired_before_policy += worker.hire_date < day("2014-01-01");
    leavers += worker.leave_date.has_value();
  }
  EXPECT_EQ(positions.size(), 8u);  // every position occurs
  EXPECT_GT(positions[Position::community_staff], positions[Position::committee_member]);
  EXPECT_GT(positions[Position::grid_worker], positions[Position::deputy_director]);
  EXPECT_GT(ethnicities["汉族"], 1800);
  EXPECT_GE(ethnicities.size(), 3u);
  EXPECT_GE(districts.size(), 5u);
  EXPECT_GE(streets.size(), 10u);
  EXPECT_GT(communities.size(), 100u);
  EXPECT_GT(female, 1200);
  EXPECT_GT(hired_before_policy, 400);  // some hired before the policy
  EXPECT_GT(leavers, 40);
  EXPECT_LT(leavers, 300);
}

TEST(DemoCertificates, NumbersIssuersAndLevels) {
  const auto change = demo(500, "2026-06-30");
  std::set<CertificateType> types;
  std::set<ExamResult> results;
  for (const auto& certificate : change.add_certificates) {
    types.insert(certificate.type);
    EXPECT_FALSE(certificate.number.empty());
    EXPECT_FALSE(certificate.issuer.empty());
    EXPECT_EQ(certificate.level.has_value(), certificate.type == CertificateType::national_sw);
    if (certificate.type == CertificateType::city_cw) {
      EXPECT_EQ(certificate.issuer, "天津市民政局");
    }
  }
  for (const auto& exam : change.add_exams) {
    results.insert(exam.result);
    EXPECT_EQ(exam.score.has_value(), exam.result != ExamResult::absent);
    if (exam.result == ExamResult::passed) {
      EXPECT_GE(*exam.score, 60.0);
    }
    if (exam.result == ExamResult::failed) {
      EXPECT_LT(*exam.score, 60.0);
    }
  }
  EXPECT_EQ(types.size(), 3u);
  EXPECT_EQ(results.size(), 3u);
}

TEST(DemoTraining, CountsHoursAndVerification) {
  const auto change = demo(500, "2026-06-30");
  const std::size_t records = change.add_training.size();
  EXPECT_GT(records, 500u * 85);  // about a hundred per worker over ten years
  EXPECT_LT(records, 500u * 115);
  std::size_t unverified = 0;
  std::set<int> hours;
  std::set<TrainingCategory> categories;
  std::set<int> years;
  for (const auto& record : change.add_training) {
    EXPECT_GT(record.half_hours, 0);
    EXPECT_LE(record.half_hours, 16);
    EXPECT_FALSE(record.course.empty());
    EXPECT_FALSE(record.provider.empty());
    unverified += !record.verified;
    hours.insert(record.half_hours);
    categories.insert(record.category);
    years.insert(record.date.year());
  }
  EXPECT_GT(unverified, 0u);
  EXPECT_LT(unverified * 100, records * 3);  // most are verified
  EXPECT_TRUE(hours.contains(7));            // 3.5 hours
  EXPECT_TRUE(hours.contains(16));           // a full day
  EXPECT_EQ(categories.size(), 6u);
  EXPECT_EQ(years, (std::set<int>{2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026}));

  const auto three_years = demo(500, "2026-06-30", 1, 3);
  EXPECT_LT(three_years.add_training.size(), records / 2);
  EXPECT_GT(three_years.add_training.size(), 500u * 20);
}

TEST(DemoChange, DescribesItselfAndAsksForOneAuditRow) {
  const auto change = demo(50, "2026-06-30");
  EXPECT_TRUE(change.audit_summary_only);
  EXPECT_TRUE(change.description.starts_with("demo: 50 workers, 10 years")) << change.description;
  EXPECT_EQ(change.upsert_workers.size(), 50u);
  EXPECT_FALSE(change.replace_history.empty());
}

TEST(DemoChange, ExactWorkerCounts) {
  EXPECT_TRUE(demo(0, "2026-06-30").empty());
  EXPECT_EQ(demo(1, "2026-06-30").upsert_workers.size(), 1u);
  EXPECT_EQ(demo(17, "2026-06-30").upsert_workers.size(), 17u);
  EXPECT_EQ(demo(1234, "2026-06-30").upsert_workers.size(), 1234u);
}

TEST(DemoChange, RefusesOptionsOutOfRange) {
  DemoOptions options;  // today not set
  EXPECT_THROW(make_demo(options), std::invalid_argument);
  options.today = day("2026-06-30");
  options.workers = -1;
  EXPECT_THROW(make_demo(options), std::invalid_argument);
  options.workers = kMaxDemoWorkers + 1;
  EXPECT_THROW(make_demo(options), std::invalid_argument);
  options.workers = 10;
  options.years = 0;
  EXPECT_THROW(make_demo(options), std::invalid_argument);
  options.years = 1;
  EXPECT_NO_THROW(make_demo(options));
}

}  // namespace
}  // namespace cwt::test
