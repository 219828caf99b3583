#include "cwt/model/training_plan.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

#include "cwt/model/employment.hpp"
#include "cwt/model/training.hpp"

namespace cwt {

bool PlanScope::contains(const OrgPath& place) const {
  return (district.empty() || district == place.district) &&
         (street.empty() || street == place.street) &&
         (community.empty() || community == place.community);
}

Date PlannedCourse::first_day(int year) const {
  if (!dates.empty()) return dates.front();
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
}

Date PlannedCourse::last_day(int year) const {
  if (!dates.empty()) return dates.back();
  const Date first = first_day(year);
  return first.end_of_month();
}

const PlannedCourse* TrainingPlan::course(std::string_view title) const {
  for (const auto& course : courses)
    if (course.title == title) return &course;
  return nullptr;
}

TrainingEvent event_of(const TrainingPlan& plan, const PlannedCourse& course,
                       const std::vector<std::string>& absent) {
  TrainingEvent event;
  event.event_id = course.event_id;
  event.course = course.title;
  event.category = course.category;
  event.first_day = course.first_day(plan.year);
  event.last_day = course.last_day(plan.year);
  event.half_hours = course.half_hours;
  event.provider = course.provider;
  for (const Assignment& a : plan.assignments)
    if (a.course == course.title)
      event.attendees.push_back(
          {a.id_number, std::find(absent.begin(), absent.end(), a.id_number) == absent.end()
                            ? Attendance::present
                            : Attendance::absent});
  return event;
}

bool leader_in_year(const Worker& worker, int year) {
  const auto employed = employed_days(worker, year);
  return employed && leader_on_any_day(worker, *employed);
}

bool audience_includes(Audience audience, bool leader) {
  switch (audience) {
    case Audience::leaders:
      return leader;
    case Audience::staff:
      return !leader;
    case Audience::all:
      break;
  }
  return true;
}

PlanState evaluate_plan(const TrainingPlan& plan, std::span<const WorkerFile> files,
                        const Policy& policy) {
  PlanState state;
  // Hashed: a city's plan looks up 90,000 assignments here.
  std::unordered_map<std::string_view, std::size_t> worker_index;
  for (const WorkerFile& file : files) {
    const Worker& worker = file.worker;
    if (!plan.scope.contains(worker.org) || !employed_days(worker, plan.year)) continue;
    PlanWorker entry;
    entry.file = &file;
    entry.leader = leader_in_year(worker, plan.year);
    entry.required_half_hours = required_half_hours(worker, policy, plan.year);
    entry.completed_half_hours = file.completed_half_hours;
    state.workers.push_back(std::move(entry));
  }
  std::sort(state.workers.begin(), state.workers.end(), [](const auto& a, const auto& b) {
    return a.file->worker.id_number < b.file->worker.id_number;
  });
  for (std::size_t i = 0; i < state.workers.size(); ++i)
    worker_index.emplace(state.workers[i].file->worker.id_number, i);

  std::unordered_map<std::string_view, std::size_t> course_index;
  for (const PlannedCourse& course : plan.courses) {
    course_index.emplace(course.title, state.courses.size());
    state.courses.push_back({&course, 0});
  }
  for (const Assignment& assignment : plan.assignments) {
    const auto course = course_index.find(assignment.course);
    if (course == course_index.end()) continue;
    PlanCourseSeats& seats = state.courses[course->second];
    if (assignment.attendance != Attendance::absent) ++seats.seats_taken;
    if (assignment.attendance == Attendance::present) ++seats.present;
    if (assignment.attendance == Attendance::absent) ++seats.absent;
    const auto worker = worker_index.find(assignment.id_number);
    if (worker == worker_index.end()) continue;
    PlanWorker& entry = state.workers[worker->second];
    if (assignment.attendance == Attendance::present)
      entry.attended_half_hours += seats.course->half_hours;
    if (assignment.attendance != Attendance::registered) continue;  // done: a record, or missed
    entry.planned_half_hours += seats.course->half_hours;
    entry.courses.push_back(assignment.course);
  }

  // Keyed by views into the files: no string copied per worker.
  using Place = std::tuple<std::string_view, std::string_view, std::string_view>;
  std::map<Place, PlanCoverage> communities;
  std::map<Place, PlanCoverage> streets;
  const auto count_in = [](std::map<Place, PlanCoverage>& places, const Place& key,
                           const OrgPath& place, bool whole_street, int covered, int met) {
    auto [at, added] = places.try_emplace(key);
    PlanCoverage& coverage = at->second;
    if (added)
      coverage = {
          place.district, place.street, whole_street ? std::string() : place.community, 0, 0, 0};
    ++coverage.workers;
    coverage.covered += covered;
    coverage.met += met;
  };
  for (PlanWorker& entry : state.workers) {
    entry.missing_half_hours = std::max<std::int64_t>(
        0, entry.required_half_hours - entry.completed_half_hours - entry.planned_half_hours);
    const OrgPath& place = entry.file->worker.org;
    const int covered = entry.covered() ? 1 : 0;
    const int met = entry.met() ? 1 : 0;
    count_in(communities, {place.district, place.street, place.community}, place, false, covered,
             met);
    count_in(streets, {place.district, place.street, {}}, place, true, covered, met);
  }
  for (auto& [key, coverage] : communities) state.communities.push_back(coverage);
  for (auto& [key, coverage] : streets) state.streets.push_back(coverage);
  return state;
}

PlanTotals totals_of(const PlanState& state) {
  PlanTotals totals;
  for (const PlanWorker& worker : state.workers) {
    ++totals.workers;
    totals.covered += worker.covered() ? 1 : 0;
    totals.met += worker.met() ? 1 : 0;
    totals.planned_half_hours += worker.planned_half_hours;
    totals.missing_half_hours += worker.missing_half_hours;
    totals.attended_half_hours += worker.attended_half_hours;
  }
  for (const PlanCourseSeats& seats : state.courses) {
    ++totals.courses;
    totals.courses_held += seats.held() ? 1 : 0;
    totals.over_full_courses += seats.over_full() ? 1 : 0;
    totals.seats_taken += seats.seats_taken;
    totals.present += seats.present;
    totals.absent += seats.absent;
  }
  return totals;
}

}  // namespace cwt
