// Training events: the record an attendee present is credited, and the checks
// an event must pass before it is stored.
#include "cwt/model/training_event.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support.hpp"

namespace cwt::test {
namespace {

using ::testing::HasSubstr;

const Date today = Date(2026, 11, 29);

TrainingEvent sample_event() {
  TrainingEvent event;
  event.course = "社区治理专题培训";
  event.category = TrainingCategory::practice;
  event.first_day = Date(2026, 10, 12);
  event.last_day = Date(2026, 10, 14);
  event.half_hours = 24;
  event.provider = "区委党校";
  event.attendees = {{make_id("120101", 1985, 3, 1, 11), Attendance::present},
                     {make_id("120101", 1990, 7, 9, 22), Attendance::absent},
                     {make_id("120101", 1979, 1, 30, 33), Attendance::registered}};
  return event;
}

// The fields of the problems, in order.
std::vector<std::string> fields_of(const Problems& problems) {
  std::vector<std::string> fields;
  for (const auto& problem : problems) fields.push_back(problem.field);
  return fields;
}

TEST(TrainingEvent, CreditsItsHoursOnItsLastDayAsAVerifiedRecord) {
  const TrainingEvent event = sample_event();
  const TrainingRecord record = credited_record(event, event.attendees[0].id_number);
  EXPECT_EQ(record.id_number, event.attendees[0].id_number);
  EXPECT_EQ(record.date, Date(2026, 10, 14));
  EXPECT_EQ(record.half_hours, 24);
  EXPECT_EQ(record.category, TrainingCategory::practice);
  EXPECT_EQ(record.course, "社区治理专题培训");
  EXPECT_EQ(record.provider, "区委党校");
  EXPECT_TRUE(record.verified);
  EXPECT_EQ(count_marked(event, Attendance::present), 1u);
  EXPECT_EQ(count_marked(event, Attendance::registered), 1u);
}

TEST(TrainingEvent, ASoundEventHasNoProblems) {
  EXPECT_TRUE(check_event(sample_event(), today, Policy{}).empty());
}

TEST(TrainingEvent, CourseDaysAndHoursAreChecked) {
  TrainingEvent event = sample_event();
  event.course = "  ";
  event.last_day = Date(2026, 10, 11);
  event.half_hours = 0;
  EXPECT_THAT(fields_of(check_event(event, today, Policy{})),
              ::testing::ElementsAre("course", "end_date", "hours"));

  event = sample_event();
  event.first_day = Date(2024, 1, 1);  // 653 days
  EXPECT_THAT(check_event(event, today, Policy{}).at(0).message, HasSubstr("366"));

  event = sample_event();
  event.half_hours = Policy{}.max_record_half_hours + 1;
  EXPECT_THAT(fields_of(check_event(event, today, Policy{})), ::testing::ElementsAre("hours"));
}

TEST(TrainingEvent, AttendanceIsMarkedOnlyOnceTheEventIsOver) {
  TrainingEvent event = sample_event();
  event.first_day = Date(2026, 11, 28);
  event.last_day = Date(2026, 11, 30);  // still running
  const Problems problems = check_event(event, today, Policy{});
  ASSERT_EQ(problems.size(), 2u);  // the present and the absent attendee
  EXPECT_EQ(problems[0].field, "attendance");
  EXPECT_EQ(problems[0].index, 0u);
  EXPECT_EQ(problems[1].index, 1u);
  EXPECT_THAT(problems[0].message, HasSubstr("once the event is over"));

  // Registering for a planned event is fine, up to a year ahead.
  for (auto& attendee : event.attendees) attendee.attendance = Attendance::registered;
  EXPECT_TRUE(check_event(event, today, Policy{}).empty());
  event.first_day = event.last_day = Date(2027, 12, 1);
  EXPECT_THAT(fields_of(check_event(event, today, Policy{})), ::testing::ElementsAre("date"));
}

TEST(TrainingEvent, EachAttendeeOnceAndOfWorkingAge) {
  TrainingEvent event = sample_event();
  event.attendees.push_back(event.attendees[0]);
  event.attendees.push_back({make_id("120101", 2012, 5, 5, 44), Attendance::present});  // 14
  const Problems problems = check_event(event, today, Policy{});
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].index, 3u);
  EXPECT_THAT(problems[0].message, HasSubstr("listed twice"));
  EXPECT_EQ(problems[1].index, 4u);
  EXPECT_EQ(problems[1].field, "end_date");
  EXPECT_THAT(problems[1].message, HasSubstr("16th birthday"));
}

}  // namespace
}  // namespace cwt::test
