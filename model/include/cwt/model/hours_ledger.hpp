#pragma once
// A worker's verified training as sorted days with running sums, so that the
// completed hours of any window are two binary searches. What a program that
// holds a database in memory (the desktop workspace) recomputes from when the
// day, the year or the policy changes, without going back to the store.
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "cwt/model/employment.hpp"
#include "cwt/model/records.hpp"

namespace cwt {

class HoursLedger {
 public:
  HoursLedger() = default;
  // The verified records of one worker, in any order; unverified ones are left out.
  explicit HoursLedger(std::span<const TrainingRecord> records);
  // (day, half hours) of verified records, in any order.
  explicit HoursLedger(std::vector<std::pair<Date, int>> entries);

  // Half hours dated inside `window` (both ends included).
  std::int64_t sum(DayRange window) const;
  // completed_half_hours() of the same records: the sum over completed_window.
  std::int64_t completed_half_hours(int year, Date day) const;
  std::size_t size() const { return days_.size(); }
  bool operator==(const HoursLedger&) const = default;

 private:
  void build(std::vector<std::pair<Date, int>> entries);
  std::vector<Date> days_;             // sorted
  std::vector<std::int64_t> running_;  // running_[i]: half hours of entries 0..i
};

}  // namespace cwt
