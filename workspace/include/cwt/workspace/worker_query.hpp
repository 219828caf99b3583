#pragma once
// Which workers a list shows and in what order: the filters of the Workers
// page and of every count on the dashboard that clicks through to it.
#include <optional>
#include <string>

#include "cwt/model/status.hpp"

namespace cwt {

enum class WorkerColumn {
  name,
  id_number,
  district,
  street,
  community,
  position,
  age,
  certification,  // status, then deadline
  days_left,
  required_hours,
  completed_hours,
  shortfall_hours,
  training,  // status, then shortfall
};

struct WorkerQuery {
  // Active on the day (the default: what every count is about), not yet
  // started, left; nothing: every worker on file.
  std::optional<EmploymentState> employment = EmploymentState::active;
  std::optional<std::string> district;
  std::optional<std::string> street;
  std::optional<std::string> community;
  std::optional<Position> position;  // held on the day
  // Certification and training are those of active workers: a worker not
  // active on the day matches none of these four.
  std::optional<CertificationStatus> certification;
  std::optional<Action> action;  // overdue workers facing recall or dismissal
  // Obligated, not certified, deadline not passed and at most this many days away.
  std::optional<int> deadline_within_days;
  std::optional<TrainingStatus> training;
  // Part of the name, or of the ID number (x or X alike); blanks around ignored.
  std::string search;
  WorkerColumn sort_by = WorkerColumn::id_number;
  bool descending = false;  // ties are always in ID number order

  bool operator==(const WorkerQuery&) const = default;
};

// Whether one worker's status passes the query's filters and search.
bool matches(const WorkerQuery& query, const WorkerStatus& status);

// The query's search (and sort) over every worker, its filters dropped.
WorkerQuery search_only(const WorkerQuery& query);

// Whether `a` comes before `b` when sorted by the query's column.
bool comes_before(const WorkerQuery& query, const WorkerStatus& a, const WorkerStatus& b);

}  // namespace cwt
