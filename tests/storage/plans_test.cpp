// Training plans (migration 3): a plan saved whole by name reads back as
// saved; saving it changed writes only the rows that differ (audited); a
// wrong assignment changes nothing; a plan is deleted whole; files of
// version 2 upgrade in place, a copy first.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <span>

#include "cwt/storage/migration.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "storage_test_support.hpp"

namespace cwt::test {
namespace {

using ::testing::HasSubstr;

class PlansTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = SqliteStore::create_or_open(path_);
    ChangeSet change;
    change.description = "workers";
    for (int i = 1; i <= 3; ++i) change.upsert_workers.push_back(sample_worker(i));
    store_->apply(change);
  }

  static TrainingPlan sample_plan() {
    TrainingPlan plan;
    plan.name = "2027年劝业场街道培训计划";
    plan.year = 2027;
    plan.scope = {"和平区", "劝业场街道", ""};
    PlannedCourse spring;
    spring.title = "社区治理专题";
    spring.category = TrainingCategory::practice;
    spring.half_hours = 16;
    spring.dates = {make_date(2027, 3, 10), make_date(2027, 3, 11)};
    spring.capacity = 30;
    spring.audience = Audience::all;
    spring.provider = "区委党校";
    PlannedCourse autumn;
    autumn.title = "书记主任班";
    autumn.category = TrainingCategory::quality;
    autumn.half_hours = 24;
    autumn.month = 10;
    autumn.capacity = 10;
    autumn.audience = Audience::leaders;
    plan.courses = {spring, autumn};
    plan.assignments = {{sample_worker(1).id_number, "社区治理专题", true, Attendance::registered},
                        {sample_worker(2).id_number, "社区治理专题", false, Attendance::registered},
                        {sample_worker(2).id_number, "书记主任班", true, Attendance::registered}};
    return plan;
  }

  void save(const TrainingPlan& plan, const std::string& description = "plan") {
    ChangeSet change;
    change.description = description;
    change.save_plans.push_back(plan);
    store_->apply(change);
  }

  // Assignments in the order the store reads them: by course, then ID number.
  static TrainingPlan sorted(TrainingPlan plan) {
    std::map<std::string, std::size_t> order;
    for (std::size_t i = 0; i < plan.courses.size(); ++i) order[plan.courses[i].title] = i;
    std::sort(plan.assignments.begin(), plan.assignments.end(), [&](const auto& a, const auto& b) {
      return std::pair(order[a.course], a.id_number) < std::pair(order[b.course], b.id_number);
    });
    return plan;
  }

  // Audit rows written by the last change.
  int rows_of_last_change() {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* query = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT count(*) FROM audit_log WHERE batch_id = "
                       "(SELECT max(id) FROM audit_batch)",
                       -1, &query, nullptr);
    sqlite3_step(query);
    const int rows = sqlite3_column_int(query, 0);
    sqlite3_finalize(query);
    sqlite3_close(db);
    return rows;
  }

  TempDir dir_;
  std::string path_ = dir_.file("plans.cwt");
  std::unique_ptr<SqliteStore> store_;
};

TEST_F(PlansTest, APlanReadsBackAsSaved) {
  save(sample_plan());
  const auto plans = store_->training_plans();
  ASSERT_EQ(plans.size(), 1u);
  EXPECT_EQ(plans[0].name, sample_plan().name);
  EXPECT_EQ(plans[0].year, 2027);
  EXPECT_EQ(plans[0].scope, sample_plan().scope);
  EXPECT_EQ(plans[0].courses, sample_plan().courses);
  EXPECT_EQ(plans[0].assignments, sorted(sample_plan()).assignments);
}

TEST_F(PlansTest, SavingAChangedPlanWritesTheRowsThatDiffer) {
  save(sample_plan());
  TrainingPlan changed = sample_plan();
  changed.courses[0].capacity = 40;  // a course corrected
  changed.courses.pop_back();        // a course dropped, with its assignment
  changed.assignments.pop_back();
  changed.assignments[1].by_hand = true;  // the officer keeps a filled one
  changed.assignments.push_back(
      {sample_worker(3).id_number, "社区治理专题", true, Attendance::registered});
  save(changed, "plan edit");
  const auto plans = store_->training_plans();
  ASSERT_EQ(plans.size(), 1u);
  EXPECT_EQ(plans[0].courses, changed.courses);
  EXPECT_EQ(plans[0].assignments, sorted(changed).assignments);

  // The audit log of the second save: the course's capacity, the dropped
  // course and its assignment, the by_hand change and the new assignment;
  // the unchanged rows not at all. Saved once more, nothing: not even an
  // empty batch (issue 21), the file byte for byte as it was.
  EXPECT_EQ(rows_of_last_change(), 5);
  const auto before = read_bytes(path_);
  save(changed, "plan again");
  EXPECT_EQ(rows_of_last_change(), 5);
  EXPECT_EQ(read_bytes(path_), before);
}

// Putting workers on a course and taking them off without saving the plan
// whole: only those rows written (audited); one on it already, or not on it,
// changes nothing; an unknown course or worker is refused, nothing written.
TEST_F(PlansTest, AssignmentsAddedAndRemovedByThemselves) {
  save(sample_plan());
  const std::string plan = sample_plan().name;
  ChangeSet add;
  add.description = "plan assign";
  add.add_assignments = {
      {plan, {sample_worker(3).id_number, "书记主任班", false, Attendance::registered}},
      {plan, {sample_worker(1).id_number, "社区治理专题", true, Attendance::registered}}};  // on it
  store_->apply(add);
  EXPECT_EQ(rows_of_last_change(), 1);
  TrainingPlan expected = sample_plan();
  expected.assignments.push_back(
      {sample_worker(3).id_number, "书记主任班", false, Attendance::registered});
  EXPECT_EQ(store_->training_plans()[0].assignments, sorted(expected).assignments);

  ChangeSet remove;
  remove.description = "plan unassign";
  remove.remove_assignments = {
      {plan, {sample_worker(2).id_number, "社区治理专题", false, Attendance::registered}},
      {plan,
       {sample_worker(3).id_number, "社区治理专题", true, Attendance::registered}}};  // not on
  store_->apply(remove);
  EXPECT_EQ(rows_of_last_change(), 1);
  std::erase_if(expected.assignments, [](const Assignment& a) {
    return a.id_number == sample_worker(2).id_number && a.course == "社区治理专题";
  });
  EXPECT_EQ(store_->training_plans()[0].assignments, sorted(expected).assignments);

  const std::string before = read_bytes(path_);
  for (const auto& [course, id] :
       {std::pair<std::string, std::string>{"没有的课程", sample_worker(1).id_number},
        {"书记主任班", "110105199003070000"}}) {
    ChangeSet wrong;
    wrong.description = "wrong";
    wrong.add_assignments = {
        {plan, {sample_worker(1).id_number, "书记主任班", true, Attendance::registered}},
        {plan, {id, course, true, Attendance::registered}}};
    EXPECT_THROW(store_->apply(wrong), StoreError) << course;
  }
  EXPECT_EQ(read_bytes(path_), before);
}

TEST_F(PlansTest, AWrongAssignmentChangesNothing) {
  save(sample_plan());
  const std::string before = read_bytes(path_);
  TrainingPlan wrong = sample_plan();
  wrong.assignments.push_back(
      {sample_worker(3).id_number, "没有这门课", true, Attendance::registered});
  try {
    save(wrong);
    FAIL() << "an assignment to a course the plan does not have was saved";
  } catch (const StoreError& error) {
    EXPECT_THAT(error.what(), HasSubstr("没有这门课"));
  }
  TrainingPlan unknown = sample_plan();
  unknown.assignments.push_back(
      {"120101199912310000", "社区治理专题", true, Attendance::registered});
  EXPECT_THROW(save(unknown), StoreError);
  EXPECT_EQ(read_bytes(path_), before);
}

TEST_F(PlansTest, APlanIsDeletedWhole) {
  save(sample_plan());
  TrainingPlan other = sample_plan();
  other.name = "另一个计划";
  other.assignments.clear();
  save(other);
  ChangeSet change;
  change.description = "plan delete";
  change.delete_plans.push_back(sample_plan().name);
  store_->apply(change);
  const auto plans = store_->training_plans();
  ASSERT_EQ(plans.size(), 1u);
  EXPECT_EQ(plans[0].name, "另一个计划");
  EXPECT_EQ(plans[0].courses.size(), 2u);
}

// What fill_plan prefers least of: verified hours per worker and category
// inside the days asked, unverified records and other days left out.
TEST_F(PlansTest, CategoryHoursSumVerifiedRecordsPerWorkerAndCategoryInTheWindow) {
  const auto record = [](int worker, Date day, int half_hours, TrainingCategory category,
                         bool verified) {
    TrainingRecord r;
    r.id_number = sample_worker(worker).id_number;
    r.date = day;
    r.half_hours = half_hours;
    r.category = category;
    r.course = "课程";
    r.verified = verified;
    return r;
  };
  ChangeSet change;
  change.description = "records";
  change.add_training = {
      record(1, make_date(2025, 1, 1), 8, TrainingCategory::practice, true),
      record(1, make_date(2026, 12, 31), 4, TrainingCategory::practice, true),
      record(1, make_date(2026, 5, 5), 6, TrainingCategory::skills, true),
      record(1, make_date(2026, 6, 6), 10, TrainingCategory::skills, false),    // unverified
      record(1, make_date(2024, 12, 31), 10, TrainingCategory::quality, true),  // before
      record(2, make_date(2027, 1, 1), 10, TrainingCategory::quality, true)};   // after
  store_->apply(change);
  const auto hours = store_->category_hours({make_date(2025, 1, 1), make_date(2026, 12, 31)});
  ASSERT_EQ(hours.size(), 1u) << "worker 2 has nothing in the window";
  const CategoryHours& first = hours.at(sample_worker(1).id_number);
  EXPECT_EQ(first,
            (CategoryHours{{TrainingCategory::practice, 12}, {TrainingCategory::skills, 6}}));
}

TEST(PlansUpgradeTest, AVersion2FileUpgradesInPlaceWithACopyFirst) {
  TempDir dir;
  const std::string file = dir.file("v2.cwt");
  const auto version2 = std::span(schema_migrations()).first(2);
  {
    auto store = SqliteStore::open(file, SqliteStore::OpenMode::create_or_open, version2);
    ChangeSet change;
    change.description = "workers";
    change.upsert_workers.push_back(sample_worker(1));
    store->apply(change);
  }
  const std::string bytes = read_bytes(file);
  auto store = SqliteStore::open_existing(file);
  ASSERT_TRUE(store->upgrade_backup());
  EXPECT_EQ(*store->upgrade_backup(), file + ".v2.bak");
  EXPECT_EQ(read_bytes(file + ".v2.bak"), bytes);
  EXPECT_EQ(store->worker_count(), 1u);
  EXPECT_TRUE(store->training_plans().empty());
}

}  // namespace
}  // namespace cwt::test
