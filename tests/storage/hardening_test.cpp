// Issue 7: sums that cannot wrap, texts the store never keeps, and a demo
// load that goes only into an empty database, decided inside its transaction.
#include <gtest/gtest.h>

#include "cwt/model/training.hpp"
#include "cwt/storage/sqlite_store.hpp"
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

}  // namespace
}  // namespace cwt::test
