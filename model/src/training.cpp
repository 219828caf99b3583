#include "cwt/model/training.hpp"

#include <algorithm>

namespace cwt {
namespace {

int ceil_div(long long numerator, long long denominator) {
  return static_cast<int>((numerator + denominator - 1) / denominator);
}

int day_count(DayRange range) { return static_cast<int>((range.last - range.first).days()) + 1; }

}  // namespace

std::optional<DayRange> completed_window(int year, Date day) {
  if (day < first_of_year(year)) return std::nullopt;
  return DayRange{first_of_year(year), std::min(day, last_of_year(year))};
}

std::int64_t completed_half_hours(std::span<const TrainingRecord> records, int year, Date day) {
  const auto window = completed_window(year, day);
  if (!window) return 0;
  std::int64_t sum = 0;
  for (const auto& record : records)
    if (record.verified && window->first <= record.date && record.date <= window->last)
      sum += record.half_hours;
  return sum;
}

int required_half_hours(const Worker& worker, const Policy& policy, int year) {
  const auto employed = employed_days(worker, year);
  if (!employed) return 0;
  const int full =
      leader_on_any_day(worker, *employed) ? policy.leader_half_hours : policy.staff_half_hours;
  switch (policy.proration) {
    case Proration::none:
      return full;
    case Proration::by_month: {
      // Months of the year holding at least one employed day.
      const int months = employed->last.month() - employed->first.month() + 1;
      return ceil_div(static_cast<long long>(full) * months, 12);
    }
    case Proration::by_day: {
      const int days_in_year = day_count({first_of_year(year), last_of_year(year)});
      return ceil_div(static_cast<long long>(full) * day_count(*employed), days_in_year);
    }
  }
  return full;
}

TrainingResult training_on(const Worker& worker, const Policy& policy, int year, Date day,
                           std::int64_t completed_half_hours) {
  TrainingResult result;
  result.year = year;
  result.required_half_hours = required_half_hours(worker, policy, year);
  result.completed_half_hours = completed_half_hours;
  result.shortfall_half_hours = static_cast<int>(
      std::max<std::int64_t>(0, result.required_half_hours - completed_half_hours));
  if (completed_half_hours >= result.required_half_hours) {
    result.status = TrainingStatus::met;
  } else if (day > last_of_year(year)) {
    result.status = TrainingStatus::not_met;
  } else {
    // Not met yet and the year still running: compare completed with
    // required x elapsed share, where share = elapsed / employed days. Cross-
    // multiplied in integers (half hours x days), so the comparison is exact.
    const auto employed = employed_days(worker, year);  // exists: required > 0
    const int all_days = day_count(*employed);
    const int elapsed =
        day < employed->first ? 0 : day_count({employed->first, std::min(day, employed->last)});
    // Completed is below required here, so the products stay far from overflow.
    const bool on_track = static_cast<long long>(completed_half_hours) * all_days >=
                          static_cast<long long>(result.required_half_hours) * elapsed;
    result.status = on_track ? TrainingStatus::on_track : TrainingStatus::behind;
  }
  return result;
}

}  // namespace cwt
