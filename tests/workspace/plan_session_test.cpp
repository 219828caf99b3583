// The Planning page's logic without a display, on a demo database in a real
// (in-memory) SQLite store: plans created and courses added through the same
// parse as the command line, workers assigned and filtered, warnings, "fill
// the plan" equal to the model's fill over the store's own files, attendance
// turning assignments into training records, progress on the dashboard.
#include "cwt/workspace/plan_session.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "cwt/demo/demo.hpp"
#include "cwt/demo/demo_plan.hpp"
#include "cwt/model/training.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "recording_progress.hpp"

namespace cwt {
namespace {

const Date kToday(2026, 6, 30);

class PlanSessionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = SqliteStore::in_memory();
    store_->apply(make_demo({400, 6, 11, kToday}));
    workspace_ = std::make_unique<Workspace>(*store_, kToday);
    session_ = std::make_unique<PlanSession>(*workspace_);
  }

  // Applies an edit that must have a change, as the shell does, then refreshes.
  // The plans held in memory after a write are what the store reads back.
  void apply(const PlanSession::Edit& edit) {
    ASSERT_TRUE(edit.problems.empty()) << edit.problems.front().message;
    ASSERT_TRUE(edit.change.has_value());
    workspace_->apply(*edit.change);
    session_->refresh();
    ASSERT_EQ(workspace_->plans().size(), store_->training_plans().size());
    for (std::size_t i = 0; i < workspace_->plans().size(); ++i) {
      const TrainingPlan& held = workspace_->plans()[i];
      const TrainingPlan read = store_->training_plans()[i];
      ASSERT_EQ(held.name, read.name);
      ASSERT_EQ(held.courses, read.courses);
      ASSERT_EQ(held.assignments, read.assignments) << held.name;
    }
  }

  void create(const std::string& name, int year) {
    apply(session_->create_plan(name, year, {}));
    ASSERT_TRUE(session_->choose(name));
  }

  FieldValues course_fields(const std::string& title, const std::string& when, int capacity,
                            const std::string& audience = "all") {
    FieldValues fields{{"title", title},
                       {"category", "practice"},
                       {"hours", "8"},
                       {"capacity", std::to_string(capacity)},
                       {"audience", audience}};
    fields.emplace_back(when.size() <= 2 ? "month" : "dates", when);
    return fields;
  }

  std::vector<std::string> first_ids(std::size_t n) const {
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < n && i < workspace_->statuses().size(); ++i)
      ids.push_back(workspace_->statuses()[i].worker->id_number);
    return ids;
  }

  std::unique_ptr<SqliteStore> store_;
  std::unique_ptr<Workspace> workspace_;
  std::unique_ptr<PlanSession> session_;
};

TEST_F(PlanSessionTest, PlansAndCoursesAreCheckedAndSavedWhole) {
  create("2026年计划", 2026);
  EXPECT_FALSE(session_->create_plan("2026年计划", 2026, {}).problems.empty()) << "name taken";
  EXPECT_FALSE(session_->create_plan("  ", 2026, {}).problems.empty());

  // Refused with the problem on the field, nothing to apply.
  const auto bad = session_->save_course(course_fields("社区治理", "13", 30), "");
  EXPECT_FALSE(bad.change.has_value());
  ASSERT_FALSE(bad.problems.empty());
  EXPECT_EQ(bad.problems.front().field, "month");
  const auto other_year = session_->save_course(course_fields("社区治理", "2027-03-01", 30), "");
  ASSERT_FALSE(other_year.problems.empty());
  EXPECT_EQ(other_year.problems.front().field, "dates");

  apply(session_->save_course(course_fields("社区治理", "3", 30), ""));
  apply(session_->save_course(course_fields("书记班", "2026-09-10,2026-09-11", 5, "leaders"), ""));
  EXPECT_FALSE(session_->save_course(course_fields("社区治理", "4", 30), "").problems.empty())
      << "a second course of the same title";
  ASSERT_EQ(session_->plan()->courses.size(), 2u);
  EXPECT_EQ(store_->training_plans().front().courses, session_->plan()->courses);

  // By month: March, then September.
  const auto months = session_->courses_by_month();
  ASSERT_EQ(months.size(), 2u);
  EXPECT_EQ(months[0].month, 3);
  EXPECT_EQ(months[1].month, 9);
  EXPECT_EQ(session_->plan()->courses[months[1].courses[0]].title, "书记班");

  // Renaming a course carries its assignments along.
  apply(session_->assign("社区治理", first_ids(3)));
  apply(session_->save_course(course_fields("社区治理专题", "3", 30), "社区治理"));
  EXPECT_EQ(session_->seats("社区治理专题")->seats_taken, 3);
  apply(session_->delete_course("社区治理专题"));
  EXPECT_EQ(session_->plan()->assignments.size(), 0u);
  apply(session_->delete_plan());
  EXPECT_EQ(session_->plan(), nullptr);
  EXPECT_TRUE(store_->training_plans().empty());
}

TEST_F(PlanSessionTest, AssigningShowsSeatsAndWarnsOfOverFullCourses) {
  create("计划", 2026);
  apply(session_->save_course(course_fields("小班", "10", 2), ""));
  apply(session_->assign("小班", first_ids(2)));
  EXPECT_FALSE(session_->assign("小班", first_ids(2)).change.has_value()) << "on it already";
  EXPECT_EQ(session_->seats("小班")->seats_taken, 2);
  const auto over_full = [&] {
    const auto warnings = session_->warnings();
    return std::count_if(warnings.begin(), warnings.end(), [](const PlanWarning& w) {
      return w.kind == PlanWarning::Kind::over_full;
    });
  };
  EXPECT_EQ(over_full(), 0);
  apply(session_->assign("小班", first_ids(3)));
  EXPECT_EQ(over_full(), 1);
  const auto warnings = session_->warnings();
  EXPECT_NE(warning_text(warnings.front()).find("小班"), std::string::npos);

  // Filters: on the course; could join (not the three on it).
  PlanWorkerFilter filter;
  filter.course = "小班";
  filter.show = PlanWorkerShow::on_course;
  EXPECT_EQ(session_->select(filter).size(), 3u);
  filter.show = PlanWorkerShow::can_join;
  const auto could = session_->select(filter);
  const auto on = first_ids(3);
  for (const std::size_t row : could) {
    const auto& id = session_->state().workers[row].file->worker.id_number;
    EXPECT_EQ(std::find(on.begin(), on.end(), id), on.end()) << id;
  }
  EXPECT_GT(could.size(), 300u);
  apply(session_->unassign("小班", first_ids(1)));
  EXPECT_EQ(over_full(), 0);

  // Not on a course the day of another of theirs.
  apply(session_->save_course(course_fields("上午班", "2026-10-05", 30), ""));
  apply(session_->save_course(course_fields("下午班", "2026-10-05,2026-10-06", 30), ""));
  apply(session_->assign("上午班", {on[0]}));
  filter.course = "下午班";
  const auto rows = session_->select(filter);
  const auto shown = [&](const std::string& id) {
    return std::any_of(rows.begin(), rows.end(), [&](std::size_t row) {
      return session_->state().workers[row].file->worker.id_number == id;
    });
  };
  EXPECT_FALSE(shown(on[0])) << "on 上午班 that day";
  EXPECT_TRUE(shown(on[1]));
}

TEST_F(PlanSessionTest, FiltersByPlaceSearchAndCoverage) {
  create("计划", 2026);
  const auto& workers = session_->state().workers;
  ASSERT_FALSE(workers.empty());
  const Worker& someone = workers[workers.size() / 2].file->worker;
  PlanWorkerFilter filter;
  filter.community = someone.org.community;
  const auto rows = session_->select(filter);
  EXPECT_GT(rows.size(), 0u);
  for (const std::size_t row : rows)
    EXPECT_EQ(workers[row].file->worker.org.community, someone.org.community);
  filter = {};
  filter.search = someone.id_number.substr(6, 8);  // the birth date part
  for (const std::size_t row : session_->select(filter))
    EXPECT_NE(workers[row].file->worker.id_number.find(filter.search), std::string::npos);
  filter.search = someone.name;
  EXPECT_GE(session_->select(filter).size(), 1u);
  // Not covered: every worker still short with no courses at all.
  filter = {};
  filter.show = PlanWorkerShow::not_covered;
  const auto short_of = static_cast<std::size_t>(
      std::count_if(workers.begin(), workers.end(),
                    [](const PlanWorker& w) { return w.missing_half_hours > 0; }));
  EXPECT_EQ(session_->select(filter).size(), short_of);
  EXPECT_GT(short_of, 0u);
  EXPECT_LT(short_of, workers.size()) << "some have met 2026 already by June";
}

// The fill equals the model's over the store's own files (as the command line
// computes them); its explanation counts what it did, and the warnings and
// the reasons agree with it.
TEST_F(PlanSessionTest, FillTheModelsFillExplainedAndLeavesHandMadeAssignments) {
  create("2027年计划", 2027);
  TrainingPlan demo = make_demo_plan("2027年计划", 2027, 400, 12);
  demo.assignments.push_back(
      {first_ids(1)[0], demo.courses[1].title, true, Attendance::registered});
  ChangeSet change;
  change.save_plans.push_back(demo);
  workspace_->apply(change);
  session_->refresh();

  const auto files = store_->worker_files(completed_window(2027, kToday));
  const PlanFill expected =
      fill_plan(demo, files, store_->policy(), store_->category_hours(recent_window(2027)));
  FillExplanation explanation;
  const auto edit = session_->fill(explanation);
  ASSERT_TRUE(edit.change.has_value());
  EXPECT_EQ(explanation.assignments_added, expected.added.size());
  EXPECT_EQ(explanation.uncovered, expected.uncovered);
  std::size_t by_reason = 0;
  for (const auto& [reason, count] : explanation.uncovered_by_reason) by_reason += count;
  EXPECT_EQ(by_reason, expected.uncovered.size());
  EXPECT_GE(explanation.lines().size(), 2u);
  apply(edit);

  const TrainingPlan& filled = *session_->plan();
  EXPECT_EQ(filled.assignments.size(), 1 + expected.added.size());
  EXPECT_TRUE(std::any_of(filled.assignments.begin(), filled.assignments.end(),
                          [&](const Assignment& a) {
                            return a.by_hand && a.id_number == first_ids(1)[0] &&
                                   a.course == demo.courses[1].title;
                          }))
      << "the hand-made assignment stays";
  // No seat over capacity; the warning counts the uncovered.
  for (const PlanCourseSeats& seats : session_->state().courses)
    EXPECT_LE(seats.seats_taken, seats.course->capacity) << seats.course->title;
  int not_covered = 0;
  for (const auto& warning : session_->warnings())
    if (warning.kind == PlanWarning::Kind::not_covered) not_covered = warning.count;
  EXPECT_EQ(static_cast<std::size_t>(not_covered), expected.uncovered.size());
  EXPECT_EQ(session_->uncovered(), expected.uncovered) << "the same reasons after the fill";
  // The 2027 plan's completed hours are 2027's by June 2026: none.
  for (const PlanWorker& worker : session_->state().workers)
    EXPECT_EQ(worker.completed_half_hours, 0);
  FillExplanation again;
  EXPECT_FALSE(session_->fill(again).change.has_value()) << "nothing left to add";
}

// Issue 24, item 2: the fill reports the workers placed, rising to all of
// them, from what was gathered before it; cancelled at 10 %, 50 % or 90 % it
// throws Cancelled and nothing changes (the plan in memory and on file as
// before); the same input then fills as the one-step fill does.
TEST_F(PlanSessionTest, TheFillRisesToTheEndAndACancelChangesNothing) {
  create("2027年计划", 2027);
  ChangeSet change;
  change.save_plans.push_back(make_demo_plan("2027年计划", 2027, 400, 12));
  workspace_->apply(change);
  session_->refresh();
  const std::int64_t token = store_->change_token();
  const PlanSession::FillInput input = session_->fill_input();
  ASSERT_NE(input.plan, nullptr);

  for (const double share : {0.1, 0.5, 0.9}) {
    test::RecordingProgress stopping(share);
    FillExplanation explanation;
    EXPECT_THROW(PlanSession::fill(input, explanation, stopping), Cancelled) << share;
    EXPECT_LT(stopping.steps.back().first, stopping.steps.back().second) << share;
  }
  EXPECT_TRUE(session_->plan()->assignments.empty());
  EXPECT_EQ(store_->change_token(), token);

  test::RecordingProgress whole;
  FillExplanation explanation;
  const auto edit = PlanSession::fill(input, explanation, whole);
  ASSERT_TRUE(edit.change.has_value());
  EXPECT_TRUE(whole.rises());
  EXPECT_GE(whole.steps.size(), 20u);
  FillExplanation at_once;
  const auto all_at_once = session_->fill(at_once);
  ASSERT_EQ(all_at_once.change->add_assignments.size(), edit.change->add_assignments.size());
  for (std::size_t i = 0; i < edit.change->add_assignments.size(); ++i)
    EXPECT_EQ(all_at_once.change->add_assignments[i].assignment,
              edit.change->add_assignments[i].assignment);
}

// Marking attendance: one transaction; the present are credited the course's
// hours in the statuses, the absent not; the warning to mark it goes; the
// dashboard's progress counts it.
TEST_F(PlanSessionTest, AttendanceTurnsAssignmentsIntoRecordsAndShowsAsProgress) {
  create("2026年计划", 2026);
  apply(session_->save_course(course_fields("三月课程", "2026-03-10", 10), ""));
  apply(session_->save_course(course_fields("九月课程", "9", 10), ""));
  const auto ids = first_ids(3);
  apply(session_->assign("三月课程", ids));
  apply(session_->assign("九月课程", ids));
  EXPECT_FALSE(session_->can_mark_attendance("九月课程")) << "September is after today";
  EXPECT_FALSE(session_->attend("九月课程", {}).problems.empty());
  ASSERT_TRUE(session_->can_mark_attendance("三月课程"));
  const auto unmarked = [&] {
    const auto warnings = session_->warnings();
    return std::any_of(warnings.begin(), warnings.end(),
                       [](const PlanWarning& w) { return w.kind == PlanWarning::Kind::unmarked; });
  };
  EXPECT_TRUE(unmarked());

  const auto completed = [&](const std::string& id) {
    for (const auto& status : workspace_->statuses())
      if (status.worker->id_number == id) return status.training.completed_half_hours;
    return std::int64_t{-1};
  };
  const auto before = completed(ids[0]), absent_before = completed(ids[2]);
  apply(session_->attend("三月课程", {ids[2]}));
  EXPECT_EQ(completed(ids[0]), before + 16);
  EXPECT_EQ(completed(ids[2]), absent_before) << "absent: nothing credited";
  EXPECT_FALSE(unmarked());
  const PlanCourseSeats* march = session_->seats("三月课程");
  EXPECT_TRUE(march->held());
  EXPECT_EQ(march->present, 2);
  EXPECT_EQ(march->absent, 1);

  // Re-marking corrects: the absent one came after all.
  apply(session_->attend("三月课程", {}));
  EXPECT_EQ(completed(ids[2]), absent_before + 16);

  const auto progress = plan_progress(*workspace_);
  ASSERT_EQ(progress.size(), 1u);
  EXPECT_EQ(progress[0].name, "2026年计划");
  EXPECT_EQ(progress[0].totals.courses, 2);
  EXPECT_EQ(progress[0].totals.courses_held, 1);
  EXPECT_EQ(progress[0].totals.present, 3);
  EXPECT_EQ(progress[0].totals.attended_half_hours, 48);
  EXPECT_EQ(progress[0].totals.workers, static_cast<int>(session_->state().workers.size()));
}

}  // namespace
}  // namespace cwt
