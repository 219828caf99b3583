// check_course, check_plan and presence_problem: the rules a plan, its
// courses and an attendee must pass before anything is stored (issue 21).
#include <gtest/gtest.h>

#include "cwt/model/training_plan.hpp"

namespace cwt {
namespace {

PlannedCourse good_course() {
  PlannedCourse course;
  course.title = "春季班";
  course.category = TrainingCategory::practice;
  course.half_hours = 16;
  course.month = 3;
  course.capacity = 40;
  return course;
}

bool has_field(const Problems& problems, const std::string& field) {
  for (const auto& problem : problems)
    if (problem.field == field) return true;
  return false;
}

TEST(CheckCourse, AGoodCourseHasNoProblem) {
  EXPECT_TRUE(check_course(good_course(), 2027, Policy{}).empty());
}

TEST(CheckCourse, HoursAreOneTrainingRecordsAtMost) {
  Policy policy;
  PlannedCourse course = good_course();
  course.half_hours = policy.max_record_half_hours;
  EXPECT_TRUE(check_course(course, 2027, policy).empty());
  course.half_hours = policy.max_record_half_hours + 1;
  EXPECT_TRUE(has_field(check_course(course, 2027, policy), "hours"));
  course.half_hours = 10000;  // 5,000 hours
  EXPECT_TRUE(has_field(check_course(course, 2027, policy), "hours"));
  course.half_hours = 0;
  EXPECT_TRUE(has_field(check_course(course, 2027, policy), "hours"));
}

TEST(CheckCourse, TitleSeatsMonthAndDates) {
  PlannedCourse course = good_course();
  course.title = " ";
  EXPECT_TRUE(has_field(check_course(course, 2027, Policy{}), "title"));
  course = good_course();
  course.title = "a\nb";
  EXPECT_TRUE(has_field(check_course(course, 2027, Policy{}), "title"));
  course = good_course();
  course.capacity = 0;
  EXPECT_TRUE(has_field(check_course(course, 2027, Policy{}), "capacity"));
  course = good_course();
  course.month = 13;
  EXPECT_TRUE(has_field(check_course(course, 2027, Policy{}), "month"));
  course.month = 0;
  course.dates = {Date(2026, 12, 31)};
  EXPECT_TRUE(has_field(check_course(course, 2027, Policy{}), "dates"));
  course.dates = {Date(2027, 2, 28)};
  EXPECT_TRUE(check_course(course, 2027, Policy{}).empty());
}

TEST(CheckPlan, NameIsNormalizedOneLineAndShort) {
  TrainingPlan plan;
  plan.name = "2026年度培训计划";
  plan.year = 2026;
  EXPECT_TRUE(check_plan(plan, Policy{}).empty());
  EXPECT_EQ(normalized_plan_name("  2026年度培训计划 \t"), "2026年度培训计划");
  for (const std::string name : {std::string("  计划  "), std::string(""), std::string("a\nb"),
                                 std::string("a\x01"
                                             "b"),
                                 std::string(kMaxPlanNameChars + 1, 'x')}) {
    plan.name = name;
    EXPECT_TRUE(has_field(check_plan(plan, Policy{}), "name")) << name.size();
  }
  plan.name = std::string(kMaxPlanNameChars, 'x');
  EXPECT_TRUE(check_plan(plan, Policy{}).empty());
}

TEST(CheckPlan, EachCoursesProblemNamesTheCourse) {
  TrainingPlan plan;
  plan.name = "计划";
  plan.year = 2027;
  plan.courses = {good_course()};
  plan.courses[0].half_hours = 10000;
  const auto problems = check_plan(plan, Policy{});
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].field, "hours");
  EXPECT_NE(problems[0].message.find("春季班"), std::string::npos) << problems[0].message;
}

TEST(PresenceProblem, NoCreditForSomeoneWhoHadLeftByTheFirstDay) {
  Worker worker;
  worker.id_number = "120101199001010011";
  worker.name = "张三";
  TrainingEvent event;
  event.first_day = Date(2026, 5, 11);
  event.last_day = Date(2026, 5, 12);
  EXPECT_FALSE(presence_problem(worker, event));
  worker.leave_date = Date(2026, 5, 12);  // left during the event: was there on its first day
  EXPECT_FALSE(presence_problem(worker, event));
  worker.leave_date = Date(2026, 5, 11);  // the first day no longer employed
  const auto problem = presence_problem(worker, event);
  ASSERT_TRUE(problem);
  EXPECT_NE(problem->find("2026-05-11"), std::string::npos) << *problem;
  EXPECT_NE(problem->find("张三"), std::string::npos) << *problem;
}

TEST(PresenceProblem, OnlyTheNewlyPresentAreChecked) {
  Worker gone;
  gone.id_number = "120101199001010011";
  gone.name = "张三";
  gone.leave_date = Date(2026, 5, 1);
  Worker stays = gone;
  stays.id_number = "120101199101010012";
  stays.leave_date.reset();
  const auto worker_of = [&](std::string_view id) -> const Worker* {
    if (id == gone.id_number) return &gone;
    if (id == stays.id_number) return &stays;
    return nullptr;
  };
  TrainingEvent event;
  event.first_day = event.last_day = Date(2026, 5, 11);
  event.attendees = {{stays.id_number, Attendance::present},
                     {gone.id_number, Attendance::present},
                     {"120101198001010013", Attendance::present}};
  const auto problems = presence_problems(event, nullptr, worker_of);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].index, 1u);
  EXPECT_EQ(problems[0].field, "attendance");
  // Marked present before (the leave date typed since): editing the event
  // is not blocked by it.
  EXPECT_TRUE(presence_problems(event, &event, worker_of).empty());
  event.attendees[1].attendance = Attendance::absent;
  EXPECT_TRUE(presence_problems(event, nullptr, worker_of).empty());
}

}  // namespace
}  // namespace cwt
