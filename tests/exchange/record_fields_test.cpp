#include "cwt/exchange/record_fields.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "cwt/model/messages.hpp"
#include "support.hpp"

namespace cwt {
namespace {

using test::today;

// The problems of one field, so that a test can assert where a problem is.
std::vector<std::string> messages_of(const Problems& problems, std::string_view field) {
  std::vector<std::string> out;
  for (const auto& problem : problems)
    if (problem.field == field) out.push_back(problem.message);
  return out;
}

std::string fields_with_problems(const Problems& problems) {
  std::string out;
  for (const auto& problem : problems) out += problem.field + ": " + problem.message + "\n";
  return out;
}

FieldValues good_worker() {
  return {{"id_number", std::string(test::id_a)},
          {"name", "张三"},
          {"gender", "male"},
          {"birth_date", "1985-03-12"},
          {"ethnicity", "汉族"},
          {"political_status", "party_member"},
          {"education", "bachelor"},
          {"phone", "13800000000"},
          {"district", "和平区"},
          {"street", "小白楼街道"},
          {"community", "开封道社区"},
          {"hire_date", "2012-03-01"},
          {"leave_date", ""},
          {"position", "party_secretary"}};
}

FieldValues with(FieldValues values, std::string_view field, std::string_view value) {
  for (auto& [name, text] : values)
    if (name == field) {
      text = value;
      return values;
    }
  values.emplace_back(std::string(field), std::string(value));
  return values;
}

TEST(ParseWorker, ReadsEveryField) {
  const auto parsed = parse_worker(good_worker(), today);
  ASSERT_TRUE(parsed.ok()) << fields_with_problems(parsed.problems);
  const Worker& w = parsed.record;
  EXPECT_EQ(w.id_number, test::id_a);
  EXPECT_EQ(w.name, "张三");
  EXPECT_EQ(w.gender, Gender::male);
  EXPECT_EQ(w.birth_date, Date(1985, 3, 12));
  EXPECT_EQ(w.ethnicity, "汉族");
  EXPECT_EQ(w.political_status, PoliticalStatus::party_member);
  EXPECT_EQ(w.education, Education::bachelor);
  EXPECT_EQ(w.phone, "13800000000");
  EXPECT_EQ(w.org, (OrgPath{"和平区", "小白楼街道", "开封道社区"}));
  EXPECT_EQ(w.hire_date, Date(2012, 3, 1));
  EXPECT_EQ(w.leave_date, std::nullopt);
  EXPECT_EQ(w.position, Position::party_secretary);
  EXPECT_TRUE(w.history.empty());
}

TEST(ParseWorker, ChineseLabelsAndOtherDateForms) {
  auto values = good_worker();
  values = with(values, "gender", "男");
  values = with(values, "birth_date", "1985年3月12日");
  values = with(values, "political_status", "群众");
  values = with(values, "education", "大专以下");
  values = with(values, "hire_date", "2012/3/1");
  values = with(values, "leave_date", "2024年12月1日");
  values = with(values, "position", "书记、主任\"一肩挑\"");
  const auto parsed = parse_worker(values, today);
  ASSERT_TRUE(parsed.ok()) << fields_with_problems(parsed.problems);
  EXPECT_EQ(parsed.record.political_status, PoliticalStatus::masses);
  EXPECT_EQ(parsed.record.education, Education::below_college);
  EXPECT_EQ(parsed.record.hire_date, Date(2012, 3, 1));
  EXPECT_EQ(parsed.record.leave_date, Date(2024, 12, 1));
  EXPECT_EQ(parsed.record.position, Position::secretary_director);
}

TEST(ParseWorker, GenderAndBirthDateComeFromTheIdNumberWhenEmpty) {
  auto values = with(with(good_worker(), "gender", ""), "birth_date", "");
  values = with(values, "id_number", test::id_b);
  const auto parsed = parse_worker(values, today);
  ASSERT_TRUE(parsed.ok()) << fields_with_problems(parsed.problems);
  EXPECT_EQ(parsed.record.gender, Gender::female);
  EXPECT_EQ(parsed.record.birth_date, Date(1990, 1, 1));
}

TEST(ParseWorker, FifteenDigitIdNumberIsStoredInEighteenDigits) {
  const auto parsed = parse_worker(with(good_worker(), "id_number", test::id_a15), today);
  ASSERT_TRUE(parsed.ok()) << fields_with_problems(parsed.problems);
  EXPECT_EQ(parsed.record.id_number, test::id_a);
}

TEST(ParseWorker, GivenGenderOrBirthDateMustAgreeWithTheIdNumber) {
  const auto gender = parse_worker(with(good_worker(), "gender", "女"), today);
  EXPECT_EQ(messages_of(gender.problems, "gender").size(), 1u)
      << fields_with_problems(gender.problems);
  EXPECT_EQ(gender.problems.size(), 1u);

  const auto birth = parse_worker(with(good_worker(), "birth_date", "1985-03-13"), today);
  EXPECT_EQ(messages_of(birth.problems, "birth_date").size(), 1u)
      << fields_with_problems(birth.problems);
  EXPECT_EQ(birth.problems.size(), 1u);
}

TEST(ParseWorker, LeaveBeforeHireIsAProblemOfTheLeaveDate) {
  const auto parsed = parse_worker(with(good_worker(), "leave_date", "2012-02-29"), today);
  ASSERT_EQ(parsed.problems.size(), 1u) << fields_with_problems(parsed.problems);
  EXPECT_EQ(parsed.problems[0].field, "leave_date");
}

TEST(ParseWorker, EveryProblemOfARecordIsListedOnce) {
  auto values = with(good_worker(), "name", "  ");
  values = with(values, "education", "小学");
  values = with(values, "hire_date", "2012-13-01");
  values = with(values, "position", "主任");
  const auto parsed = parse_worker(values, today);
  EXPECT_EQ(messages_of(parsed.problems, "name").size(), 1u);
  EXPECT_EQ(messages_of(parsed.problems, "education").size(), 1u);
  EXPECT_EQ(messages_of(parsed.problems, "hire_date").size(), 1u);
  EXPECT_EQ(messages_of(parsed.problems, "position").size(), 1u);
  EXPECT_EQ(parsed.problems.size(), 4u) << fields_with_problems(parsed.problems);
  const auto position = messages_of(parsed.problems, "position");
  EXPECT_NE(position[0].find("\"主任\""), std::string::npos) << position[0];
  // The choices: in English the codes a file may hold (English labels are
  // not read), never "code (label)", which only the command line shows.
  EXPECT_NE(position[0].find("grid_worker"), std::string::npos) << position[0];
  EXPECT_EQ(position[0].find("(社区党组织书记)"), std::string::npos) << position[0];
}

// Issue 22, item 6: the values a coded field accepts, as each reader types them.
TEST(ParseWorker, TheAcceptedValuesAreSaidAsTheReaderTypesThem) {
  const auto message = [] {
    return messages_of(parse_worker(with(good_worker(), "position", "主任"), today).problems,
                       "position")
        .at(0);
  };
  set_message_reader(Reader::command_line);
  const std::string command_line = message();
  set_message_reader(Reader::desktop);
  EXPECT_NE(command_line.find("party_secretary (社区党组织书记)"), std::string::npos)
      << command_line;
  // A Chinese window: the labels only.
  install_message_catalog({[](const char* msgid) { return std::string(msgid); }, {}, Language::zh});
  const std::string chinese = message();
  install_message_catalog({});
  EXPECT_NE(chinese.find("社区党组织书记，居委会主任，书记、主任"), std::string::npos) << chinese;
  EXPECT_EQ(chinese.find("party_secretary"), std::string::npos) << chinese;
}

TEST(ParseWorker, RequiredFieldsMustBeGiven) {
  const auto parsed = parse_worker({{"name", "张三"}}, today);
  for (const std::string_view field : {"id_number", "street", "community", "hire_date", "position"})
    EXPECT_EQ(messages_of(parsed.problems, field).size(), 1u) << field;
  EXPECT_TRUE(messages_of(parsed.problems, "district").empty());
  EXPECT_TRUE(messages_of(parsed.problems, "name").empty());
}

TEST(ParseWorker, IdNumberProblems) {
  for (const std::string_view bad : {test::id_wrong_check, test::id_impossible, test::id_future,
                                     std::string_view("12010119850312")}) {
    const auto parsed = parse_worker(with(good_worker(), "id_number", bad), today);
    ASSERT_EQ(messages_of(parsed.problems, "id_number").size(), 1u) << bad;
    EXPECT_EQ(parsed.problems.size(), 1u) << fields_with_problems(parsed.problems);
  }
}

TEST(ParseWorker, IdNumberThatExcelTurnedIntoANumber) {
  const auto parsed = parse_worker(with(good_worker(), "id_number", "1.20101E+17"), today);
  const auto messages = messages_of(parsed.problems, "id_number");
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_NE(messages[0].find("Excel"), std::string::npos) << messages[0];
  EXPECT_NE(messages[0].find("as text"), std::string::npos) << messages[0];
}

TEST(ParseWorker, UnknownFieldIsAProblem) {
  const auto parsed = parse_worker(with(good_worker(), "hire", "2012-03-01"), today);
  EXPECT_EQ(messages_of(parsed.problems, "hire").size(), 1u);
}

TEST(FieldsOf, RoundTripsThroughParseWorker) {
  auto values = with(good_worker(), "leave_date", "2024/12/1");
  values = with(values, "political_status", "");
  const auto first = parse_worker(values, today);
  ASSERT_TRUE(first.ok()) << fields_with_problems(first.problems);
  const auto again = parse_worker(fields_of(first.record), today);
  ASSERT_TRUE(again.ok()) << fields_with_problems(again.problems);
  EXPECT_EQ(again.record, first.record);
}

TEST(ParsePosition, ReadsARowAndChecksItsOrder) {
  const auto parsed = parse_position({{"id_number", std::string(test::id_a15)},
                                      {"position", "居委会主任"},
                                      {"start_date", "2015/1/1"},
                                      {"end_date", "2017年12月31日"}},
                                     today);
  ASSERT_TRUE(parsed.ok()) << fields_with_problems(parsed.problems);
  EXPECT_EQ(parsed.record.id_number, test::id_a);
  EXPECT_EQ(parsed.record.spell,
            (PositionSpell{Position::committee_director, Date(2015, 1, 1), Date(2017, 12, 31)}));

  const auto backwards = parse_position({{"id_number", std::string(test::id_a)},
                                         {"position", "grid_worker"},
                                         {"start_date", "2015-01-01"},
                                         {"end_date", "2014-12-31"}},
                                        today);
  ASSERT_EQ(backwards.problems.size(), 1u) << fields_with_problems(backwards.problems);
  EXPECT_EQ(backwards.problems[0].field, "end_date");
}

TEST(ParseExam, CodesLabelsAndScore) {
  const auto parsed = parse_exam({{"id_number", std::string(test::id_b)},
                                  {"exam_date", "2024/6/15"},
                                  {"exam", "社区工作者职业资格考试"},
                                  {"result", "合格"},
                                  {"score", "87.5"}},
                                 today);
  ASSERT_TRUE(parsed.ok()) << fields_with_problems(parsed.problems);
  EXPECT_EQ(parsed.record.exam, ExamKind::city_community);
  EXPECT_EQ(parsed.record.result, ExamResult::passed);
  EXPECT_EQ(parsed.record.score, 87.5);
  EXPECT_EQ(parsed.record.date, Date(2024, 6, 15));
}

TEST(ParseExam, FutureDateAndBadScore) {
  const auto parsed = parse_exam({{"id_number", std::string(test::id_b)},
                                  {"exam_date", "2025-06-16"},
                                  {"exam", "national_assistant"},
                                  {"result", "absent"},
                                  {"score", "101"}},
                                 today);
  EXPECT_EQ(messages_of(parsed.problems, "exam_date").size(), 1u);
  EXPECT_EQ(messages_of(parsed.problems, "score").size(), 1u);
  EXPECT_EQ(parsed.problems.size(), 2u) << fields_with_problems(parsed.problems);
}

TEST(ParseScore, DecimalFrom0To100OrEmpty) {
  EXPECT_EQ(*parse_score(""), std::nullopt);
  EXPECT_EQ(*parse_score(" 0 "), 0.0);
  EXPECT_EQ(*parse_score("100"), 100.0);
  EXPECT_EQ(*parse_score("59.5"), 59.5);
  for (const std::string_view bad :
       {"100.5", "-1", "1e2", "nan", "inf", "60分", ".5", "5.", "1.2.3"})
    EXPECT_FALSE(parse_score(bad).ok()) << bad;
}

TEST(ParseCertificate, ReadsAndChecksTheIssueDate) {
  const auto parsed = parse_certificate({{"id_number", std::string(test::id_c)},
                                         {"type", "社会工作者职业水平证书"},
                                         {"level", "助理社会工作师"},
                                         {"number", "No.2024-001"},
                                         {"issue_date", "2024-12-01"},
                                         {"issuer", "民政部"}},
                                        today);
  ASSERT_TRUE(parsed.ok()) << fields_with_problems(parsed.problems);
  EXPECT_EQ(parsed.record.type, CertificateType::national_sw);
  EXPECT_EQ(parsed.record.level, CertificateLevel::assistant);
  EXPECT_EQ(parsed.record.number, "No.2024-001");

  const auto future = parse_certificate(
      {{"id_number", std::string(test::id_c)}, {"type", "city_cw"}, {"issue_date", "2026-01-01"}},
      today);
  ASSERT_EQ(future.problems.size(), 1u) << fields_with_problems(future.problems);
  EXPECT_EQ(future.problems[0].field, "issue_date");

  const auto unknown = parse_certificate(
      {{"id_number", std::string(test::id_c)}, {"type", "驾驶证"}, {"issue_date", "2024-01-01"}},
      today);
  EXPECT_EQ(messages_of(unknown.problems, "type").size(), 1u);
}

TEST(ParseTraining, ReadsHoursCategoryAndVerified) {
  const auto parsed = parse_training({{"id_number", std::string(test::id_d)},
                                      {"date", "2025年3月1日"},
                                      {"hours", "2.5"},
                                      {"category", "社区实务"},
                                      {"course", "网格化管理"},
                                      {"provider", "区民政局"},
                                      {"verified", "否"}},
                                     today, Policy{});
  ASSERT_TRUE(parsed.ok()) << fields_with_problems(parsed.problems);
  EXPECT_EQ(parsed.record.half_hours, 5);
  EXPECT_EQ(parsed.record.category, TrainingCategory::practice);
  EXPECT_FALSE(parsed.record.verified);
  EXPECT_EQ(parsed.record.date, Date(2025, 3, 1));
}

TEST(ParseTraining, VerifiedDefaultsToYes) {
  const auto parsed = parse_training({{"id_number", std::string(test::id_d)},
                                      {"date", "2025-03-01"},
                                      {"hours", "4"},
                                      {"category", "skills"}},
                                     today, Policy{});
  ASSERT_TRUE(parsed.ok()) << fields_with_problems(parsed.problems);
  EXPECT_TRUE(parsed.record.verified);
}

TEST(ParseTraining, HoursMustBeAPositiveMultipleOfAHalf) {
  for (const std::string_view bad : {"2.3", "0", "-1", "0.0", "two", "1,5"}) {
    const auto parsed = parse_training({{"id_number", std::string(test::id_d)},
                                        {"date", "2025-03-01"},
                                        {"hours", std::string(bad)},
                                        {"category", "skills"}},
                                       today, Policy{});
    ASSERT_EQ(parsed.problems.size(), 1u) << bad << "\n" << fields_with_problems(parsed.problems);
    EXPECT_EQ(parsed.problems[0].field, "hours") << bad;
  }
}

TEST(ParseTraining, FutureDateUnknownCategoryAndBadVerified) {
  const auto parsed = parse_training({{"id_number", std::string(test::id_d)},
                                      {"date", "2025-06-16"},
                                      {"hours", "2"},
                                      {"category", "讲座"},
                                      {"verified", "maybe"}},
                                     today, Policy{});
  EXPECT_EQ(messages_of(parsed.problems, "date").size(), 1u);
  EXPECT_EQ(messages_of(parsed.problems, "category").size(), 1u);
  EXPECT_EQ(messages_of(parsed.problems, "verified").size(), 1u);
  EXPECT_EQ(parsed.problems.size(), 3u) << fields_with_problems(parsed.problems);
}

TEST(ParseYesNo, AllAcceptedSpellings) {
  for (const std::string_view yes : {"", "yes", "YES", "是", "true", "TRUE", "1", " Yes "})
    EXPECT_EQ(parse_yes_no(yes), true) << yes;
  for (const std::string_view no : {"no", "No", "否", "false", "FALSE", "0"})
    EXPECT_EQ(parse_yes_no(no), false) << no;
  for (const std::string_view bad : {"y", "n", "2", "对"})
    EXPECT_EQ(parse_yes_no(bad), std::nullopt);
}

TEST(FieldsOf, EveryRecordReadsBackAsItWas) {
  const std::string id(test::id_a);
  const ExamAttempt exam{id, Date(2020, 5, 9), ExamKind::national_assistant, ExamResult::passed,
                         72.5};
  EXPECT_EQ(parse_exam(fields_of(exam), today).record, exam);
  const Certificate certificate{
      id,      CertificateType::national_sw, CertificateLevel::assistant, "No. 7", Date(2021, 1, 2),
      "人社部"};
  EXPECT_EQ(parse_certificate(fields_of(certificate), today).record, certificate);
  const TrainingRecord record{id,     Date(2024, 3, 1), 5,    TrainingCategory::skills,
                              "课程", "机构",           false};
  const auto parsed = parse_training(fields_of(record), today, Policy{});
  EXPECT_TRUE(parsed.ok());
  EXPECT_EQ(parsed.record, record);
  const PositionRow row{id, {Position::deputy_director, Date(2019, 1, 1), Date(2021, 12, 31)}};
  EXPECT_EQ(parse_position(fields_of(row), today).record.spell, row.spell);
  TrainingEvent event;
  event.course = "岗前培训";
  event.category = TrainingCategory::induction;
  event.first_day = Date(2025, 3, 3);
  event.last_day = Date(2025, 3, 4);
  event.half_hours = 15;
  const auto read = parse_event(fields_of(event), today, Policy{});
  EXPECT_TRUE(read.ok());
  EXPECT_EQ(read.record, event);
  // A plan's course, held on dates and held in a month.
  PlannedCourse course;
  course.title = "书记主任班";
  course.category = TrainingCategory::quality;
  course.half_hours = 33;
  course.dates = {Date(2027, 3, 10), Date(2027, 3, 11)};
  course.capacity = 40;
  course.audience = Audience::leaders;
  course.provider = "区委党校";
  const auto read_course = parse_course(fields_of(course), 2027, Policy{});
  EXPECT_TRUE(read_course.ok());
  EXPECT_EQ(read_course.record, course);
  course.dates.clear();
  course.month = 11;
  EXPECT_EQ(parse_course(fields_of(course), 2027, Policy{}).record, course);
}

}  // namespace
}  // namespace cwt
