#pragma once
// Checks a record must pass before it is stored, whatever front end it came
// from (CSV import, command line, GUI). Each problem names the field.
#include <span>
#include <string>
#include <vector>

#include "cwt/model/policy.hpp"
#include "cwt/model/records.hpp"

namespace cwt {

struct FieldProblem {
  std::string field;      // the English column name of DOMAIN.md, e.g. "leave_date"
  std::string message;    // one line, English
  std::size_t index = 0;  // check_history: which row of the span it is about
  bool operator==(const FieldProblem&) const = default;
};
using Problems = std::vector<FieldProblem>;

// Birth date and gender must agree with the ID number (they are derived from
// it); hire date after birth; leave date not before hire date; name, street,
// community not blank; the history must pass check_history.
Problems check_worker(const Worker& worker, Date today);

// Each row: end not before start. Rows must not overlap (a row starting on or
// before the previous row's end, or after an open-ended row).
Problems check_history(std::span<const PositionSpell> history);

Problems check_exam(const ExamAttempt& exam, Date today);  // date not in the future
Problems check_certificate(const Certificate& certificate,
                           Date today);  // issue date not in the future
// Hours > 0 and at most policy.max_record_half_hours; date not in the future.
Problems check_training(const TrainingRecord& record, Date today, const Policy& policy);

}  // namespace cwt
