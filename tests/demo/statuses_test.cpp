// The demo must show every status the program knows, on the days a user
// might try it, with the default policy.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <tuple>

#include "demo_support.hpp"

namespace cwt::test {
namespace {

struct Seen {
  std::set<std::string> certification;  // status codes, plus "late", "recall", "dismiss"
  std::set<TrainingStatus> this_year;
  std::set<TrainingStatus> last_year;
};

Seen statuses_seen(const ChangeSet& change, Date today) {
  Seen seen;
  const Policy policy;
  const int year = today.year();
  const auto this_year_files = files_of(change, year, today);
  for (const auto& status : statuses_on(this_year_files, policy, today, year)) {
    const auto& certification = status.certification;
    seen.certification.insert(std::string(code(certification.status)));
    if (certification.certified_late) seen.certification.insert("late");
    if (certification.action) seen.certification.insert(std::string(code(*certification.action)));
    seen.this_year.insert(status.training.status);
  }
  const auto last_year_files = files_of(change, year - 1, today);
  for (const auto& status : statuses_on(last_year_files, policy, today, year - 1))
    seen.last_year.insert(status.training.status);
  return seen;
}

class DemoStatuses : public ::testing::TestWithParam<std::tuple<int, const char*, std::uint64_t>> {
};

TEST_P(DemoStatuses, EveryStatusOccurs) {
  const auto [workers, today, seed] = GetParam();
  const Seen seen = statuses_seen(demo(workers, today, seed), day(today));
  for (const char* expected :
       {"certified", "late", "exempt", "pending", "due_soon", "overdue", "recall", "dismiss"})
    EXPECT_TRUE(seen.certification.contains(expected)) << "no worker is " << expected;
  for (auto expected : {TrainingStatus::met, TrainingStatus::on_track, TrainingStatus::behind})
    EXPECT_TRUE(seen.this_year.contains(expected)) << "no " << code(expected) << " this year";
  for (auto expected : {TrainingStatus::met, TrainingStatus::not_met})
    EXPECT_TRUE(seen.last_year.contains(expected)) << "no " << code(expected) << " last year";
  // Before 31 December last year is over: nobody can be on track or behind for it.
  EXPECT_FALSE(seen.last_year.contains(TrainingStatus::on_track));
  EXPECT_FALSE(seen.last_year.contains(TrainingStatus::behind));
}

// Issue 22, item 8: an office's overdue workers are recent (days to a few
// months); those overdue for longer were dismissed or recalled and have left.
TEST_P(DemoStatuses, NoActiveWorkerIsOverdueForLong) {
  const auto [workers, today_text, seed] = GetParam();
  const Date today = day(today_text);
  const auto change = demo(workers, today_text, seed);
  const auto files = files_of(change, today.year(), today);
  std::size_t overdue = 0;
  for (const auto& status : statuses_on(files, Policy{}, today, today.year())) {
    if (status.certification.status != CertificationStatus::overdue) continue;
    ++overdue;
    EXPECT_LE(-status.certification.days_left.value_or(0), 180) << status.worker->id_number;
  }
  EXPECT_GT(overdue, 0u);
  // Nothing on file dated on or after a leave date: no exam sat after leaving.
  std::map<std::string, Date> left;
  for (const auto& worker : change.upsert_workers)
    if (worker.leave_date) left.emplace(worker.id_number, *worker.leave_date);
  for (const auto& exam : change.add_exams)
    if (left.contains(exam.id_number)) EXPECT_LT(exam.date, left.at(exam.id_number));
  for (const auto& worker : change.upsert_workers)
    for (const auto& spell : worker.history)
      if (worker.leave_date) {
        EXPECT_LT(spell.start, *worker.leave_date) << worker.id_number;
        ASSERT_TRUE(spell.end) << worker.id_number;
        EXPECT_LT(*spell.end, *worker.leave_date) << worker.id_number;
      }
}

INSTANTIATE_TEST_SUITE_P(
    Days, DemoStatuses,
    ::testing::Combine(::testing::Values(500, 50),
                       ::testing::Values("2026-06-30", "2026-11-25", "2027-02-10", "2026-01-03",
                                         "2024-02-29", "2019-09-01", "2031-12-20"),
                       ::testing::Values(std::uint64_t{1}, std::uint64_t{20260630})),
    [](const auto& param_info) {
      std::string today = std::get<1>(param_info.param);
      std::erase(today, '-');
      return "workers" + std::to_string(std::get<0>(param_info.param)) + "_on" + today + "_seed" +
             std::to_string(std::get<2>(param_info.param));
    });

// The random part alone (no guaranteed profiles among 500 workers beyond the
// first eight) still gives a realistic mix: most certified, few overdue.
TEST(DemoStatusMix, MostActiveWorkersAreCertified) {
  const Date today = day("2026-06-30");
  const auto change = demo(500, "2026-06-30");
  const auto files = files_of(change, today.year(), today);
  const auto statuses = statuses_on(files, Policy{}, today, today.year());
  std::size_t certified = 0, overdue = 0;
  for (const auto& status : statuses) {
    certified += status.certification.status == CertificationStatus::certified;
    overdue += status.certification.status == CertificationStatus::overdue;
  }
  EXPECT_GT(statuses.size(), 430u);  // some have left
  EXPECT_LT(statuses.size(), 500u);
  EXPECT_GT(certified * 100, statuses.size() * 75);
  EXPECT_LT(overdue * 100, statuses.size() * 12);
}

}  // namespace
}  // namespace cwt::test
