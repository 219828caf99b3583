// Issue 7: sums that cannot wrap, texts the store never keeps, and a demo
// load that goes only into an empty database, decided inside its transaction.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "cwt/model/training.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "sqlite_db.hpp"  // explain_failure: white-box
#include "storage_test_support.hpp"

namespace cwt::test {
namespace {

TEST(StoreHardening, CompletedHoursAreSummedIn64Bits) {
  auto store = SqliteStore::in_memory();
  ChangeSet change;
  change.description = "many long records";
  change.upsert_workers.push_back(sample_worker(1));
  const std::string& id = change.upsert_workers.front().id_number;
  // 10,800 records of 99,999 hours: 2,159,978,400 half hours, past 2^31.
  for (int i = 0; i < 10800; ++i)
    change.add_training.push_back(
        TrainingRecord{id, make_date(2026, 3, 1), 199998, TrainingCategory::skills, "", "", true});
  store->apply(change);
  const auto files = store->worker_files(completed_window(2026, make_date(2026, 6, 30)));
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files.front().completed_half_hours, std::int64_t{10800} * 199998);
}

TEST(StoreHardening, RefusesTextsThatAreNotCleanUtf8AndChangesNothing) {
  TempDir dir;
  const std::string path = dir.file("t.cwt");
  auto store = SqliteStore::create_or_open(path);
  const auto before = read_bytes(path);

  ChangeSet worker;
  worker.description = "bad community";
  worker.upsert_workers.push_back(sample_worker(1));
  worker.upsert_workers.front().org.community = "\xd1\xa7\xcf";
  try {
    store->apply(worker);
    FAIL() << "stored a community that is not UTF-8";
  } catch (const StoreError& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("community"), std::string::npos) << message;
    EXPECT_NE(message.find("nothing was changed"), std::string::npos) << message;
  }

  ChangeSet training;
  training.description = "bad course";
  training.upsert_workers.push_back(sample_worker(2));
  training.add_training.push_back(TrainingRecord{training.upsert_workers.front().id_number,
                                                 make_date(2026, 3, 1), 4, TrainingCategory::skills,
                                                 "A\x1b[31mRED", "", true});
  EXPECT_THROW(store->apply(training), StoreError);
  store.reset();
  EXPECT_EQ(read_bytes(path), before);
}

TEST(StoreHardening, AnEmptyStoreOnlyChangeIsDecidedInsideItsTransaction) {
  TempDir dir;
  const std::string path = dir.file("t.cwt");
  auto first = SqliteStore::create_or_open(path);
  auto second = SqliteStore::open_existing(path);  // opened while still empty
  ChangeSet demo;
  demo.description = "demo";
  demo.only_into_empty_store = true;
  demo.upsert_workers.push_back(sample_worker(1));
  first->apply(demo);
  const auto before = read_bytes(path);
  try {
    second->apply(demo);
    FAIL() << "a second demo load went into a store that holds workers";
  } catch (const EmptyStoreRequired& error) {
    EXPECT_EQ(error.worker_count(), 1u);
  }
  EXPECT_EQ(second->worker_count(), 1u);
  EXPECT_TRUE(read_bytes(path) == before);
}

// Overwrites the header of a page in the middle of the file.
void damage_a_page(const std::string& path) {
  std::string bytes = read_bytes(path);
  const std::size_t page_size = 4096;
  ASSERT_GT(bytes.size(), 8 * page_size);
  const std::size_t offset = (bytes.size() / page_size / 2) * page_size;
  for (std::size_t i = 0; i < 64; ++i) bytes[offset + i] = static_cast<char>(0xFF);
  write_bytes(path, bytes);
}

ChangeSet many_workers(int first, int count) {
  ChangeSet change;
  change.description = "workers";
  for (int i = first; i < first + count; ++i) change.upsert_workers.push_back(sample_worker(i));
  return change;
}

TEST(StoreHardening, AnInterruptedChangeWritesNothing) {
  TempDir dir;
  const std::string file = dir.file("cancel.cwt");
  auto store = SqliteStore::create_or_open(file);
  ChangeSet workers;
  workers.description = "worker";
  workers.upsert_workers.push_back(sample_worker(1));
  store->apply(workers);
  const std::string before = read_bytes(file);
  // A big import: 300,000 records take far longer than the interrupts below.
  ChangeSet big;
  big.description = "import training big.csv";
  const std::string id = sample_worker(1).id_number;
  for (int i = 0; i < 300000; ++i)
    big.add_training.push_back({id, make_date(2020 + i % 5, 1 + i % 12, 1 + i % 28), 2,
                                TrainingCategory::skills, "课程", "", true});
  std::atomic<bool> done{false};
  std::string failure;
  std::thread writer([&] {
    try {
      store->apply(big);
    } catch (const StoreError& error) {
      failure = error.what();
    }
    done = true;
  });
  // sqlite3_interrupt stops only what is running: keep asking until it ends.
  while (!done) {
    store->interrupt();
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  writer.join();
  EXPECT_NE(failure.find("cancelled; nothing was changed"), std::string::npos) << failure;
  EXPECT_TRUE(store->training_of(id).empty());
  store.reset();
  EXPECT_EQ(read_bytes(file), before);
}

TEST(DamageCheck, AWriteRemembersTheCheckedFileAndDamageBehindItsBackIsFound) {
  TempDir dir;
  const std::string path = dir.file("t.cwt");
  const std::string marks = dir.file("marks");
  {
    auto store = SqliteStore::create_or_open(path);
    store->remember_checks_in(marks);
    store->apply(many_workers(1, 400));
    ASSERT_EQ(files_starting_with(utf8_path(marks), "").size(), 1u) << "no mark was kept";
    store->apply(many_workers(401, 10));  // unchanged since its own write: no full read
  }
  damage_a_page(path);
  const auto before = read_bytes(path);
  auto store = SqliteStore::open_existing(path);
  store->remember_checks_in(marks);
  try {
    store->apply(many_workers(1000, 1));
    FAIL() << "wrote to a damaged file";
  } catch (const StoreError& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("t.cwt is damaged"), std::string::npos) << message;
    EXPECT_NE(message.find("nothing was changed"), std::string::npos) << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
  }
  Policy policy = store->policy();
  policy.staff_half_hours = 60;
  EXPECT_THROW(store->save_policy(policy), StoreError);
  store.reset();
  EXPECT_TRUE(read_bytes(path) == before);
}

TEST(DamageCheck, WithoutMarksTheFirstWriteOfEachStoreReadsTheFile) {
  TempDir dir;
  const std::string path = dir.file("t.cwt");
  SqliteStore::create_or_open(path)->apply(many_workers(1, 400));
  damage_a_page(path);
  const auto before = read_bytes(path);
  EXPECT_THROW(SqliteStore::open_existing(path)->apply(many_workers(1000, 1)), StoreError);
  EXPECT_TRUE(read_bytes(path) == before);
}

TEST(StoreMessages, SqliteFailuresAreExplainedInWords) {
  const std::string label = "区民政局.cwt";
  const auto read_only = sqlite::explain_failure(SQLITE_READONLY_DIRECTORY, label,
                                                 "attempt to write a readonly database");
  EXPECT_NE(read_only.find("区民政局.cwt cannot be written"), std::string::npos) << read_only;
  EXPECT_NE(read_only.find("read-only"), std::string::npos) << read_only;
  const auto busy = sqlite::explain_failure(SQLITE_BUSY, label, "database is locked");
  EXPECT_NE(busy.find("another program"), std::string::npos) << busy;
  const auto full = sqlite::explain_failure(SQLITE_FULL, label, "database or disk is full");
  EXPECT_NE(full.find("disk holding 区民政局.cwt is full"), std::string::npos) << full;
  const auto damaged =
      sqlite::explain_failure(SQLITE_CORRUPT, label, "database disk image is malformed");
  EXPECT_NE(damaged.find("is damaged"), std::string::npos) << damaged;
  for (const auto& message : {read_only, busy, full, damaged}) {
    EXPECT_EQ(message.find("SQL"), std::string::npos) << message;
    EXPECT_NE(message.find("nothing was changed"), std::string::npos) << message;
  }
}

TEST(StoreMessages, AFileAnotherProgramIsWritingIsNamedAsInUse) {
  TempDir dir;
  const std::string path = dir.file("busy.cwt");
  SqliteStore::create_or_open(path);
  auto store = SqliteStore::open_existing(path);
  RawDb other(path, true);
  other.exec("BEGIN EXCLUSIVE");
  try {
    store->apply(many_workers(1, 1));  // waits 5 s for the other writer, then gives up
    FAIL() << "wrote while another program held the file";
  } catch (const StoreError& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("busy.cwt is in use"), std::string::npos) << message;
    EXPECT_NE(message.find("try again"), std::string::npos) << message;
    EXPECT_EQ(message.find("SQL"), std::string::npos) << message;
    EXPECT_NE(error.detail().find("SQL: BEGIN IMMEDIATE"), std::string::npos) << error.detail();
  }
  other.exec("ROLLBACK");
}

}  // namespace
}  // namespace cwt::test
