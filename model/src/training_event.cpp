#include "cwt/model/training_event.hpp"

#include <algorithm>
#include <set>

#include "cwt/model/hours.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"

namespace cwt {

std::optional<std::string> presence_problem(const Worker& worker, const TrainingEvent& event) {
  if (!worker.leave_date || event.first_day.is_special() || *worker.leave_date > event.first_day)
    return std::nullopt;
  // TRANSLATORS: {1} an ID number, {2} the worker's name, {3} the leave date, {4} the event's
  // first day.
  return tr(
      "{1} ({2}) had left by the event's first day {4} (leave date {3}): not marked "
      "present; if the leave date is wrong, correct it first",
      worker.id_number, worker.name, to_iso(*worker.leave_date), to_iso(event.first_day));
}

Problems presence_problems(const TrainingEvent& event, const TrainingEvent* before,
                           const std::function<const Worker*(std::string_view)>& worker_of) {
  std::set<std::string_view> present_before;
  if (before)
    for (const Attendee& attendee : before->attendees)
      if (attendee.attendance == Attendance::present) present_before.insert(attendee.id_number);
  Problems problems;
  for (std::size_t i = 0; i < event.attendees.size(); ++i) {
    const Attendee& attendee = event.attendees[i];
    if (attendee.attendance != Attendance::present || present_before.contains(attendee.id_number))
      continue;
    if (const Worker* worker = worker_of(attendee.id_number))
      if (auto problem = presence_problem(*worker, event))
        problems.push_back({"attendance", std::move(*problem), i});
  }
  return problems;
}

TrainingRecord credited_record(const TrainingEvent& event, std::string_view id_number) {
  TrainingRecord record;
  record.id_number = std::string(id_number);
  record.date = event.last_day;
  record.half_hours = event.half_hours;
  record.category = event.category;
  record.course = event.course;
  record.provider = event.provider;
  record.verified = true;
  return record;
}

Problems check_event(const TrainingEvent& event, Date today, const Policy& policy) {
  Problems problems;
  if (trim_blanks(event.course).empty())
    problems.push_back({"course", tr("the course of an event must not be empty")});
  if (event.first_day.is_special() || event.last_day.is_special()) {
    if (event.first_day.is_special()) problems.push_back({"date", tr("the first day is missing")});
    if (event.last_day.is_special())
      problems.push_back({"end_date", tr("the last day is missing")});
    return problems;
  }

  if (event.last_day < event.first_day)
    problems.push_back({"end_date", tr("last day {1} is before the first day {2}",
                                       to_iso(event.last_day), to_iso(event.first_day))});
  else if ((event.last_day - event.first_day).days() + 1 > kMaxEventDays)
    problems.push_back(
        {"end_date", tr("an event of more than {1} days is not one course ({2} to "
                        "{3})",
                        kMaxEventDays, to_iso(event.first_day), to_iso(event.last_day))});
  if (event.first_day > add_years(today, kMaxYearsAheadForStart))
    problems.push_back(
        {"date", tr("first day {1} is more than {2} year ahead (today is {3})",
                    to_iso(event.first_day), kMaxYearsAheadForStart, to_iso(today))});

  // Hours and texts: exactly the checks of a training record, on the record
  // the event would credit (the date is checked per attendee below).
  TrainingRecord sample = credited_record(event, "");
  sample.date = std::min(event.last_day, today);
  for (auto& problem : check_training(sample, today, policy))
    problems.push_back(std::move(problem));

  std::set<std::string_view> seen;
  for (std::size_t i = 0; i < event.attendees.size(); ++i) {
    const Attendee& attendee = event.attendees[i];
    if (!seen.insert(attendee.id_number).second) {
      problems.push_back(
          {"id_number", tr("ID number {1} is listed twice", shown(attendee.id_number)), i});
      continue;
    }
    if (attendee.attendance == Attendance::registered) continue;
    if (event.last_day > today) {
      problems.push_back({"attendance",
                          tr("ID number {1}: attendance can be marked once the event is over "
                             "({2}, today is {3})",
                             shown(attendee.id_number), to_iso(event.last_day), to_iso(today)),
                          i});
      continue;
    }
    if (attendee.attendance != Attendance::present) continue;
    // The record's own date rules (the worker's age); its hours and texts
    // are the event's, reported once above.
    for (auto& problem :
         check_training(credited_record(event, attendee.id_number), today, policy)) {
      if (problem.field != "date") continue;
      problem.field = "end_date";  // the record is dated on the last day
      problem.message = tr("ID number {1}: {2}", shown(attendee.id_number), problem.message);
      problem.index = i;
      problems.push_back(std::move(problem));
    }
  }
  return problems;
}

std::size_t count_marked(const TrainingEvent& event, Attendance attendance) {
  return static_cast<std::size_t>(
      std::ranges::count(event.attendees, attendance, &Attendee::attendance));
}

}  // namespace cwt
