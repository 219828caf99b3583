// Active workers, the position held on a day, and employed days of a year.
#include "cwt/model/employment.hpp"

#include <gtest/gtest.h>

#include "support.hpp"

namespace cwt {
namespace {

using test::make_worker;

TEST(IsActive, HireAndLeaveBoundaries) {
  Worker worker = make_worker(Date(1985, 4, 2), Date(2020, 5, 1));
  worker.leave_date = Date(2024, 7, 1);  // first day no longer employed
  EXPECT_FALSE(is_active(worker, Date(2020, 4, 30)));
  EXPECT_TRUE(is_active(worker, Date(2020, 5, 1)));   // the hire date itself
  EXPECT_TRUE(is_active(worker, Date(2024, 6, 30)));  // the day before leaving
  EXPECT_FALSE(is_active(worker, Date(2024, 7, 1)));  // leave date equal to the day
  EXPECT_FALSE(is_active(worker, Date(2025, 1, 1)));
}

TEST(IsActive, NoLeaveDateAndFutureHire) {
  const Worker worker = make_worker(Date(1985, 4, 2), Date(2020, 5, 1));
  EXPECT_TRUE(is_active(worker, Date(2040, 1, 1)));
  const Worker future = make_worker(Date(1990, 1, 1), Date(2024, 9, 1));
  EXPECT_FALSE(is_active(future, Date(2024, 6, 1)));  // hire date after the day
  EXPECT_TRUE(is_active(future, Date(2024, 9, 1)));
}

TEST(EmploymentState, NotStartedActiveLeftAtTheBoundaries) {
  Worker worker = make_worker(Date(1985, 4, 2), Date(2020, 5, 1));
  worker.leave_date = Date(2024, 7, 1);
  EXPECT_EQ(employment_state(worker, Date(2020, 4, 30)), EmploymentState::not_started);
  EXPECT_EQ(employment_state(worker, Date(2020, 5, 1)), EmploymentState::active);
  EXPECT_EQ(employment_state(worker, Date(2024, 6, 30)), EmploymentState::active);
  EXPECT_EQ(employment_state(worker, Date(2024, 7, 1)), EmploymentState::left);
  worker.leave_date = worker.hire_date;  // never served a day: left from the hire date on
  EXPECT_EQ(employment_state(worker, Date(2020, 4, 30)), EmploymentState::not_started);
  EXPECT_EQ(employment_state(worker, Date(2020, 5, 1)), EmploymentState::left);
}

TEST(PositionOn, NoHistoryMeansRosterPositionFromHire) {
  const Worker worker = make_worker(Date(1985, 4, 2), Date(2018, 1, 1), Position::grid_worker);
  EXPECT_EQ(position_on(worker, Date(2018, 1, 1)), Position::grid_worker);
  EXPECT_EQ(position_on(worker, Date(2030, 6, 1)), Position::grid_worker);
  EXPECT_EQ(employment_on(worker, Date(2020, 6, 1)), Employment::hired);
}

TEST(PositionOn, HistoryRowsDecideEachDay) {
  Worker worker = make_worker(Date(1985, 4, 2), Date(2018, 1, 1), Position::committee_director);
  worker.history = {
      {Position::community_staff, Date(2018, 1, 1), Date(2019, 12, 31)},
      {Position::committee_director, Date(2020, 1, 1), std::nullopt},
  };
  EXPECT_EQ(position_on(worker, Date(2018, 1, 1)), Position::community_staff);
  EXPECT_EQ(position_on(worker, Date(2019, 12, 31)), Position::community_staff);  // end inclusive
  EXPECT_EQ(employment_on(worker, Date(2019, 12, 31)), Employment::hired);
  EXPECT_EQ(position_on(worker, Date(2020, 1, 1)), Position::committee_director);
  EXPECT_EQ(employment_on(worker, Date(2020, 1, 1)), Employment::elected);
  EXPECT_EQ(position_on(worker, Date(2035, 1, 1)), Position::committee_director);  // open end
}

TEST(PositionOn, DaysNoRowCoversFallBackToTheRoster) {
  Worker worker = make_worker(Date(1985, 4, 2), Date(2017, 1, 1), Position::grid_worker);
  worker.history = {
      {Position::community_staff, Date(2018, 1, 1), Date(2018, 6, 30)},
      {Position::party_secretary, Date(2019, 1, 1), Date(2019, 12, 31)},
  };
  EXPECT_EQ(position_on(worker, Date(2017, 6, 1)), Position::grid_worker);  // before the first row
  EXPECT_EQ(position_on(worker, Date(2018, 6, 30)), Position::community_staff);
  EXPECT_EQ(position_on(worker, Date(2018, 7, 1)), Position::grid_worker);  // the gap
  EXPECT_EQ(position_on(worker, Date(2018, 12, 31)), Position::grid_worker);
  EXPECT_EQ(position_on(worker, Date(2019, 1, 1)), Position::party_secretary);
  EXPECT_EQ(employment_on(worker, Date(2019, 6, 1)), Employment::elected);
  EXPECT_EQ(position_on(worker, Date(2020, 1, 1)), Position::grid_worker);  // after the last row
  EXPECT_EQ(employment_on(worker, Date(2020, 1, 1)), Employment::hired);
}

TEST(EmployedDays, MidYearHire) {
  const Worker worker = make_worker(Date(1990, 1, 1), Date(2024, 3, 15));
  EXPECT_EQ(employed_days(worker, 2024), (DayRange{Date(2024, 3, 15), Date(2024, 12, 31)}));
  EXPECT_EQ(employed_days(worker, 2025), (DayRange{Date(2025, 1, 1), Date(2025, 12, 31)}));
  EXPECT_FALSE(employed_days(worker, 2023));
}

TEST(EmployedDays, LeaveDateIsTheFirstDayNotEmployed) {
  Worker worker = make_worker(Date(1990, 1, 1), Date(2015, 6, 1));
  worker.leave_date = Date(2024, 7, 1);
  EXPECT_EQ(employed_days(worker, 2024), (DayRange{Date(2024, 1, 1), Date(2024, 6, 30)}));
  EXPECT_FALSE(employed_days(worker, 2025));
  worker.leave_date = Date(2024, 1, 1);  // left at the turn of the year: nothing of 2024
  EXPECT_FALSE(employed_days(worker, 2024));
  EXPECT_EQ(employed_days(worker, 2023), (DayRange{Date(2023, 1, 1), Date(2023, 12, 31)}));
  worker.leave_date = Date(2025, 1, 1);  // employed through 31 December
  EXPECT_EQ(employed_days(worker, 2024), (DayRange{Date(2024, 1, 1), Date(2024, 12, 31)}));
}

TEST(EmployedDays, SingleDaysAndNone) {
  const Worker last_day = make_worker(Date(1990, 1, 1), Date(2024, 12, 31));
  EXPECT_EQ(employed_days(last_day, 2024), (DayRange{Date(2024, 12, 31), Date(2024, 12, 31)}));
  Worker same_day = make_worker(Date(1990, 1, 1), Date(2024, 5, 10));
  same_day.leave_date = Date(2024, 5, 11);  // employed on 10 May only
  EXPECT_EQ(employed_days(same_day, 2024), (DayRange{Date(2024, 5, 10), Date(2024, 5, 10)}));
  same_day.leave_date = Date(2024, 5, 10);  // left the day hired: never employed
  EXPECT_FALSE(employed_days(same_day, 2024));
}

TEST(LeaderOnAnyDay, PartOfTheRangeIsEnough) {
  Worker worker = make_worker(Date(1980, 1, 1), Date(2015, 1, 1), Position::community_staff);
  worker.history = {
      {Position::community_staff, Date(2015, 1, 1), Date(2024, 4, 30)},
      {Position::party_secretary, Date(2024, 5, 1), Date(2024, 5, 31)},
      {Position::community_staff, Date(2024, 6, 1), std::nullopt},
  };
  EXPECT_TRUE(leader_on_any_day(worker, {Date(2024, 1, 1), Date(2024, 12, 31)}));
  EXPECT_TRUE(leader_on_any_day(worker, {Date(2024, 5, 31), Date(2024, 5, 31)}));
  EXPECT_TRUE(leader_on_any_day(worker, {Date(2024, 1, 1), Date(2024, 5, 1)}));
  EXPECT_FALSE(leader_on_any_day(worker, {Date(2024, 6, 1), Date(2024, 12, 31)}));
  EXPECT_FALSE(leader_on_any_day(worker, {Date(2023, 1, 1), Date(2024, 4, 30)}));
}

TEST(LeaderOnAnyDay, RosterPositionFillsGaps) {
  Worker worker = make_worker(Date(1980, 1, 1), Date(2015, 1, 1), Position::committee_director);
  worker.history = {
      {Position::deputy_director, Date(2015, 1, 1), Date(2024, 8, 31)},
      {Position::committee_member, Date(2024, 10, 1), std::nullopt},
  };
  // September 2024 is covered by no row: the roster position (a leader) applies.
  EXPECT_TRUE(leader_on_any_day(worker, {Date(2024, 1, 1), Date(2024, 12, 31)}));
  EXPECT_TRUE(leader_on_any_day(worker, {Date(2024, 9, 30), Date(2024, 10, 5)}));
  EXPECT_FALSE(leader_on_any_day(worker, {Date(2023, 1, 1), Date(2023, 12, 31)}));
  EXPECT_FALSE(leader_on_any_day(worker, {Date(2024, 10, 1), Date(2025, 12, 31)}));

  const Worker roster_only =
      make_worker(Date(1980, 1, 1), Date(2015, 1, 1), Position::secretary_director);
  EXPECT_TRUE(leader_on_any_day(roster_only, {Date(2023, 1, 1), Date(2023, 12, 31)}));
}

}  // namespace
}  // namespace cwt
