#include "cwt/model/hours_ledger.hpp"

#include <algorithm>

#include "cwt/model/training.hpp"

namespace cwt {

HoursLedger::HoursLedger(std::span<const TrainingRecord> records) {
  std::vector<std::pair<Date, int>> entries;
  entries.reserve(records.size());
  for (const auto& record : records)
    if (record.verified) entries.emplace_back(record.date, record.half_hours);
  build(std::move(entries));
}

HoursLedger::HoursLedger(std::vector<std::pair<Date, int>> entries) { build(std::move(entries)); }

void HoursLedger::build(std::vector<std::pair<Date, int>> entries) {
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  days_.reserve(entries.size());
  running_.reserve(entries.size());
  std::int64_t total = 0;
  for (const auto& [day, half_hours] : entries) {
    total += half_hours;
    days_.push_back(day);
    running_.push_back(total);
  }
}

std::int64_t HoursLedger::sum(DayRange window) const {
  if (window.last < window.first) return 0;
  // Entries before the window, and entries up to its last day.
  const auto before = std::lower_bound(days_.begin(), days_.end(), window.first) - days_.begin();
  const auto through = std::upper_bound(days_.begin(), days_.end(), window.last) - days_.begin();
  const auto total_to = [&](std::ptrdiff_t count) {
    return count == 0 ? std::int64_t{0} : running_[static_cast<std::size_t>(count - 1)];
  };
  return total_to(through) - total_to(before);
}

std::int64_t HoursLedger::completed_half_hours(int year, Date day) const {
  const auto window = completed_window(year, day);
  return window ? sum(*window) : 0;
}

}  // namespace cwt
