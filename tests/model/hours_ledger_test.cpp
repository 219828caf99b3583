// The in-memory ledger must give exactly what the rule's own sum gives.
#include "cwt/model/hours_ledger.hpp"

#include <gtest/gtest.h>

#include <random>

#include "cwt/model/training.hpp"

namespace cwt {
namespace {

TEST(HoursLedger, AgreesWithCompletedHalfHoursOnRandomRecords) {
  std::mt19937 random(2026);
  const auto pick = [&](int low, int high) {
    return std::uniform_int_distribution(low, high)(random);
  };
  for (int worker = 0; worker < 200; ++worker) {
    std::vector<TrainingRecord> records;
    const int count = pick(0, 60);
    for (int i = 0; i < count; ++i) {
      TrainingRecord record;
      record.date = Date(2020, 1, 1) + boost::gregorian::days(pick(0, 5 * 366));
      record.half_hours = pick(1, 16);
      record.verified = pick(0, 4) != 0;
      records.push_back(record);
    }
    const HoursLedger ledger(records);
    for (int probe = 0; probe < 30; ++probe) {
      const Date day = Date(2019, 12, 1) + boost::gregorian::days(pick(0, 6 * 366));
      const int year = pick(2019, 2026);
      ASSERT_EQ(ledger.completed_half_hours(year, day), completed_half_hours(records, year, day))
          << "worker " << worker << " year " << year << " day " << to_iso(day);
    }
  }
}

TEST(HoursLedger, WindowEdgesAndSameDayRecords) {
  const HoursLedger ledger({{Date(2026, 1, 1), 2},
                            {Date(2026, 3, 1), 3},
                            {Date(2026, 3, 1), 5},
                            {Date(2026, 12, 31), 7},
                            {Date(2027, 1, 1), 11}});
  EXPECT_EQ(ledger.size(), 5u);
  EXPECT_EQ(ledger.sum({Date(2026, 1, 1), Date(2026, 12, 31)}), 17);
  EXPECT_EQ(ledger.sum({Date(2026, 3, 1), Date(2026, 3, 1)}), 8);
  EXPECT_EQ(ledger.sum({Date(2026, 3, 2), Date(2026, 12, 30)}), 0);
  EXPECT_EQ(ledger.sum({Date(2026, 5, 1), Date(2026, 4, 1)}), 0);  // empty window
  EXPECT_EQ(ledger.completed_half_hours(2026, Date(2026, 2, 28)), 2);
  EXPECT_EQ(ledger.completed_half_hours(2026, Date(2027, 6, 1)), 17);   // the year is over
  EXPECT_EQ(ledger.completed_half_hours(2027, Date(2026, 12, 31)), 0);  // before the year
  EXPECT_EQ(HoursLedger().completed_half_hours(2026, Date(2026, 6, 1)), 0);
}

}  // namespace
}  // namespace cwt
