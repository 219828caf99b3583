// Issue 7's reproductions on the reading path: long cells, files that are not
// UTF-8 or GB18030 text, and repeated problems summarised.
#include <gtest/gtest.h>

#include "cwt/exchange/cell_values.hpp"
#include "cwt/exchange/csv_table.hpp"
#include "cwt/exchange/importer.hpp"
#include "cwt/exchange/text_encoding.hpp"
#include "support.hpp"

namespace cwt {
namespace {

using test::today;

std::string s(std::string_view text) { return std::string(text); }

ImportPlan plan_bytes(ImportKind kind, std::string_view bytes) {
  return plan_import_bytes(kind, bytes, "f.csv", {s(test::id_a), s(test::id_b)}, today, Policy{});
}

using test::dump;

TEST(LongCells, ACellPastTheLimitIsRefusedNamingItsLineAndColumn) {
  const std::string text = "a,b\n1,2\n3," + std::string(100 * 1024, 'x') + "\n";
  const auto table = read_csv_table(text);
  ASSERT_FALSE(table);
  EXPECT_NE(table.error().find("line 3, column 2"), std::string::npos) << table.error();
  EXPECT_NE(table.error().find("64 KB"), std::string::npos) << table.error();
  // Quoted, spanning lines, and the last cell of the text.
  const std::string quoted =
      "a,b\n\"" + std::string(70 * 1024, 'y') + "\n" + std::string(10, 'z') + "\",2\n";
  const auto quoted_table = read_csv_table(quoted);
  ASSERT_FALSE(quoted_table);
  EXPECT_NE(quoted_table.error().find("line 2, column 1"), std::string::npos)
      << quoted_table.error();
  EXPECT_FALSE(read_csv_table("a\n" + std::string(65 * 1024, 'q')));
}

TEST(LongCells, CellsUpToTheLimitAreReadWhole) {
  const std::string cell(kMaxCsvCellBytes, 'x');
  const auto table = read_csv_table("a,b\n" + cell + ",\"" + cell + "\"\n");
  ASSERT_TRUE(table) << table.error();
  ASSERT_EQ(table->rows.size(), 1u);
  EXPECT_EQ(table->rows[0].cells[0], cell);
  EXPECT_EQ(table->rows[0].cells[1], cell);
}

TEST(LongCells, AHigherLimitReadsMegabyteCellsExactly) {
  // The buffer grows geometrically: an 8 MB cell is read in linear time
  // (a fixed 128-byte growth took seconds). Checked here for correctness;
  // bench/ measures the time.
  std::string cell(8 * 1024 * 1024, 'x');
  cell[12345] = ',';  // inside quotes
  const auto table = read_csv_table("a\n\"" + cell + "\"\n", 16 * 1024 * 1024);
  ASSERT_TRUE(table) << table.error();
  ASSERT_EQ(table->rows.size(), 1u);
  EXPECT_EQ(table->rows[0].cells[0], cell);
}

TEST(NotCsvText, Utf16WithoutAByteOrderMarkIsNamed) {
  std::string utf16;
  for (char c : std::string("id_number,date,hours,category\n")) {
    utf16 += c;
    utf16 += '\0';
  }
  const auto decoded = decode_to_utf8(utf16);
  ASSERT_FALSE(decoded);
  EXPECT_NE(decoded.error().find("UTF-16"), std::string::npos) << decoded.error();
  std::string big_endian = "\0" + utf16;
  big_endian.pop_back();
  EXPECT_NE(decode_to_utf8(big_endian).error().find("UTF-16"), std::string::npos);
  std::string utf32;
  for (char c : std::string("id_number,date\n")) utf32 += std::string(1, c) + std::string(3, '\0');
  EXPECT_NE(decode_to_utf8(utf32).error().find("UTF-16"), std::string::npos);
  const auto plan = plan_bytes(ImportKind::training, utf16);
  ASSERT_EQ(plan.problems.size(), 1u) << dump(plan);
}

TEST(NotCsvText, WorkbooksAndBinaryFilesAreNamed) {
  EXPECT_NE(decode_to_utf8(std::string("PK\x03\x04\x14\0\x06\0", 8)).error().find(".xlsx"),
            std::string::npos);
  EXPECT_NE(
      decode_to_utf8(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10)).error().find(".xls"),
      std::string::npos);
  const auto nul = decode_to_utf8(std::string("a,b\n1,2\n3\0,4\n", 13));
  ASSERT_FALSE(nul);
  EXPECT_NE(nul.error().find("line 3"), std::string::npos) << nul.error();
}

TEST(RepeatedProblems, ARowWithManyExtraCellsIsOneProblem) {
  std::string row = s(test::id_a) + ",2025-03-01,2,skills";
  for (int i = 0; i < 100000; ++i) row += ",x";
  const auto plan =
      plan_bytes(ImportKind::training, "id_number,date,hours,category\n" + row + "\n");
  ASSERT_EQ(plan.problems.size(), 1u) << dump(plan).substr(0, 2000);
  EXPECT_EQ(plan.problems[0].line, 2);
  EXPECT_EQ(plan.problems[0].column, 5);
  EXPECT_NE(plan.problems[0].message.find("100000 values (columns 5 to 100004)"), std::string::npos)
      << plan.problems[0].message;
}

TEST(RepeatedProblems, AColumnListsTenThenCountsTheRest) {
  std::string text = "id_number,date,hours,category\n";
  for (int i = 0; i < 5000; ++i) text += s(test::id_a) + ",2025-03-01,2.3,skills\n";
  const auto plan = plan_bytes(ImportKind::training, text);
  EXPECT_EQ(plan.problem_count, 5000u);
  ASSERT_EQ(plan.problems.size(), kMaxProblemsPerColumn + 1) << dump(plan);
  EXPECT_EQ(plan.problems[0].line, 2);
  EXPECT_EQ(plan.problems.back().line, 0);
  EXPECT_EQ(plan.problems.back().to_string(),
            "f.csv: column 3 (hours): 4990 more problems on lines 12 to 5001, not listed "
            "(correct the ones above and import again to see them)");
}

TEST(RepeatedProblems, OneMoreProblemIsCountedInTheSingular) {
  std::string text = "id_number,date,hours,category\n";
  for (int i = 0; i < 11; ++i) text += s(test::id_a) + ",2025-03-01,2.3,skills\n";
  const auto plan = plan_bytes(ImportKind::training, text);
  ASSERT_EQ(plan.problems.size(), kMaxProblemsPerColumn + 1) << dump(plan);
  EXPECT_EQ(plan.problems.back().to_string(),
            "f.csv: column 3 (hours): 1 more problem on line 12, not listed (correct the ones "
            "above and import again to see them)");
}

TEST(RepeatedProblems, AtMostAHundredAreListedInAll) {
  // 20 columns of bad codes: 10 listed in each would be 200.
  std::string header = "id_number,date,hours,category";
  for (int c = 0; c < 20; ++c) header += ",x" + std::to_string(c);
  std::string text = header + "\n";
  for (int i = 0; i < 30; ++i) {
    text += s(test::id_a) + ",2025-03-01,2.3,talk";
    for (int c = 0; c < 20; ++c) text += ",v";
    text += ",extra1,extra2\n";
  }
  const auto plan = plan_bytes(ImportKind::training, text);
  EXPECT_EQ(plan.problem_count, 90u);  // hours, category and the extra cells, on 30 rows
  EXPECT_LE(plan.problems.size(), kMaxProblemsListed + 4);
  for (const auto& problem : plan.problems)
    EXPECT_EQ(problem.to_string().find('\n'), std::string::npos);
}

// Found by the fuzz target (docs/fuzzing.md) on old main.
TEST(FuzzFindings, AControlByteInACellIsShownEscaped) {
  const auto plan = plan_bytes(ImportKind::exams,
                               "公民身份号码,考试日期,考试,考试结果,成绩\n1\x02"
                               "2\n");
  ASSERT_FALSE(plan.problems.empty());
  for (const auto& problem : plan.problems) {
    const std::string line = problem.to_string();
    EXPECT_EQ(line.find('\x02'), std::string::npos) << line;
  }
  EXPECT_NE(plan.problems[0].to_string().find("column 1 (公民身份号码): the value holds a control "
                                              "character (U+0002)"),
            std::string::npos)
      << plan.problems[0].to_string();
}

TEST(FuzzFindings, FourHundredRowsOfOneLetterStayAReadableList) {
  std::string text = "id_number,date,hours,category\n";
  for (int i = 0; i < 400; ++i) text += "x\n";
  const auto plan = plan_bytes(ImportKind::training, text);
  EXPECT_EQ(plan.problem_count, 1600u);  // four missing values a row
  EXPECT_LE(plan.problems.size(), kMaxProblemsListed + 5);
}

// A value with a '-' fifth ('20\x1F-01) was taken for a month-only date and
// quoted raw in the problem line.
TEST(FuzzFindings, AValueThatOnlyLooksLikeAMonthIsNoMonth) {
  const auto plan = plan_bytes(ImportKind::certificates,
                               "id_number,type,level,number,issue_date,issuer\n"
                               "120101198503121230,city_cw,,N4,'20\x1F-01,\n");
  ASSERT_FALSE(plan.problems.empty());
  for (const auto& problem : plan.problems) {
    const std::string line = problem.to_string();
    EXPECT_EQ(line.find('\x1F'), std::string::npos) << line;
    EXPECT_EQ(line.find("gives the month only"), std::string::npos) << line;
  }
  EXPECT_FALSE(is_month_only("'20\x1F-01"));
  EXPECT_FALSE(is_month_only("20a5-01"));
  EXPECT_TRUE(is_month_only("2025-01"));
}

}  // namespace
}  // namespace cwt
