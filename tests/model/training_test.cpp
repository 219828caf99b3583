// Yearly training hours: required (with proration), completed, status.
// All hour figures are in half hours (hh): 40 hh = 20 class hours.
#include "cwt/model/training.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "support.hpp"

namespace cwt {
namespace {

using test::make_training;
using test::make_worker;

Policy with_proration(Proration proration) {
  Policy policy;
  policy.proration = proration;
  return policy;
}

int required(const Worker& worker, Proration proration, int year) {
  return required_half_hours(worker, with_proration(proration), year);
}

// ---- required hours ------------------------------------------------------------

TEST(RequiredHours, FullYearStaffAndLeaders) {
  const Worker staff = make_worker(Date(1980, 1, 1), Date(2010, 1, 1));
  const Worker leader =
      make_worker(Date(1980, 1, 1), Date(2010, 1, 1), Position::committee_director, 125);
  for (Proration proration : {Proration::none, Proration::by_month, Proration::by_day}) {
    EXPECT_EQ(required(staff, proration, 2024), 40) << code(proration);   // 20 hours
    EXPECT_EQ(required(leader, proration, 2024), 80) << code(proration);  // 40 hours
    EXPECT_EQ(required(staff, proration, 2023), 40) << code(proration);
  }
}

TEST(RequiredHours, MidYearHire) {
  const Worker worker = make_worker(Date(1990, 1, 1), Date(2024, 3, 15));
  EXPECT_EQ(required(worker, Proration::none, 2024), 40);
  // March..December begun: 10 months, 20 x 10 / 12 = 16.67 -> 17 hours.
  EXPECT_EQ(required(worker, Proration::by_month, 2024), 34);
  // 2024-03-15..12-31 = 366 - (31 + 29 + 14) = 292 days; 20 x 292 / 366 = 15.96 -> 16 hours.
  EXPECT_EQ(required(worker, Proration::by_day, 2024), 32);
  // The next year is a full year.
  EXPECT_EQ(required(worker, Proration::by_month, 2025), 40);
  EXPECT_EQ(required(worker, Proration::by_day, 2025), 40);
}

TEST(RequiredHours, MidYearLeaver) {
  Worker worker = make_worker(Date(1990, 1, 1), Date(2015, 1, 1));
  worker.leave_date = Date(2024, 7, 1);  // last employed day 2024-06-30
  EXPECT_EQ(required(worker, Proration::none, 2024), 40);
  // January..June: 6 months, 20 x 6 / 12 = 10 hours (July is not begun).
  EXPECT_EQ(required(worker, Proration::by_month, 2024), 20);
  // 182 days: 20 x 182 / 366 = 9.945 -> 10 hours.
  EXPECT_EQ(required(worker, Proration::by_day, 2024), 20);

  worker.leave_date = Date(2024, 7, 2);  // last employed day 2024-07-01
  // 7 months: 20 x 7 / 12 = 11.67 -> 12 hours.
  EXPECT_EQ(required(worker, Proration::by_month, 2024), 24);
  // 183 days: 20 x 183 / 366 = 10 exactly: stays 10, not 10.5.
  EXPECT_EQ(required(worker, Proration::by_day, 2024), 20);
}

TEST(RequiredHours, ByDayCountsTheDaysOfTheYear) {
  // 2 July to 31 December is 183 days in both years.
  const Worker common = make_worker(Date(1990, 1, 1), Date(2023, 7, 2));
  // 20 x 183 / 365 = 10.03 -> 10.5 hours.
  EXPECT_EQ(required(common, Proration::by_day, 2023), 21);
  const Worker leap = make_worker(Date(1990, 1, 1), Date(2024, 7, 2));
  // 20 x 183 / 366 = 10 hours.
  EXPECT_EQ(required(leap, Proration::by_day, 2024), 20);
  // July..December: 6 months either way -> 10 hours.
  EXPECT_EQ(required(common, Proration::by_month, 2023), 20);
}

TEST(RequiredHours, HiredAndLeftInTheSameYear) {
  Worker worker = make_worker(Date(1990, 1, 1), Date(2024, 3, 15));
  worker.leave_date = Date(2024, 9, 16);  // employed 2024-03-15..09-15
  // March..September: 7 months -> 20 x 7 / 12 = 11.67 -> 12 hours.
  EXPECT_EQ(required(worker, Proration::by_month, 2024), 24);
  // 17 + 30 + 31 + 30 + 31 + 31 + 15 = 185 days: 20 x 185 / 366 = 10.11 -> 10.5 hours.
  EXPECT_EQ(required(worker, Proration::by_day, 2024), 21);
  EXPECT_EQ(required(worker, Proration::none, 2024), 40);
}

TEST(RequiredHours, OneDayRoundsUpToAHalfHourStep) {
  const Worker worker = make_worker(Date(1990, 1, 1), Date(2024, 12, 31));
  // 1 month: 20 / 12 = 1.67 -> 2 hours.
  EXPECT_EQ(required(worker, Proration::by_month, 2024), 4);
  // 1 day: 20 / 366 = 0.05 -> 0.5 hours.
  EXPECT_EQ(required(worker, Proration::by_day, 2024), 1);
  EXPECT_EQ(required(worker, Proration::none, 2024), 40);
}

TEST(RequiredHours, LeaderHiredInSeptember) {
  const Worker worker =
      make_worker(Date(1975, 1, 1), Date(2024, 9, 1), Position::party_secretary, 127);
  // September..December: 4 months, 40 x 4 / 12 = 13.33 -> 13.5 hours.
  EXPECT_EQ(required(worker, Proration::by_month, 2024), 27);
  EXPECT_EQ(required(worker, Proration::none, 2024), 80);
}

TEST(RequiredHours, NoEmployedDayRequiresNothing) {
  const Worker future = make_worker(Date(1990, 1, 1), Date(2025, 1, 1));
  Worker left = make_worker(Date(1990, 1, 1), Date(2015, 1, 1));
  left.leave_date = Date(2024, 1, 1);
  for (Proration proration : {Proration::none, Proration::by_month, Proration::by_day}) {
    EXPECT_EQ(required(future, proration, 2024), 0) << code(proration);
    EXPECT_EQ(required(left, proration, 2024), 0) << code(proration);
    EXPECT_EQ(required(left, proration, 2023), 40) << code(proration);
  }
}

TEST(RequiredHours, LeaderForPartOfTheYear) {
  Worker worker = make_worker(Date(1980, 1, 1), Date(2015, 1, 1), Position::community_staff);
  worker.history = {
      {Position::community_staff, Date(2015, 1, 1), Date(2024, 4, 30)},
      {Position::party_secretary, Date(2024, 5, 1), Date(2024, 5, 31)},
      {Position::community_staff, Date(2024, 6, 1), std::nullopt},
  };
  const Policy policy;
  EXPECT_EQ(required_half_hours(worker, policy, 2023), 40);
  EXPECT_EQ(required_half_hours(worker, policy, 2024), 80);  // one month as secretary
  EXPECT_EQ(required_half_hours(worker, policy, 2025), 40);
}

TEST(RequiredHours, LeaderOnlyAfterLeavingDoesNotCount) {
  Worker worker = make_worker(Date(1980, 1, 1), Date(2015, 1, 1), Position::party_secretary);
  worker.leave_date = Date(2024, 5, 1);  // last employed day 2024-04-30
  worker.history = {
      {Position::community_staff, Date(2015, 1, 1), Date(2024, 4, 30)},
      {Position::party_secretary, Date(2024, 5, 1), std::nullopt},
  };
  // Staff on every employed day: 4 months of 20 hours -> 6.67 -> 7 hours.
  EXPECT_EQ(required_half_hours(worker, Policy{}, 2024), 14);
}

TEST(RequiredHours, ChangedHours) {
  Policy policy;
  policy.staff_half_hours = 32;   // 16 hours
  policy.leader_half_hours = 60;  // 30 hours
  const Worker staff = make_worker(Date(1980, 1, 1), Date(2010, 1, 1));
  const Worker leader =
      make_worker(Date(1980, 1, 1), Date(2010, 1, 1), Position::secretary_director, 125);
  const Worker late = make_worker(Date(1990, 1, 1), Date(2024, 3, 15));
  EXPECT_EQ(required_half_hours(staff, policy, 2024), 32);
  EXPECT_EQ(required_half_hours(leader, policy, 2024), 60);
  // 16 x 10 / 12 = 13.33 -> 13.5 hours.
  EXPECT_EQ(required_half_hours(late, policy, 2024), 27);
}

// ---- completed hours ----------------------------------------------------------------

TEST(CompletedWindow, FromFirstOfJanuaryToTheDay) {
  EXPECT_EQ(completed_window(2024, Date(2024, 6, 30)),
            (DayRange{Date(2024, 1, 1), Date(2024, 6, 30)}));
  EXPECT_EQ(completed_window(2024, Date(2024, 1, 1)),
            (DayRange{Date(2024, 1, 1), Date(2024, 1, 1)}));
  EXPECT_EQ(completed_window(2024, Date(2025, 3, 1)),
            (DayRange{Date(2024, 1, 1), Date(2024, 12, 31)}));
  EXPECT_FALSE(completed_window(2024, Date(2023, 12, 31)));
}

TEST(CompletedHours, VerifiedInTheYearOnOrBeforeTheDay) {
  const Worker worker = make_worker(Date(1980, 1, 1), Date(2010, 1, 1));
  const std::vector<TrainingRecord> records{
      make_training(worker, Date(2023, 12, 31), 4),        // last year
      make_training(worker, Date(2024, 1, 1), 4),          // counts
      make_training(worker, Date(2024, 2, 1), 10, false),  // not verified
      make_training(worker, Date(2024, 6, 30), 3),         // counts on the day itself
      make_training(worker, Date(2024, 7, 1), 5),          // after the day
      make_training(worker, Date(2025, 1, 1), 6),          // next year
  };
  EXPECT_EQ(completed_half_hours(records, 2024, Date(2024, 6, 30)), 7);
  EXPECT_EQ(completed_half_hours(records, 2024, Date(2024, 6, 29)), 4);
  EXPECT_EQ(completed_half_hours(records, 2024, Date(2025, 6, 1)), 12);
  EXPECT_EQ(completed_half_hours(records, 2024, Date(2023, 12, 31)), 0);
  EXPECT_EQ(completed_half_hours(records, 2023, Date(2024, 6, 30)), 4);
  EXPECT_EQ(completed_half_hours({}, 2024, Date(2024, 6, 30)), 0);
}

// ---- status ---------------------------------------------------------------------

class TrainingOn : public ::testing::Test {
 protected:
  Worker staff_ = make_worker(Date(1980, 1, 1), Date(2010, 1, 1));  // 40 hh in 2024
  Policy policy_;

  TrainingResult on(const Worker& worker, int year, Date day, int completed) const {
    return training_on(worker, policy_, year, day, completed);
  }
};

TEST_F(TrainingOn, Met) {
  const auto exact = on(staff_, 2024, Date(2024, 3, 1), 40);
  EXPECT_EQ(exact.status, TrainingStatus::met);
  EXPECT_EQ(exact.year, 2024);
  EXPECT_EQ(exact.required_half_hours, 40);
  EXPECT_EQ(exact.completed_half_hours, 40);
  EXPECT_EQ(exact.shortfall_half_hours, 0);
  const auto more = on(staff_, 2024, Date(2024, 3, 1), 50);
  EXPECT_EQ(more.status, TrainingStatus::met);
  EXPECT_EQ(more.completed_half_hours, 50);
  EXPECT_EQ(more.shortfall_half_hours, 0);  // never below 0
}

TEST_F(TrainingOn, ExactElapsedShareComparison) {
  // 2024-07-01 is day 183 of 366: share 1/2 of 20 hours = 10 hours = 20 hh.
  const auto on_share = on(staff_, 2024, Date(2024, 7, 1), 20);
  EXPECT_EQ(on_share.status, TrainingStatus::on_track);
  EXPECT_EQ(on_share.shortfall_half_hours, 20);
  const auto half_hour_less = on(staff_, 2024, Date(2024, 7, 1), 19);
  EXPECT_EQ(half_hour_less.status, TrainingStatus::behind);
  EXPECT_EQ(half_hour_less.shortfall_half_hours, 21);
  // The day before, the share is 182/366: 19.89 hh, so 19 is behind and 20 on track.
  EXPECT_EQ(on(staff_, 2024, Date(2024, 6, 30), 19).status, TrainingStatus::behind);
  EXPECT_EQ(on(staff_, 2024, Date(2024, 6, 30), 20).status, TrainingStatus::on_track);
}

TEST_F(TrainingOn, FloatingPointWouldMislead) {
  // 30 hours (60 hh) for a worker employed 60 days of 2023 (hired 2023-11-02, no
  // proration). On 2023-12-02, day 31 of 60, the share is exactly 60 x 31 / 60 = 31 hh;
  // in doubles 60 * (31.0 / 60) = 31.000000000000004 > 31, which would say "behind".
  policy_.staff_half_hours = 60;
  policy_.proration = Proration::none;
  const Worker worker = make_worker(Date(1990, 1, 1), Date(2023, 11, 2));
  ASSERT_EQ(required_half_hours(worker, policy_, 2023), 60);
  EXPECT_EQ(on(worker, 2023, Date(2023, 12, 2), 31).status, TrainingStatus::on_track);
  EXPECT_EQ(on(worker, 2023, Date(2023, 12, 2), 30).status, TrainingStatus::behind);

  // The same with a leaver: employed 2023-01-01..03-01 (60 days), day 31 = 2023-01-31.
  Worker leaver = make_worker(Date(1990, 1, 1), Date(2015, 1, 1));
  leaver.leave_date = Date(2023, 3, 2);
  EXPECT_EQ(on(leaver, 2023, Date(2023, 1, 31), 31).status, TrainingStatus::on_track);
  EXPECT_EQ(on(leaver, 2023, Date(2023, 1, 31), 30).status, TrainingStatus::behind);
}

TEST_F(TrainingOn, ProratedShareUsesEmployedDays) {
  policy_.proration = Proration::by_day;
  // Hired 2023-07-02: 183 employed days, 21 hh required. 2023-08-31 is employed day 61:
  // 21 x 61 / 183 = 7 hh exactly.
  const Worker worker = make_worker(Date(1990, 1, 1), Date(2023, 7, 2));
  ASSERT_EQ(required_half_hours(worker, policy_, 2023), 21);
  EXPECT_EQ(on(worker, 2023, Date(2023, 8, 31), 7).status, TrainingStatus::on_track);
  EXPECT_EQ(on(worker, 2023, Date(2023, 8, 31), 6).status, TrainingStatus::behind);
}

TEST_F(TrainingOn, ShareIsZeroBeforeTheFirstEmployedDay) {
  const Worker worker = make_worker(Date(1990, 1, 1), Date(2024, 3, 15));  // 34 hh by month
  const auto before = on(worker, 2024, Date(2024, 3, 1), 0);
  EXPECT_EQ(before.status, TrainingStatus::on_track);
  EXPECT_EQ(before.required_half_hours, 34);
  EXPECT_EQ(before.shortfall_half_hours, 34);
  // First employed day: share 1/292 of 34 hh > 0.
  EXPECT_EQ(on(worker, 2024, Date(2024, 3, 15), 0).status, TrainingStatus::behind);
  // A day before the year: nothing elapsed either.
  EXPECT_EQ(on(staff_, 2024, Date(2023, 12, 31), 0).status, TrainingStatus::on_track);
  // 1 January: 1/366 of 40 hh is more than nothing.
  EXPECT_EQ(on(staff_, 2024, Date(2024, 1, 1), 0).status, TrainingStatus::behind);
  EXPECT_EQ(on(staff_, 2024, Date(2024, 1, 1), 1).status, TrainingStatus::on_track);
}

TEST_F(TrainingOn, YearOverOnTheDayAfterNewYearsEve) {
  const auto last_day = on(staff_, 2024, Date(2024, 12, 31), 39);
  EXPECT_EQ(last_day.status, TrainingStatus::behind);  // share 1, not over yet
  const auto over = on(staff_, 2024, Date(2025, 1, 1), 39);
  EXPECT_EQ(over.status, TrainingStatus::not_met);
  EXPECT_EQ(over.shortfall_half_hours, 1);
  EXPECT_EQ(over.year, 2024);
  EXPECT_EQ(on(staff_, 2024, Date(2025, 1, 1), 40).status, TrainingStatus::met);
  EXPECT_EQ(on(staff_, 2024, Date(2026, 6, 1), 0).status, TrainingStatus::not_met);
}

TEST_F(TrainingOn, LeaverAfterLeavingButBeforeYearEnd) {
  Worker worker = make_worker(Date(1990, 1, 1), Date(2015, 1, 1));
  worker.leave_date = Date(2024, 7, 1);  // 20 hh by month, 182 employed days
  // Every employed day has elapsed (share 1) but the year is not over.
  EXPECT_EQ(on(worker, 2024, Date(2024, 8, 15), 19).status, TrainingStatus::behind);
  EXPECT_EQ(on(worker, 2024, Date(2024, 8, 15), 20).status, TrainingStatus::met);
  EXPECT_EQ(on(worker, 2024, Date(2025, 1, 1), 19).status, TrainingStatus::not_met);
}

TEST_F(TrainingOn, NoEmployedDayIsMet) {
  const Worker future = make_worker(Date(1990, 1, 1), Date(2025, 2, 1));
  const auto result = on(future, 2024, Date(2024, 12, 1), 0);
  EXPECT_EQ(result.required_half_hours, 0);
  EXPECT_EQ(result.shortfall_half_hours, 0);
  EXPECT_EQ(result.status, TrainingStatus::met);
}

TEST_F(TrainingOn, LeaderNeedsLeaderHours) {
  const Worker leader =
      make_worker(Date(1980, 1, 1), Date(2010, 1, 1), Position::party_secretary, 125);
  const auto result = on(leader, 2024, Date(2025, 1, 1), 40);
  EXPECT_EQ(result.required_half_hours, 80);
  EXPECT_EQ(result.shortfall_half_hours, 40);
  EXPECT_EQ(result.status, TrainingStatus::not_met);
}

}  // namespace
}  // namespace cwt
