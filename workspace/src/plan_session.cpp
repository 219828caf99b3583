#include "cwt/workspace/plan_session.hpp"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_set>

#include "cwt/app/plan_edits.hpp"
#include "cwt/model/hours.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"
#include "cwt/model/training_event.hpp"

namespace cwt {

namespace {

PlanSession::Edit refused(std::string message) {
  return PlanSession::Edit::refusal("", std::move(message));
}

bool contains_text(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// The search as the Workers page reads it: blanks around ignored, x or X alike.
bool search_matches(const Worker& worker, std::string_view search) {
  const std::string part(trim_blanks(search));
  if (part.empty()) return true;
  std::string id_part = part;
  std::replace(id_part.begin(), id_part.end(), 'x', 'X');
  return contains_text(worker.name, part) || contains_text(worker.id_number, id_part);
}

}  // namespace

std::string warning_text(const PlanWarning& warning) {
  switch (warning.kind) {
    case PlanWarning::Kind::over_full:
      return tr("{1} is over-full: {2} workers for {3} seats", warning.course, warning.count,
                warning.capacity);
    case PlanWarning::Kind::not_covered:
      return trn("{1} worker is not covered by the plan: {2} hours missing",
                 "{1} workers are not covered by the plan: {2} hours missing",
                 static_cast<std::size_t>(warning.count), warning.count,
                 format_hours(warning.half_hours));
    case PlanWarning::Kind::unmarked:
      break;
  }
  return tr("{1} has taken place: mark its attendance", warning.course);
}

std::vector<std::string> FillExplanation::lines() const {
  std::vector<std::string> lines;
  lines.push_back(trn("{1} assignment added for {2} workers",
                      "{1} assignments added for {2} workers", assignments_added, assignments_added,
                      workers_given_courses));
  if (uncovered.empty()) {
    lines.push_back(tr("Every worker of the plan is covered."));
    return lines;
  }
  lines.push_back(trn("{1} worker could not be covered:", "{1} workers could not be covered:",
                      uncovered.size(), uncovered.size()));
  for (const auto& [reason, count] : uncovered_by_reason)
    // TRANSLATORS: {1} how many workers, {2} why (a reason_text).
    lines.push_back(tr("{1}: {2}", count, reason_text(reason)));
  return lines;
}

PlanSession::PlanSession(Workspace& workspace) : workspace_(&workspace) {}

void PlanSession::set_workspace(Workspace& workspace) {
  workspace_ = &workspace;
  chosen_.clear();
  plan_ = nullptr;
  state_ = {};
  uncovered_.reset();
}

void PlanSession::refresh() {
  // By name: the plan held before may be gone (the workspace read them anew).
  const std::string name = chosen_;
  choose(name);
}

bool PlanSession::choose(const std::string& name) {
  chosen_ = name;
  plan_ = nullptr;
  state_ = {};
  uncovered_.reset();
  for (const TrainingPlan& plan : workspace_->plans())
    if (plan.name == name) plan_ = &plan;
  if (!plan_) {
    chosen_.clear();
    return false;
  }
  state_ = evaluate_plan(*plan_, workspace_->files_for_year(plan_->year), workspace_->policy());
  return true;
}

std::vector<CourseMonth> PlanSession::courses_by_month() const {
  std::vector<CourseMonth> months;
  if (!plan_) return months;
  std::vector<std::size_t> order(plan_->courses.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const int year = plan_->year;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const PlannedCourse& x = plan_->courses[a];
    const PlannedCourse& y = plan_->courses[b];
    return std::tuple<Date, const std::string&>(x.first_day(year), x.title) <
           std::tuple<Date, const std::string&>(y.first_day(year), y.title);
  });
  for (const std::size_t index : order) {
    const int month = plan_->courses[index].first_day(year).month();
    if (months.empty() || months.back().month != month) months.push_back({month, {}});
    months.back().courses.push_back(index);
  }
  return months;
}

std::vector<std::size_t> PlanSession::select(const PlanWorkerFilter& filter) const {
  std::vector<std::size_t> rows;
  if (!plan_) return rows;
  const PlannedCourse* course = plan_->course(filter.course);
  // Who is on the course, and who is on another course held on one of its
  // days: only when the filter asks (a city's plan has 90,000 assignments).
  const bool by_course =
      filter.show == PlanWorkerShow::on_course || filter.show == PlanWorkerShow::can_join;
  std::unordered_set<std::string_view> clashing;  // the other courses on its days
  if (course && filter.show == PlanWorkerShow::can_join)
    for (const PlannedCourse& other : plan_->courses)
      if (other.title != course->title &&
          std::any_of(other.dates.begin(), other.dates.end(), [&](Date day) {
            return std::find(course->dates.begin(), course->dates.end(), day) !=
                   course->dates.end();
          }))
        clashing.insert(other.title);
  std::unordered_set<std::string_view> on_course, busy;
  if (course && by_course)
    for (const Assignment& a : plan_->assignments) {
      if (a.course == course->title) on_course.insert(a.id_number);
      if (!clashing.empty() && clashing.contains(a.course)) busy.insert(a.id_number);
    }
  const Date first_day = course ? course->first_day(plan_->year) : Date();
  for (std::size_t i = 0; i < state_.workers.size(); ++i) {
    const PlanWorker& worker = state_.workers[i];
    const Worker& w = worker.file->worker;
    if (!filter.street.empty() && w.org.street != filter.street) continue;
    if (!filter.community.empty() && w.org.community != filter.community) continue;
    if (!search_matches(w, filter.search)) continue;
    switch (filter.show) {
      case PlanWorkerShow::all:
        break;
      case PlanWorkerShow::not_covered:
        if (worker.covered()) continue;
        break;
      case PlanWorkerShow::on_course:
        if (!course || !on_course.contains(w.id_number)) continue;
        break;
      case PlanWorkerShow::can_join: {
        if (!course || on_course.contains(w.id_number)) continue;
        if (course_fit(worker, *course, plan_->year, first_day) != CourseFit::fits) continue;
        if (busy.contains(w.id_number)) continue;  // on another course that day
        break;
      }
    }
    rows.push_back(i);
  }
  return rows;
}

std::vector<std::pair<std::string, std::string>> PlanSession::places() const {
  std::set<std::pair<std::string, std::string>> places;
  for (const PlanWorker& worker : state_.workers)
    places.emplace(worker.file->worker.org.street, worker.file->worker.org.community);
  return {places.begin(), places.end()};
}

std::vector<PlanWarning> PlanSession::warnings() const {
  std::vector<PlanWarning> warnings;
  if (!plan_) return warnings;
  for (const PlanCourseSeats& seats : state_.courses)
    if (seats.over_full())
      warnings.push_back({PlanWarning::Kind::over_full, seats.course->title, seats.seats_taken,
                          seats.course->capacity, 0});
  PlanWarning short_of{PlanWarning::Kind::not_covered, {}, 0, 0, 0};
  for (const PlanWorker& worker : state_.workers)
    if (!worker.covered()) {
      ++short_of.count;
      short_of.half_hours += worker.missing_half_hours;
    }
  if (short_of.count > 0) warnings.push_back(short_of);
  for (const PlanCourseSeats& seats : state_.courses)
    if (!seats.held() && seats.seats_taken > 0 &&
        seats.course->taken_place(plan_->year, workspace_->today()))
      warnings.push_back({PlanWarning::Kind::unmarked, seats.course->title, 0, 0, 0});
  return warnings;
}

const std::vector<UncoveredWorker>& PlanSession::uncovered() {
  if (!uncovered_) {
    uncovered_.emplace();
    if (plan_)
      *uncovered_ = uncovered_workers(*plan_, workspace_->files_for_year(plan_->year),
                                      workspace_->policy(), recent_hours());
  }
  return *uncovered_;
}

const std::map<std::string, CategoryHours>& PlanSession::recent_hours() {
  const int year = plan_->year;
  if (!recent_ || recent_->year != year || recent_->records != workspace_->records_loaded())
    recent_ = RecentHours{year, workspace_->records_loaded(),
                          workspace_->store().category_hours(recent_window(year))};
  return recent_->hours;
}

const PlanCourseSeats* PlanSession::seats(const std::string& course) const {
  for (const PlanCourseSeats& seats : state_.courses)
    if (seats.course->title == course) return &seats;
  return nullptr;
}

PlanSession::Edit PlanSession::create_plan(const std::string& name, int year,
                                           const PlanScope& scope) const {
  return app::create_plan(*workspace_, name, year, scope);
}

PlanSession::Edit PlanSession::delete_plan() const {
  if (!plan_) return refused(tr("Choose a plan first."));
  Edit edit;
  ChangeSet change;
  change.description = "plan delete " + plan_->name;
  change.delete_plans.push_back(plan_->name);
  edit.change = std::move(change);
  return edit;
}

PlanSession::Edit PlanSession::save_course(const FieldValues& fields,
                                           const std::string& replacing) const {
  if (!plan_) return refused(tr("Choose a plan first."));
  ParsedCourse parsed = parse_course(fields, plan_->year, workspace_->policy());
  Edit edit;
  if (!parsed.ok()) {
    edit.problems = std::move(parsed.problems);
    return edit;
  }
  return app::save_course(*plan_, std::move(parsed.record), replacing);
}

PlanSession::Edit PlanSession::delete_course(const std::string& title) const {
  if (!plan_) return refused(tr("Choose a plan first."));
  return app::delete_course(*plan_, title);
}

namespace {

// An edit that would change nothing (everyone was on the course already):
// nothing to apply, nothing to say.
PlanSession::Edit unless_nothing(PlanSession::Edit edit) {
  if (edit.change && edit.change->empty()) edit.change.reset();
  return edit;
}

}  // namespace

PlanSession::Edit PlanSession::assign(const std::string& title,
                                      const std::vector<std::string>& id_numbers) const {
  if (!plan_) return refused(tr("Choose a plan first."));
  return unless_nothing(app::assign(*workspace_, *plan_, title, id_numbers));
}

PlanSession::Edit PlanSession::unassign(const std::string& title,
                                        const std::vector<std::string>& id_numbers) const {
  if (!plan_) return refused(tr("Choose a plan first."));
  return unless_nothing(app::unassign(*plan_, title, id_numbers));
}

PlanSession::FillInput PlanSession::fill_input() {
  if (!plan_) return {};
  return {&*plan_, workspace_->files_for_year(plan_->year), workspace_->policy(), &recent_hours()};
}

PlanSession::Edit PlanSession::fill(const FillInput& input, FillExplanation& explanation,
                                    Progress& progress) {
  explanation = {};
  if (!input.plan) return refused(tr("Choose a plan first."));
  const TrainingPlan& plan = *input.plan;
  const PlanFill result = fill_plan(plan, input.files, input.policy, *input.recent, progress);
  explanation.assignments_added = result.added.size();
  std::set<std::string_view> given;
  for (const Assignment& a : result.added) given.insert(a.id_number);
  explanation.workers_given_courses = given.size();
  explanation.uncovered = result.uncovered;
  for (const UncoveredWorker& u : result.uncovered) ++explanation.uncovered_by_reason[u.reason];
  if (result.added.empty()) return {};
  ChangeSet change;
  change.description = "plan fill " + plan.name;
  for (const Assignment& a : result.added) change.add_assignments.push_back({plan.name, a});
  return {std::move(change), {}};
}

bool PlanSession::can_mark_attendance(const std::string& title) const {
  const PlannedCourse* course = plan_ ? plan_->course(title) : nullptr;
  if (!course || !course->taken_place(plan_->year, workspace_->today())) return false;
  return std::any_of(plan_->assignments.begin(), plan_->assignments.end(),
                     [&](const Assignment& a) { return a.course == title; });
}

PlanSession::Edit PlanSession::attend(const std::string& title,
                                      const std::vector<std::string>& absent) const {
  if (!plan_) return refused(tr("Choose a plan first."));
  return app::attend(*workspace_, *plan_, title, absent);
}

std::vector<PlanProgress> plan_progress(const Workspace& workspace) {
  std::vector<PlanProgress> progress;
  for (const TrainingPlan& plan : workspace.plans())
    if (plan.year == workspace.year())
      progress.push_back(
          {plan.name, totals_of(evaluate_plan(plan, workspace.files_for_year(plan.year),
                                              workspace.policy()))});
  std::sort(progress.begin(), progress.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  return progress;
}

}  // namespace cwt
