#pragma once
// Yearly training hours: required, completed, shortfall and status. All hours
// are whole half hours, so every comparison is exact.
#include <cstdint>
#include <optional>
#include <span>

#include "cwt/model/employment.hpp"
#include "cwt/model/policy.hpp"
#include "cwt/model/records.hpp"

namespace cwt {

// The days whose verified hours count as completed for `year` on `day`:
// 1 January of the year to the earlier of `day` and 31 December. Nothing when
// `day` is before the year. Storage sums over this same window.
std::optional<DayRange> completed_window(int year, Date day);

// Sum of the verified half hours of `records` dated inside completed_window.
// Sums are 64-bit: no number of records can wrap them.
std::int64_t completed_half_hours(std::span<const TrainingRecord> records, int year, Date day);

// leader or staff hours (leader when a leader on any employed day of the year),
// prorated per the policy and rounded up to a whole half hour; 0 when the
// worker has no employed day in the year.
int required_half_hours(const Worker& worker, const Policy& policy, int year);

struct TrainingResult {
  int year = 0;
  int required_half_hours = 0;
  std::int64_t completed_half_hours = 0;
  int shortfall_half_hours = 0;  // at most required_half_hours
  TrainingStatus status = TrainingStatus::met;
};

TrainingResult training_on(const Worker& worker, const Policy& policy, int year, Date day,
                           std::int64_t completed_half_hours);

}  // namespace cwt
