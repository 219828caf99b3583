// Every worker on file is within reach of the Workers page: the active ones
// by default (what is counted), the others (not yet started, left) through
// the employment filter, and a search finding one the filters hide says so.
#include <gtest/gtest.h>

#include <algorithm>

#include "cwt/demo/demo.hpp"
#include "cwt/model/employment.hpp"
#include "cwt/model/id_number.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "cwt/workspace/display.hpp"
#include "cwt/workspace/workspace.hpp"

namespace cwt {
namespace {

const Date kToday(2026, 6, 30);

class RosterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = SqliteStore::in_memory();
    store_->apply(make_demo({400, 6, 11, kToday}));
    // A hire date typed a year wrong: not active until 2027-03-01.
    Workspace workspace(*store_, kToday);
    future_ = *workspace.statuses().front().worker;
    future_.id_number = future_.id_number.substr(0, 6) + "19900101123";
    future_.id_number.push_back(id_check_character(future_.id_number));
    future_.birth_date = Date(1990, 1, 1);
    future_.gender = Gender::male;
    future_.name = "未来人";
    future_.hire_date = Date(2027, 3, 1);
    future_.leave_date.reset();
    future_.history.clear();
    ChangeSet add;
    add.description = "a mistyped hire date";
    add.upsert_workers.push_back(future_);
    store_->apply(add);
  }
  std::unique_ptr<SqliteStore> store_;
  Worker future_;
};

TEST_F(RosterTest, TheActiveComeFirstThenTheOthersEachByIdNumber) {
  Workspace workspace(*store_, kToday);
  const auto& roster = workspace.roster();
  ASSERT_EQ(roster.size(), workspace.worker_count());
  const std::size_t active = workspace.statuses().size();
  ASSERT_LT(active, roster.size());  // the demo has leavers, and the future hire
  for (std::size_t i = 0; i < roster.size(); ++i) {
    EXPECT_EQ(roster[i].state == EmploymentState::active, i < active) << i;
    EXPECT_EQ(roster[i].state, employment_state(*roster[i].worker, kToday));
    EXPECT_EQ(&roster[i], i < active ? &workspace.statuses()[i] : &roster[i]);
  }
  const auto by_id = [](const WorkerStatus& a, const WorkerStatus& b) {
    return a.worker->id_number < b.worker->id_number;
  };
  EXPECT_TRUE(
      std::is_sorted(roster.begin(), roster.begin() + static_cast<std::ptrdiff_t>(active), by_id));
  EXPECT_TRUE(
      std::is_sorted(roster.begin() + static_cast<std::ptrdiff_t>(active), roster.end(), by_id));
}

TEST_F(RosterTest, TheEmploymentFilterSelectsEachStateAndAllInIdOrder) {
  Workspace workspace(*store_, kToday);
  std::size_t total = 0;
  for (const auto state :
       {EmploymentState::active, EmploymentState::not_started, EmploymentState::left}) {
    WorkerQuery query;
    query.employment = state;
    const auto rows = workspace.select(query);
    EXPECT_FALSE(rows.empty()) << code(state);
    EXPECT_EQ(workspace.count(query), rows.size());
    for (const std::size_t row : rows) EXPECT_EQ(workspace.roster()[row].state, state);
    total += rows.size();
  }
  WorkerQuery all;
  all.employment.reset();
  const auto rows = workspace.select(all);
  EXPECT_EQ(rows.size(), workspace.worker_count());
  EXPECT_EQ(total, rows.size());
  EXPECT_TRUE(std::is_sorted(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
    return workspace.roster()[a].worker->id_number < workspace.roster()[b].worker->id_number;
  }));
  // The default query is what it was: the active workers, what is counted.
  EXPECT_EQ(workspace.select(WorkerQuery{}).size(), workspace.statuses().size());
  // The others are listed, not counted.
  EXPECT_EQ(workspace.tally(rows), workspace.total());
  EXPECT_EQ(workspace.tally(rows).active, workspace.statuses().size());
}

TEST_F(RosterTest, CertificationAndTrainingFiltersMatchActiveWorkersOnly) {
  Workspace workspace(*store_, kToday);
  for (const auto status : {CertificationStatus::exempt, CertificationStatus::overdue}) {
    WorkerQuery active;
    active.certification = status;
    WorkerQuery any = active;
    any.employment.reset();
    EXPECT_EQ(workspace.select(any), workspace.select(active)) << code(status);
  }
  WorkerQuery met;
  met.training = TrainingStatus::met;
  met.employment.reset();
  for (const std::size_t row : workspace.select(met))
    EXPECT_EQ(workspace.roster()[row].state, EmploymentState::active);
}

TEST_F(RosterTest, ASearchFindingHiddenWorkersSaysHowMany) {
  Workspace workspace(*store_, kToday);
  WorkerQuery query;  // active only, as the page opens
  query.search = "未来";
  EXPECT_TRUE(workspace.select(query).empty());
  EXPECT_EQ(workspace.hidden_by_filters(query), 1u);
  // Showing them: the search over everyone finds the worker, with the state.
  const auto rows = workspace.select(search_only(query));
  ASSERT_EQ(rows.size(), 1u);
  const WorkerStatus& found = workspace.roster()[rows.front()];
  EXPECT_EQ(found.worker->id_number, future_.id_number);
  EXPECT_EQ(found.state, EmploymentState::not_started);
  EXPECT_EQ(workspace.hidden_by_filters(search_only(query)), 0u);
  // By ID number too, and a filter other than employment hides as well.
  WorkerQuery by_id;
  by_id.search = future_.id_number.substr(6);
  by_id.employment = EmploymentState::not_started;
  by_id.street = "没有的街道";
  EXPECT_EQ(workspace.hidden_by_filters(by_id), 1u);
  // No search: nothing is said (the filters are the officer's choice).
  EXPECT_EQ(workspace.hidden_by_filters(WorkerQuery{}), 0u);
}

TEST_F(RosterTest, AWorkerNotActiveShowsTheStateWhereTheStatusWouldBe) {
  Workspace workspace(*store_, kToday);
  WorkerQuery query;
  query.employment = EmploymentState::not_started;
  query.search = "未来人";
  const auto rows = workspace.select(query);
  ASSERT_EQ(rows.size(), 1u);
  const WorkerStatus& status = workspace.roster()[rows.front()];
  EXPECT_EQ(cell_text(status, WorkerColumn::certification, Language::zh, false),
            "未入职（入职日期 2027年3月1日）");
  EXPECT_EQ(cell_text(status, WorkerColumn::certification, Language::en, false),
            "Not yet started (hire date 1 Mar 2027)");
  for (const auto column : {WorkerColumn::days_left, WorkerColumn::required_hours,
                            WorkerColumn::shortfall_hours, WorkerColumn::training})
    EXPECT_EQ(cell_text(status, column, Language::zh, false), "");
  EXPECT_EQ(cell_text(status, WorkerColumn::name, Language::zh, false), "未来人");

  WorkerQuery left;
  left.employment = EmploymentState::left;
  const auto gone = workspace.select(left);
  ASSERT_FALSE(gone.empty());
  const WorkerStatus& former = workspace.roster()[gone.front()];
  ASSERT_TRUE(former.worker->leave_date);
  EXPECT_EQ(cell_text(former, WorkerColumn::certification, Language::zh, false),
            "已离职（离职日期 " + local_date(*former.worker->leave_date, Language::zh) + "）");
}

TEST_F(RosterTest, KnownPlacesAreThoseOfEveryWorkerOnFile) {
  Workspace workspace(*store_, kToday);
  for (const WorkerStatus& status : workspace.roster())
    EXPECT_TRUE(workspace.places().knows(status.worker->org)) << status.worker->id_number;
  EXPECT_FALSE(workspace.places().knows_street(future_.org.district, "劝业厂街道"));
}

}  // namespace
}  // namespace cwt
