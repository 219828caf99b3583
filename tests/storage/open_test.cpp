// Opening files: the stamp checks, refusals that leave the file untouched,
// creation, and upgrades through longer migration lists.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include "cwt/model/messages.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "storage_test_support.hpp"

namespace cwt::test {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

// What `f` throws as a StoreError ("" when it does not throw).
template <class F>
std::string store_error_of(F&& f) {
  try {
    f();
  } catch (const StoreError& error) {
    return error.what();
  }
  return "";
}

void add_sample_worker(Store& store, int i) {
  ChangeSet change;
  change.description = "test";
  change.upsert_workers.push_back(sample_worker(i));
  store.apply(change);
}

// A current file holding one worker.
std::string make_current_file(const TempDir& dir, const std::string& name = "data.cwt") {
  const std::string file = dir.file(name);
  auto store = SqliteStore::create_or_open(file);
  add_sample_worker(*store, 1);
  return file;
}

// The program's schema version, and the names of the versions after it that
// the tests below invent.
const int current = SqliteStore::schema_version();
const std::string v_current = std::to_string(current);
const std::string v_next = std::to_string(current + 1);
const std::string v_after = std::to_string(current + 2);

// The program's migrations followed by `later` (versions current + 1, + 2, ...).
std::vector<Migration> extended(std::vector<Migration> later) {
  std::vector<Migration> list(schema_migrations().begin(), schema_migrations().end());
  list.insert(list.end(), later.begin(), later.end());
  return list;
}

TEST(OpenTest, CreateStampsTheFileAndWritesDefaultSettings) {
  TempDir dir;
  const std::string file = dir.file("new.cwt");
  {
    auto store = SqliteStore::create_or_open(file);
    EXPECT_EQ(store->policy(), Policy{});
    EXPECT_EQ(store->worker_count(), 0u);
    EXPECT_FALSE(store->upgrade_backup());
  }
  RawDb raw(file);
  EXPECT_EQ(raw.integer("PRAGMA application_id"), SqliteStore::kApplicationId);
  EXPECT_EQ(raw.integer("PRAGMA user_version"), SqliteStore::schema_version());
  EXPECT_EQ(raw.integer("SELECT count(*) FROM settings"),
            static_cast<std::int64_t>(setting_keys().size()));
  EXPECT_EQ(raw.rows("SELECT value FROM settings WHERE key = 'exam_age_limit'"),
            std::vector<std::vector<std::string>>{{"45"}});
  // Rollback journal, not WAL: header bytes 18 and 19 are 1 (2 would be WAL).
  const std::string bytes = read_bytes(file);
  ASSERT_GT(bytes.size(), 20u);
  EXPECT_EQ(bytes[18], 1);
  EXPECT_EQ(bytes[19], 1);
  EXPECT_THAT(files_starting_with(dir.path(), "new.cwt"), ElementsAre("new.cwt"));
}

TEST(OpenTest, InitOnACurrentFileLeavesItByteForByte) {
  TempDir dir;
  const std::string file = make_current_file(dir);
  const std::string before = read_bytes(file);
  {
    auto store = SqliteStore::create_or_open(file);
    EXPECT_EQ(store->worker_count(), 1u);
  }
  EXPECT_EQ(read_bytes(file), before);
  EXPECT_THAT(files_starting_with(dir.path(), "data.cwt"), ElementsAre("data.cwt"));
}

TEST(OpenTest, ReadingACurrentFileWritesNothing) {
  TempDir dir;
  const std::string file = make_current_file(dir);
  const std::string before = read_bytes(file);
  {
    auto store = SqliteStore::open_existing(file);
    EXPECT_EQ(store->policy(), Policy{});
    EXPECT_EQ(store->workers().size(), 1u);
    EXPECT_EQ(store->worker_files(DayRange{make_date(2024, 1, 1), make_date(2024, 6, 30)}).size(),
              1u);
    store->save_policy(store->policy());  // unchanged: no write, no audit batch
    store->apply(ChangeSet{});            // empty: likewise
  }
  EXPECT_EQ(read_bytes(file), before);
  EXPECT_THAT(files_starting_with(dir.path(), "data.cwt"), ElementsAre("data.cwt"));
}

TEST(OpenTest, MissingFileIsRefusedAndNotCreated) {
  TempDir dir;
  const std::string file = dir.file("absent.cwt");
  const std::string message = store_error_of([&] { SqliteStore::open_existing(file); });
  EXPECT_THAT(message, HasSubstr(file));
  EXPECT_THAT(message, HasSubstr("does not exist"));
  // How to make one: `init` on the command line; the desktop program offers its own ways.
  EXPECT_THAT(message, Not(HasSubstr("cwtrack-cli")));
  set_message_reader(Reader::command_line);
  const std::string typed = store_error_of([&] { SqliteStore::open_existing(file); });
  set_message_reader(Reader::desktop);
  EXPECT_THAT(typed, HasSubstr("cwtrack-cli init"));
  EXPECT_FALSE(exists(file));
  EXPECT_TRUE(files_starting_with(dir.path(), "").empty());
}

TEST(OpenTest, NewerFileIsRefusedNamingBothVersionsAndLeftUntouched) {
  TempDir dir;
  const std::string file = make_current_file(dir, "x.cwt");
  const int newer = SqliteStore::schema_version() + 7;
  {
    RawDb raw(file, true);
    raw.exec("PRAGMA user_version = " + std::to_string(newer));
  }
  const std::string before = read_bytes(file);
  for (const auto mode :
       {SqliteStore::OpenMode::open_existing, SqliteStore::OpenMode::create_or_open}) {
    const std::string message =
        store_error_of([&] { SqliteStore::open(file, mode, schema_migrations()); });
    EXPECT_THAT(message, HasSubstr(file));
    EXPECT_THAT(message, HasSubstr("newer cwtrack"));
    EXPECT_THAT(message, HasSubstr("file version " + std::to_string(newer)));
    EXPECT_THAT(message, HasSubstr("reads up to " + std::to_string(SqliteStore::schema_version())));
    EXPECT_THAT(message, HasSubstr("not changed"));
    EXPECT_EQ(read_bytes(file), before);
  }
  EXPECT_THAT(files_starting_with(dir.path(), "x.cwt"), ElementsAre("x.cwt"));
}

TEST(OpenTest, ForeignSqliteFileIsRefused) {
  TempDir dir;
  const std::string other_app = dir.file("other.db");
  {
    RawDb raw(other_app, true);
    raw.exec("PRAGMA application_id = 305419896; CREATE TABLE t (x); INSERT INTO t VALUES (1);");
  }
  const std::string unstamped = dir.file("plain.db");
  {
    RawDb raw(unstamped, true);
    raw.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1);");
  }
  for (const std::string& file : {other_app, unstamped}) {
    const std::string before = read_bytes(file);
    for (const auto mode :
         {SqliteStore::OpenMode::open_existing, SqliteStore::OpenMode::create_or_open}) {
      const std::string message =
          store_error_of([&] { SqliteStore::open(file, mode, schema_migrations()); });
      EXPECT_THAT(message, HasSubstr(file));
      EXPECT_THAT(message, HasSubstr("not a cwtrack database"));
      EXPECT_EQ(read_bytes(file), before);
    }
  }
}

TEST(OpenTest, FileThatIsNotSqliteIsRefusedAndLeftUntouched) {
  TempDir dir;
  const std::string file = dir.file("workers.csv");
  std::string text = "id_number,name\n";
  for (int i = 0; i < 100; ++i) text += "120101199001011234,某某\n";
  write_bytes(file, text);
  for (const auto mode :
       {SqliteStore::OpenMode::open_existing, SqliteStore::OpenMode::create_or_open}) {
    const std::string message =
        store_error_of([&] { SqliteStore::open(file, mode, schema_migrations()); });
    EXPECT_THAT(message, HasSubstr(file));
    EXPECT_THAT(message, HasSubstr("not a cwtrack database"));
    EXPECT_EQ(read_bytes(file), text);
  }
  EXPECT_THAT(files_starting_with(dir.path(), "workers.csv"), ElementsAre("workers.csv"));
}

TEST(OpenTest, EmptyFileIsInitialisedByInitOnly) {
  TempDir dir;
  const std::string file = dir.file("empty.cwt");
  write_bytes(file, "");
  EXPECT_THAT(store_error_of([&] { SqliteStore::open_existing(file); }),
              HasSubstr("not a cwtrack database"));
  EXPECT_EQ(read_bytes(file), "");
  SqliteStore::create_or_open(file);
  EXPECT_EQ(RawDb(file).integer("PRAGMA application_id"), SqliteStore::kApplicationId);
}

TEST(OpenTest, ChineseFileNameWorks) {
  TempDir dir;
  const std::string file = dir.file("社区工作者.cwt");
  add_sample_worker(*SqliteStore::create_or_open(file), 3);
  EXPECT_EQ(SqliteStore::open_existing(file)->worker_count(), 1u);
  EXPECT_THAT(files_starting_with(dir.path(), "社区工作者"), ElementsAre("社区工作者.cwt"));
}

TEST(OpenTest, UpgradeCopiesTheFileAsideThenRunsEachLaterMigration) {
  TempDir dir;
  const std::string file = make_current_file(dir);
  const std::string current_bytes = read_bytes(file);
  const auto list = extended({
      {current + 1,
       "ALTER TABLE worker ADD COLUMN nickname TEXT;"
       "UPDATE worker SET nickname = 'n-' || name;"},
      {current + 2,
       "CREATE TABLE note (worker_id INTEGER NOT NULL REFERENCES worker (id), text TEXT);"
       "INSERT INTO note SELECT id, 'moved' FROM worker;"},
  });
  {
    auto store = SqliteStore::open(file, SqliteStore::OpenMode::open_existing, list);
    ASSERT_TRUE(store->upgrade_backup());
    EXPECT_EQ(*store->upgrade_backup(), file + ".v" + v_current + ".bak");
    EXPECT_EQ(store->worker_count(), 1u);  // the data came along
    EXPECT_EQ(store->find_worker(sample_worker(1).id_number)->name, sample_worker(1).name);
  }
  EXPECT_EQ(read_bytes(file + ".v" + v_current + ".bak"), current_bytes);
  {
    RawDb raw(file);
    EXPECT_EQ(raw.integer("PRAGMA user_version"), current + 2);
    EXPECT_EQ(raw.integer("PRAGMA application_id"), SqliteStore::kApplicationId);
    EXPECT_EQ(raw.rows("SELECT nickname FROM worker"),
              std::vector<std::vector<std::string>>{{"n-" + sample_worker(1).name}});
    EXPECT_EQ(raw.integer("SELECT count(*) FROM note"), 1);
  }
  // Now current for that list: opening again writes nothing and copies nothing.
  const std::string upgraded_bytes = read_bytes(file);
  {
    auto store = SqliteStore::open(file, SqliteStore::OpenMode::open_existing, list);
    EXPECT_FALSE(store->upgrade_backup());
  }
  EXPECT_EQ(read_bytes(file), upgraded_bytes);
  EXPECT_THAT(files_starting_with(dir.path(), "data.cwt"),
              ::testing::UnorderedElementsAre("data.cwt", "data.cwt.v" + v_current + ".bak"));
  // And this program, which reads up to `current`, refuses the upgraded file.
  EXPECT_THAT(store_error_of([&] { SqliteStore::open_existing(file); }),
              HasSubstr("file version " + v_after + ", this program reads up to " + v_current));
}

TEST(OpenTest, UpgradeNeverOverwritesAnEarlierBackup) {
  TempDir dir;
  const std::string file = make_current_file(dir);
  const std::string current_bytes = read_bytes(file);
  write_bytes(file + ".v" + v_current + ".bak", "an older copy the officer kept");
  auto store = SqliteStore::open(file, SqliteStore::OpenMode::create_or_open,
                                 extended({{current + 1, "CREATE TABLE extra (x);"}}));
  ASSERT_TRUE(store->upgrade_backup());
  EXPECT_NE(*store->upgrade_backup(), file + ".v" + v_current + ".bak");
  EXPECT_EQ(read_bytes(file + ".v" + v_current + ".bak"), "an older copy the officer kept");
  EXPECT_EQ(read_bytes(*store->upgrade_backup()), current_bytes);
}

TEST(OpenTest, FailedUpgradeLeavesTheFileAsItWas) {
  TempDir dir;
  const std::string file = make_current_file(dir);
  const std::string before = read_bytes(file);
  const auto list = extended({
      {current + 1, "ALTER TABLE worker ADD COLUMN nickname TEXT;"},
      {current + 2, "CREATE TABLE worker (x);"},  // already exists: fails
  });
  const std::string message =
      store_error_of([&] { SqliteStore::open(file, SqliteStore::OpenMode::open_existing, list); });
  EXPECT_THAT(message, HasSubstr("from version " + v_current + " to " + v_after));
  EXPECT_THAT(message, HasSubstr("step " + v_after));
  EXPECT_THAT(message, HasSubstr("table worker already exists"));
  EXPECT_THAT(message, HasSubstr("not changed"));
  EXPECT_EQ(read_bytes(file), before);
  EXPECT_EQ(RawDb(file).integer("PRAGMA user_version"), current);
  EXPECT_FALSE(exists(file + "-journal"));
  // The copy taken before the attempt stays, and the file still opens.
  EXPECT_EQ(read_bytes(file + ".v" + v_current + ".bak"), before);
  EXPECT_EQ(SqliteStore::open_existing(file)->worker_count(), 1u);
}

TEST(OpenTest, UpgradeLeavingDanglingReferencesIsRefused) {
  TempDir dir;
  const std::string file = make_current_file(dir);
  const std::string before = read_bytes(file);
  const auto list = extended({{current + 1,
                               "INSERT INTO training (worker_id, date, half_hours, category, "
                               "verified) VALUES (999999, '2024-01-01', 2, 'skills', 1);"}});
  const std::string message =
      store_error_of([&] { SqliteStore::open(file, SqliteStore::OpenMode::open_existing, list); });
  EXPECT_THAT(message, HasSubstr("missing rows"));
  EXPECT_EQ(read_bytes(file), before);
}

TEST(OpenTest, ForeignKeysAreEnforcedOnTheStoresConnection) {
  // A later schema whose trigger writes a certificate for a worker that does
  // not exist: only the connection's foreign_keys = ON stops it.
  TempDir dir;
  const std::string file = make_current_file(dir);
  const auto list = extended({{current + 1,
                               "CREATE TRIGGER orphan AFTER INSERT ON exam_attempt BEGIN "
                               "INSERT INTO certificate (worker_id, type, issue_date) "
                               "VALUES (999999, 'other', '2020-01-01'); END;"}});
  SqliteStore::open(file, SqliteStore::OpenMode::open_existing, list);  // upgrades
  const std::string before = read_bytes(file);
  for (int round = 0; round < 2; ++round) {  // right after the upgrade, and on a plain open
    auto store = SqliteStore::open(file, SqliteStore::OpenMode::open_existing, list);
    ChangeSet change;
    change.description = "exam";
    change.add_exams.push_back({sample_worker(1).id_number, make_date(2020, 5, 1),
                                ExamKind::city_community, ExamResult::passed, 80.0});
    EXPECT_THAT(store_error_of([&] { store->apply(change); }),
                HasSubstr("FOREIGN KEY constraint failed"));
    EXPECT_TRUE(store->exams_of(sample_worker(1).id_number).empty());
  }
  EXPECT_EQ(read_bytes(file), before);
  // The schema declares the references too: any connection with foreign
  // keys on refuses an orphan row.
  RawDb raw(file, true);
  raw.exec("PRAGMA foreign_keys = ON");
  EXPECT_THROW(raw.exec("INSERT INTO training (worker_id, date, half_hours, category, verified) "
                        "VALUES (424242, '2024-01-01', 2, 'skills', 1)"),
               std::runtime_error);
}

TEST(OpenTest, MigrationListsMustBeNumberedWithoutGaps) {
  TempDir dir;
  const std::array gap{Migration{1, "CREATE TABLE a (x);"}, Migration{3, "CREATE TABLE b (x);"}};
  EXPECT_THAT(store_error_of([&] {
                SqliteStore::open(dir.file("gap.cwt"), SqliteStore::OpenMode::create_or_open, gap);
              }),
              HasSubstr("without gaps"));
  EXPECT_FALSE(exists(dir.file("gap.cwt")));
}

TEST(OpenTest, ASavedCopyOpensWithTheSameDataAndNoTemporaryFileStays) {
  TempDir dir;
  const std::string file = make_current_file(dir);
  auto store = SqliteStore::open_existing(file);
  const std::string copy = dir.file("备份 copy.cwt");
  store->save_copy(copy);
  EXPECT_FALSE(exists(copy + ".partial"));
  {
    auto reopened = SqliteStore::open_existing(copy);
    EXPECT_EQ(reopened->workers(), store->workers());
    EXPECT_EQ(RawDb(copy).integer("PRAGMA application_id"), SqliteStore::kApplicationId);
  }  // closed: Windows does not replace a file that is open
  // Over an existing file: replaced whole.
  write_bytes(copy, "old");
  store->save_copy(copy);
  EXPECT_EQ(SqliteStore::open_existing(copy)->worker_count(), 1u);
  // Into a folder that does not exist: a StoreError naming the target.
  const std::string nowhere = dir.file("missing/x.cwt");
  try {
    store->save_copy(nowhere);
    FAIL();
  } catch (const StoreError& error) {
    EXPECT_THAT(error.what(), HasSubstr(nowhere));
  }
  // No scratch file of any name stays beside the copies.
  for (const auto& entry : std::filesystem::directory_iterator(
           std::filesystem::path(std::u8string(copy.begin(), copy.end())).parent_path()))
    EXPECT_EQ(entry.path().filename().string().find(".partial"), std::string::npos) << entry.path();
}

TEST(OpenTest, ACopyIsNeverSavedOntoTheOpenDatabaseOrItsJournal) {
  TempDir dir;
  const std::string file = make_current_file(dir);
  auto store = SqliteStore::open_existing(file);
  const std::string before = read_bytes(file);
  const auto folder = std::filesystem::path(file).parent_path();
  std::filesystem::create_directories(folder / "x");
  for (const std::string& target :
       {file, (folder / "x" / ".." / std::filesystem::path(file).filename()).string(),
        file + "-journal", file + "-wal", file + "-shm"}) {
    EXPECT_THAT(store_error_of([&] { store->save_copy(target); }), HasSubstr(target));
    EXPECT_EQ(read_bytes(file), before) << target;
  }
  EXPECT_EQ(store->worker_count(), 1u);
}

}  // namespace
}  // namespace cwt::test
