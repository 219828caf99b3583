// Issue 24, item 2: a big write (an import, sample data) reports the rows
// written of all it holds, rising to the whole, and stops at a cancel with
// the file exactly as before: cancelled at 10 %, 50 % and 90 %, apply()
// throws Cancelled, the database's bytes are unchanged and the store goes on
// working.
#include <gtest/gtest.h>

#include "cwt/demo/demo.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "recording_progress.hpp"
#include "storage_test_support.hpp"

namespace cwt::test {
namespace {

TEST(ApplyProgress, RisesToEveryRowAndACancelWritesNothing) {
  TempDir dir;
  const std::string file = dir.file("street.cwt");
  const Date today(2026, 6, 30);
  { SqliteStore::create_or_open(file)->apply(make_demo({300, 2, 1, today})); }
  // Another 2,000 workers with three years of training, added to the 300.
  ChangeSet more = make_demo({2000, 3, 2, today});
  more.only_into_empty_store = false;
  const std::string before = read_bytes(file);

  for (const double share : {0.1, 0.5, 0.9}) {
    auto store = SqliteStore::open_existing(file);
    const std::int64_t token = store->change_token();
    RecordingProgress stopping(share);
    EXPECT_THROW(store->apply(more, stopping), Cancelled) << share;
    ASSERT_FALSE(stopping.steps.empty());
    EXPECT_LT(stopping.steps.back().first, stopping.steps.back().second) << share;
    EXPECT_EQ(store->worker_count(), 300u) << share;
    EXPECT_EQ(store->change_token(), token) << share;
    store.reset();
    EXPECT_EQ(read_bytes(file), before) << share;
  }

  auto store = SqliteStore::open_existing(file);
  RecordingProgress whole;
  store->apply(more, whole);
  ASSERT_GE(whole.steps.size(), 20u) << "fine enough to stop at 10 %";
  EXPECT_TRUE(whole.rises());
  const std::uint64_t rows = whole.steps.front().second;
  EXPECT_GE(rows, more.upsert_workers.size() + more.add_training.size());
  // The rows, then the commit as one last step.
  EXPECT_EQ(whole.steps[whole.steps.size() - 2], std::make_pair(rows, rows));
  EXPECT_EQ(whole.steps.back(), std::make_pair(std::uint64_t{1}, std::uint64_t{1}));
  EXPECT_EQ(store->worker_count(), 2300u);
}

}  // namespace
}  // namespace cwt::test
