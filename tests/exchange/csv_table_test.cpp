#include "cwt/exchange/csv_table.hpp"

#include <gtest/gtest.h>

#include "cwt/exchange/csv_writer.hpp"

namespace cwt {
namespace {

using Cells = std::vector<std::string>;

CsvTable read(std::string_view text) {
  auto table = read_csv_table(text);
  EXPECT_TRUE(table.ok()) << table.error();
  return table.ok() ? *table : CsvTable{};
}

TEST(ReadCsvTable, HeaderAndRowsWithTheirLines) {
  const auto table = read("id_number,name\n1,a\n2,b\n");
  EXPECT_EQ(table.header.line, 1);
  EXPECT_EQ(table.header.cells, (Cells{"id_number", "name"}));
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0].line, 2);
  EXPECT_EQ(table.rows[0].cells, (Cells{"1", "a"}));
  EXPECT_EQ(table.rows[1].line, 3);
  EXPECT_EQ(table.rows[1].cells, (Cells{"2", "b"}));
}

TEST(ReadCsvTable, SkipsBlankRowsButCountsTheirLines) {
  const auto table = read("\n\n  \nid,name\n\n,,\n 　 , \n1,a\n\r\n2,b");
  EXPECT_EQ(table.header.line, 4);
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0].line, 8);
  EXPECT_EQ(table.rows[1].line, 10);
  EXPECT_EQ(table.rows[1].cells, (Cells{"2", "b"}));  // last line without a line break
}

TEST(ReadCsvTable, TrimsAsciiBlanksAndIdeographicSpaces) {
  const auto table = read("a,b,c\n  x\t,　张三　, \"  q \" \n");
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(table.rows[0].cells, (Cells{"x", "张三", "q"}));
}

TEST(ReadCsvTable, QuotedCommasQuotesAndLineBreaks) {
  const auto table = read(
      "course,position,n\n"
      "\"社区实务, 第一期\",\"书记、主任\"\"一肩挑\"\"\",1\n"
      "\"two\nline\n\nbreaks\",x,2\n"
      "after,y,3\n");
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.rows[0].cells, (Cells{"社区实务, 第一期", "书记、主任\"一肩挑\"", "1"}));
  EXPECT_EQ(table.rows[0].line, 2);
  EXPECT_EQ(table.rows[1].cells, (Cells{"two\nline\n\nbreaks", "x", "2"}));
  EXPECT_EQ(table.rows[1].line, 3);
  EXPECT_EQ(table.rows[2].line, 7);  // lines 3 to 6 hold the quoted line breaks
}

TEST(ReadCsvTable, CrLfLineEndingsAndABreakInTheLastQuotedCell) {
  const auto table = read("a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n");
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0].cells, (Cells{"1", "x\r\ny"}));
  EXPECT_EQ(table.rows[0].line, 2);
  EXPECT_EQ(table.rows[1].line, 4);
}

TEST(ReadCsvTable, RowWhoseFirstLineOnlyOpensAQuote) {
  const auto table = read("a,b\n\"\nx\",1\n2,3\n");
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0].line, 2);
  EXPECT_EQ(table.rows[0].cells, (Cells{"x", "1"}));  // the break trims away
  EXPECT_EQ(table.rows[1].line, 4);
}

TEST(ReadCsvTable, EmptyTextHasNoHeader) {
  EXPECT_FALSE(read("").has_header());
  EXPECT_FALSE(read("\n , ,\n\n").has_header());
}

TEST(ReadCsvTable, MalformedQuotesNameTheLine) {
  const auto stray = read_csv_table("a,b\n1,2\n3,x\"y\"z\n");
  ASSERT_FALSE(stray.ok());
  EXPECT_NE(stray.error().find("line 3"), std::string::npos) << stray.error();

  const auto after_close = read_csv_table("a,b\n\"1\"x,2\n");
  ASSERT_FALSE(after_close.ok());
  EXPECT_NE(after_close.error().find("line 2"), std::string::npos) << after_close.error();

  const auto never_closed = read_csv_table("a,b\n1,2\n3,\"open\n4,5\n6,7\n");
  ASSERT_FALSE(never_closed.ok());
  EXPECT_NE(never_closed.error().find("line 3"), std::string::npos) << never_closed.error();
}

TEST(TrimBlanks, AsciiAndIdeographicSpaceOnlyAtTheEnds) {
  EXPECT_EQ(trim_blanks(" \t　张 三　\r\n"), "张 三");
  EXPECT_EQ(trim_blanks("　　"), "");
  EXPECT_EQ(trim_blanks("x"), "x");
  EXPECT_EQ(trim_blanks(""), "");
}

// What csv_field writes, a CSV reader reads and csv_unguarded gives back
// is the text it was given, whatever apostrophes it begins with (issue 21:
// "'=1+1" came back as "=1+1" and was imported as a new record).
TEST(CsvField, EveryTextReadsBackAsItWasWritten) {
  const std::vector<std::string> texts{"'=1+1 apostrophe",
                                       "'abc",
                                       "'",
                                       "''=x",
                                       "''",
                                       "'''",
                                       "=1+1",
                                       "+86 138",
                                       "-5",
                                       "@home",
                                       "\t=x",
                                       "'\t=x",
                                       "'\r=x",
                                       "a'=b",
                                       "-'3'",
                                       "'+",
                                       "''@",
                                       "plain",
                                       "'=a,b",
                                       "'\"=q\""};
  for (const auto& text : texts) {
    const auto table = read_csv_table("h\r\n" + csv_field(text) + "\r\n");
    ASSERT_TRUE(table.ok()) << table.error();
    ASSERT_EQ(table->rows.size(), 1u) << csv_field(text);
    ASSERT_EQ(table->rows[0].cells.size(), 1u) << csv_field(text);
    EXPECT_EQ(csv_unguarded(table->rows[0].cells[0]), text) << csv_field(text);
  }
  EXPECT_EQ(csv_field("=1+1"), "'=1+1");
  EXPECT_EQ(csv_field("'=1+1"), "''=1+1");
  EXPECT_EQ(csv_field("'abc"), "'abc");
  EXPECT_EQ(csv_field("'"), "'");
  EXPECT_EQ(csv_field("''=x"), "'''=x");
  // Someone else's guarded CSV: one apostrophe off before = + - @ tab CR.
  EXPECT_EQ(csv_unguarded("'=HYPERLINK(x)"), "=HYPERLINK(x)");
  EXPECT_EQ(csv_unguarded("'abc"), "'abc");
}

}  // namespace
}  // namespace cwt
