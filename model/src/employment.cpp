#include "cwt/model/employment.hpp"

#include <algorithm>

namespace cwt {
namespace {

bool covers(const PositionSpell& spell, Date day) {
  return spell.start <= day && (!spell.end || day <= *spell.end);
}

// Whether some day of `range` is covered by no history row, so that the
// roster position applies on it.
bool has_uncovered_day(const std::vector<PositionSpell>& history, DayRange range) {
  std::vector<const PositionSpell*> sorted;
  for (const auto& spell : history) sorted.push_back(&spell);
  std::ranges::sort(sorted, {}, [](const PositionSpell* s) { return s->start; });
  Date next_uncovered = range.first;
  for (const auto* spell : sorted) {
    if (spell->start > next_uncovered) return next_uncovered <= range.last;
    if (!spell->end) return false;
    if (*spell->end >= next_uncovered) next_uncovered = *spell->end + boost::gregorian::days(1);
    if (next_uncovered > range.last) return false;
  }
  return next_uncovered <= range.last;
}

}  // namespace

bool is_active(const Worker& worker, Date day) {
  return employment_state(worker, day) == EmploymentState::active;
}

EmploymentState employment_state(const Worker& worker, Date day) {
  if (day < worker.hire_date) return EmploymentState::not_started;
  if (worker.leave_date && day >= *worker.leave_date) return EmploymentState::left;
  return EmploymentState::active;
}

Position position_on(const Worker& worker, Date day) {
  for (const auto& spell : worker.history)
    if (covers(spell, day)) return spell.position;
  return worker.position;
}

Employment employment_on(const Worker& worker, Date day) {
  return employment_of(position_on(worker, day));
}

std::optional<DayRange> employed_days(const Worker& worker, int year) {
  const Date first = std::max(worker.hire_date, first_of_year(year));
  Date last = last_of_year(year);
  if (worker.leave_date) last = std::min(last, *worker.leave_date - boost::gregorian::days(1));
  if (first > last) return std::nullopt;
  return DayRange{first, last};
}

bool leader_on_any_day(const Worker& worker, DayRange range) {
  for (const auto& spell : worker.history) {
    const bool overlaps = spell.start <= range.last && (!spell.end || *spell.end >= range.first);
    if (overlaps && is_leader(spell.position)) return true;
  }
  return is_leader(worker.position) && has_uncovered_day(worker.history, range);
}

}  // namespace cwt
