// The .xlsx reader: every form a cell takes in a workbook (shared, rich,
// inline and formula strings, numbers as written, booleans, errors, date
// styles), sheets, merged ranges, the 1904 date system, and the refusals
// (not a zip, an encrypted file, an .ods, broken XML) with their reasons.
#include "cwt/exchange/xlsx_reader.hpp"

#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include "support.hpp"
#include "xlsx_support.hpp"

namespace cwt {
namespace {

using Kind = XlsxCell::Kind;

using test::cell;

class XlsxReader : public ::testing::Test {
 protected:
  Expected<XlsxWorkbook> open(const std::map<std::string, std::string>& parts) {
    return XlsxWorkbook::from_bytes(test::zip_of(parts, dir_.path() / "made.zip"));
  }
  test::TempDir dir_;
};

TEST_F(XlsxReader, EveryKindOfCell) {
  const std::string strings =
      R"(<si><t>身份证号</t></si>)"
      R"(<si><r><rPr><b/></rPr><t>张</t></r><r><t xml:space="preserve">三 </t></r><rPh sb="0" eb="1"><t>zhang</t></rPh></si>)";
  const std::string data =
      R"(<sheetData>)"
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>)"
      R"(<row r="4"><c r="A4"><v>120101199003070000</v></c><c r="B4"><v>1.20101199003071E+17</v></c>)"
      R"(<c r="C4"><v>2.5</v></c><c r="D4" t="b"><v>1</v></c><c r="E4" t="e"><v>#N/A</v></c>)"
      R"(<c r="F4" t="inlineStr"><is><t>社区</t></is></c><c r="G4" t="str"><f>A1</f><v>公式</v></c>)"
      R"(<c r="H4"/></row>)"
      R"(<row><c><v>7</v></c><c t="inlineStr"><is><r><t>甲</t></r><r><t>乙</t></r></is></c></row>)"
      R"(</sheetData>)";
  const auto book = open(test::workbook_parts({{"花名册", data}}, strings));
  ASSERT_TRUE(book) << book.error();
  ASSERT_EQ(book->sheet_names(), std::vector<std::string>{"花名册"});
  EXPECT_FALSE(book->uses_1904_dates());
  const auto sheet = book->sheet(0);
  ASSERT_TRUE(sheet) << sheet.error();
  ASSERT_EQ(sheet->rows.size(), 3u);
  EXPECT_EQ(cell(*sheet, 1, 1).text, "身份证号");
  EXPECT_EQ(cell(*sheet, 1, 2).kind, Kind::empty);  // B1 is not in the file
  EXPECT_EQ(cell(*sheet, 1, 3).text, "张三 ");      // rich runs joined, the phonetic guide left out
  EXPECT_EQ(cell(*sheet, 4, 1).kind, Kind::number);
  EXPECT_EQ(cell(*sheet, 4, 1).text, "120101199003070000");
  EXPECT_EQ(cell(*sheet, 4, 2).text, "1.20101199003071E+17");  // as written: digits lost
  EXPECT_DOUBLE_EQ(cell(*sheet, 4, 3).number, 2.5);
  EXPECT_EQ(cell(*sheet, 4, 4).kind, Kind::boolean);
  EXPECT_EQ(cell(*sheet, 4, 5).kind, Kind::error);
  EXPECT_EQ(cell(*sheet, 4, 5).text, "#N/A");
  EXPECT_EQ(cell(*sheet, 4, 6).text, "社区");
  EXPECT_EQ(cell(*sheet, 4, 7).text, "公式");  // a formula's cached result
  EXPECT_EQ(sheet->rows[1].cells.size(), 7u);  // the empty H4 left out
  // Without r attributes: the row after row 4, columns from A.
  EXPECT_EQ(sheet->rows[2].number, 5);
  EXPECT_EQ(cell(*sheet, 5, 1).text, "7");
  EXPECT_EQ(cell(*sheet, 5, 2).text, "甲乙");
}

TEST_F(XlsxReader, DateStylesTheBuiltInOnesAndFormatCodes) {
  const std::string styles =
      R"(<numFmts count="4"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>)"
      R"(<numFmt numFmtId="165" formatCode="[Red]0.00"/><numFmt numFmtId="166" formatCode="0.00E+00"/>)"
      R"(<numFmt numFmtId="167" formatCode="[h]:mm"/></numFmts>)"
      R"(<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>)"
      R"(<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/>)"
      R"(<xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/></cellXfs>)";
  std::string data = "<sheetData><row r=\"1\">";
  for (int s = 0; s < 6; ++s)
    data +=
        "<c r=\"" + column_letters(s + 1) + "1\" s=\"" + std::to_string(s) + "\"><v>45352</v></c>";
  data += "</row></sheetData>";
  const auto book = open(test::workbook_parts({{"Sheet1", data}}, "", styles));
  ASSERT_TRUE(book) << book.error();
  const auto sheet = book->sheet(0);
  ASSERT_TRUE(sheet) << sheet.error();
  const std::vector<bool> expected{false, true, true, false, false, true};
  for (int c = 1; c <= 6; ++c) EXPECT_EQ(cell(*sheet, 1, c).date_style, expected[c - 1]) << c;
}

TEST_F(XlsxReader, SheetsInOrderMergedRangesAnd1904) {
  auto parts = test::workbook_parts(
      {{"说明", "<sheetData/>"},
       {"名单",
        R"(<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>XX街道社区工作者花名册</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:H1"/></mergeCells>)"}},
      "", "", R"(<workbookPr date1904="1"/>)");
  const auto book = open(parts);
  ASSERT_TRUE(book) << book.error();
  EXPECT_EQ(book->sheet_names(), (std::vector<std::string>{"说明", "名单"}));
  EXPECT_TRUE(book->uses_1904_dates());
  const auto empty = book->sheet(0);
  ASSERT_TRUE(empty);
  EXPECT_TRUE(empty->rows.empty());
  const auto sheet = book->sheet(1);
  ASSERT_TRUE(sheet) << sheet.error();
  ASSERT_EQ(sheet->merged.size(), 1u);
  EXPECT_EQ(sheet->merged[0].first_column, 1);
  EXPECT_EQ(sheet->merged[0].last_column, 8);
  EXPECT_EQ(sheet->merged[0].first_row, 1);
}

TEST_F(XlsxReader, PrefixedElementsAsSomeWritersSpellThem) {
  auto parts = test::workbook_parts({{"Sheet1", ""}});
  parts["xl/worksheets/sheet1.xml"] =
      R"(<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
      R"(<x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>姓名</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>)";
  const auto book = open(parts);
  ASSERT_TRUE(book) << book.error();
  const auto sheet = book->sheet(0);
  ASSERT_TRUE(sheet) << sheet.error();
  EXPECT_EQ(cell(*sheet, 2, 2).text, "姓名");
}

TEST_F(XlsxReader, WhatIsNotAWorkbookIsRefusedWithItsReason) {
  EXPECT_FALSE(XlsxWorkbook::from_bytes("id_number,name\n1,2\n"));
  // An OLE container is no .xlsx (an .xls is Workbook's business), unless
  // it holds one that Office encrypted: then the password is named.
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  ole += std::string(504, '\0');
  EXPECT_FALSE(XlsxWorkbook::from_bytes(ole + std::string(512, '\0')));
  for (const char c : std::string("EncryptedPackage")) ole += std::string{c, '\0'};
  const auto encrypted = XlsxWorkbook::from_bytes(ole + std::string(512, '\0'));
  ASSERT_FALSE(encrypted);
  EXPECT_NE(encrypted.error().find("protected by a password"), std::string::npos)
      << encrypted.error();

  auto no_workbook = test::workbook_parts({{"Sheet1", "<sheetData/>"}});
  no_workbook.erase("xl/workbook.xml");
  const auto missing = open(no_workbook);
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().find("xl/workbook.xml"), std::string::npos) << missing.error();

  const auto broken = open(test::workbook_parts({{"Sheet1", "<sheetData><row><c></row>"}}));
  ASSERT_TRUE(broken) << broken.error();  // the sheet is read when asked for
  const auto sheet = broken->sheet(0);
  ASSERT_FALSE(sheet);
  EXPECT_NE(sheet.error().find("xl/worksheets/sheet1.xml"), std::string::npos) << sheet.error();

  const auto bad_index = open(test::workbook_parts(
      {{"Sheet1", R"(<sheetData><row r="1"><c r="A1" t="s"><v>3</v></c></row></sheetData>)"}},
      "<si><t>only one</t></si>"));
  ASSERT_TRUE(bad_index);
  const auto read = bad_index->sheet(0);
  ASSERT_FALSE(read);
  EXPECT_NE(read.error().find("A1"), std::string::npos) << read.error();
}

// A workbook as libxlsxwriter writes it, in both its modes (shared strings;
// constant memory, which writes inline strings).
TEST_F(XlsxReader, WhatLibxlsxwriterWritesReadsBack) {
  for (const bool constant_memory : {false, true}) {
    const auto file = dir_.path() / (constant_memory ? "inline.xlsx" : "shared.xlsx");
    lxw_workbook_options options{};
    options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook* workbook = workbook_new_opt(file.string().c_str(), &options);
    lxw_worksheet* roster = workbook_add_worksheet(workbook, "花名册");
    workbook_add_worksheet(workbook, "Sheet2");
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy/m/d");
    if (!constant_memory)
      worksheet_merge_range(roster, 0, 0, 0, 3, "和平区社区工作者花名册", nullptr);
    worksheet_write_string(roster, 2, 0, "身份证号", nullptr);
    worksheet_write_string(roster, 2, 1, "入职时间", nullptr);
    worksheet_write_number(roster, 3, 0, 120101199003070011.0, nullptr);
    lxw_datetime hired{2024, 3, 1, 0, 0, 0};
    worksheet_write_datetime(roster, 3, 1, &hired, date);
    worksheet_write_string(roster, 3, 2, "=SUM(A1)", nullptr);  // a string, not a formula
    ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);

    const auto book = XlsxWorkbook::from_file(file);
    ASSERT_TRUE(book) << book.error();
    EXPECT_EQ(book->sheet_names(), (std::vector<std::string>{"花名册", "Sheet2"}));
    const auto sheet = book->sheet(0);
    ASSERT_TRUE(sheet) << sheet.error();
    if (!constant_memory) {
      EXPECT_EQ(cell(*sheet, 1, 1).text, "和平区社区工作者花名册");
      EXPECT_EQ(sheet->merged.size(), 1u);
    }
    EXPECT_EQ(cell(*sheet, 3, 1).text, "身份证号");
    EXPECT_EQ(cell(*sheet, 4, 1).kind, Kind::number);
    EXPECT_DOUBLE_EQ(cell(*sheet, 4, 1).number, 120101199003070011.0);
    EXPECT_TRUE(cell(*sheet, 4, 2).date_style);
    EXPECT_DOUBLE_EQ(cell(*sheet, 4, 2).number, 45352);  // 2024-03-01 in the 1900 system
    EXPECT_EQ(cell(*sheet, 4, 3).text, "=SUM(A1)");
  }
}

TEST(ColumnLetters, AsExcelNamesThem) {
  EXPECT_EQ(column_letters(1), "A");
  EXPECT_EQ(column_letters(26), "Z");
  EXPECT_EQ(column_letters(27), "AA");
  EXPECT_EQ(column_letters(16384), "XFD");
}

}  // namespace
}  // namespace cwt
