#include "cwt/model/validation.hpp"

#include <algorithm>
#include <numeric>

#include "cwt/model/birth_date.hpp"
#include "cwt/model/hours.hpp"
#include "cwt/model/id_number.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"
#include "text.hpp"

namespace cwt {
namespace {

bool blank(std::string_view text) { return trim_blanks(text).empty(); }

void check_text(Problems& problems, const char* field, std::string_view text,
                std::size_t max_chars) {
  if (auto problem = text_problem(text, max_chars)) problems.push_back({field, *problem});
}

// The birth date an 18-character ID number holds (digits 7-14), without the
// rest of its checks: the records judged here were read with a valid one.
std::optional<Date> birth_date_in(std::string_view id_number) {
  if (id_number.size() != 18) return std::nullopt;
  int parts[3] = {0, 0, 0};
  const std::size_t widths[3] = {4, 2, 2};
  std::size_t at = 6;
  for (int k = 0; k < 3; ++k)
    for (std::size_t n = 0; n < widths[k]; ++n, ++at) {
      const char c = id_number[at];
      if (c < '0' || c > '9') return std::nullopt;
      parts[k] = parts[k] * 10 + (c - '0');
    }
  try {
    return Date(static_cast<unsigned short>(parts[0]), static_cast<unsigned short>(parts[1]),
                static_cast<unsigned short>(parts[2]));
  } catch (const std::out_of_range&) {
    return std::nullopt;
  }
}

// The checks below take their sentence as a pattern marked with tr_noop
// ({1} the day, then the figures they name) and translate it only when there
// is a problem to report.
void require_not_after(Problems& problems, const char* field, const char* pattern, Date day,
                       Date today, int years) {
  if (day > add_years(today, years))
    problems.push_back({field, tr(pattern, to_iso(day), years, to_iso(today))});
}

// A record's date against the worker's age, read from the ID number.
void require_working_age(Problems& problems, const char* field, const char* pattern, Date day,
                         std::string_view id_number, Date today) {
  const auto birth = birth_date_in(id_number);
  if (!birth || *birth > today) return;  // the ID number's own check reports it
  const Date earliest = add_years(*birth, kMinAgeForRecords);
  if (day < earliest)
    problems.push_back(
        {field, tr(pattern, to_iso(day), kMinAgeForRecords, to_iso(earliest), to_iso(*birth))});
}

void require_past(Problems& problems, const char* field, const char* pattern, Date day,
                  Date today) {
  if (day > today) problems.push_back({field, tr(pattern, to_iso(day), to_iso(today))});
}

}  // namespace

Problems check_worker(const Worker& worker, Date today) {
  Problems problems;
  const auto id = parse_id_number(worker.id_number, today);
  if (!id) {
    problems.push_back({"id_number", id.error()});
  } else {
    if (auto problem =
            birth_disagreement({to_iso(worker.birth_date), worker.birth_date, {}}, id->birth_date))
      problems.push_back({"birth_date", std::move(*problem)});
    if (worker.gender != id->gender)
      problems.push_back({"gender", tr("gender {1} does not match the ID number ({2})",
                                       label_zh(worker.gender), label_zh(id->gender))});
  }
  for (auto& problem : check_texts(worker)) problems.push_back(std::move(problem));
  if (blank(worker.name)) problems.push_back({"name", tr("the name is empty")});
  if (blank(worker.org.street)) problems.push_back({"street", tr("the street is empty")});
  if (blank(worker.org.community)) problems.push_back({"community", tr("the community is empty")});
  if (worker.hire_date <= worker.birth_date)
    problems.push_back({"hire_date", tr("hire date {1} is not after the birth date {2}",
                                        to_iso(worker.hire_date), to_iso(worker.birth_date))});
  // The patterns name their number of years (kMaxYearsAheadForStart, ...ForEnd).
  require_not_after(problems, "hire_date",
                    tr_noop("hire date {1} is more than {2} year after today ({3})"),
                    worker.hire_date, today, kMaxYearsAheadForStart);
  if (worker.leave_date && *worker.leave_date < worker.hire_date)
    problems.push_back({"leave_date", tr("leave date {1} is before the hire date {2}",
                                         to_iso(*worker.leave_date), to_iso(worker.hire_date))});
  if (worker.leave_date)
    require_not_after(problems, "leave_date",
                      tr_noop("leave date {1} is more than {2} years after today ({3})"),
                      *worker.leave_date, today, kMaxYearsAheadForEnd);
  for (auto& problem : check_history(worker.history)) problems.push_back(std::move(problem));
  for (const auto& spell : worker.history)
    for (auto& problem : check_spell_dates(spell, today)) problems.push_back(std::move(problem));
  return problems;
}

Problems check_texts(const Worker& worker) {
  Problems problems;
  check_text(problems, "name", worker.name, kMaxNameChars);
  check_text(problems, "ethnicity", worker.ethnicity, kMaxNameChars);
  check_text(problems, "phone", worker.phone, kMaxShortChars);
  check_text(problems, "district", worker.org.district, kMaxPlaceChars);
  check_text(problems, "street", worker.org.street, kMaxPlaceChars);
  check_text(problems, "community", worker.org.community, kMaxPlaceChars);
  return problems;
}

Problems check_texts(const Certificate& certificate) {
  Problems problems;
  check_text(problems, "number", certificate.number, kMaxShortChars);
  check_text(problems, "issuer", certificate.issuer, kMaxLongChars);
  return problems;
}

Problems check_texts(const TrainingRecord& record) {
  Problems problems;
  check_text(problems, "course", record.course, kMaxLongChars);
  check_text(problems, "provider", record.provider, kMaxLongChars);
  return problems;
}

Problems check_spell_dates(const PositionSpell& spell, Date today) {
  Problems problems;
  require_not_after(problems, "start_date",
                    tr_noop("the position's start {1} is more than {2} year after today ({3})"),
                    spell.start, today, kMaxYearsAheadForStart);
  if (spell.end)
    require_not_after(problems, "end_date",
                      tr_noop("the position's end {1} is more than {2} years after today ({3})"),
                      *spell.end, today, kMaxYearsAheadForEnd);
  return problems;
}

Problems check_history(std::span<const PositionSpell> history) {
  Problems problems;
  for (std::size_t i = 0; i < history.size(); ++i) {
    const auto& spell = history[i];
    if (spell.end && *spell.end < spell.start)
      problems.push_back({"end_date",
                          tr("the position ends ({1}) before it starts ({2})", to_iso(*spell.end),
                             to_iso(spell.start)),
                          i});
  }
  std::vector<std::size_t> order(history.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::ranges::stable_sort(order, {}, [&](std::size_t i) { return history[i].start; });
  for (std::size_t k = 1; k < order.size(); ++k) {
    const auto& earlier = history[order[k - 1]];
    const auto& later = history[order[k]];
    if (!earlier.end || *earlier.end >= later.start)
      problems.push_back({"start_date",
                          earlier.end
                              ? tr("the position from {1} overlaps the one held from {2} to {3}",
                                   to_iso(later.start), to_iso(earlier.start), to_iso(*earlier.end))
                              : tr("the position from {1} overlaps the one held from {2} on",
                                   to_iso(later.start), to_iso(earlier.start)),
                          order[k]});
  }
  return problems;
}

Problems check_exam(const ExamAttempt& exam, Date today) {
  Problems problems;
  require_past(problems, "exam_date", tr_noop("exam date {1} is in the future (today is {2})"),
               exam.date, today);
  require_working_age(
      problems, "exam_date",
      tr_noop("exam date {1} is before the worker's {2}th birthday ({3}, born {4} by the ID "
              "number)"),
      exam.date, exam.id_number, today);
  if (exam.score && (*exam.score < 0 || *exam.score > 100))
    problems.push_back(
        {"score", tr("score {1} is not from 0 to 100", std::to_string(*exam.score))});
  return problems;
}

Problems check_certificate(const Certificate& certificate, Date today) {
  Problems problems;
  require_past(problems, "issue_date", tr_noop("issue date {1} is in the future (today is {2})"),
               certificate.issue_date, today);
  require_working_age(
      problems, "issue_date",
      tr_noop("issue date {1} is before the worker's {2}th birthday ({3}, born {4} by the ID "
              "number)"),
      certificate.issue_date, certificate.id_number, today);
  for (auto& problem : check_texts(certificate)) problems.push_back(std::move(problem));
  return problems;
}

std::optional<std::string> record_hours_problem(std::int64_t half_hours, const Policy& policy) {
  if (half_hours <= 0) return tr("class hours must be a positive multiple of 0.5");
  if (half_hours > policy.max_record_half_hours)
    // TRANSLATORS: {1} and {2} are class hours, {3} the setting's name in quotes.
    return tr("{1} class hours is more than one training record may hold ({2}, the setting {3})",
              format_hours(half_hours), format_hours(policy.max_record_half_hours),
              setting_named("max_record_hours"));
  return std::nullopt;
}

Problems check_training(const TrainingRecord& record, Date today, const Policy& policy) {
  Problems problems;
  if (auto problem = record_hours_problem(record.half_hours, policy))
    problems.push_back({"hours", std::move(*problem)});
  require_past(problems, "date", tr_noop("training date {1} is in the future (today is {2})"),
               record.date, today);
  require_working_age(
      problems, "date",
      tr_noop("training date {1} is before the worker's {2}th birthday ({3}, born {4} by the ID "
              "number)"),
      record.date, record.id_number, today);
  for (auto& problem : check_texts(record)) problems.push_back(std::move(problem));
  return problems;
}

}  // namespace cwt
