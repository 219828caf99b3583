#pragma once
// One record from named text fields, validated: the single parser behind CSV
// import and the command line's `worker add|edit`, `exam add`, `cert add` and
// `training add`, so that every front end accepts and rejects the same input.
// Parsing uses the model's parse functions; the rules are the model's checks.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cwt/model/dates.hpp"
#include "cwt/model/expected.hpp"
#include "cwt/model/policy.hpp"
#include "cwt/model/records.hpp"
#include "cwt/model/training_event.hpp"
#include "cwt/model/training_plan.hpp"
#include "cwt/model/validation.hpp"

namespace cwt {

// (English field name, text) pairs, e.g. {"hire_date", "2024/3/1"}. A field
// that is absent counts as empty. Values are trimmed of blanks before use.
using FieldValues = std::vector<std::pair<std::string, std::string>>;

// A field of a record kind: its English name (the CSV header and the FieldProblem
// field), whether it must be non-empty, and the Chinese header names accepted
// for it (the first is the one to show).
struct FieldSpec {
  std::string_view name;
  bool required = false;
  std::span<const std::string_view> headers_zh;
};

// The fields of each record kind, in DOMAIN.md's column order.
std::span<const FieldSpec> worker_fields();
std::span<const FieldSpec> position_fields();
std::span<const FieldSpec> exam_fields();
std::span<const FieldSpec> certificate_fields();
std::span<const FieldSpec> training_fields();
std::span<const FieldSpec> event_fields();   // a training event without its attendees
std::span<const FieldSpec> course_fields();  // a training plan's course

// The record and every problem found in it; the record is meaningful only
// when `problems` is empty.
template <class T>
struct Parsed {
  T record;
  Problems problems;
  bool ok() const { return problems.empty(); }
};

// One row of a positions file: the worker (18-character ID number) and the spell.
struct PositionRow {
  std::string id_number;
  PositionSpell spell;
};

using ParsedWorker = Parsed<Worker>;
using ParsedPosition = Parsed<PositionRow>;
using ParsedExam = Parsed<ExamAttempt>;
using ParsedCertificate = Parsed<Certificate>;
using ParsedTraining = Parsed<TrainingRecord>;
using ParsedEvent = Parsed<TrainingEvent>;
using ParsedCourse = Parsed<PlannedCourse>;

// The whole record of a worker, history left empty. Gender and birth date are
// taken from the ID number; when given they must agree with it. Empty optional
// fields mean none.
ParsedWorker parse_worker(const FieldValues& fields, Date today);
ParsedPosition parse_position(const FieldValues& fields, Date today);
ParsedExam parse_exam(const FieldValues& fields, Date today);
ParsedCertificate parse_certificate(const FieldValues& fields, Date today);
ParsedTraining parse_training(const FieldValues& fields, Date today, const Policy& policy);
// A training event's fields, attendees left empty; an empty end_date is the
// first day. The event passes check_event.
ParsedEvent parse_event(const FieldValues& fields, Date today, const Policy& policy);
// A course of a plan for `year`: `dates` a comma list of days in that year
// (in any order, each once) or `month` 1 to 12, one of the two; hours a
// positive multiple of 0.5; capacity a whole number of seats from 1. The
// course passes check_course (hours at most policy.max_record_half_hours).
ParsedCourse parse_course(const FieldValues& fields, int year, const Policy& policy);
// A record's fields as its parse function reads them back (codes, ISO
// dates), for editing: change some, then parse the result.
FieldValues fields_of(const TrainingEvent& event);
FieldValues fields_of(const PositionRow& row);
FieldValues fields_of(const PlannedCourse& course);
FieldValues fields_of(const ExamAttempt& exam);
FieldValues fields_of(const Certificate& certificate);
FieldValues fields_of(const TrainingRecord& record);

// A worker's fields as parse_worker reads them back (codes, ISO dates), for
// `worker edit`: overwrite the given fields, then parse_worker the result.
FieldValues fields_of(const Worker& worker);

// A field's value as fields_of writes it (a code, yes/no) in `language`:
// the code's label (本科, 是) in Chinese, unchanged in English and for fields
// without codes. parse_* reads either back.
std::string shown_value(std::string_view field, const std::string& value, Language language);
// The label of a coded field's value (gender, position, exam, audience,
// attendance, verified, ...) in `language`: 社区党组织书记 / Party secretary;
// nothing for a field without codes or a value that is no code of it.
std::optional<std::string> code_label(std::string_view field, const std::string& value,
                                      Language language);
// A field's name for people: its first Chinese header in Chinese, its
// English name as words ("Hire date", "ID number") in English.
std::string field_label(const FieldSpec& spec, Language language);

// yes/no, 是/否, true/false, 1/0 (any case); empty is yes.
std::optional<bool> parse_yes_no(std::string_view text);

// A number from 0 to 100, decimals allowed ("87", "87.5"); empty is none.
// Fails with a reason otherwise.
Expected<std::optional<double>> parse_score(std::string_view text);

}  // namespace cwt
