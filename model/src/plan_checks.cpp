// The checks a training plan and its courses must pass before they are
// stored, whatever front end made them (the command line, the Planning page,
// an import of courses): the same limits a training record has, since a
// course held becomes one training record per attendee.
#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"
#include "cwt/model/training_plan.hpp"
#include "cwt/model/validation.hpp"

namespace cwt {

namespace {

void check_text(Problems& problems, const char* field, std::string_view text,
                std::size_t max_chars) {
  if (auto problem = text_problem(text, max_chars)) problems.push_back({field, *problem});
}

}  // namespace

std::string normalized_plan_name(std::string_view name) { return std::string(trim_blanks(name)); }

std::string no_plan_named(std::string_view name, std::span<const TrainingPlan> plans) {
  if (plans.empty())
    // TRANSLATORS: {1} a plan's name in quotes.
    return tr("there is no training plan named {1}, nor any other yet", shown(name));
  const bool chinese = message_language() == Language::zh;
  std::string names;
  for (const TrainingPlan& plan : plans)
    names += (names.empty() ? "" : chinese ? "、" : ", ") + shown(plan.name);
  // TRANSLATORS: {1} a plan's name in quotes, {2} the names of the plans on file.
  return tr("there is no training plan named {1}; the plans are: {2}", shown(name), names);
}

Problems check_course(const PlannedCourse& course, int year, const Policy& policy) {
  Problems problems;
  if (trim_blanks(course.title).empty())
    problems.push_back({"title", tr("the course's title is empty")});
  check_text(problems, "title", course.title, kMaxLongChars);
  check_text(problems, "provider", course.provider, kMaxLongChars);
  // The hours a course credits each attendee are one training record.
  if (auto problem = record_hours_problem(course.half_hours, policy))
    problems.push_back({"hours", std::move(*problem)});
  if (course.dates.empty() && (course.month < 1 || course.month > 12))
    problems.push_back(
        {"month", tr("give the month the course is held in, or its dates, one of the two")});
  for (const Date& day : course.dates)
    if (day.is_special() || day.year() != year)
      problems.push_back({"dates", tr("{1} is not in the plan's year {2}",
                                      day.is_special() ? std::string("-") : to_iso(day), year)});
  if (course.capacity < 1 || course.capacity > kMaxCourseSeats)
    problems.push_back({"capacity", tr("{1} is not a number of seats (a whole number from 1)",
                                       shown(std::to_string(course.capacity)))});
  return problems;
}

Problems check_plan(const TrainingPlan& plan, const Policy& policy) {
  Problems problems;
  if (trim_blanks(plan.name).empty())
    problems.push_back({"name", tr("the plan's name is empty")});
  else if (plan.name != normalized_plan_name(plan.name))
    problems.push_back({"name", tr("the plan's name begins or ends with blanks")});
  check_text(problems, "name", plan.name, kMaxPlanNameChars);
  check_text(problems, "district", plan.scope.district, kMaxPlaceChars);
  check_text(problems, "street", plan.scope.street, kMaxPlaceChars);
  check_text(problems, "community", plan.scope.community, kMaxPlaceChars);
  if (plan.year < 1900 || plan.year > 2999)
    problems.push_back({"year", tr("{1} is not a year (1900 to 2999)", plan.year)});
  for (const PlannedCourse& course : plan.courses)
    for (auto& problem : check_course(course, plan.year, policy)) {
      // TRANSLATORS: {1} is a course's title, {2} what is wrong with it.
      problem.message = tr("course {1}: {2}", shown(course.title), problem.message);
      problems.push_back(std::move(problem));
    }
  return problems;
}

}  // namespace cwt
