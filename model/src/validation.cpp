#include "cwt/model/validation.hpp"

#include <algorithm>
#include <numeric>

#include "cwt/model/hours.hpp"
#include "cwt/model/id_number.hpp"
#include "cwt/model/text.hpp"
#include "text.hpp"

namespace cwt {
namespace {

bool blank(std::string_view text) { return trim_blanks(text).empty(); }

void check_text(Problems& problems, const char* field, std::string_view text,
                std::size_t max_chars) {
  if (auto problem = text_problem(text, max_chars))
    problems.push_back({field, "the text " + *problem});
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

void require_not_after(Problems& problems, const char* field, std::string_view what, Date day,
                       Date today, int years) {
  if (day > add_years(today, years))
    problems.push_back({field, std::string(what) + " " + to_iso(day) + " is more than " +
                                   std::to_string(years) + (years == 1 ? " year" : " years") +
                                   " after today (" + to_iso(today) + ")"});
}

// A record's date against the worker's age, read from the ID number.
void require_working_age(Problems& problems, const char* field, std::string_view what, Date day,
                         std::string_view id_number, Date today) {
  const auto birth = birth_date_in(id_number);
  if (!birth || *birth > today) return;  // the ID number's own check reports it
  const Date earliest = add_years(*birth, kMinAgeForRecords);
  if (day < earliest)
    problems.push_back({field, std::string(what) + " " + to_iso(day) + " is before the worker's " +
                                   std::to_string(kMinAgeForRecords) + "th birthday (" +
                                   to_iso(earliest) + ", born " + to_iso(*birth) +
                                   " by the ID number)"});
}

void require_past(Problems& problems, const char* field, std::string_view what, Date day,
                  Date today) {
  if (day > today)
    problems.push_back({field, std::string(what) + " " + to_iso(day) +
                                   " is in the future (today is " + to_iso(today) + ")"});
}

}  // namespace

Problems check_worker(const Worker& worker, Date today) {
  Problems problems;
  const auto id = parse_id_number(worker.id_number, today);
  if (!id) {
    problems.push_back({"id_number", id.error()});
  } else {
    if (worker.birth_date != id->birth_date)
      problems.push_back({"birth_date", "birth date " + to_iso(worker.birth_date) +
                                            " does not match the ID number (" +
                                            to_iso(id->birth_date) + ")"});
    if (worker.gender != id->gender)
      problems.push_back({"gender", "gender " + std::string(label_zh(worker.gender)) +
                                        " does not match the ID number (" +
                                        std::string(label_zh(id->gender)) + ")"});
  }
  for (auto& problem : check_texts(worker)) problems.push_back(std::move(problem));
  if (blank(worker.name)) problems.push_back({"name", "the name is empty"});
  if (blank(worker.org.street)) problems.push_back({"street", "the street is empty"});
  if (blank(worker.org.community)) problems.push_back({"community", "the community is empty"});
  if (worker.hire_date <= worker.birth_date)
    problems.push_back({"hire_date", "hire date " + to_iso(worker.hire_date) +
                                         " is not after the birth date " +
                                         to_iso(worker.birth_date)});
  require_not_after(problems, "hire_date", "hire date", worker.hire_date, today,
                    kMaxYearsAheadForStart);
  if (worker.leave_date && *worker.leave_date < worker.hire_date)
    problems.push_back({"leave_date", "leave date " + to_iso(*worker.leave_date) +
                                          " is before the hire date " + to_iso(worker.hire_date)});
  if (worker.leave_date)
    require_not_after(problems, "leave_date", "leave date", *worker.leave_date, today,
                      kMaxYearsAheadForEnd);
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
  require_not_after(problems, "start_date", "the position's start", spell.start, today,
                    kMaxYearsAheadForStart);
  if (spell.end)
    require_not_after(problems, "end_date", "the position's end", *spell.end, today,
                      kMaxYearsAheadForEnd);
  return problems;
}

Problems check_history(std::span<const PositionSpell> history) {
  Problems problems;
  for (std::size_t i = 0; i < history.size(); ++i) {
    const auto& spell = history[i];
    if (spell.end && *spell.end < spell.start)
      problems.push_back({"end_date",
                          "the position ends (" + to_iso(*spell.end) + ") before it starts (" +
                              to_iso(spell.start) + ")",
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
                          "the position from " + to_iso(later.start) +
                              " overlaps the one held from " + to_iso(earlier.start) +
                              (earlier.end ? " to " + to_iso(*earlier.end) : " on"),
                          order[k]});
  }
  return problems;
}

Problems check_exam(const ExamAttempt& exam, Date today) {
  Problems problems;
  require_past(problems, "exam_date", "exam date", exam.date, today);
  require_working_age(problems, "exam_date", "exam date", exam.date, exam.id_number, today);
  if (exam.score && (*exam.score < 0 || *exam.score > 100))
    problems.push_back({"score", "score " + std::to_string(*exam.score) + " is not from 0 to 100"});
  return problems;
}

Problems check_certificate(const Certificate& certificate, Date today) {
  Problems problems;
  require_past(problems, "issue_date", "issue date", certificate.issue_date, today);
  require_working_age(problems, "issue_date", "issue date", certificate.issue_date,
                      certificate.id_number, today);
  for (auto& problem : check_texts(certificate)) problems.push_back(std::move(problem));
  return problems;
}

Problems check_training(const TrainingRecord& record, Date today, const Policy& policy) {
  Problems problems;
  if (record.half_hours <= 0)
    problems.push_back({"hours", "class hours must be a positive multiple of 0.5"});
  else if (record.half_hours > policy.max_record_half_hours)
    problems.push_back({"hours", format_hours(record.half_hours) +
                                     " class hours is more than one training record may hold (" +
                                     format_hours(policy.max_record_half_hours) +
                                     ", the setting max_record_hours)"});
  require_past(problems, "date", "training date", record.date, today);
  require_working_age(problems, "date", "training date", record.date, record.id_number, today);
  for (auto& problem : check_texts(record)) problems.push_back(std::move(problem));
  return problems;
}

}  // namespace cwt
