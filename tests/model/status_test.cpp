// statuses_on: every active worker on a day, with the rules applied.
#include "cwt/model/status.hpp"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

#include "support.hpp"

namespace cwt {
namespace {

using test::make_certificate;
using test::make_worker;

const Date kDay(2024, 6, 1);  // day 153 of 2024

WorkerFile file_of(Worker worker, int completed = 0) {
  WorkerFile file;
  file.worker = std::move(worker);
  file.completed_half_hours = completed;
  return file;
}

// Files deliberately not in ID number order: the result keeps the given order.
std::vector<WorkerFile> sample_files() {
  std::vector<WorkerFile> files;
  // 0: grid worker from 2023-09-01, committee director (elected leader) since 2024-04-01.
  Worker director = make_worker(Date(1995, 2, 28), Date(2023, 9, 1), Position::grid_worker, 131);
  director.history = {
      {Position::grid_worker, Date(2023, 9, 1), Date(2024, 3, 31)},
      {Position::committee_director, Date(2024, 4, 1), std::nullopt},
  };
  files.push_back(file_of(director, 80));
  // 1: community staff hired 2022-02-28, deadline 2024-02-28, uncertified.
  files.push_back(file_of(make_worker(Date(1990, 5, 5), Date(2022, 2, 28)), 10));
  // 2: left on the day itself: not active.
  Worker left = make_worker(Date(1988, 8, 8), Date(2016, 1, 1), Position::community_staff, 133);
  left.leave_date = kDay;
  files.push_back(file_of(left, 40));
  // 3: hired the day after: not active yet.
  files.push_back(
      file_of(make_worker(Date(1999, 9, 9), Date(2024, 6, 2), Position::grid_worker, 135)));
  // 4: party secretary since 2005, 53 on 2014-01-01 (exempt), certified anyway in 2016.
  WorkerFile secretary =
      file_of(make_worker(Date(1960, 6, 1), Date(2005, 1, 1), Position::party_secretary, 137));
  secretary.certificates.push_back(
      make_certificate(secretary.worker, CertificateType::national_sw, Date(2016, 1, 1)));
  files.push_back(secretary);
  return files;
}

TEST(StatusesOn, OnlyActiveWorkersInTheGivenOrder) {
  const auto files = sample_files();
  const auto statuses = statuses_on(files, Policy{}, kDay, 2024);
  ASSERT_EQ(statuses.size(), 3u);
  EXPECT_EQ(statuses[0].worker, &files[0].worker);
  EXPECT_EQ(statuses[1].worker, &files[1].worker);
  EXPECT_EQ(statuses[2].worker, &files[4].worker);
}

TEST(StatusOn, AWorkerNotActiveHasTheStateAndNoStatus) {
  const auto files = sample_files();
  const WorkerStatus left = status_on(files[2], Policy{}, kDay, 2024);
  EXPECT_EQ(left.worker, &files[2].worker);
  EXPECT_EQ(left.state, EmploymentState::left);
  EXPECT_EQ(left.age, 35);
  // Uncertified since 2016 and obligated, yet no overdue: no status at all.
  EXPECT_FALSE(left.certification.deadline);
  EXPECT_FALSE(left.certification.must_certify);
  EXPECT_EQ(left.training.required_half_hours, 0);
  const WorkerStatus coming = status_on(files[3], Policy{}, kDay, 2024);
  EXPECT_EQ(coming.state, EmploymentState::not_started);
  EXPECT_EQ(coming.position, Position::grid_worker);
  // An active worker's status is the one statuses_on gives.
  const WorkerStatus active = status_on(files[1], Policy{}, kDay, 2024);
  EXPECT_EQ(active.state, EmploymentState::active);
  EXPECT_EQ(active.certification.status,
            statuses_on(files, Policy{}, kDay, 2024)[1].certification.status);
  EXPECT_EQ(active.certification.status, CertificationStatus::overdue);
}

TEST(StatusesOn, PositionEmploymentAndAgeOnTheDay) {
  const auto files = sample_files();
  const auto statuses = statuses_on(files, Policy{}, kDay, 2024);
  ASSERT_EQ(statuses.size(), 3u);
  EXPECT_EQ(statuses[0].age, 29);  // born 1995-02-28
  EXPECT_EQ(statuses[0].position, Position::committee_director);
  EXPECT_EQ(statuses[0].employment, Employment::elected);
  EXPECT_EQ(statuses[1].age, 34);  // born 1990-05-05
  EXPECT_EQ(statuses[1].position, Position::community_staff);
  EXPECT_EQ(statuses[1].employment, Employment::hired);
  EXPECT_EQ(statuses[2].age, 64);  // born 1960-06-01: birthday on the day
  EXPECT_EQ(statuses[2].position, Position::party_secretary);
  EXPECT_EQ(statuses[2].employment, Employment::elected);
}

TEST(StatusesOn, CertificationOfEachWorker) {
  const auto files = sample_files();
  const auto statuses = statuses_on(files, Policy{}, kDay, 2024);
  ASSERT_EQ(statuses.size(), 3u);
  const auto& director = statuses[0].certification;
  EXPECT_EQ(director.status, CertificationStatus::pending);
  EXPECT_TRUE(director.must_certify);
  EXPECT_EQ(director.deadline, Date(2025, 9, 1));
  EXPECT_EQ(director.days_left, 457);  // 2024-06-01 .. 2025-09-01

  const auto& staff = statuses[1].certification;
  EXPECT_EQ(staff.status, CertificationStatus::overdue);
  EXPECT_EQ(staff.deadline, Date(2024, 2, 28));
  EXPECT_EQ(staff.days_left, -94);  // 2024-02-28 .. 2024-06-01: 1 + 31 + 30 + 31 + 1
  EXPECT_EQ(staff.action, Action::dismiss);

  const auto& secretary = statuses[2].certification;
  EXPECT_EQ(secretary.status, CertificationStatus::certified);
  EXPECT_FALSE(secretary.must_certify);
  EXPECT_FALSE(secretary.deadline);
  EXPECT_FALSE(secretary.days_left);
}

TEST(StatusesOn, TrainingOfEachWorker) {
  const auto files = sample_files();
  const auto statuses = statuses_on(files, Policy{}, kDay, 2024);
  ASSERT_EQ(statuses.size(), 3u);
  // Director since April: a leader in 2024, employed all year -> 40 hours; 40 done.
  EXPECT_EQ(statuses[0].training.year, 2024);
  EXPECT_EQ(statuses[0].training.required_half_hours, 80);
  EXPECT_EQ(statuses[0].training.completed_half_hours, 80);
  EXPECT_EQ(statuses[0].training.status, TrainingStatus::met);
  // Staff: 20 hours, 5 done; share 153/366 of 40 hh = 16.7 hh > 10 -> behind.
  EXPECT_EQ(statuses[1].training.required_half_hours, 40);
  EXPECT_EQ(statuses[1].training.completed_half_hours, 10);
  EXPECT_EQ(statuses[1].training.shortfall_half_hours, 30);
  EXPECT_EQ(statuses[1].training.status, TrainingStatus::behind);
  // Secretary: 40 hours, none done -> behind.
  EXPECT_EQ(statuses[2].training.required_half_hours, 80);
  EXPECT_EQ(statuses[2].training.status, TrainingStatus::behind);
}

TEST(StatusesOn, PreviousYearIsOver) {
  const auto files = sample_files();
  const auto statuses = statuses_on(files, Policy{}, kDay, 2023);
  ASSERT_EQ(statuses.size(), 3u);
  // Director hired 2023-09-01 as grid worker: 4 months of 20 hours = 6.67 -> 7 hours.
  EXPECT_EQ(statuses[0].training.year, 2023);
  EXPECT_EQ(statuses[0].training.required_half_hours, 14);
  EXPECT_EQ(statuses[0].training.status, TrainingStatus::met);  // 80 hh given
  // Staff with 10 hh given against 40: the year is over.
  EXPECT_EQ(statuses[1].training.status, TrainingStatus::not_met);
  EXPECT_EQ(statuses[1].training.shortfall_half_hours, 30);
}

TEST(StatusesOn, NothingActive) {
  const auto files = sample_files();
  EXPECT_TRUE(statuses_on(files, Policy{}, Date(2000, 1, 1), 2000).empty());
  EXPECT_TRUE(statuses_on({}, Policy{}, kDay, 2024).empty());
}

TEST(StatusesOn, ChangedPolicyChangesTheResults) {
  std::vector<WorkerFile> files;
  // 47 on 2014-01-01, staff since 2010: exempt under 45, obligated under 50.
  files.push_back(file_of(make_worker(Date(1966, 6, 1), Date(2010, 1, 1)), 40));
  // Hired 2024-03-15: 79 of 292 employed days of 2024 elapsed on 2024-06-01.
  files.push_back(
      file_of(make_worker(Date(1990, 1, 1), Date(2024, 3, 15), Position::grid_worker, 141), 10));
  // Full-year leader.
  files.push_back(file_of(
      make_worker(Date(1975, 1, 1), Date(2010, 1, 1), Position::secretary_director, 143), 80));

  const auto before = statuses_on(files, Policy{}, kDay, 2024);
  ASSERT_EQ(before.size(), 3u);
  EXPECT_EQ(before[0].certification.status, CertificationStatus::exempt);
  EXPECT_EQ(before[0].training.required_half_hours, 40);
  EXPECT_EQ(before[0].training.status, TrainingStatus::met);
  EXPECT_EQ(before[1].certification.deadline, Date(2026, 3, 15));
  EXPECT_EQ(before[1].certification.days_left, 652);
  // 10 months begun -> 17 hours; share 34 x 79 / 292 = 9.2 hh <= 10 -> on track.
  EXPECT_EQ(before[1].training.required_half_hours, 34);
  EXPECT_EQ(before[1].training.status, TrainingStatus::on_track);
  EXPECT_EQ(before[2].training.required_half_hours, 80);
  EXPECT_EQ(before[2].training.status, TrainingStatus::met);

  Policy policy;
  ASSERT_FALSE(apply_setting(policy, "exam_age_limit", "50"));
  ASSERT_FALSE(apply_setting(policy, "certification_period_years", "3"));
  ASSERT_FALSE(apply_setting(policy, "staff_hours", "30"));
  ASSERT_FALSE(apply_setting(policy, "leader_hours", "50"));
  ASSERT_FALSE(apply_setting(policy, "proration", "none"));
  const auto after = statuses_on(files, policy, kDay, 2024);
  ASSERT_EQ(after.size(), 3u);
  EXPECT_EQ(after[0].certification.status, CertificationStatus::overdue);
  EXPECT_TRUE(after[0].certification.must_certify);
  EXPECT_EQ(after[0].certification.deadline, Date(2017, 1, 1));
  EXPECT_EQ(after[0].certification.days_left, -2708);  // 2017-01-01 .. 2024-06-01
  EXPECT_EQ(after[0].certification.action, Action::dismiss);
  EXPECT_EQ(after[0].training.required_half_hours, 60);
  // 40 hh done: no longer met; share 60 x 153 / 366 = 25.1 hh <= 40 -> on track.
  EXPECT_EQ(after[0].training.status, TrainingStatus::on_track);
  EXPECT_EQ(after[0].training.shortfall_half_hours, 20);
  EXPECT_EQ(after[1].certification.deadline, Date(2027, 3, 15));
  EXPECT_EQ(after[1].certification.days_left, 1017);
  // No proration: 30 hours; share 60 x 79 / 292 = 16.2 hh > 10 -> behind.
  EXPECT_EQ(after[1].training.required_half_hours, 60);
  EXPECT_EQ(after[1].training.status, TrainingStatus::behind);
  EXPECT_EQ(after[2].training.required_half_hours, 100);
  EXPECT_EQ(after[2].training.shortfall_half_hours, 20);
}

}  // namespace
}  // namespace cwt
