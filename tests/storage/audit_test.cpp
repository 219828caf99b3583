// The audit log: one batch per change (time, OS user, description) and one
// entry per inserted, updated or deleted row with its old and new values.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "cwt/storage/sqlite_store.hpp"
#include "storage_test_support.hpp"

namespace cwt::test {
namespace {

using ::testing::HasSubstr;
using Rows = std::vector<std::vector<std::string>>;

class AuditTest : public ::testing::Test {
 protected:
  AuditTest() : file_(dir_.file("audit.cwt")), store_(SqliteStore::create_or_open(file_)) {}

  // The latest batch's id.
  std::int64_t last_batch() { return RawDb(file_).integer("SELECT max(id) FROM audit_batch"); }

  // table_name, action, old_values, new_values of a batch's entries, in order.
  Rows entries_of(std::int64_t batch) {
    return RawDb(file_).rows(
        "SELECT table_name, action, ifnull(old_values, 'NULL'), ifnull(new_values, 'NULL') "
        "FROM audit_log WHERE batch_id = " +
        std::to_string(batch) + " ORDER BY id");
  }

  // One field of a JSON object, as SQLite's json_extract reads it.
  std::string field(const std::string& json, const std::string& key) {
    return RawDb(file_)
        .rows("SELECT ifnull(json_extract(?1, '$.' || ?2), 'NULL')", {json, key})
        .at(0)
        .at(0);
  }

  TempDir dir_;
  std::string file_;
  std::unique_ptr<SqliteStore> store_;
};

TEST_F(AuditTest, InitRecordsTheDefaultSettings) {
  const Rows batch = RawDb(file_).rows("SELECT description, os_user FROM audit_batch");
  ASSERT_EQ(batch.size(), 1u);
  EXPECT_THAT(batch[0][0], HasSubstr("init"));
  const Rows entries = entries_of(last_batch());
  EXPECT_EQ(entries.size(), setting_keys().size());
  for (const auto& entry : entries) {
    EXPECT_EQ(entry[0], "settings");
    EXPECT_EQ(entry[1], "insert");
  }
}

TEST_F(AuditTest, InsertIsRecordedWithTimeUserDescriptionAndNewValues) {
  const Worker w = sample_worker(1);
  ChangeSet change;
  change.description = "import workers w.csv";
  change.upsert_workers = {w};
  change.add_training = {
      {w.id_number, make_date(2024, 3, 2), 7, TrainingCategory::practice, "课", "党校", true}};
  store_->apply(change);

  const std::int64_t batch = last_batch();
  const Rows header = RawDb(file_).rows(
      "SELECT at, os_user, description, summary_only "
      "FROM audit_batch WHERE id = " +
      std::to_string(batch));
  ASSERT_EQ(header.size(), 1u);
  EXPECT_TRUE(std::regex_match(header[0][0], std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")))
      << header[0][0];
  EXPECT_FALSE(header[0][1].empty());
  EXPECT_NE(header[0][1], "unknown");
  EXPECT_EQ(header[0][2], "import workers w.csv");
  EXPECT_EQ(header[0][3], "0");

  const Rows entries = entries_of(batch);
  // district, street, community, the worker, the training record
  ASSERT_EQ(entries.size(), 5u);
  EXPECT_EQ(entries[3][0], "worker");
  EXPECT_EQ(entries[3][1], "insert");
  EXPECT_EQ(entries[3][2], "NULL");
  EXPECT_EQ(field(entries[3][3], "id_number"), w.id_number);
  EXPECT_EQ(field(entries[3][3], "name"), w.name);
  EXPECT_EQ(field(entries[3][3], "hire_date"), "2010-03-01");
  EXPECT_EQ(field(entries[3][3], "leave_date"), "NULL");
  EXPECT_EQ(entries[4][0], "training");
  EXPECT_EQ(field(entries[4][3], "half_hours"), "7");
  EXPECT_EQ(field(entries[4][3], "date"), "2024-03-02");
  EXPECT_EQ(entries[0][0], "org_unit");
}

TEST_F(AuditTest, UpdateRecordsOldAndNewValuesAndOnlyRealChanges) {
  Worker w = sample_worker(2);
  ChangeSet add;
  add.description = "add";
  add.upsert_workers = {w};
  store_->apply(add);

  w.name = "李四";
  w.leave_date = make_date(2025, 1, 1);
  ChangeSet edit;
  edit.description = "worker edit";
  edit.upsert_workers = {w, sample_worker(3)};  // sample_worker(3) is new
  store_->apply(edit);
  const Rows entries = entries_of(last_batch());
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0][0], "worker");
  EXPECT_EQ(entries[0][1], "update");
  EXPECT_EQ(field(entries[0][2], "name"), sample_worker(2).name);
  EXPECT_EQ(field(entries[0][3], "name"), "李四");
  EXPECT_EQ(field(entries[0][2], "leave_date"), "NULL");
  EXPECT_EQ(field(entries[0][3], "leave_date"), "2025-01-01");
  EXPECT_EQ(entries[1][1], "insert");

  // The same values again: a batch, but no entry.
  ChangeSet same;
  same.description = "same again";
  same.upsert_workers = {w};
  store_->apply(same);
  EXPECT_TRUE(entries_of(last_batch()).empty());
}

TEST_F(AuditTest, HistoryReplacementRecordsDeletesWithOldValues) {
  const Worker w = sample_worker(4);
  ChangeSet add;
  add.description = "add";
  add.upsert_workers = {w};
  add.replace_history[w.id_number] = {
      {Position::community_staff, make_date(2010, 3, 1), make_date(2013, 2, 28)},
      {Position::party_secretary, make_date(2013, 3, 1), std::nullopt}};
  store_->apply(add);

  ChangeSet replace;
  replace.description = "import positions p.csv";
  replace.replace_history[w.id_number] = {
      {Position::grid_worker, make_date(2010, 3, 1), std::nullopt}};
  store_->apply(replace);
  const Rows entries = entries_of(last_batch());
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0][1], "delete");
  EXPECT_EQ(entries[1][1], "delete");
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(entries[i][0], "position_spell");
    EXPECT_EQ(entries[i][3], "NULL");
  }
  std::set<std::string> deleted{field(entries[0][2], "position"), field(entries[1][2], "position")};
  EXPECT_EQ(deleted, (std::set<std::string>{"community_staff", "party_secretary"}));
  EXPECT_EQ(entries[2][1], "insert");
  EXPECT_EQ(field(entries[2][3], "position"), "grid_worker");

  // Replacing a history by the same rows changes nothing and records nothing:
  // not even an empty batch (issue 21).
  const auto batch = last_batch();
  store_->apply(replace);
  EXPECT_EQ(last_batch(), batch);
}

TEST_F(AuditTest, SettingsChangeRecordsOldAndNewValue) {
  Policy policy = store_->policy();
  policy.due_soon_days = 60;
  store_->save_policy(policy);
  const std::int64_t batch = last_batch();
  EXPECT_THAT(RawDb(file_).rows("SELECT description FROM audit_batch WHERE id = " +
                                std::to_string(batch))[0][0],
              HasSubstr("due_soon_days=60"));
  const Rows entries = entries_of(batch);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0][0], "settings");
  EXPECT_EQ(entries[0][1], "update");
  EXPECT_EQ(field(entries[0][2], "key"), "due_soon_days");
  EXPECT_EQ(field(entries[0][2], "value"), "90");
  EXPECT_EQ(field(entries[0][3], "value"), "60");
}

TEST_F(AuditTest, SummaryOnlyChangeWritesOneBatchWithCounts) {
  ChangeSet demo;
  demo.description = "demo --workers 3";
  demo.audit_summary_only = true;
  for (int i = 0; i < 3; ++i) {
    const Worker w = sample_worker(10 + i);
    demo.upsert_workers.push_back(w);
    demo.add_training.push_back(
        {w.id_number, make_date(2024, 1, 2), 4, TrainingCategory::skills, "", "", true});
    demo.add_training.push_back(
        {w.id_number, make_date(2024, 2, 2), 4, TrainingCategory::skills, "", "", false});
  }
  demo.replace_history[demo.upsert_workers[0].id_number] = {
      {Position::community_staff, make_date(2010, 3, 1), std::nullopt}};
  const std::int64_t entries_before = RawDb(file_).integer("SELECT count(*) FROM audit_log");
  store_->apply(demo);

  EXPECT_EQ(RawDb(file_).integer("SELECT count(*) FROM audit_log"), entries_before);
  const Rows batch = RawDb(file_).rows(
      "SELECT description, summary_only FROM audit_batch ORDER BY id DESC LIMIT 1");
  EXPECT_THAT(batch[0][0], HasSubstr("demo --workers 3"));
  EXPECT_THAT(batch[0][0], HasSubstr("workers added: 3"));
  EXPECT_THAT(batch[0][0], HasSubstr("histories replaced: 1"));
  EXPECT_THAT(batch[0][0], HasSubstr("training records: 6"));
  EXPECT_EQ(batch[0][1], "1");
  EXPECT_EQ(store_->worker_count(), 3u);

  // The next ordinary change is recorded in full again.
  ChangeSet next;
  next.description = "training add";
  next.add_training = {demo.add_training[0]};
  store_->apply(next);
  EXPECT_EQ(entries_of(last_batch()).size(), 1u);
}

TEST_F(AuditTest, WritesOutsideABatchAreRefusedBySchema) {
  // Another program writing without opening a batch cannot skip the log:
  // here on a fresh schema with no batch at all.
  TempDir dir;
  const std::string file = dir.file("bare.cwt");
  {
    RawDb raw(file, true);
    raw.exec(std::string(schema_migrations()[0].sql));
    EXPECT_THROW(raw.exec("INSERT INTO settings (key, value) VALUES ('x', 'y')"),
                 std::runtime_error);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM settings"), 0);
  }
}

}  // namespace
}  // namespace cwt::test
