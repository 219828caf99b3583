#include "cwt/model/plan_fill.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>

#include "cwt/model/messages.hpp"

namespace cwt {

namespace {

// One worker as the fill sees them.
struct Candidate {
  PlanWorker* worker = nullptr;
  std::vector<std::size_t> courses;  // indexes of the courses they could attend, seats aside
  std::size_t for_audience = 0;      // courses of their audience, dates aside
  bool before_hire = false;          // some course of their audience is before the hire date
  bool after_leave = false;          // some is on or after the leave date
};

constexpr std::size_t kCategories = 6;  // TrainingCategory's values
std::size_t index_of(TrainingCategory category) { return static_cast<std::size_t>(category); }

}  // namespace

std::string_view reason_code(UncoveredReason reason) {
  static constexpr std::array<std::string_view, 5> codes{"no_course_for_audience", "joins_too_late",
                                                         "leaves_too_early", "not_enough_seats",
                                                         "not_assigned"};
  return codes.at(static_cast<std::size_t>(reason));
}

std::string reason_text(UncoveredReason reason) {
  switch (reason) {
    case UncoveredReason::no_course_for_audience:
      return tr("no course of the plan is for them (leaders or staff)");
    case UncoveredReason::joins_too_late:
      return tr("joins after the courses of their audience");
    case UncoveredReason::leaves_too_early:
      return tr("leaves before the courses of their audience");
    case UncoveredReason::not_assigned:
      return tr("not assigned yet: the plan has room for them (fill the plan)");
    case UncoveredReason::not_enough_seats:
      break;
  }
  return tr("not enough seats on the courses they could attend");
}

DayRange recent_window(int plan_year) {
  return {Date(static_cast<unsigned short>(plan_year - 2), 1, 1),
          Date(static_cast<unsigned short>(plan_year - 1), 12, 31)};
}

CourseFit course_fit(const PlanWorker& worker, const PlannedCourse& course, int year,
                     Date first_day) {
  const Worker& w = worker.file->worker;
  if (!audience_includes(course.audience, worker.leader)) return CourseFit::other_audience;
  // The first day is in the plan's year: on or after the hire date is enough.
  if (first_day < w.hire_date) return CourseFit::before_hire;
  if (w.leave_date && course.last_day(year) >= *w.leave_date) return CourseFit::after_leave;
  return CourseFit::fits;
}

PlanFill fill_plan(const TrainingPlan& plan, std::span<const WorkerFile> files,
                   const Policy& policy, const std::map<std::string, CategoryHours>& recent,
                   Progress& progress) {
  PlanState state = evaluate_plan(plan, files, policy);
  const int year = plan.year;

  std::vector<Date> first_days;  // each course's, once: made for every comparison otherwise
  for (const auto& seats : state.courses) first_days.push_back(seats.course->first_day(year));
  std::vector<int> free(state.courses.size());
  for (std::size_t c = 0; c < state.courses.size(); ++c)
    free[c] = std::max(0, state.courses[c].course->capacity - state.courses[c].seats_taken);

  // Who is on which course already, in any state.
  std::set<std::pair<std::string, std::string>> on_course;
  for (const Assignment& assignment : plan.assignments)
    on_course.emplace(assignment.id_number, assignment.course);

  std::vector<Candidate> candidates;
  for (PlanWorker& worker : state.workers) {
    if (worker.missing_half_hours == 0) continue;
    const Worker& w = worker.file->worker;
    Candidate candidate{&worker, {}, 0, false, false};
    for (std::size_t c = 0; c < state.courses.size(); ++c) {
      const PlannedCourse& course = *state.courses[c].course;
      const CourseFit fit = course_fit(worker, course, year, first_days[c]);
      if (fit == CourseFit::other_audience) continue;
      ++candidate.for_audience;
      candidate.before_hire = candidate.before_hire || fit == CourseFit::before_hire;
      candidate.after_leave = candidate.after_leave || fit == CourseFit::after_leave;
      if (fit != CourseFit::fits || on_course.contains({w.id_number, course.title})) continue;
      candidate.courses.push_back(c);
    }
    candidates.push_back(std::move(candidate));
  }
  // Most constrained first, so that a worker with few choices gets a seat
  // before one with many takes it.
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    const Worker& x = a.worker->file->worker;
    const Worker& y = b.worker->file->worker;
    const Date never(9999, 12, 31);
    return std::tuple(a.courses.size(), x.leave_date.value_or(never), x.id_number) <
           std::tuple(b.courses.size(), y.leave_date.value_or(never), y.id_number);
  });

  PlanFill fill;
  ProgressSteps placed(progress, candidates.size());
  for (Candidate& candidate : candidates) {
    placed.done_one();
    PlanWorker& worker = *candidate.worker;
    const std::string& id = worker.file->worker.id_number;
    // Per category, as an array: compared for every course at every step.
    std::array<std::int64_t, kCategories> had{};
    if (const auto found = recent.find(id); found != recent.end())
      for (const auto& [category, hours] : found->second) had[index_of(category)] = hours;
    const bool none_possible = candidate.courses.empty();  // by audience and dates
    std::set<Date> busy;
    for (const std::string& title : worker.courses)
      if (const PlannedCourse* course = plan.course(title)) {
        had[index_of(course->category)] += course->half_hours;
        busy.insert(course->dates.begin(), course->dates.end());
      }
    while (worker.missing_half_hours > 0) {
      std::size_t best = state.courses.size();
      for (const std::size_t c : candidate.courses) {
        const PlannedCourse& course = *state.courses[c].course;
        if (free[c] == 0 || course.half_hours <= 0) continue;
        if (std::any_of(course.dates.begin(), course.dates.end(),
                        [&](Date day) { return busy.contains(day); }))
          continue;
        if (best == state.courses.size()) {
          best = c;
          continue;
        }
        const auto key = [&](std::size_t index) {
          const PlannedCourse& of = *state.courses[index].course;
          return std::tuple<std::int64_t, Date, const std::string&>(had[index_of(of.category)],
                                                                    first_days[index], of.title);
        };
        if (key(c) < key(best)) best = c;
      }
      if (best == state.courses.size()) break;
      const PlannedCourse& course = *state.courses[best].course;
      --free[best];
      had[index_of(course.category)] += course.half_hours;
      busy.insert(course.dates.begin(), course.dates.end());
      worker.missing_half_hours =
          std::max<std::int64_t>(0, worker.missing_half_hours - course.half_hours);
      candidate.courses.erase(std::find(candidate.courses.begin(), candidate.courses.end(), best));
      fill.added.push_back({id, course.title, false, Attendance::registered});
    }
    if (worker.missing_half_hours == 0) continue;
    UncoveredReason reason = UncoveredReason::not_enough_seats;
    if (candidate.for_audience == 0)
      reason = UncoveredReason::no_course_for_audience;
    else if (none_possible && candidate.after_leave)
      reason = UncoveredReason::leaves_too_early;
    else if (none_possible && candidate.before_hire)
      reason = UncoveredReason::joins_too_late;
    fill.uncovered.push_back({id, worker.missing_half_hours, reason});
  }
  std::sort(fill.uncovered.begin(), fill.uncovered.end(),
            [](const auto& a, const auto& b) { return a.id_number < b.id_number; });
  return fill;
}

std::vector<UncoveredWorker> uncovered_workers(const TrainingPlan& plan,
                                               std::span<const WorkerFile> files,
                                               const Policy& policy,
                                               const std::map<std::string, CategoryHours>& recent) {
  const PlanFill fill = fill_plan(plan, files, policy, recent);
  std::map<std::string_view, UncoveredReason> reasons;
  for (const auto& u : fill.uncovered) reasons.emplace(u.id_number, u.reason);
  std::vector<UncoveredWorker> uncovered;
  for (const PlanWorker& worker : evaluate_plan(plan, files, policy).workers) {
    if (worker.missing_half_hours == 0) continue;
    const std::string& id = worker.file->worker.id_number;
    const auto reason = reasons.find(id);
    uncovered.push_back({id, worker.missing_half_hours,
                         reason == reasons.end() ? UncoveredReason::not_assigned : reason->second});
  }
  return uncovered;
}

}  // namespace cwt
