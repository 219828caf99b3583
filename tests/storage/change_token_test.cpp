// Issue 24, item 4: two connections to one file, as two programs (the window
// and a command-line import, two officers) hold them. The change token moves
// with every write, whoever makes it; an edit made from what was read at a
// token is refused, naming who changed the worker since, when anything about
// that worker was written meanwhile, and nothing is lost either way.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cwt/storage/sqlite_store.hpp"
#include "storage_test_support.hpp"

namespace cwt::test {
namespace {

using ::testing::HasSubstr;

class ChangeTokenTest : public ::testing::Test {
 protected:
  void SetUp() override {
    window_ = SqliteStore::create_or_open(path_);
    ChangeSet change;
    change.description = "workers";
    for (int i = 1; i <= 3; ++i) change.upsert_workers.push_back(sample_worker(i));
    window_->apply(change);
    other_ = SqliteStore::open_existing(path_);
  }

  static ChangeSet rename(int i, const std::string& name, const std::string& description) {
    Worker worker = sample_worker(i);
    worker.name = name;
    ChangeSet change;
    change.description = description;
    change.upsert_workers.push_back(worker);
    return change;
  }

  TempDir dir_;
  std::string path_ = dir_.file("two.cwt");
  std::unique_ptr<SqliteStore> window_;
  std::unique_ptr<SqliteStore> other_;
};

TEST_F(ChangeTokenTest, MovesWithEveryWriteWhoeverMakesItAndIsWhatApplyReturns) {
  const std::int64_t start = window_->change_token();
  EXPECT_GT(start, 0);
  EXPECT_EQ(other_->change_token(), start);

  const Applied applied = other_->apply(rename(1, "赵六", "worker edit"));
  EXPECT_EQ(applied.token, start + 1);
  EXPECT_EQ(window_->change_token(), start + 1) << "the other connection's write is seen";

  // A change that writes nothing leaves no batch and does not move it.
  EXPECT_EQ(window_->apply(ChangeSet{}).token, 0);
  EXPECT_EQ(other_->change_token(), start + 1);

  Policy policy = window_->policy();
  policy.staff_half_hours += 4;
  window_->save_policy(policy);
  EXPECT_EQ(other_->change_token(), start + 2) << "a settings change is a write too";
}

TEST_F(ChangeTokenTest, ApplyHandsBackTheIdsOfTheEventsItAdded) {
  ChangeSet change;
  change.description = "event add";
  for (const char* course : {"社区治理专题培训", "社会工作实务"}) {
    TrainingEvent event;
    event.course = course;
    event.first_day = event.last_day = make_date(2025, 4, 14);
    event.half_hours = 8;
    event.attendees = {{sample_worker(1).id_number, Attendance::present}};
    change.add_events.push_back(event);
  }
  const Applied applied = window_->apply(change);
  const auto events = other_->training_events();
  ASSERT_EQ(applied.added_events.size(), 2u);
  ASSERT_EQ(events.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    const auto found = std::ranges::find(events, applied.added_events[i], &TrainingEvent::event_id);
    ASSERT_NE(found, events.end());
    EXPECT_EQ(found->course, change.add_events[i].course);
  }
}

TEST_F(ChangeTokenTest, AnEditOverAWorkerChangedSinceItWasReadIsRefusedNamingTheChange) {
  const std::int64_t read_at = window_->change_token();
  other_->apply(rename(1, "赵六", "import workers 名册.xlsx (1 rows)"));

  ChangeSet mine = rename(1, "钱七", "worker edit");
  mine.expect_unchanged.push_back({sample_worker(1).id_number, read_at});
  try {
    window_->apply(mine);
    FAIL() << "the edit over a changed worker was written";
  } catch (const ConflictError& conflict) {
    EXPECT_EQ(conflict.id_number(), sample_worker(1).id_number);
    ASSERT_FALSE(conflict.changes().empty());
    EXPECT_EQ(conflict.changes().front().description, "import workers 名册.xlsx (1 rows)");
    EXPECT_THAT(conflict.changes().front().new_values, HasSubstr("赵六"));
    EXPECT_THAT(std::string(conflict.what()), HasSubstr("import workers 名册.xlsx"));
    EXPECT_THAT(std::string(conflict.what()), HasSubstr(sample_worker(1).id_number));
  }
  // Nothing lost: the other program's change stands, and nothing was written.
  EXPECT_EQ(window_->find_worker(sample_worker(1).id_number)->name, "赵六");
  EXPECT_EQ(window_->change_token(), read_at + 1);

  // Read again, the same edit goes through; the officer who chooses to
  // overwrite applies it without the expectation.
  mine.expect_unchanged = {{sample_worker(1).id_number, window_->change_token()}};
  EXPECT_NE(window_->apply(mine).token, 0);
  EXPECT_EQ(other_->find_worker(sample_worker(1).id_number)->name, "钱七");
}

TEST_F(ChangeTokenTest, ARecordAddedElsewhereIsAChangeToTheWorkerAnotherWorkersIsNot) {
  const std::int64_t read_at = window_->change_token();
  ChangeSet training;
  training.description = "import training a.csv";
  TrainingRecord record;
  record.id_number = sample_worker(1).id_number;
  record.date = make_date(2025, 3, 1);
  record.half_hours = 8;
  record.course = "社区治理";
  training.add_training.push_back(record);
  other_->apply(training);
  other_->apply(rename(3, "孙八", "worker edit"));

  ChangeSet mine = rename(2, "周九", "worker edit");
  mine.expect_unchanged.push_back({sample_worker(2).id_number, read_at});
  EXPECT_NO_THROW(window_->apply(mine)) << "worker 2 was not touched meanwhile";

  ChangeSet first = rename(1, "吴十", "worker edit");
  first.expect_unchanged.push_back({sample_worker(1).id_number, read_at});
  EXPECT_THROW(window_->apply(first), ConflictError) << "worker 1 has a new training record";
  EXPECT_EQ(window_->find_worker(sample_worker(1).id_number)->name, sample_worker(1).name);
}

TEST_F(ChangeTokenTest, TheTrailAfterATokenHoldsOnlyWhatCameSince) {
  const std::string id = sample_worker(1).id_number;
  const std::size_t all = window_->audit_trail(id).size();
  const std::int64_t read_at = window_->change_token();
  EXPECT_TRUE(window_->audit_trail(id, read_at).empty());
  other_->apply(rename(1, "赵六", "worker edit"));
  const auto since = window_->audit_trail(id, read_at);
  ASSERT_EQ(since.size(), 1u);
  EXPECT_EQ(since.front().action, "update");
  EXPECT_EQ(window_->audit_trail(id).size(), all + 1);
}

}  // namespace
}  // namespace cwt::test
