// Record checks: each problem names the field (the DOMAIN.md column name).
#include "cwt/model/validation.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "cwt/model/messages.hpp"
#include "support.hpp"

namespace cwt {
namespace {

using test::make_certificate;
using test::make_exam;
using test::make_training;
using test::make_worker;

const Date kToday(2024, 6, 1);

std::vector<std::string> fields(const Problems& problems) {
  std::vector<std::string> result;
  for (const auto& problem : problems) {
    result.push_back(problem.field);
    EXPECT_FALSE(problem.message.empty()) << problem.field;
    EXPECT_EQ(problem.message.find('\n'), std::string::npos) << problem.message;
  }
  return result;
}

using Fields = std::vector<std::string>;

Worker valid_worker() {
  return make_worker(Date(1985, 4, 2), Date(2010, 5, 1), Position::community_staff);
}

TEST(CheckWorker, ValidWorkerHasNoProblems) {
  Worker worker = valid_worker();
  EXPECT_EQ(fields(check_worker(worker, kToday)), Fields{});
  worker.leave_date = worker.hire_date;  // not before the hire date
  EXPECT_EQ(fields(check_worker(worker, kToday)), Fields{});
  worker.leave_date = Date(2024, 1, 1);
  worker.history = {
      {Position::community_staff, Date(2010, 5, 1), Date(2019, 12, 31)},
      {Position::deputy_director, Date(2020, 1, 1), std::nullopt},
  };
  EXPECT_EQ(fields(check_worker(worker, kToday)), Fields{});
}

TEST(CheckWorker, LeaveBeforeHire) {
  Worker worker = valid_worker();
  worker.leave_date = Date(2010, 4, 30);
  EXPECT_EQ(fields(check_worker(worker, kToday)), Fields{"leave_date"});
}

TEST(CheckWorker, HireBeforeBirth) {
  Worker worker = valid_worker();
  worker.hire_date = Date(1980, 1, 1);
  EXPECT_EQ(fields(check_worker(worker, kToday)), Fields{"hire_date"});
}

TEST(CheckWorker, BirthDateAndGenderMustAgreeWithTheIdNumber) {
  Worker birth = valid_worker();
  birth.birth_date = Date(1985, 4, 3);
  EXPECT_EQ(fields(check_worker(birth, kToday)), Fields{"birth_date"});
  Worker gender = valid_worker();  // sequence 123: male
  gender.gender = Gender::female;
  EXPECT_EQ(fields(check_worker(gender, kToday)), Fields{"gender"});
}

TEST(CheckWorker, InvalidIdNumber) {
  Worker worker = valid_worker();
  worker.id_number.back() = worker.id_number.back() == '0' ? '1' : '0';  // wrong check character
  const auto problems = fields(check_worker(worker, kToday));
  EXPECT_NE(std::find(problems.begin(), problems.end(), "id_number"), problems.end());
}

TEST(CheckWorker, BirthDateInTheFuture) {
  // ID number, birth date and gender agree, but the birth date is tomorrow.
  Worker worker = make_worker(Date(2024, 6, 2), Date(2024, 6, 3));
  const auto problems = fields(check_worker(worker, kToday));
  const bool named = std::find(problems.begin(), problems.end(), "birth_date") != problems.end() ||
                     std::find(problems.begin(), problems.end(), "id_number") != problems.end();
  EXPECT_TRUE(named) << ::testing::PrintToString(problems);
}

TEST(CheckWorker, BlankRequiredText) {
  Worker name = valid_worker();
  name.name = "  ";
  EXPECT_EQ(fields(check_worker(name, kToday)), Fields{"name"});
  Worker street = valid_worker();
  street.org.street = "";
  EXPECT_EQ(fields(check_worker(street, kToday)), Fields{"street"});
  Worker community = valid_worker();
  community.org.community = "";
  EXPECT_EQ(fields(check_worker(community, kToday)), Fields{"community"});
  Worker district = valid_worker();
  district.org.district = "";  // optional
  EXPECT_EQ(fields(check_worker(district, kToday)), Fields{});
}

TEST(CheckWorker, IncludesHistoryProblems) {
  Worker worker = valid_worker();
  worker.history = {{Position::community_staff, Date(2015, 5, 1), Date(2015, 4, 30)}};
  EXPECT_EQ(fields(check_worker(worker, kToday)), Fields{"end_date"});
}

TEST(CheckWorker, SeveralProblemsAllListed) {
  Worker worker = valid_worker();
  worker.name = "";
  worker.leave_date = Date(2009, 1, 1);
  const auto problems = fields(check_worker(worker, kToday));
  EXPECT_EQ(problems.size(), 2u);
  EXPECT_NE(std::find(problems.begin(), problems.end(), "name"), problems.end());
  EXPECT_NE(std::find(problems.begin(), problems.end(), "leave_date"), problems.end());
}

TEST(CheckHistory, GoodHistories) {
  EXPECT_EQ(fields(check_history({})), Fields{});
  const std::vector<PositionSpell> adjacent{
      {Position::community_staff, Date(2018, 1, 1), Date(2020, 12, 31)},
      {Position::committee_member, Date(2021, 1, 1), Date(2021, 1, 1)},  // one day
      {Position::party_secretary, Date(2021, 1, 2), std::nullopt},
  };
  EXPECT_EQ(fields(check_history(adjacent)), Fields{});
  const std::vector<PositionSpell> with_gap{
      {Position::community_staff, Date(2018, 1, 1), Date(2018, 6, 30)},
      {Position::grid_worker, Date(2019, 1, 1), Date(2019, 12, 31)},
  };
  EXPECT_EQ(fields(check_history(with_gap)), Fields{});
}

TEST(CheckHistory, PositionEndingBeforeItStarts) {
  const std::vector<PositionSpell> history{
      {Position::community_staff, Date(2020, 5, 1), Date(2020, 4, 30)}};
  EXPECT_EQ(fields(check_history(history)), Fields{"end_date"});
  // The problem names the row it is about.
  const std::vector<PositionSpell> second_bad{
      {Position::community_staff, Date(2018, 1, 1), Date(2018, 12, 31)},
      {Position::committee_member, Date(2019, 5, 1), Date(2019, 4, 1)},
  };
  const auto problems = check_history(second_bad);
  ASSERT_EQ(fields(problems), Fields{"end_date"});
  EXPECT_EQ(problems[0].index, 1u);
}

TEST(CheckHistory, OverlappingRows) {
  const std::vector<PositionSpell> one_day{
      {Position::community_staff, Date(2018, 1, 1), Date(2020, 12, 31)},
      {Position::committee_member, Date(2020, 12, 31), std::nullopt},  // starts on the end day
  };
  const auto problems = check_history(one_day);
  ASSERT_EQ(fields(problems), Fields{"start_date"});
  EXPECT_EQ(problems[0].index, 1u);  // the row that starts too early
  const std::vector<PositionSpell> after_open{
      {Position::community_staff, Date(2018, 1, 1), std::nullopt},
      {Position::committee_member, Date(2020, 1, 1), Date(2020, 12, 31)},
  };
  EXPECT_EQ(fields(check_history(after_open)), Fields{"start_date"});
  const std::vector<PositionSpell> inside{
      {Position::community_staff, Date(2018, 1, 1), Date(2022, 12, 31)},
      {Position::committee_member, Date(2020, 1, 1), Date(2020, 12, 31)},  // wholly inside
  };
  EXPECT_EQ(fields(check_history(inside)), Fields{"start_date"});
}

TEST(CheckExam, DateNotInTheFuture) {
  const Worker worker = valid_worker();
  EXPECT_EQ(fields(check_exam(make_exam(worker, ExamResult::passed, kToday), kToday)), Fields{});
  EXPECT_EQ(fields(check_exam(make_exam(worker, ExamResult::passed, Date(2024, 6, 2)), kToday)),
            Fields{"exam_date"});
}

TEST(CheckCertificate, IssueDateNotInTheFuture) {
  const Worker worker = valid_worker();
  EXPECT_EQ(
      fields(check_certificate(make_certificate(worker, CertificateType::city_cw, kToday), kToday)),
      Fields{});
  EXPECT_EQ(fields(check_certificate(
                make_certificate(worker, CertificateType::city_cw, Date(2024, 6, 2)), kToday)),
            Fields{"issue_date"});
}

TEST(CheckTraining, HoursPositiveAndDateNotInTheFuture) {
  const Worker worker = valid_worker();
  EXPECT_EQ(fields(check_training(make_training(worker, kToday, 1), kToday, Policy{})), Fields{});
  EXPECT_EQ(fields(check_training(make_training(worker, kToday, 0), kToday, Policy{})),
            Fields{"hours"});
  EXPECT_EQ(fields(check_training(make_training(worker, kToday, -4), kToday, Policy{})),
            Fields{"hours"});
  EXPECT_EQ(fields(check_training(make_training(worker, Date(2024, 6, 2), 4), kToday, Policy{})),
            Fields{"date"});
  const auto both =
      fields(check_training(make_training(worker, Date(2025, 1, 1), 0), kToday, Policy{}));
  EXPECT_EQ(both.size(), 2u);
}

// Issue 7: records dated before the worker could work, dates typed far
// ahead, hours beyond a plausible record, texts a report cannot show.
TEST(CheckRecords, DatesBeforeTheSixteenthBirthdayAreRefused) {
  const Worker worker = valid_worker();  // born 1985-04-02: 16 on 2001-04-02
  const Date sixteenth(2001, 4, 2);
  EXPECT_EQ(fields(check_training(make_training(worker, sixteenth, 4), kToday, Policy{})),
            Fields{});
  const auto early = check_training(make_training(worker, Date(2001, 4, 1), 4), kToday, Policy{});
  EXPECT_EQ(fields(early), Fields{"date"});
  EXPECT_NE(early.front().message.find("16th birthday (2001-04-02"), std::string::npos)
      << early.front().message;
  EXPECT_EQ(fields(check_training(make_training(worker, Date(1900, 1, 1), 4), kToday, Policy{})),
            Fields{"date"});
  EXPECT_EQ(fields(check_exam(make_exam(worker, ExamResult::passed, Date(1990, 1, 1)), kToday)),
            Fields{"exam_date"});
  EXPECT_EQ(fields(check_exam(make_exam(worker, ExamResult::passed, sixteenth), kToday)), Fields{});
  EXPECT_EQ(fields(check_certificate(
                make_certificate(worker, CertificateType::city_cw, Date(1984, 1, 1)), kToday)),
            Fields{"issue_date"});
}

TEST(CheckRecords, TrainingHoursAboveTheRecordLimitAreRefused) {
  const Worker worker = valid_worker();
  Policy policy;
  EXPECT_EQ(policy.max_record_half_hours, 400);  // 200 class hours
  EXPECT_EQ(fields(check_training(make_training(worker, kToday, 400), kToday, policy)), Fields{});
  EXPECT_EQ(fields(check_training(make_training(worker, kToday, 180), kToday, policy)),
            Fields{});  // a degree course's 90 hours
  const auto over = check_training(make_training(worker, kToday, 401), kToday, policy);
  ASSERT_EQ(fields(over), Fields{"hours"});
  EXPECT_NE(over.front().message.find("200.5 class hours"), std::string::npos);
  // The setting by its name; its key only for the command line, where it is typed.
  EXPECT_NE(over.front().message.find("“Most hours per record”"), std::string::npos)
      << over.front().message;
  EXPECT_EQ(over.front().message.find("max_record_hours"), std::string::npos);
  set_message_reader(Reader::command_line);
  const auto typed = check_training(make_training(worker, kToday, 401), kToday, policy);
  set_message_reader(Reader::desktop);
  EXPECT_NE(typed.front().message.find("“Most hours per record” (max_record_hours)"),
            std::string::npos)
      << typed.front().message;
  policy.max_record_half_hours = 1000;
  EXPECT_EQ(fields(check_training(make_training(worker, kToday, 401), kToday, policy)), Fields{});
}

TEST(CheckWorker, DatesFarAheadAreRefused) {
  Worker worker = valid_worker();
  worker.hire_date = add_years(kToday, 1);
  EXPECT_EQ(fields(check_worker(worker, kToday)), Fields{});
  worker.hire_date = add_years(kToday, 1) + boost::gregorian::days(1);
  EXPECT_EQ(fields(check_worker(worker, kToday)), Fields{"hire_date"});
  worker.hire_date = Date(9999, 12, 31);
  EXPECT_EQ(fields(check_worker(worker, kToday)), Fields{"hire_date"});
  worker = valid_worker();
  worker.leave_date = add_years(kToday, 10);
  EXPECT_EQ(fields(check_worker(worker, kToday)), Fields{});
  worker.leave_date = Date(9999, 12, 31);
  EXPECT_EQ(fields(check_worker(worker, kToday)), Fields{"leave_date"});
  worker = valid_worker();
  worker.history = {{Position::community_staff, Date(2010, 5, 1), Date(9999, 12, 31)}};
  EXPECT_EQ(fields(check_worker(worker, kToday)), Fields{"end_date"});
  EXPECT_EQ(
      fields(check_spell_dates({Position::grid_worker, Date(9999, 1, 1), std::nullopt}, kToday)),
      Fields{"start_date"});
}

TEST(CheckTexts, ControlCharactersBadUtf8AndOverlongTextsNameTheirField) {
  Worker worker = valid_worker();
  worker.name = "A\x1b[31mRED";
  worker.org.street = "s\x07";
  worker.org.community = "\xd1\xa7\xcf";
  EXPECT_EQ(fields(check_texts(worker)), (Fields{"name", "street", "community"}));
  EXPECT_EQ(fields(check_worker(worker, kToday)), (Fields{"name", "street", "community"}));
  worker = valid_worker();
  worker.name = std::string(51, 'a');
  worker.phone = "138\n0000";
  EXPECT_EQ(fields(check_worker(worker, kToday)), (Fields{"name", "phone"}));

  TrainingRecord record = make_training(valid_worker(), kToday, 4);
  record.course = std::string(50 * 1024 * 1024, 'x');
  record.provider = "ok";
  const auto problems = check_training(record, kToday, Policy{});
  ASSERT_EQ(fields(problems), Fields{"course"});
  EXPECT_LT(problems.front().message.size(), 200u);
  Certificate certificate = make_certificate(valid_worker(), CertificateType::city_cw, kToday);
  certificate.issuer = "\xe2\x80\xae局";
  EXPECT_EQ(fields(check_certificate(certificate, kToday)), Fields{"issuer"});
}

}  // namespace
}  // namespace cwt
