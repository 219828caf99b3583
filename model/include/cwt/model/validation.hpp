#pragma once
// Checks a record must pass before it is stored, whatever front end it came
// from (CSV import, command line, GUI). Each problem names the field.
#include <cstdint>
#include <optional>
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

// How far ahead a date may be entered: a hire or position start at most a
// year after today (a known appointment), a leave or position end at most ten
// years (the end of a term). Further is a typing error (9999-12-31).
inline constexpr int kMaxYearsAheadForStart = 1;
inline constexpr int kMaxYearsAheadForEnd = 10;

// Exams, certificates and training before this birthday are typing errors
// (the legal working age in China is 16).
inline constexpr int kMinAgeForRecords = 16;

// The most characters a free text may hold.
inline constexpr std::size_t kMaxNameChars = 50;   // names, ethnicity
inline constexpr std::size_t kMaxPlaceChars = 50;  // district, street, community
inline constexpr std::size_t kMaxShortChars = 60;  // phone, certificate number
inline constexpr std::size_t kMaxLongChars = 200;  // course, provider, issuer

// Birth date and gender must agree with the ID number (they are derived from
// it); hire date after birth and at most a year ahead; leave date not before
// hire date and at most ten years ahead; name, street, community not blank;
// the free texts pass check_texts; the history must pass check_history and
// check_spell_dates.
Problems check_worker(const Worker& worker, Date today);

// The free texts of a record are valid UTF-8 without control characters and
// within their length (text_problem). Part of the checks above, and what the
// store checks of every record it writes, so that no output path can be broken
// by a stored value whatever front end wrote it.
Problems check_texts(const Worker& worker);
Problems check_texts(const Certificate& certificate);
Problems check_texts(const TrainingRecord& record);

// A position starts at most a year ahead and ends at most ten years ahead.
Problems check_spell_dates(const PositionSpell& spell, Date today);

// Each row: end not before start. Rows must not overlap (a row starting on or
// before the previous row's end, or after an open-ended row).
Problems check_history(std::span<const PositionSpell> history);

// The date not in the future nor before the worker's 16th birthday (the
// birth date is read from the ID number; an unreadable one is left to the
// ID number's own check).
Problems check_exam(const ExamAttempt& exam, Date today);
Problems check_certificate(const Certificate& certificate, Date today);
// What is wrong with `half_hours` as the hours of one training record: not
// above 0, or more than policy.max_record_half_hours. Also a course's hours,
// which become one such record per attendee.
std::optional<std::string> record_hours_problem(std::int64_t half_hours, const Policy& policy);
// Hours > 0 and at most policy.max_record_half_hours; the date as for exams.
Problems check_training(const TrainingRecord& record, Date today, const Policy& policy);

}  // namespace cwt
