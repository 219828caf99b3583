// A roster's 出生年月 (or 出生日期) beside the ID number (issue 23, item 5):
// a month or day that agrees is taken (the day from the ID number); one that
// disagrees is refused saying so and naming the ID number's birth month, in
// every form rosters write it; a number 1994.1 (Excel keeps 1994.10 so) is
// January or October, whichever the ID number says, and when neither the
// message names both readings.
#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include "../fixtures/street_roster.hpp"
#include "cwt/exchange/importer.hpp"
#include "support.hpp"

namespace cwt {
namespace {

using test::dump;
using test::today;

// An 18-character ID number of a woman born on `birth` (YYYYMMDD).
std::string id_born(const std::string& birth) {
  const std::string first17 = "120101" + birth + "002";
  return first17 + test::id_check(first17);
}

class BirthMonth : public ::testing::Test {
 protected:
  // A workers CSV of one row whose 出生年月 is `born`.
  ImportPlan csv(const std::string& id, const std::string& born) {
    const std::string text = "身份证号,姓名,出生年月,街道,社区,入职日期,职务\n" + id + ",王芳," +
                             born + ",劝业场街道,花园里社区,2020-05-01,网格员\n";
    return plan_import(ImportKind::workers, dir_.write("w.csv", text), {}, today, Policy{});
  }
  // The same as a workbook, 出生年月 a number cell holding `born`.
  ImportPlan workbook(const std::string& id, double born) {
    const auto file = dir_.path() / "w.xlsx";
    lxw_workbook* book = workbook_new(file.string().c_str());
    lxw_worksheet* sheet = workbook_add_worksheet(book, "花名册");
    const char* header[] = {"身份证号", "姓名", "出生年月", "街道", "社区", "入职日期", "职务"};
    for (int c = 0; c < 7; ++c)
      worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), header[c], nullptr);
    worksheet_write_string(sheet, 1, 0, id.c_str(), nullptr);
    worksheet_write_string(sheet, 1, 1, "王芳", nullptr);
    worksheet_write_number(sheet, 1, 2, born, nullptr);
    const char* rest[] = {"劝业场街道", "花园里社区", "2020-05-01", "网格员"};
    for (int c = 0; c < 4; ++c)
      worksheet_write_string(sheet, 1, static_cast<lxw_col_t>(c + 3), rest[c], nullptr);
    EXPECT_EQ(workbook_close(book), LXW_NO_ERROR);
    return plan_import(ImportKind::workers, file, {}, today, Policy{});
  }
  test::TempDir dir_;
};

// The plan imported its one worker, born on `born`.
void expect_imported(const ImportPlan& plan, Date born, const std::string& written) {
  ASSERT_TRUE(plan.problems.empty()) << written << ": " << dump(plan);
  ASSERT_EQ(plan.change.upsert_workers.size(), 1u) << written;
  EXPECT_EQ(plan.change.upsert_workers[0].birth_date, born) << written;
}

// The plan refused its one row for its 出生年月 cell (C2), saying `says`.
void expect_refused(const ImportPlan& plan, const std::string& says, const std::string& written) {
  EXPECT_TRUE(plan.change.upsert_workers.empty()) << written;
  ASSERT_EQ(plan.problems.size(), 1u) << written << ": " << dump(plan);
  const ImportProblem& problem = plan.problems[0];
  EXPECT_EQ(problem.line, 2) << written;
  EXPECT_EQ(problem.column_name, "出生年月") << written;
  EXPECT_NE(problem.message.find(says), std::string::npos) << written << ": " << problem.message;
  EXPECT_EQ(problem.message.find("not a valid date"), std::string::npos) << problem.message;
}

TEST_F(BirthMonth, EveryFormThatAgreesWithTheIdNumberIsTaken) {
  const std::string id = id_born("19850312");
  for (const char* written : {"1985.03", "1985.3", "1985-03", "1985年3月", "198503", "1985/3",
                              "1985-03-12", "1985年3月12日"})
    expect_imported(csv(id, written), Date(1985, 3, 12), written);
}

TEST_F(BirthMonth, EveryFormThatDisagreesSaysTheIdNumbersMonth) {
  // Born August 1985 by the ID number; the roster says March.
  const std::string id = id_born("19850812");
  for (const char* written : {"1985.03", "1985-03", "1985年3月", "198503"})
    expect_refused(csv(id, written),
                   "birth month March 1985 does not match the ID number (born August 1985 by "
                   "the ID)",
                   written);
  // A whole date: the ID number's day named.
  expect_refused(csv(id, "1985-03-12"),
                 "birth date 1985-03-12 does not match the ID number (born 1985-08-12 by the ID)",
                 "1985-03-12");
  // The day too must agree.
  expect_refused(csv(id, "1985-08-21"),
                 "birth date 1985-08-21 does not match the ID number (born 1985-08-12 by the ID)",
                 "1985-08-21");
  // A workbook's number cell 1985.03: the same sentence, naming its cell.
  const auto plan = workbook(id, 1985.03);
  expect_refused(plan,
                 "birth month March 1985 does not match the ID number (born August 1985 by "
                 "the ID)",
                 "1985.03 (number)");
  ASSERT_FALSE(plan.problems.empty());
  EXPECT_NE(plan.problems[0].to_string().find("cell C2 (出生年月)"), std::string::npos)
      << dump(plan);
}

TEST_F(BirthMonth, ANumberCell1994Point1IsJanuaryOrOctoberAsTheIdNumberSays) {
  // Excel keeps 1994.10 as the number 1994.1: October...
  expect_imported(workbook(id_born("19941005"), 1994.1), Date(1994, 10, 5), "1994.1, October");
  // ... and 1994.1 typed for January is the same number.
  expect_imported(workbook(id_born("19940120"), 1994.1), Date(1994, 1, 20), "1994.1, January");
  // The text Excel writes for it in a CSV reads the same two ways.
  expect_imported(csv(id_born("19941005"), "1994.1"), Date(1994, 10, 5), "text 1994.1, October");
  expect_imported(csv(id_born("19940120"), "1994.1"), Date(1994, 1, 20), "text 1994.1, January");
  // 1994.01 and 1994.10 as text keep their zero: one reading.
  expect_refused(csv(id_born("19940120"), "1994.10"),
                 "birth month October 1994 does not match the ID number (born January 1994 by "
                 "the ID)",
                 "1994.10");
  // 1994.2 to 1994.9: the month typed so.
  expect_imported(workbook(id_born("19940214"), 1994.2), Date(1994, 2, 14), "1994.2");
}

TEST_F(BirthMonth, WhenNeitherReadingAgreesTheMessageNamesBoth) {
  const std::string says =
      "birth month 1994.1 reads as January 1994, or as October 1994 where Excel dropped the 0 "
      "of .10; neither matches the ID number (born August 1994 by the ID)";
  expect_refused(workbook(id_born("19940815"), 1994.1), says, "1994.1 (number)");
  expect_refused(csv(id_born("19940815"), "1994.1"), says, "1994.1 (text)");
}

}  // namespace
}  // namespace cwt
