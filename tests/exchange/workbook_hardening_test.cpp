// Issue 21's reproductions on the workbook path: tiny files that unpacked
// to gigabytes (a value in column XFD on every row, one long shared string
// named by every cell, one huge inline string), references that overflowed
// or moved values, and the refusals that said the wrong thing. The memory
// each amplifier takes is bounded on Linux (peak_memory.hpp); what the
// import says of it is checked everywhere.
#include <gtest/gtest.h>
#include <zip.h>

#include "cwt/exchange/importer.hpp"
#include "cwt/exchange/source_table.hpp"
#include "cwt/exchange/xlsx_reader.hpp"
#include "peak_memory.hpp"
#include "support.hpp"
#include "xlsx_support.hpp"

namespace cwt {
namespace {

using test::dump;
using test::today;

const std::string kHeader =
    R"(<row r="1"><c r="A1" t="inlineStr"><is><t>id_number</t></is></c><c r="B1" t="inlineStr"><is><t>date</t></is></c>)"
    R"(<c r="C1" t="inlineStr"><is><t>hours</t></is></c><c r="D1" t="inlineStr"><is><t>category</t></is></c></row>)";

std::string row_of(int number, const std::string& id, const std::string& date_cell,
                   const std::string& hours_cell) {
  const std::string n = std::to_string(number);
  return "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"inlineStr\"><is><t>" + id + "</t></is></c>" +
         date_cell + hours_cell + "<c r=\"D" + n +
         "\" t=\"inlineStr\"><is><t>skills</t></is></c></row>";
}

// Whether `text` holds `part`, for EXPECT_PRED2 messages that show both.
bool holds(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class WorkbookHardening : public ::testing::Test {
 protected:
  std::string book(const std::string& sheet_data, const std::string& strings = "") {
    return test::zip_of(test::workbook_parts({{"Sheet1", sheet_data}}, strings),
                        dir_.path() / "made.zip");
  }
  ImportPlan plan(const std::string& bytes) {
    return plan_import_bytes(ImportKind::training, bytes, "f.xlsx",
                             {std::string(test::id_a), std::string(test::id_b)}, today, Policy{});
  }
  // The one problem a refused workbook gets, as shown.
  std::string refusal(const std::string& bytes) {
    const auto planned = plan(bytes);
    EXPECT_EQ(planned.problems.size(), 1u) << dump(planned);
    EXPECT_FALSE(planned.ready);
    return planned.problems.empty() ? std::string() : planned.problems[0].to_string();
  }
  void expect_peak_below(const test::PeakMemory& peak, double mb) {
    if (const auto growth = peak.growth_mb()) {
      EXPECT_LT(*growth, mb) << "peak memory grew by " << *growth << " MB";
    }
  }
  test::TempDir dir_;
};

// Item 4: 10 GB and 57 s before (6,000 rows); each row's one cell is held alone.
TEST_F(WorkbookHardening, AValueInColumnXfdOnEveryRowIsHeldSparsely) {
  std::string rows = kHeader;
  for (int r = 2; r <= 6001; ++r)
    rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"XFD" + std::to_string(r) +
            "\"><v>1</v></c></row>";
  const std::string bytes = book("<sheetData>" + rows + "</sheetData>");
  EXPECT_LT(bytes.size(), 40u * 1024);
  const test::PeakMemory peak;
  const auto planned = plan(bytes);
  expect_peak_below(peak, 64);
  ASSERT_FALSE(planned.ready);
  const std::string shown = dump(planned);
  // The cell is named; a sheet has no commas to miss.
  EXPECT_PRED2(holds, shown,
               "f.xlsx, sheet Sheet1: cell XFD2: this row has a value beyond the header's 4 "
               "columns\n");
  EXPECT_FALSE(holds(shown, "comma")) << shown;
  EXPECT_PRED2(holds, shown, "column XFD: 5990 more problems in rows 12 to 6001");
}

// Item 4: 2.4 GB before; the copies are counted and the sheet refused at the bound.
TEST_F(WorkbookHardening, ALongSharedStringNamedByEveryCellStaysWithinTheBound) {
  std::string rows = kHeader;
  for (int r = 2; r <= 20001; ++r)
    rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) +
            "\" t=\"s\"><v>0</v></c></row>";
  const std::string bytes = book("<sheetData>" + rows + "</sheetData>",
                                 "<si><t>" + std::string(60000, 'x') + "</t></si>");
  EXPECT_LT(bytes.size(), 200u * 1024);
  const test::PeakMemory peak;
  const std::string message = refusal(bytes);
  expect_peak_below(peak, 256 + 64);
  EXPECT_PRED2(holds, message, "f.xlsx, sheet Sheet1: is too large to read: by cell A");
  EXPECT_PRED2(holds, message, "256 MB");
}

// Item 4: 2.1 GB before (a 1.5 GB string); refused at 64 KB, the rest not unpacked.
TEST_F(WorkbookHardening, AHugeInlineStringIsRefusedAtTheCellLimitWhileRead) {
  const auto file = dir_.path() / "inline.zip";
  auto parts = test::workbook_parts({{"Sheet1", ""}});
  parts.erase("xl/worksheets/sheet1.xml");
  zipFile zip = zipOpen64(file.string().c_str(), APPEND_STATUS_CREATE);
  for (const auto& [name, content] : parts) {
    zipOpenNewFileInZip64(zip, name.c_str(), nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                          Z_DEFAULT_COMPRESSION, 0);
    zipWriteInFileInZip(zip, content.data(), static_cast<unsigned>(content.size()));
    zipCloseFileInZip(zip);
  }
  zipOpenNewFileInZip64(zip, "xl/worksheets/sheet1.xml", nullptr, nullptr, 0, nullptr, 0, nullptr,
                        Z_DEFLATED, Z_BEST_SPEED, 1);
  const std::string head = R"(<?xml version="1.0"?><worksheet><sheetData>)" + kHeader +
                           R"(<row r="2"><c r="A2" t="inlineStr"><is><t>)";
  zipWriteInFileInZip(zip, head.data(), static_cast<unsigned>(head.size()));
  const std::string block(1 << 20, 'x');
  for (int i = 0; i < 256; ++i)  // 256 MB of one cell's text
    zipWriteInFileInZip(zip, block.data(), static_cast<unsigned>(block.size()));
  const std::string tail = "</t></is></c></row></sheetData></worksheet>";
  zipWriteInFileInZip(zip, tail.data(), static_cast<unsigned>(tail.size()));
  zipCloseFileInZip(zip);
  zipClose(zip, nullptr);
  std::string bytes;
  {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream read;
    read << in.rdbuf();
    bytes = read.str();
  }
  EXPECT_LT(bytes.size(), 2u << 20);
  const test::PeakMemory peak;
  const std::string message = refusal(bytes);
  expect_peak_below(peak, 64);
  EXPECT_EQ(message,
            "f.xlsx, sheet Sheet1: cell A2 holds more than 64 KB, far more than any value "
            "cwtrack reads (is it the right file?)");
}

TEST_F(WorkbookHardening, ALongSharedStringIsRefusedWhereACellNamesIt) {
  const std::string strings =
      "<si><t>" + std::string(70 * 1024, 'y') + "</t></si><si><t>ok</t></si>";
  // Not named by any cell: the sheet is read.
  EXPECT_TRUE(plan(book("<sheetData>" + kHeader + "</sheetData>", strings)).problems.size() == 1u);
  const std::string message = refusal(
      book("<sheetData>" + kHeader + R"(<row r="7"><c r="B7" t="s"><v>0</v></c></row></sheetData>)",
           strings));
  EXPECT_PRED2(holds, message, "f.xlsx, sheet Sheet1: cell B7 holds more than 64 KB");
}

// Item 7: every reference that is no cell, and rows or cells out of order,
// refused naming the cell or row (the overflowing ones were UBSan's 11 crashes).
TEST_F(WorkbookHardening, ReferencesThatAreNoCellsAreRefusedNamingThem) {
  const std::vector<std::pair<std::string, std::string>> cases{
      {R"(<row r="2"><c r="AAAAAAA2"><v>1</v></c></row>)",
       "row 2 holds a cell named \"AAAAAAA2\", which is no cell reference"},
      {R"(<row r="2"><c r="ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ2"><v>1</v></c></row>)",
       "row 2 holds a cell named \"ZZZZZZZZZZZZ"},
      {R"(<row r="2"><c r="E0"><v>1</v></c></row>)", "cell named \"E0\""},
      {R"(<row r="2"><c r="XFE2"><v>1</v></c></row>)", "cell named \"XFE2\""},
      {R"(<row r="2"><c r="2E"><v>1</v></c></row>)", "cell named \"2E\""},
      {R"(<row r="2"><c r="e2"><v>1</v></c></row>)", "cell named \"e2\""},
      {R"(<row r="2"><c r="A02"><v>1</v></c></row>)", "cell named \"A02\""},
      {R"(<row r="2"><c r="A-2"><v>1</v></c></row>)", "cell named \"A-2\""},
      {R"(<row r="2"><c r="A2x"><v>1</v></c></row>)", "cell named \"A2x\""},
      {R"(<row r="2"><c r=""><v>1</v></c></row>)", "row 2 holds a cell with an empty reference"},
      {R"(<row r="2"><c r="A3"><v>1</v></c></row>)", "cell A3 is written in row 2"},
      {R"(<row r="2"><c r="B2"><v>1</v></c><c r="B2"><v>2</v></c></row>)",
       "cell B2 comes after cell B2 in its row"},
      {R"(<row r="2"><c r="C2"><v>1</v></c><c r="B2"><v>2</v></c></row>)",
       "cell B2 comes after cell C2 in its row"},
      {R"(<row r="0"><c r="A0"><v>1</v></c></row>)", "a row is numbered \"0\", which is no row"},
      {R"(<row r="-2"><c r="A2"><v>1</v></c></row>)", "a row is numbered \"-2\""},
      {R"(<row r=""><c r="A2"><v>1</v></c></row>)", "a row is numbered \"\""},
      {R"(<row r="1048577"><c r="A1048577"><v>1</v></c></row>)", "a row is numbered \"1048577\""},
      {R"(<row r="4294967298"><c r="A2"><v>1</v></c></row>)", "a row is numbered \"4294967298\""},
      {R"(<row r="1"><c r="A1"><v>1</v></c></row>)", "row 1 comes after row 1"},
      {R"(<row r="3"><c r="A3"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>)",
       "row 2 comes after row 3"},
      {R"(<row r="2"><c r="A2" t="s"><v>0.5</v></c></row>)",
       "cell A2 names shared string \"0.5\", which is not there"},
      {R"(<row r="2"><c r="A2" t="s"><v>-1</v></c></row>)", "names shared string \"-1\""},
      {R"(<row r="2"><c r="A2" t="s"><v>99999999999999999999999</v></c></row>)",
       "names shared string \"99999999999999999999999\""},
  };
  for (const auto& [rows, expected] : cases) {
    const std::string message =
        refusal(book("<sheetData>" + kHeader + rows + "</sheetData>", "<si><t>x</t></si>"));
    EXPECT_PRED2(holds, message, "f.xlsx, sheet Sheet1: is damaged: ") << rows;
    EXPECT_PRED2(holds, message, expected) << rows;
  }
  // The reader says the same; a cell right of XFD without a reference too.
  auto parts = test::workbook_parts(
      {{"Sheet1",
        R"(<sheetData><row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row></sheetData>)"}});
  const auto workbook = XlsxWorkbook::from_bytes(test::zip_of(parts, dir_.path() / "b.zip"));
  ASSERT_TRUE(workbook) << workbook.error();
  const auto sheet = workbook->sheet(0);
  ASSERT_FALSE(sheet);
  EXPECT_PRED2(holds, sheet.error(), "row 1 holds a cell right of column XFD");
}

TEST_F(WorkbookHardening, ValidReferencesAtTheSheetsEdgesAreRead) {
  auto parts = test::workbook_parts(
      {{"Sheet1",
        R"(<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="IV1"><v>2</v></c><c r="IW1"><v>3</v></c>)"
        R"(<c r="XFD1"><v>4</v></c></row><row r="1048576"><c r="XFD1048576"><v>5</v></c></row></sheetData>)"}});
  const auto workbook = XlsxWorkbook::from_bytes(test::zip_of(parts, dir_.path() / "e.zip"));
  ASSERT_TRUE(workbook) << workbook.error();
  const auto sheet = workbook->sheet(0);
  ASSERT_TRUE(sheet) << sheet.error();
  ASSERT_EQ(sheet->rows.size(), 2u);
  ASSERT_EQ(sheet->rows[0].cells.size(), 256u);  // A to IV held one by one
  EXPECT_EQ(sheet->rows[0].cells[255].text, "2");
  ASSERT_EQ(sheet->rows[0].far_cells.size(), 2u);  // IW and XFD held apart
  EXPECT_EQ(sheet->rows[0].far_cells[0].column, 257);
  EXPECT_EQ(sheet->rows[0].far_cells[1].column, 16384);
  EXPECT_EQ(sheet->rows[0].far_cells[1].cell.text, "4");
  EXPECT_EQ(sheet->rows[1].number, 1048576);
  EXPECT_EQ(sheet->rows[1].far_cells[0].cell.text, "5");
}

// Item 9: t="d" holds an ISO 8601 date, which the date fields read.
TEST_F(WorkbookHardening, IsoDateCellsAreRead) {
  const std::string rows =
      kHeader +
      row_of(2, std::string(test::id_a), R"(<c r="B2" t="d"><v>2025-03-01T00:00:00</v></c>)",
             R"(<c r="C2"><v>2</v></c>)") +
      row_of(3, std::string(test::id_b), R"(<c r="B3" t="d"><v>2025-03-02</v></c>)",
             R"(<c r="C3"><v>2</v></c>)") +
      row_of(4, std::string(test::id_b), R"(<c r="B4" t="d"><v>2025-03-03T08:30:00.000Z</v></c>)",
             R"(<c r="C4"><v>2</v></c>)");
  const auto planned = plan(book("<sheetData>" + rows + "</sheetData>"));
  ASSERT_TRUE(planned.problems.empty()) << dump(planned);
  ASSERT_EQ(planned.change.add_training.size(), 3u);
  EXPECT_EQ(planned.change.add_training[0].date, Date(2025, 3, 1));
  EXPECT_EQ(planned.change.add_training[1].date, Date(2025, 3, 2));
  EXPECT_EQ(planned.change.add_training[2].date, Date(2025, 3, 3));
}

// Item 9: a formula without its result is said to be one, in the cell it is
// in; with its result it is read as before.
TEST_F(WorkbookHardening, AFormulaWithoutItsResultIsNamed) {
  const std::string rows = kHeader +
                           row_of(2, std::string(test::id_a), R"(<c r="B2"><v>45717</v></c>)",
                                  R"(<c r="C2"><f>1+1</f></c>)") +
                           row_of(3, std::string(test::id_b), R"(<c r="B3"><v>45717</v></c>)",
                                  R"(<c r="C3"><f>1+1</f><v>2</v></c>)");
  const auto planned = plan(book("<sheetData>" + rows + "</sheetData>"));
  ASSERT_EQ(planned.problems.size(), 1u) << dump(planned);
  EXPECT_EQ(planned.problems[0].to_string(),
            "f.xlsx, sheet Sheet1: cell C2 (hours): the cell holds a formula but not its result "
            "(the program that wrote the file did not save it): open the workbook in Excel or "
            "WPS and save it again, or paste the column as values (选择性粘贴 → 数值)");
}

// Item 9: an OLE container reaches the workbook reader, which tells an
// encrypted workbook from an .xls; nothing about CSV. (Issue 23: an .xls is
// read by FreeXL, which finds these containers hold no workbook.)
TEST_F(WorkbookHardening, PasswordProtectedWorkbooksAndXlsFilesAreToldApart) {
  const auto ole = [](const std::string& stream) {
    std::string bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    bytes += std::string(504, '\0');
    for (const char c : stream) bytes += std::string{c, '\0'};
    return bytes + std::string(2 + 4096, '\0');
  };
  const std::string encrypted = refusal(ole("EncryptedPackage"));
  EXPECT_PRED2(holds, encrypted, "f.xlsx: is protected by a password");
  EXPECT_FALSE(holds(encrypted, "CSV")) << encrypted;
  const std::string xls = refusal(ole("Workbook"));
  EXPECT_PRED2(holds, xls, "f.xlsx: is an Excel 97-2003 workbook (.xls) that is damaged");
  EXPECT_FALSE(holds(xls, "CSV")) << xls;
  EXPECT_PRED2(holds, refusal(ole("Other")), "f.xlsx: is an Excel 97-2003 workbook (.xls) that");
}

// Item 9: what refers outside the file is refused, not skipped; internal
// entities stay as before (the billion laughs, refused at the cell limit).
TEST_F(WorkbookHardening, ExternalEntitiesAndDtdsAreRefused) {
  const auto sheet_xml = [](const std::string& doctype, const std::string& text) {
    return std::string(R"(<?xml version="1.0"?>)") + doctype +
           R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
           kHeader + R"(<row r="2"><c r="A2" t="inlineStr"><is><t>)" + text +
           "</t></is></c></row></sheetData></worksheet>";
  };
  const auto with_sheet = [&](const std::string& xml) {
    auto parts = test::workbook_parts({{"Sheet1", ""}});
    parts["xl/worksheets/sheet1.xml"] = xml;
    return test::zip_of(parts, dir_.path() / "x.zip");
  };
  const std::string entity = refusal(with_sheet(
      sheet_xml(R"(<!DOCTYPE worksheet [<!ENTITY e SYSTEM "file:///etc/passwd">]>)", "&e;")));
  EXPECT_PRED2(holds, entity,
               "f.xlsx, sheet Sheet1: xl/worksheets/sheet1.xml: refers to \"file:///etc/passwd\", "
               "outside the workbook (XML line 1)");
  const std::string dtd = refusal(
      with_sheet(sheet_xml(R"(<!DOCTYPE worksheet SYSTEM "http://example.com/x.dtd">)", "a")));
  EXPECT_PRED2(holds, dtd, "refers to \"http://example.com/x.dtd\", outside the workbook");
  std::string laughs = R"(<!DOCTYPE worksheet [<!ENTITY a0 "lol">)";
  for (int i = 1; i <= 9; ++i)
    laughs += "<!ENTITY a" + std::to_string(i) + " \"" + std::string() + "&a" +
              std::to_string(i - 1) + ";&a" + std::to_string(i - 1) + ";&a" +
              std::to_string(i - 1) + ";&a" + std::to_string(i - 1) + ";&a" +
              std::to_string(i - 1) + ";&a" + std::to_string(i - 1) + ";&a" +
              std::to_string(i - 1) + ";&a" + std::to_string(i - 1) + ";&a" +
              std::to_string(i - 1) + ";&a" + std::to_string(i - 1) + ";\">";
  laughs += "]>";
  // A billion "lol"s: stopped where the cell passes 64 KB, long before expat's own guard.
  EXPECT_PRED2(holds, refusal(with_sheet(sheet_xml(laughs, "&a9;"))),
               "f.xlsx, sheet Sheet1: cell A2 holds more than 64 KB");
}

TEST_F(WorkbookHardening, ATagLongerThanExpatShouldHoldIsRefused) {
  const std::string message = refusal(book("<sheetData>" + kHeader + R"(<row r="2" x=")" +
                                           std::string(2 << 20, 'x') + R"("/></sheetData>)"));
  EXPECT_PRED2(holds, message,
               "xl/worksheets/sheet1.xml: is damaged: it holds an XML tag, comment or declaration "
               "longer than 1 MB (from XML line 1)");
}

// Item 9: a zip cut short is said to be one.
TEST_F(WorkbookHardening, ATruncatedZipIsSaidToBeCutShort) {
  const std::string whole = book("<sheetData>" + kHeader + "</sheetData>");
  for (const std::size_t keep : {whole.size() / 2, whole.size() - 10, std::size_t{30}}) {
    const std::string message = refusal(whole.substr(0, keep));
    EXPECT_PRED2(holds, message, "f.xlsx: is damaged: it starts as an Excel workbook") << keep;
    EXPECT_FALSE(holds(message, "not a zip archive")) << message;
  }
}

}  // namespace
}  // namespace cwt
