// Issue 24, item 1: the desktop program and the command line make their
// changes through one application layer (app/), so the same edit is
// decided alike whichever program makes it: the same precondition, the same
// refusal word for word, the same name stored, the new event's id handed
// back by the store. Here the command line runs in-process and the desktop
// program's side is its toolkit-free half (Workspace, PlanSession) on the
// same file.
#include <gtest/gtest.h>

#include "cli_test_support.hpp"
#include "cwt/app/event_edits.hpp"
#include "cwt/app/plan_edits.hpp"
#include "cwt/app/worker_edits.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "cwt/workspace/plan_session.hpp"
#include "cwt/workspace/workspace.hpp"

namespace cwt::cli::testing {
namespace {

class BothPrograms : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    ASSERT_EQ(run({"init"}).exit_code, 0);
    const auto added =
        run({"worker", "add", "--id-number", id, "--name", "张三", "--street", "劝业场街道",
             "--community", "新兴社区", "--hire-date", "2020-01-01", "--position", "grid_worker"});
    ASSERT_EQ(added.exit_code, 0) << added.err;
  }

  // The desktop program's view of the file as it is now.
  struct Window {
    explicit Window(const std::string& path, Date today)
        : store(SqliteStore::open_existing(path)), workspace(*store, today) {}
    std::unique_ptr<SqliteStore> store;
    Workspace workspace;
  };

  const std::string id = make_id("120101", "19900101", 11);
};

TEST_F(BothPrograms, APlanNameWithBlanksAroundItIsOnePlanWhicheverProgramMadeIt) {
  // The command line first, the name typed with blanks around it.
  const auto created = run({"plan", "create", "--year", "2027", "--name", "  年度 计划 "});
  ASSERT_EQ(created.exit_code, 0) << created.err;
  EXPECT_EQ(created.out, "created plan 年度 计划 for 2027\n");
  {
    Window window(db_path(), today_);
    ASSERT_EQ(window.workspace.plans().size(), 1u);
    EXPECT_EQ(window.workspace.plans().front().name, "年度 计划");
    // The desktop program refuses the same name, blanks or not, with the
    // command line's words.
    PlanSession session(window.workspace);
    const auto again = session.create_plan("年度 计划\t", 2027, {});
    ASSERT_TRUE(again.refused());
    EXPECT_FALSE(again.change);
    ASSERT_EQ(again.problems.size(), 1u);
    EXPECT_EQ(again.problems[0].field, "name");
    EXPECT_EQ(again.problems[0].message, "a plan named \"年度 计划\" exists already");
    EXPECT_EQ(app::sentence(again.problems[0].message),
              "A plan named \"年度 计划\" exists already.");

    // The desktop program next: its plan, made with blanks, stored trimmed.
    const auto made = session.create_plan(" 第二 ", 2027, {});
    ASSERT_FALSE(made.refused());
    window.workspace.apply(*made.change);
    EXPECT_EQ(made.change->save_plans.front().name, "第二");
  }
  // The command line refuses it in the same words, framed as it frames
  // every refusal.
  const auto refused = run({"plan", "create", "--year", "2027", "--name", "第二  "});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_EQ(refused.err,
            "plan create: --name: a plan named \"第二\" exists already; nothing changed\n");
  // A name of blanks alone: refused alike.
  const auto blank = run({"plan", "create", "--year", "2027", "--name", "   "});
  EXPECT_EQ(blank.exit_code, 1);
  EXPECT_EQ(blank.err, "plan create: --name: the plan's name is empty; nothing changed\n");
  Window window(db_path(), today_);
  EXPECT_EQ(app::create_plan(window.workspace, "   ", 2027, {}).problems[0].message,
            "the plan's name is empty");
  EXPECT_EQ(window.workspace.plans().size(), 2u);
}

TEST_F(BothPrograms, TheNewEventsIdIsTheOneTheStoreGaveWhicheverProgramAddedIt) {
  const std::vector<std::string> add = {"event",      "add",       "--course", "社区治理",
                                        "--category", "practice",  "--hours",  "4",
                                        "--date",     "2026-05-11"};
  // Two events with the same fields: each is told its own number.
  EXPECT_EQ(run(add).out, "added event 1 社区治理\n");
  EXPECT_EQ(run(add).out, "added event 2 社区治理\n");
  std::int64_t added = 0;
  {
    Window window(db_path(), today_);
    TrainingEvent event = window.workspace.events().front();
    event.event_id = 0;
    event.attendees = {{id, Attendance::present}};
    const app::Edit edit = app::save_event(window.workspace, event);
    ASSERT_FALSE(edit.refused());
    const Applied applied = window.workspace.apply(*edit.change);
    ASSERT_EQ(applied.added_events.size(), 1u);
    added = applied.added_events.front();
    EXPECT_EQ(added, 3);
    ASSERT_EQ(window.workspace.events().size(), 3u);
    EXPECT_EQ(window.workspace.events().back().event_id, added);
    EXPECT_EQ(window.workspace.events().back().attendees.size(), 1u);
  }
  // The command line marks attendance on it; an event that is not there is
  // refused by both in the same words.
  const auto marked =
      run({"event", "attend", "--event", std::to_string(added), "--mark", "absent", id});
  EXPECT_EQ(marked.out, "event 3: 0 present, 1 absent, 0 registered\n") << marked.err;
  const auto missing = run({"event", "attend", "--event", "9", id});
  EXPECT_EQ(missing.exit_code, 1);
  Window window(db_path(), today_);
  const app::Edit none = app::mark_attendance(window.workspace, 9, Attendance::present, {id});
  ASSERT_TRUE(none.refused());
  EXPECT_EQ(missing.err,
            "event attend: --event: " + none.problems[0].message + "; nothing changed\n");
  // And the same edit through the store alone decides alike.
  const app::Edit by_store =
      app::mark_attendance(app::StoreOnFile(*window.store, today_), 3, Attendance::present, {id});
  const app::Edit by_window = app::mark_attendance(window.workspace, 3, Attendance::present, {id});
  ASSERT_TRUE(by_store.change && by_window.change);
  EXPECT_EQ(by_store.change->update_events, by_window.change->update_events);
  EXPECT_EQ(by_store.change->description, by_window.change->description);
}

// A course and its workers: the same title refused, the same unknown
// worker refused, whichever program asks.
TEST_F(BothPrograms, ACourseAndItsWorkersAreRefusedAlikeByBothPrograms) {
  ASSERT_EQ(run({"plan", "create", "--year", "2026", "--name", "计划"}).exit_code, 0);
  const auto added =
      run({"plan", "add-course", "--plan", "计划", "--title", "网格实务", "--category", "practice",
           "--hours", "4", "--month", "5", "--capacity", "30", "--audience", "all"});
  ASSERT_EQ(added.exit_code, 0) << added.err;
  const auto again =
      run({"plan", "add-course", "--plan", "计划", "--title", "网格实务", "--category", "practice",
           "--hours", "2", "--month", "6", "--capacity", "30", "--audience", "all"});
  EXPECT_EQ(again.exit_code, 1);
  const std::string stranger = make_id("120101", "19800101", 15);
  const auto unknown = run({"plan", "assign", "--plan", "计划", "--course", "网格实务", stranger});
  EXPECT_EQ(unknown.exit_code, 1);
  const auto on = run({"plan", "assign", "--plan", "计划", "--course", "网格实务", id});
  EXPECT_EQ(on.out, "1 worker put on 网格实务\n") << on.err;

  Window window(db_path(), today_);
  PlanSession session(window.workspace);
  ASSERT_TRUE(session.choose("计划"));
  const auto same_title = session.save_course({{"title", "网格实务"},
                                               {"category", "practice"},
                                               {"hours", "2"},
                                               {"month", "6"},
                                               {"capacity", "30"},
                                               {"audience", "all"}},
                                              "");
  ASSERT_EQ(same_title.problems.size(), 1u);
  EXPECT_EQ(again.err,
            "plan add-course: --title: " + same_title.problems[0].message + "; nothing changed\n");
  const auto stranger_on = session.assign("网格实务", {stranger});
  ASSERT_EQ(stranger_on.problems.size(), 1u);
  EXPECT_EQ(unknown.err, "plan assign: " + stranger_on.problems[0].message + "; nothing changed\n");
  // Put on again: nothing to write, in either program.
  EXPECT_FALSE(session.assign("网格实务", {id}).change);
  EXPECT_EQ(run({"plan", "assign", "--plan", "计划", "--course", "网格实务", id}).out,
            "0 workers put on 网格实务\n");
}

// A worker: an ID number on file refused alike when added again, and a
// record for nobody refused alike.
TEST_F(BothPrograms, AWorkerAddedTwiceOrARecordForNobodyIsRefusedAlike) {
  const auto twice =
      run({"worker", "add", "--id-number", id, "--name", "张三", "--street", "劝业场街道",
           "--community", "新兴社区", "--hire-date", "2020-01-01", "--position", "grid_worker"});
  EXPECT_EQ(twice.exit_code, 1);
  const std::string stranger = make_id("120101", "19800101", 15);
  const auto nobody = run({"training", "add", "--id-number", stranger, "--date", "2026-03-01",
                           "--hours", "4", "--category", "skills"});
  EXPECT_EQ(nobody.exit_code, 1);

  Window window(db_path(), today_);
  app::WorkerSave again;
  again.worker = *window.workspace.worker(id);
  const app::Edit refused = app::save_worker(window.workspace, again);
  ASSERT_EQ(refused.problems.size(), 1u);
  EXPECT_EQ(twice.err,
            "worker add: --id-number: " + refused.problems[0].message + "; nothing changed\n");
  TrainingRecord record;
  record.id_number = stranger;
  const app::Edit for_nobody = app::add_record(window.workspace, record);
  ASSERT_EQ(for_nobody.problems.size(), 1u);
  EXPECT_EQ(nobody.err,
            "training add: --id-number: " + for_nobody.problems[0].message + "; nothing changed\n");

  // The editor's history: rows that overlap are refused whatever their
  // order, and a history as on file is not written again.
  app::WorkerSave edit;
  edit.worker = *window.workspace.worker(id);
  edit.original_id = id;
  edit.history = window.workspace.worker(id)->history;
  const app::Edit unchanged = app::save_worker(window.workspace, edit);
  ASSERT_TRUE(unchanged.change);
  EXPECT_TRUE(unchanged.change->replace_history.empty());
  // Given out of order, the later one open-ended and the earlier running
  // into it.
  edit.history = {{Position::grid_worker, Date(2023, 1, 1), std::nullopt},
                  {Position::community_staff, Date(2020, 1, 1), Date(2023, 6, 30)}};
  const app::Edit overlapping = app::save_worker(window.workspace, edit);
  ASSERT_TRUE(overlapping.refused());
  EXPECT_EQ(overlapping.problems[0].field, "history");
}

}  // namespace
}  // namespace cwt::cli::testing
