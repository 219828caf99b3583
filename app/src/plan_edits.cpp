#include "cwt/app/plan_edits.hpp"

#include <algorithm>
#include <set>

#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"
#include "cwt/model/training_event.hpp"
#include "cwt/model/training_plan.hpp"

namespace cwt::app {

Edit create_plan(const OnFile& on_file, const std::string& name, int year, const PlanScope& scope) {
  TrainingPlan plan;
  plan.name = normalized_plan_name(name);
  plan.year = year;
  plan.scope = scope;
  if (auto problems = check_plan(plan, on_file.policy()); !problems.empty())
    return Edit{std::nullopt, std::move(problems)};
  if (plan_on_file(on_file, plan.name))
    return Edit::refusal("name", tr("a plan named {1} exists already", shown(plan.name)));
  ChangeSet change;
  change.description = "plan create " + plan.name;
  change.save_plans.push_back(std::move(plan));
  return Edit::of(std::move(change));
}

namespace {

Edit saved(TrainingPlan plan, std::string description) {
  ChangeSet change;
  change.description = std::move(description);
  change.save_plans.push_back(std::move(plan));
  return Edit::of(std::move(change));
}

bool is_on(const TrainingPlan& plan, std::string_view id, std::string_view title) {
  return std::any_of(plan.assignments.begin(), plan.assignments.end(),
                     [&](const Assignment& a) { return a.id_number == id && a.course == title; });
}

}  // namespace

std::string no_course_named(const TrainingPlan& plan, const std::string& title) {
  // TRANSLATORS: {1} a plan's name, {2} a course's title, both in quotes.
  return tr("plan {1} has no course {2}", shown(plan.name), shown(title));
}

Edit save_course(const TrainingPlan& plan, PlannedCourse course, const std::string& replacing) {
  if (course.title != replacing && plan.course(course.title))
    return Edit::refusal("title", tr("the plan has a course {1} already", shown(course.title)));
  TrainingPlan changed = plan;
  if (replacing.empty()) {
    const std::string title = course.title;
    changed.courses.push_back(std::move(course));
    return saved(std::move(changed), "plan add-course " + plan.name + ": " + title);
  }
  const auto old = std::find_if(changed.courses.begin(), changed.courses.end(),
                                [&](const PlannedCourse& c) { return c.title == replacing; });
  if (old == changed.courses.end())
    return Edit::refusal("course", no_course_named(plan, replacing));
  if (old->event_id != 0 && (course.dates != old->dates || course.month != old->month ||
                             course.half_hours != old->half_hours))
    return Edit::refusal(
        "", tr("{1} has taken place and its attendance is marked: its days and hours stay as "
               "recorded (correct the training event instead)",
               shown(replacing)));
  course.event_id = old->event_id;
  const std::string title = course.title;
  *old = std::move(course);
  for (Assignment& a : changed.assignments)
    if (a.course == replacing) a.course = title;
  return saved(std::move(changed), "plan edit-course " + plan.name + ": " + title);
}

Edit delete_course(const TrainingPlan& plan, const std::string& title) {
  const PlannedCourse* course = plan.course(title);
  if (!course) return Edit::refusal("course", no_course_named(plan, title));
  if (course->event_id != 0)
    return Edit::refusal(
        "",
        tr("{1} has taken place and its attendance is marked: it stays in the plan", shown(title)));
  TrainingPlan changed = plan;
  std::erase_if(changed.courses, [&](const PlannedCourse& c) { return c.title == title; });
  std::erase_if(changed.assignments, [&](const Assignment& a) { return a.course == title; });
  return saved(std::move(changed), "plan delete-course " + plan.name + ": " + title);
}

Edit assign(const OnFile& on_file, const TrainingPlan& plan, const std::string& title,
            const std::vector<std::string>& id_numbers) {
  if (!plan.course(title)) return Edit::refusal("course", no_course_named(plan, title));
  Problems problems;
  ChangeSet change;
  change.description = "plan assign " + plan.name + ": " + title;
  std::set<std::string_view> on;
  for (const Assignment& a : plan.assignments)
    if (a.course == title) on.insert(a.id_number);
  for (const std::string& id : id_numbers) {
    if (!on_file.worker(id)) {
      problems.push_back({"", tr("no worker with ID number {1}", id)});
      continue;
    }
    if (on.insert(id).second)
      change.add_assignments.push_back({plan.name, {id, title, true, Attendance::registered}});
  }
  if (!problems.empty()) return Edit{std::nullopt, std::move(problems)};
  return Edit::of(std::move(change));
}

Edit unassign(const TrainingPlan& plan, const std::string& title,
              const std::vector<std::string>& id_numbers) {
  if (!plan.course(title)) return Edit::refusal("course", no_course_named(plan, title));
  const std::set<std::string_view> ids(id_numbers.begin(), id_numbers.end());
  ChangeSet change;
  change.description = "plan unassign " + plan.name + ": " + title;
  for (const Assignment& a : plan.assignments)
    if (a.course == title && ids.contains(a.id_number) && a.attendance == Attendance::registered)
      change.remove_assignments.push_back({plan.name, a});
  return Edit::of(std::move(change));
}

Edit attend(const OnFile& on_file, const TrainingPlan& plan, const std::string& title,
            const std::vector<std::string>& absent) {
  const PlannedCourse* course = plan.course(title);
  if (!course) return Edit::refusal("course", no_course_named(plan, title));
  if (!course->taken_place(plan.year, on_file.today()))
    return Edit::refusal("", tr("{1} ends on {2}, after today: mark attendance once it has "
                                "taken place",
                                shown(title), to_iso(course->last_day(plan.year))));
  for (const std::string& id : absent)
    if (!is_on(plan, id, title))
      return Edit::refusal("absent", tr("{1} is not on {2}", id, shown(title)));
  TrainingEvent event = event_of(plan, *course, absent);
  if (event.attendees.empty()) return Edit::refusal("", tr("nobody is on {1}", shown(title)));
  // The course's hours, dates and texts are the event's: a problem is the
  // course's as a whole.
  if (Problems problems = check_event(event, on_file.today(), on_file.policy());
      !problems.empty()) {
    for (FieldProblem& problem : problems) {
      // TRANSLATORS: {1} a course's title, {2} what is wrong with it.
      problem.message = tr("course {1}: {2}", shown(title), problem.message);
      problem.field.clear();
    }
    return Edit{std::nullopt, std::move(problems)};
  }
  ChangeSet change;
  change.description = "plan attend " + plan.name + ": " + title;
  change.attend_courses.push_back({plan.name, title, std::move(event)});
  return Edit::of(std::move(change));
}

}  // namespace cwt::app
