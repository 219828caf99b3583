// Annual training planning: the plan's arithmetic (required with proration
// and mid-year leaders, completed, planned, missing; seats; coverage) and
// "fill the plan" (capacity and audiences kept, every coverable worker
// covered, the uncovered with their reasons, hand-made assignments kept, the
// same result twice), checked at the end by an independent computation:
// every course attended, every covered worker has met the year.
#include "cwt/model/training_plan.hpp"

#include <gtest/gtest.h>

#include <map>

#include "cwt/model/plan_fill.hpp"
#include "cwt/model/training.hpp"
#include "support.hpp"

namespace cwt {
namespace {

constexpr int kYear = 2027;

PlannedCourse course(std::string title, TrainingCategory category, int hours, int month,
                     int capacity, Audience audience, std::vector<Date> dates = {}) {
  PlannedCourse c;
  c.title = std::move(title);
  c.category = category;
  c.half_hours = hours * 2;
  c.month = month;
  c.dates = std::move(dates);
  c.capacity = capacity;
  c.audience = audience;
  return c;
}

WorkerFile file_of(Worker worker, std::int64_t completed_half_hours = 0) {
  WorkerFile file;
  file.worker = std::move(worker);
  file.completed_half_hours = completed_half_hours;
  return file;
}

const PlanWorker& entry(const PlanState& state, const std::string& id) {
  for (const auto& worker : state.workers)
    if (worker.file->worker.id_number == id) return worker;
  throw std::runtime_error("no worker " + id);
}

class TrainingPlanTest : public ::testing::Test {
 protected:
  void SetUp() override {
    policy_.proration = Proration::by_month;
    staff_ = test::make_worker(Date(1990, 1, 1), Date(2015, 3, 1), Position::grid_worker, 11);
    leader_ = test::make_worker(Date(1980, 2, 2), Date(2010, 3, 1), Position::party_secretary, 13);
    // Hired on 1 July: six months of the year, so half of 20 hours.
    joiner_ = test::make_worker(Date(1995, 3, 3), Date(kYear, 7, 1), Position::grid_worker, 15);
    // Leaves on 1 April: January to March, a quarter of 20 hours.
    leaver_ = test::make_worker(Date(1985, 4, 4), Date(2012, 1, 1), Position::community_staff, 17);
    leaver_.leave_date = Date(kYear, 4, 1);
    // A member who becomes the committee director on 1 September: a leader this year.
    promoted_ =
        test::make_worker(Date(1988, 5, 5), Date(2014, 1, 1), Position::committee_member, 19);
    promoted_.history = {{Position::committee_member, Date(2014, 1, 1), Date(kYear, 8, 31)},
                         {Position::committee_director, Date(kYear, 9, 1), std::nullopt}};
    promoted_.position = Position::committee_director;
    elsewhere_ = test::make_worker(Date(1991, 6, 6), Date(2016, 1, 1), Position::grid_worker, 21);
    elsewhere_.org = {"南开区", "长虹街道", "长虹社区"};
    files_ = {file_of(staff_, 6), file_of(leader_),   file_of(joiner_),
              file_of(leaver_),   file_of(promoted_), file_of(elsewhere_)};
    plan_.name = "2027年培训计划";
    plan_.year = kYear;
    plan_.scope = {"和平区", "劝业场街道", ""};
  }
  Policy policy_;
  Worker staff_, leader_, joiner_, leaver_, promoted_, elsewhere_;
  std::vector<WorkerFile> files_;
  TrainingPlan plan_;
};

TEST_F(TrainingPlanTest, RequiredCompletedPlannedAndMissingPerWorker) {
  plan_.courses = {course("社区治理", TrainingCategory::practice, 8, 3, 30, Audience::all),
                   course("书记主任班", TrainingCategory::quality, 16, 5, 10, Audience::leaders),
                   course("已结束课程", TrainingCategory::skills, 4, 2, 10, Audience::all)};
  plan_.assignments = {{staff_.id_number, "社区治理", true, Attendance::registered},
                       {leader_.id_number, "书记主任班", true, Attendance::registered},
                       {leader_.id_number, "社区治理", true, Attendance::registered},
                       {staff_.id_number, "已结束课程", true, Attendance::present},
                       {leaver_.id_number, "已结束课程", true, Attendance::absent}};
  const PlanState state = evaluate_plan(plan_, files_, policy_);
  ASSERT_EQ(state.workers.size(), 5u) << "the worker of another district is out of scope";

  const PlanWorker& staff = entry(state, staff_.id_number);
  EXPECT_FALSE(staff.leader);
  EXPECT_EQ(staff.required_half_hours, 40);
  EXPECT_EQ(staff.completed_half_hours, 6);
  EXPECT_EQ(staff.planned_half_hours, 16) << "the attended course is a record, not planned";
  EXPECT_EQ(staff.missing_half_hours, 40 - 6 - 16);
  EXPECT_EQ(staff.courses, (std::vector<std::string>{"社区治理"}));

  const PlanWorker& leader = entry(state, leader_.id_number);
  EXPECT_TRUE(leader.leader);
  EXPECT_EQ(leader.required_half_hours, 80);
  EXPECT_EQ(leader.planned_half_hours, 48);
  EXPECT_EQ(leader.missing_half_hours, 32);

  EXPECT_EQ(entry(state, joiner_.id_number).required_half_hours, 20);  // July to December
  EXPECT_EQ(entry(state, leaver_.id_number).required_half_hours, 10);  // January to March
  const PlanWorker& promoted = entry(state, promoted_.id_number);
  EXPECT_TRUE(promoted.leader) << "a leader from September: the leader requirement";
  EXPECT_EQ(promoted.required_half_hours, 80);

  // Seats: registered and present take one; absent gives it back.
  EXPECT_EQ(state.courses[0].seats_taken, 2);
  EXPECT_EQ(state.courses[1].seats_taken, 1);
  EXPECT_EQ(state.courses[2].seats_taken, 1);
  ASSERT_EQ(state.communities.size(), 1u);
  EXPECT_EQ(state.communities[0].workers, 5);
  EXPECT_EQ(state.communities[0].covered, 0);
  ASSERT_EQ(state.streets.size(), 1u);
  EXPECT_EQ(state.streets[0].street, "劝业场街道");
}

// Progress during the year: per course the places attended and missed, per
// worker the hours attended on the plan, per community the workers whose
// records meet the year already, and the plan's totals.
TEST_F(TrainingPlanTest, ProgressPlannedAgainstDone) {
  plan_.courses = {course("社区治理", TrainingCategory::practice, 8, 3, 30, Audience::all),
                   course("已结束课程", TrainingCategory::skills, 4, 2, 1, Audience::all)};
  plan_.courses[1].event_id = 9;  // attendance marked
  plan_.assignments = {{staff_.id_number, "已结束课程", true, Attendance::present},
                       {leaver_.id_number, "已结束课程", true, Attendance::absent},
                       {joiner_.id_number, "已结束课程", true, Attendance::registered},
                       {staff_.id_number, "社区治理", true, Attendance::registered}};
  // The staff member's 8 attended hours are among the completed (a record now),
  // and 20 more from elsewhere: 40 half hours, the year met.
  files_[0].completed_half_hours = 8 + 40;
  files_[3].completed_half_hours = 10;  // the leaver: a quarter of 20 hours, met
  const PlanState state = evaluate_plan(plan_, files_, policy_);

  EXPECT_EQ(state.courses[0].present, 0);
  EXPECT_FALSE(state.courses[0].held());
  EXPECT_TRUE(state.courses[1].held());
  EXPECT_EQ(state.courses[1].present, 1);
  EXPECT_EQ(state.courses[1].absent, 1);
  EXPECT_EQ(state.courses[1].seats_taken, 2) << "present and registered, the absent not";
  EXPECT_TRUE(state.courses[1].over_full());

  const PlanWorker& staff = entry(state, staff_.id_number);
  EXPECT_EQ(staff.attended_half_hours, 8);
  EXPECT_EQ(staff.planned_half_hours, 16);
  EXPECT_TRUE(staff.met());
  EXPECT_TRUE(entry(state, leaver_.id_number).met());
  EXPECT_FALSE(entry(state, leader_.id_number).met());
  EXPECT_EQ(entry(state, leaver_.id_number).attended_half_hours, 0) << "absent";

  ASSERT_EQ(state.communities.size(), 1u);
  EXPECT_EQ(state.communities[0].met, 2);
  EXPECT_EQ(state.streets[0].met, 2);

  const PlanTotals totals = totals_of(state);
  EXPECT_EQ(totals.workers, 5);
  EXPECT_EQ(totals.met, 2);
  EXPECT_EQ(totals.covered, 2) << "the staff member and the leaver need nothing more";
  EXPECT_EQ(totals.courses, 2);
  EXPECT_EQ(totals.courses_held, 1);
  EXPECT_EQ(totals.over_full_courses, 1);
  EXPECT_EQ(totals.seats_taken, 3);
  EXPECT_EQ(totals.present, 1);
  EXPECT_EQ(totals.absent, 1);
  EXPECT_EQ(totals.attended_half_hours, 8);
  EXPECT_EQ(totals.planned_half_hours, 16 + 8) << "the staff member's course and the joiner's";
}

TEST_F(TrainingPlanTest, FillCoversEveryCoverableWorkerWithinSeatsAndAudiences) {
  plan_.courses = {
      course("社区实务一", TrainingCategory::practice, 8, 3, 3, Audience::all,
             {Date(kYear, 3, 10)}),
      course("技能提升", TrainingCategory::skills, 8, 3, 3, Audience::staff, {Date(kYear, 3, 10)}),
      course("综合素质", TrainingCategory::quality, 6, 10, 5, Audience::all),
      course("领导力", TrainingCategory::quality, 24, 10, 2, Audience::leaders),
      course("继续教育", TrainingCategory::continuing, 12, 11, 5, Audience::all)};
  // A hand-made assignment, kept as it is.
  plan_.assignments = {{leader_.id_number, "继续教育", true, Attendance::registered}};
  std::map<std::string, CategoryHours> recent;
  recent[staff_.id_number][TrainingCategory::practice] = 60;  // had much practice lately

  const PlanFill fill = fill_plan(plan_, files_, policy_, recent);
  EXPECT_EQ(fill_plan(plan_, files_, policy_, recent).added, fill.added) << "deterministic";

  TrainingPlan filled = plan_;
  filled.assignments.insert(filled.assignments.end(), fill.added.begin(), fill.added.end());
  EXPECT_EQ(filled.assignments.front(), plan_.assignments.front());
  const PlanState state = evaluate_plan(filled, files_, policy_);
  for (const auto& seats : state.courses)
    EXPECT_LE(seats.seats_taken, seats.course->capacity) << seats.course->title;
  for (const Assignment& a : fill.added) {
    EXPECT_FALSE(a.by_hand);
    const bool leader = entry(state, a.id_number).leader;
    EXPECT_TRUE(audience_includes(filled.course(a.course)->audience, leader))
        << a.id_number << " on " << a.course;
  }
  // The leaver (until 1 April) can only take the March courses; the joiner
  // (from 1 July) only the autumn ones.
  for (const Assignment& a : fill.added) {
    if (a.id_number == leaver_.id_number) {
      EXPECT_LT(filled.course(a.course)->last_day(kYear), Date(kYear, 4, 1)) << a.course;
    }
    if (a.id_number == joiner_.id_number) {
      EXPECT_GE(filled.course(a.course)->first_day(kYear), Date(kYear, 7, 1)) << a.course;
    }
  }
  // The staff worker with 60 recent hours of practice gets the skills course, not practice.
  bool skills = false, practice = false;
  for (const Assignment& a : fill.added)
    if (a.id_number == staff_.id_number) {
      skills = skills || a.course == "技能提升";
      practice = practice || a.course == "社区实务一";
    }
  EXPECT_TRUE(skills);
  EXPECT_FALSE(practice) << "both on 10 March: one of them, the category had least of";
  // Enough seats for all: everyone covered, nobody more than one course beyond.
  EXPECT_TRUE(fill.uncovered.empty()) << reason_code(fill.uncovered.front().reason);
  for (const PlanWorker& worker : state.workers) {
    EXPECT_EQ(worker.missing_half_hours, 0) << worker.file->worker.id_number;
    // What is planned beyond the requirement is less than one of their
    // courses: the last one placed made up the rest.
    int largest = 0;
    for (const auto& title : worker.courses)
      largest = std::max(largest, filled.course(title)->half_hours);
    EXPECT_LT(worker.completed_half_hours + worker.planned_half_hours - worker.required_half_hours,
              largest)
        << worker.file->worker.id_number << ": planned more than one course beyond";
  }
}

TEST_F(TrainingPlanTest, TheUncoveredAreListedWithTheirReason) {
  // Only staff courses, all in the autumn, with two seats.
  plan_.courses = {course("秋季班", TrainingCategory::practice, 20, 10, 2, Audience::staff)};
  const PlanFill fill = fill_plan(plan_, files_, policy_, {});
  std::map<std::string, UncoveredReason> reasons;
  for (const auto& u : fill.uncovered) reasons[u.id_number] = u.reason;
  EXPECT_EQ(reasons.at(leader_.id_number), UncoveredReason::no_course_for_audience);
  EXPECT_EQ(reasons.at(promoted_.id_number), UncoveredReason::no_course_for_audience);
  EXPECT_EQ(reasons.at(leaver_.id_number), UncoveredReason::leaves_too_early);
  // Two seats for the staff worker and the joiner: both covered.
  EXPECT_FALSE(reasons.contains(staff_.id_number));
  EXPECT_FALSE(reasons.contains(joiner_.id_number));
  EXPECT_EQ(fill.added.size(), 2u);

  plan_.courses[0].capacity = 1;
  const PlanFill crowded = fill_plan(plan_, files_, policy_, {});
  std::size_t short_of_seats = 0;
  for (const auto& u : crowded.uncovered)
    if (u.reason == UncoveredReason::not_enough_seats) ++short_of_seats;
  EXPECT_EQ(short_of_seats, 1u);
  EXPECT_EQ(reason_code(UncoveredReason::not_enough_seats), "not_enough_seats");
}

// Independently of the plan's arithmetic: every assignment attended becomes a
// verified record of its course's hours, dated on its last day; at the end of
// the year training_on() finds every covered worker's requirement met.
TEST_F(TrainingPlanTest, AfterFillingAndAttendingEveryCoveredWorkerHasMetTheYear) {
  plan_.courses = {course("春季班", TrainingCategory::practice, 8, 3, 10, Audience::all),
                   course("夏季班", TrainingCategory::skills, 10, 6, 10, Audience::all),
                   course("秋季班", TrainingCategory::quality, 12, 10, 10, Audience::all),
                   course("冬季班", TrainingCategory::continuing, 16, 12, 10, Audience::all)};
  const PlanFill fill = fill_plan(plan_, files_, policy_, {});
  std::map<std::string, std::vector<TrainingRecord>> records;
  for (const Assignment& a : fill.added) {
    const PlannedCourse* c = plan_.course(a.course);
    TrainingRecord record;
    record.id_number = a.id_number;
    record.date = c->last_day(kYear);
    record.half_hours = c->half_hours;
    record.category = c->category;
    record.course = c->title;
    records[a.id_number].push_back(record);
  }
  std::set<std::string> uncovered;
  for (const auto& u : fill.uncovered) uncovered.insert(u.id_number);
  const Date year_end(kYear, 12, 31);
  int checked = 0;
  for (const WorkerFile& file : files_) {
    const Worker& worker = file.worker;
    if (!plan_.scope.contains(worker.org) || uncovered.contains(worker.id_number)) continue;
    const auto& mine = records[worker.id_number];
    const std::int64_t completed =
        file.completed_half_hours + completed_half_hours(mine, kYear, year_end);
    const TrainingResult result = training_on(worker, policy_, kYear, year_end, completed);
    EXPECT_EQ(result.status, TrainingStatus::met) << worker.id_number;
    ++checked;
  }
  EXPECT_EQ(checked, 5) << "every worker in scope is covered by these four courses";
}

}  // namespace
}  // namespace cwt
