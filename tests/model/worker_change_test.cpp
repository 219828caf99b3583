// What a worker's change is asked about before it is saved.
#include "cwt/model/worker_change.hpp"

#include <gtest/gtest.h>

#include "support.hpp"

namespace cwt {
namespace {

using test::make_worker;

const Date kToday(2026, 6, 30);

std::vector<std::string> fields_of(const std::vector<ChangeQuestion>& questions) {
  std::vector<std::string> fields;
  for (const auto& question : questions) fields.push_back(question.field);
  return fields;
}

TEST(QuestionsForChange, AHireDateAfterTodayIsAskedAboutWithTheDate) {
  const Worker typo = make_worker(Date(1990, 1, 1), Date(2027, 3, 1));
  const auto questions = questions_for_change(nullptr, typo, kToday, nullptr);
  ASSERT_EQ(fields_of(questions), std::vector<std::string>{"hire_date"});
  EXPECT_NE(questions.front().text.find("2027-03-01"), std::string::npos);
  // Today or before: nothing to ask.
  EXPECT_TRUE(questions_for_change(nullptr, make_worker(Date(1990, 1, 1), kToday), kToday, nullptr)
                  .empty());
  // Asked once: an edit that leaves that date as it is asks no more.
  Worker edited = typo;
  edited.phone = "13800000000";
  EXPECT_TRUE(questions_for_change(&typo, edited, kToday, nullptr).empty());
  Worker moved = typo;
  moved.hire_date = Date(2027, 4, 1);
  EXPECT_EQ(fields_of(questions_for_change(&typo, moved, kToday, nullptr)),
            std::vector<std::string>{"hire_date"});
}

TEST(QuestionsForChange, ALeaveDateSetOrChangedIsAskedAbout) {
  const Worker before = make_worker(Date(1990, 1, 1), Date(2020, 1, 1));
  Worker leaving = before;
  leaving.leave_date = Date(2026, 3, 1);
  auto questions = questions_for_change(&before, leaving, kToday, nullptr);
  ASSERT_EQ(fields_of(questions), std::vector<std::string>{"leave_date"});
  EXPECT_NE(questions.front().text.find("2026-03-01"), std::string::npos);
  EXPECT_EQ(fields_of(questions_for_change(nullptr, leaving, kToday, nullptr)),
            std::vector<std::string>{"leave_date"});
  EXPECT_TRUE(questions_for_change(&leaving, leaving, kToday, nullptr).empty());
  Worker later = leaving;
  later.leave_date = Date(2026, 9, 1);  // in the future: still asked
  EXPECT_EQ(fields_of(questions_for_change(&leaving, later, kToday, nullptr)),
            std::vector<std::string>{"leave_date"});
  // Taking a leave date away brings the worker back: nothing to ask.
  EXPECT_TRUE(questions_for_change(&leaving, before, kToday, nullptr).empty());
}

TEST(QuestionsForChange, APlaceNotOnFileIsAskedAboutOnceAtItsLevel) {
  KnownPlaces places;
  places.add({"和平区", "劝业场街道", "新津社区"});
  Worker worker = make_worker(Date(1990, 1, 1), Date(2020, 1, 1));
  worker.org = {"和平区", "劝业场街道", "新津社区"};
  EXPECT_TRUE(questions_for_change(nullptr, worker, kToday, &places).empty());

  Worker typo = worker;
  typo.org.street = "劝业厂街道";
  auto questions = questions_for_change(&worker, typo, kToday, &places);
  ASSERT_EQ(fields_of(questions), std::vector<std::string>{"street"});
  EXPECT_NE(questions.front().text.find("劝业厂街道"), std::string::npos);

  Worker community = worker;
  community.org.community = "福明社区";
  EXPECT_EQ(fields_of(questions_for_change(&worker, community, kToday, &places)),
            std::vector<std::string>{"community"});
  Worker district = worker;
  district.org.district = "南开区";  // its street and community are new too: asked once
  EXPECT_EQ(fields_of(questions_for_change(&worker, district, kToday, &places)),
            std::vector<std::string>{"district"});
  // Without places (the command line) or with the place unchanged: not asked.
  EXPECT_TRUE(questions_for_change(&worker, typo, kToday, nullptr).empty());
  EXPECT_TRUE(questions_for_change(&typo, typo, kToday, &places).empty());
}

}  // namespace
}  // namespace cwt
