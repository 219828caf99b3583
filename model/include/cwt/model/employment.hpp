#pragma once
// Employment on a day and within a year, and the position that decides
// leader/elected on a day.
#include <optional>

#include "cwt/model/records.hpp"

namespace cwt {

// hire date <= day and (no leave date or day < leave date).
bool is_active(const Worker& worker, Date day);
// active as above; not_started before the hire date; left from the leave
// date on (a leave date before the hire date is refused at input).
EmploymentState employment_state(const Worker& worker, Date day);

// The history row covering `day`, else the roster position.
Position position_on(const Worker& worker, Date day);
Employment employment_on(const Worker& worker, Date day);

struct DayRange {
  Date first;
  Date last;  // inclusive
  bool operator==(const DayRange&) const = default;
};

// From the later of hire date and 1 January to the earlier of the day before
// the leave date and 31 December; nothing when no day of `year` is employed.
std::optional<DayRange> employed_days(const Worker& worker, int year);

// Whether the worker holds a leader position on any day of `range`.
bool leader_on_any_day(const Worker& worker, DayRange range);

}  // namespace cwt
