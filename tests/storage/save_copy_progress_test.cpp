// Issue 24, item 2: the backup copy reports how far it is and stops at a
// cancel. Its progress only rises and ends at all pages; cancelled at 10 %,
// 50 % and 90 %, it throws Cancelled and leaves the target exactly as it
// was (absent, or an older copy byte for byte) with no scratch file beside
// it, and the database as it was.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <vector>

#include "cwt/demo/demo.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "recording_progress.hpp"
#include "storage_test_support.hpp"

namespace cwt::test {
namespace {

using Recorder = RecordingProgress;

bool scratch_beside(const std::filesystem::path& folder) {
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    if (entry.path().filename().string().find(".partial") != std::string::npos) return true;
  return false;
}

TEST(SaveCopyProgress, RisesToEveryPageAndACancelLeavesTheTargetAsItWas) {
  TempDir dir;
  const std::string file = dir.file("city.cwt");
  {
    auto store = SqliteStore::create_or_open(file);
    store->apply(make_demo({1500, 3, 1, Date(2026, 6, 30)}));
  }
  auto store = SqliteStore::open_existing(file);
  const std::string database = read_bytes(file);

  Recorder whole;
  const std::string copy = dir.file("copy.cwt");
  store->save_copy(copy, whole);
  ASSERT_EQ(whole.stages.size(), 1u);
  ASSERT_GE(whole.steps.size(), 20u) << "fine enough to stop at 10 %";
  for (std::size_t i = 1; i < whole.steps.size(); ++i) {
    EXPECT_GE(whole.steps[i].first, whole.steps[i - 1].first) << i;
    EXPECT_EQ(whole.steps[i].second, whole.steps.front().second) << i;
  }
  EXPECT_EQ(whole.steps.back().first, whole.steps.back().second);
  EXPECT_EQ(SqliteStore::open_existing(copy)->worker_count(), 1500u);

  const std::string older = read_bytes(copy);
  for (const double share : {0.1, 0.5, 0.9}) {
    // Over an older copy: kept byte for byte.
    Recorder stopping(share);
    EXPECT_THROW(store->save_copy(copy, stopping), Cancelled) << share;
    EXPECT_EQ(read_bytes(copy), older) << share;
    EXPECT_LT(stopping.steps.back().first, stopping.steps.back().second) << share;
    // Where there was none: none.
    Recorder stopping_new(share);
    const std::string fresh = dir.file("fresh.cwt");
    EXPECT_THROW(store->save_copy(fresh, stopping_new), Cancelled) << share;
    EXPECT_FALSE(std::filesystem::exists(utf8_path(fresh))) << share;
    EXPECT_FALSE(scratch_beside(dir.path())) << share;
  }
  EXPECT_EQ(read_bytes(file), database);
  EXPECT_EQ(store->worker_count(), 1500u);
}

}  // namespace
}  // namespace cwt::test
