#include "cwt/demo/demo_plan.hpp"

#include "courses.hpp"
#include "cwt/model/plan_fill.hpp"
#include "cwt/model/training.hpp"

namespace cwt {

TrainingPlan make_demo_plan(const std::string& name, int year, int workers, int courses) {
  TrainingPlan plan;
  plan.name = name;
  plan.year = year;
  const auto street = demo_detail::street_courses();
  const auto leaders = demo_detail::leader_courses();
  // About 22 hours a worker, 8-hour courses: three seats a worker in all.
  const int seats = courses > 0 ? workers * 3 / courses + 1 : 0;
  for (int c = 0; c < courses; ++c) {
    const bool for_leaders = c % 10 == 0;
    const auto& list = for_leaders ? leaders : street;
    const std::size_t index = static_cast<std::size_t>(for_leaders ? c / 10 : c - c / 10 - 1);
    const demo_detail::Course& source = list[index % list.size()];
    PlannedCourse course;
    course.title = std::string(source.title);
    if (index >= list.size()) course.title += "（" + std::to_string(index / list.size() + 1) + "）";
    course.category = source.category;
    course.half_hours = 16;
    const int month = 1 + c % 12;
    if (c % 2 == 0) {
      // Two days in the month's second or third week.
      const auto day = static_cast<unsigned short>(8 + (c * 3) % 14);
      course.dates = {
          Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), day),
          Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
               static_cast<unsigned short>(day + 1))};
    } else {
      course.month = month;
    }
    course.capacity = seats;
    course.audience = for_leaders ? Audience::leaders : Audience::all;
    course.provider = for_leaders ? "区委党校" : "街道办事处";
    plan.courses.push_back(std::move(course));
  }
  return plan;
}

std::string demo_plan_name(int year) { return std::to_string(year) + "年度社区工作者培训计划"; }

ChangeSet make_demo_plan_change(Store& store, Date today, int courses) {
  const int year = today.year();
  TrainingPlan plan =
      make_demo_plan(demo_plan_name(year), year, static_cast<int>(store.worker_count()), courses);
  // As filled the autumn before: nothing of the year completed then.
  const auto files = store.worker_files(std::nullopt);
  const PlanFill fill =
      fill_plan(plan, files, store.policy(), store.category_hours(recent_window(year)));
  plan.assignments = fill.added;
  ChangeSet change;
  change.description = "demo plan " + plan.name;
  change.save_plans.push_back(plan);
  for (const PlannedCourse& course : plan.courses) {
    if (!course.taken_place(year, today)) continue;
    std::vector<std::string> absent;
    int on_course = 0;
    for (const Assignment& assignment : plan.assignments)
      if (assignment.course == course.title && ++on_course % 20 == 0)
        absent.push_back(assignment.id_number);
    if (on_course == 0) continue;
    change.attend_courses.push_back({plan.name, course.title, event_of(plan, course, absent)});
  }
  return change;
}

}  // namespace cwt
