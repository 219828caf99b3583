// Training events (migration 2): attendance marked present credits a training
// record, un-marking removes it, correcting the event corrects it, deleting
// the event deletes what it credited; all audited, all or nothing. Files of
// the foundation (version 1) upgrade in place, a copy first.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <span>

#include "cwt/storage/migration.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "storage_test_support.hpp"

namespace cwt::test {
namespace {

using ::testing::HasSubstr;

class EventsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = SqliteStore::create_or_open(path_);
    ChangeSet change;
    change.description = "workers";
    for (int i = 1; i <= 4; ++i) change.upsert_workers.push_back(sample_worker(i));
    store_->apply(change);
    for (int i = 1; i <= 4; ++i) ids_.push_back(sample_worker(i).id_number);
  }

  TrainingEvent sample_event() const {
    TrainingEvent event;
    event.course = "社区治理专题培训";
    event.category = TrainingCategory::practice;
    event.first_day = make_date(2025, 4, 14);
    event.last_day = make_date(2025, 4, 15);
    event.half_hours = 16;
    event.provider = "区委党校";
    event.attendees = {{ids_[0], Attendance::present},
                       {ids_[1], Attendance::present},
                       {ids_[2], Attendance::registered}};
    return event;
  }

  TrainingEvent add(const TrainingEvent& event) {
    ChangeSet change;
    change.description = "event add";
    change.add_events.push_back(event);
    store_->apply(change);
    return store_->training_events().back();
  }

  void update(const TrainingEvent& event, const std::string& description = "event edit") {
    ChangeSet change;
    change.description = description;
    change.update_events.push_back(event);
    store_->apply(change);
  }

  TempDir dir_;
  std::string path_ = dir_.file("events.cwt");
  std::unique_ptr<SqliteStore> store_;
  std::vector<std::string> ids_;
};

TEST_F(EventsTest, PresentAttendeesAreCreditedTheEventsHours) {
  const TrainingEvent stored = add(sample_event());
  EXPECT_EQ(stored, sample_event());
  EXPECT_GT(stored.event_id, 0);
  ASSERT_EQ(store_->training_events().size(), 1u);

  for (int i : {0, 1}) {
    const auto records = store_->training_of(ids_[i]);
    ASSERT_EQ(records.size(), 1u) << i;
    EXPECT_EQ(records[0], credited_record(sample_event(), ids_[i]));
    EXPECT_EQ(records[0].date, make_date(2025, 4, 15));  // the last day
    EXPECT_EQ(records[0].half_hours, 16);
    EXPECT_EQ(stored.attendees[i].training_record_id, records[0].record_id);
  }
  EXPECT_TRUE(store_->training_of(ids_[2]).empty());  // registered only
  EXPECT_EQ(stored.attendees[2].training_record_id, 0);
  EXPECT_EQ(store_->hours_ledgers().at(ids_[0]).completed_half_hours(2025, make_date(2025, 12, 31)),
            16);
}

TEST_F(EventsTest, RemarkingCreditsAndUncreditsAndCorrectionsFollowTheEvent) {
  TrainingEvent event = add(sample_event());
  const std::int64_t kept_record = event.attendees[0].training_record_id;
  event.half_hours = 12;  // the second afternoon was cancelled
  event.last_day = make_date(2025, 4, 14);
  event.attendees[1].attendance = Attendance::absent;   // was present
  event.attendees[2].attendance = Attendance::present;  // was registered
  event.attendees.push_back({ids_[3], Attendance::present});
  update(event, "event 1 attendance");

  const auto records0 = store_->training_of(ids_[0]);
  ASSERT_EQ(records0.size(), 1u);
  EXPECT_EQ(records0[0].record_id, kept_record);  // corrected in place
  EXPECT_EQ(records0[0].half_hours, 12);
  EXPECT_EQ(records0[0].date, make_date(2025, 4, 14));
  EXPECT_TRUE(store_->training_of(ids_[1]).empty());
  EXPECT_EQ(store_->training_of(ids_[2]).size(), 1u);
  EXPECT_EQ(store_->training_of(ids_[3]).size(), 1u);
  EXPECT_EQ(store_->training_events().front(), event);

  // Taken off the list altogether: the record goes too.
  event.attendees.pop_back();
  update(event);
  EXPECT_TRUE(store_->training_of(ids_[3]).empty());

  store_.reset();
  RawDb raw(path_);
  const auto audited = raw.rows(
      "SELECT l.table_name, l.action FROM audit_log l JOIN audit_batch b ON b.id = l.batch_id "
      "WHERE b.description = 'event 1 attendance' ORDER BY l.table_name, l.action");
  using Row = std::vector<std::string>;
  EXPECT_EQ(audited, (std::vector<Row>{{"event_attendance", "insert"},  // ids_[3]
                                       {"event_attendance", "update"},  // ids_[1] absent
                                       {"event_attendance", "update"},  // ids_[2] present
                                       {"training", "delete"},          // ids_[1]'s record
                                       {"training", "insert"},          // ids_[2]
                                       {"training", "insert"},          // ids_[3]
                                       {"training", "update"},          // ids_[0] corrected
                                       {"training_event", "update"}}));
}

TEST_F(EventsTest, AnUnchangedEventWritesNothingToTheAuditLog) {
  const TrainingEvent event = add(sample_event());
  update(event, "no change");
  store_.reset();
  EXPECT_EQ(RawDb(path_).integer("SELECT count(*) FROM audit_log l JOIN audit_batch b ON "
                                 "b.id = l.batch_id WHERE b.description = 'no change'"),
            0);
}

TEST_F(EventsTest, DeletingAnEventDeletesTheRecordsItCredited) {
  const TrainingEvent event = add(sample_event());
  ChangeSet own;
  own.description = "own record";
  own.add_training.push_back(
      {ids_[0], make_date(2025, 6, 1), 4, TrainingCategory::skills, "自学", "", true});
  store_->apply(own);
  ChangeSet change;
  change.description = "event delete";
  change.delete_events.push_back(event.event_id);
  store_->apply(change);
  EXPECT_TRUE(store_->training_events().empty());
  ASSERT_EQ(store_->training_of(ids_[0]).size(), 1u);
  EXPECT_EQ(store_->training_of(ids_[0])[0].course, "自学");
  EXPECT_TRUE(store_->training_of(ids_[1]).empty());
}

TEST_F(EventsTest, CreditedRecordsChangeOnlyThroughTheEvent) {
  const TrainingEvent event = add(sample_event());
  const std::string before = read_bytes(path_);
  auto record = store_->training_of(ids_[0])[0];
  record.half_hours = 40;
  ChangeSet correct;
  correct.description = "edit";
  correct.update_training.push_back(record);
  try {
    store_->apply(correct);
    FAIL() << "a credited record was corrected directly";
  } catch (const StoreError& error) {
    EXPECT_THAT(error.what(), HasSubstr("credited by training event"));
    EXPECT_THAT(error.what(), HasSubstr("社区治理专题培训"));
    EXPECT_THAT(error.what(), HasSubstr("nothing was changed"));
  }
  ChangeSet remove;
  remove.description = "delete";
  remove.delete_training.push_back(record.record_id);
  EXPECT_THROW(store_->apply(remove), StoreError);
  EXPECT_EQ(read_bytes(path_), before);
}

TEST_F(EventsTest, UnknownAttendeesOrEventsRefuseTheWholeChange) {
  const TrainingEvent event = add(sample_event());
  const std::string before = read_bytes(path_);
  TrainingEvent bad = event;
  bad.attendees.push_back(
      {make_id_number("120101", make_date(1990, 1, 1), 999), Attendance::present});
  ChangeSet change;
  change.description = "bad";
  change.update_events.push_back(bad);
  EXPECT_THROW(store_->apply(change), StoreError);

  TrainingEvent missing = event;
  missing.event_id = 4242;
  ChangeSet gone;
  gone.description = "gone";
  gone.add_events.push_back(sample_event());  // would be added, but the change fails
  gone.update_events.push_back(missing);
  try {
    store_->apply(gone);
    FAIL();
  } catch (const StoreError& error) {
    EXPECT_THAT(error.what(), HasSubstr("no training event 4242"));
  }
  EXPECT_EQ(read_bytes(path_), before);
  EXPECT_EQ(store_->training_events().size(), 1u);
}

TEST(EventsUpgradeTest, AFoundationFileUpgradesInPlaceWithACopyFirst) {
  TempDir dir;
  const std::string file = dir.file("v1.cwt");
  const auto foundation = std::span(schema_migrations()).first(1);
  {
    auto store = SqliteStore::open(file, SqliteStore::OpenMode::create_or_open, foundation);
    ChangeSet change;
    change.description = "workers";
    change.upsert_workers.push_back(sample_worker(1));
    store->apply(change);
  }
  const std::string version1 = read_bytes(file);
  auto store = SqliteStore::open_existing(file);
  ASSERT_TRUE(store->upgrade_backup());
  EXPECT_EQ(*store->upgrade_backup(), file + ".v1.bak");
  EXPECT_EQ(read_bytes(file + ".v1.bak"), version1);
  EXPECT_EQ(store->worker_count(), 1u);
  EXPECT_TRUE(store->training_events().empty());
  TrainingEvent event;
  event.course = "岗前培训";
  event.category = TrainingCategory::induction;
  event.first_day = event.last_day = make_date(2025, 3, 1);
  event.half_hours = 8;
  event.attendees = {{sample_worker(1).id_number, Attendance::present}};
  ChangeSet change;
  change.description = "event";
  change.add_events.push_back(event);
  store->apply(change);
  EXPECT_EQ(store->training_of(sample_worker(1).id_number).size(), 1u);
}

}  // namespace
}  // namespace cwt::test
