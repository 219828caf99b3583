// Excel 97-2003 workbooks (.xls) read through FreeXL: the street roster as
// LibreOffice saves it (tests/fixtures/xls, make-xls-fixtures) reads cell for
// cell as the .xlsx it was made from; dates in every format are days as
// Excel counts them; the sheet is chosen as in an .xlsx; a password, an
// .ods, a cut-off or garbage file is refused saying what to do.
#include "cwt/exchange/xls_reader.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <random>
#include <sstream>

#include "../fixtures/street_roster.hpp"
#include "cwt/exchange/file_bytes.hpp"
#include "cwt/exchange/importer.hpp"
#include "cwt/exchange/workbook.hpp"
#include "cwt/model/policy.hpp"
#include "cwt/platform/helper_program.hpp"
#include "support.hpp"
#include "xlsx_support.hpp"

namespace cwt {
namespace {

const std::filesystem::path fixtures = CWTRACK_FIXTURES_DIR "/xls";

std::string fixture(const std::string& name) {
  const auto bytes = read_file_bytes(fixtures / name);
  EXPECT_TRUE(bytes) << name << ": " << bytes.error();
  return bytes ? bytes.value() : std::string();
}

using test::cell;

std::string describe(const XlsxCell& c) {
  std::ostringstream out;
  out << static_cast<int>(c.kind) << " [" << c.text << "] " << c.number
      << (c.date_style ? " date" : "");
  return out.str();
}

ImportPlan plan_of(const std::string& bytes, const std::string& label,
                   const ImportOptions& options = {}) {
  return plan_import_bytes(ImportKind::workers, bytes, label, {}, test::today, Policy{}, options);
}

// The one problem a refused file has: the whole file's.
std::string refusal(const std::string& bytes, const std::string& label = "f.xls") {
  const auto plan = plan_of(bytes, label);
  EXPECT_EQ(plan.problems.size(), 1u) << test::dump(plan);
  EXPECT_FALSE(plan.ready);
  return plan.problems.empty() ? std::string() : plan.problems[0].to_string();
}

TEST(ExcelSerial, FreexlDatesAreDaysAsExcelCountsThem) {
  EXPECT_EQ(excel_serial_of("1900-01-01", false), 1);
  EXPECT_EQ(excel_serial_of("1900-02-28", false), 59);
  EXPECT_EQ(excel_serial_of("1900-02-29", false), 60);  // Excel's day that never was
  EXPECT_EQ(excel_serial_of("1900-03-01", false), 61);
  EXPECT_EQ(excel_serial_of("2019-03-01", false), 43525);
  EXPECT_EQ(excel_serial_of("2020-03-15 09:00:00", false), 43905.375);
  EXPECT_EQ(excel_serial_of("09:00:00", false), 0.375);
  // The 1904 system: day 1 is 1904-01-02, 1,462 days fewer than 1900's.
  EXPECT_EQ(excel_serial_of("1904-01-02", true), 1);
  EXPECT_EQ(excel_serial_of("2019-03-01", true), 43525 - 1462);
  for (const auto* not_a_date : {"", "2019-3-1", "2019-13-01", "2019-03-01T09:00:00", "公元2019年",
                                 "2019-03-01 9:00:00", "25:00"})
    EXPECT_FALSE(excel_serial_of(not_a_date, false)) << not_a_date;
}

class XlsReader : public ::testing::Test {
 protected:
  test::TempDir dir_;
};

// The .xls LibreOffice made of the roster holds what the .xlsx holds, cell
// for cell: text, numbers as written (1985.03, the 15-digit ID number, the
// 18-digit one Excel rounded), dates as days in a date style.
TEST_F(XlsReader, TheRosterReadsCellForCellAsItsXlsx) {
  const auto roster = test::write_street_roster(dir_.path() / "roster.xlsx");
  const auto xlsx = Workbook::from_file(roster.file);
  const auto xls = Workbook::from_bytes(fixture("street_roster.xls"));
  ASSERT_TRUE(xlsx) << xlsx.error();
  ASSERT_TRUE(xls) << xls.error();
  EXPECT_EQ(xls->sheet_names(), std::vector<std::string>{"花名册"});
  EXPECT_EQ(xls->sheet_names(), xlsx->sheet_names());
  EXPECT_FALSE(xls->uses_1904_dates());
  const auto a = xlsx->sheet(0);
  const auto b = xls->sheet(0);
  ASSERT_TRUE(a) << a.error();
  ASSERT_TRUE(b) << b.error();
  ASSERT_EQ(a->rows.size(), b->rows.size());
  for (std::size_t r = 0; r < a->rows.size(); ++r) {
    const auto& x = a->rows[r];
    const auto& y = b->rows[r];
    ASSERT_EQ(x.number, y.number);
    ASSERT_EQ(x.cells.size(), y.cells.size()) << "row " << x.number;
    for (std::size_t c = 0; c < x.cells.size(); ++c)
      EXPECT_EQ(describe(x.cells[c]), describe(y.cells[c]))
          << column_letters(static_cast<int>(c) + 1) << x.number;
  }
  // What the comparison rests on, spelled out.
  EXPECT_EQ(describe(cell(*b, 6, 4)),
            describe({XlsxCell::Kind::number, "120101800101031", 120101800101031.0, false}));
  EXPECT_EQ(cell(*b, 7, 4).text, "1.2010119920315E+17");
  EXPECT_EQ(describe(cell(*b, 4, 11)), describe({XlsxCell::Kind::number, "41000", 41000, true}));
  EXPECT_EQ(cell(*b, 5, 4).text, "12010119900101048X");
  EXPECT_EQ(cell(*b, 1, 1).text, "劝业场街道社区工作者花名册");
}

// The two-sheet workbook: hire dates in a custom format, Excel's built-in
// format 14 and with a time of day; the sheet that names the columns is
// the one imported, or the one asked for.
TEST_F(XlsReader, DatesInEveryFormatAndTheSheetThatFits) {
  const auto book = Workbook::from_bytes(fixture("two_sheets.xls"));
  ASSERT_TRUE(book) << book.error();
  EXPECT_EQ(book->sheet_names(), (std::vector<std::string>{"说明", "名单"}));
  const auto sheet = book->sheet(1);
  ASSERT_TRUE(sheet) << sheet.error();
  EXPECT_EQ(describe(cell(*sheet, 2, 6)), describe({XlsxCell::Kind::number, "43525", 43525, true}));
  EXPECT_EQ(describe(cell(*sheet, 3, 6)), describe({XlsxCell::Kind::number, "44743", 44743, true}));
  EXPECT_EQ(describe(cell(*sheet, 4, 6)),
            describe({XlsxCell::Kind::number, "43905.375", 43905.375, true}));

  const auto plan = plan_of(fixture("two_sheets.xls"), "two_sheets.xls");
  ASSERT_TRUE(plan.ready) << test::dump(plan);
  EXPECT_EQ(plan.sheet, "名单");
  ASSERT_EQ(plan.change.upsert_workers.size(), 3u);
  EXPECT_EQ(plan.change.upsert_workers[0].id_number, "120101198503120238");
  EXPECT_EQ(plan.change.upsert_workers[0].hire_date, Date(2019, 3, 1));
  EXPECT_EQ(plan.change.upsert_workers[1].id_number, "12010119900101048X");
  EXPECT_EQ(plan.change.upsert_workers[1].hire_date, Date(2022, 7, 1));
  EXPECT_EQ(plan.change.upsert_workers[2].hire_date, Date(2020, 3, 15));
  EXPECT_EQ(plan.change.upsert_workers[2].name, "陈刚");

  ImportOptions first;
  first.sheet = "说明";
  const auto notes = plan_of(fixture("two_sheets.xls"), "two_sheets.xls", first);
  EXPECT_FALSE(notes.ready);
  EXPECT_EQ(notes.sheet, "说明");
  ImportOptions missing;
  missing.sheet = "Sheet9";
  const auto none = plan_of(fixture("two_sheets.xls"), "two_sheets.xls", missing);
  ASSERT_EQ(none.problems.size(), 1u);
  EXPECT_NE(none.problems[0].message.find("its sheets: \"说明\", \"名单\""), std::string::npos)
      << none.problems[0].message;
}

TEST_F(XlsReader, APasswordProtectedXlsIsRefusedSayingHowToRemoveThePassword) {
  const std::string message = refusal(fixture("street_roster_password.xls"));
  EXPECT_NE(message.find("f.xls: is an Excel 97-2003 workbook (.xls) protected by a password"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("remove the password"), std::string::npos) << message;
}

TEST_F(XlsReader, AnOdsIsRefusedSayingToSaveItAsXlsx) {
  const std::string message = refusal(fixture("street_roster.ods"), "f.ods");
  EXPECT_EQ(message,
            "f.ods: is an OpenDocument spreadsheet (.ods), which cwtrack does not read: open it in "
            "LibreOffice or WPS, save it as an Excel workbook (.xlsx), then import that file");
}

// A file cut short anywhere, or garbage behind the OLE signature, is
// refused with a reason (never read as something else, never a crash).
TEST_F(XlsReader, CutOffAndGarbageFilesAreRefusedWithAReason) {
  const std::string whole = fixture("street_roster.xls");
  for (std::size_t keep = 8; keep < whole.size(); keep += 509) {
    const auto plan = plan_of(whole.substr(0, keep), "f.xls");
    EXPECT_FALSE(plan.ready) << keep;
    ASSERT_FALSE(plan.problems.empty()) << keep;
  }
  for (const std::size_t keep : {std::size_t{8}, std::size_t{512}, whole.size() / 2}) {
    const std::string message = refusal(whole.substr(0, keep));
    EXPECT_NE(message.find("f.xls: is an "), std::string::npos) << message;
    EXPECT_EQ(message.find("CSV"), std::string::npos) << message;
  }
  std::string garbage("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  std::mt19937 random(23);
  for (int i = 0; i < 20000; ++i) garbage += static_cast<char>(random());
  EXPECT_EQ(refusal(garbage),
            "f.xls: is an Excel 97-2003 workbook (.xls) that is damaged or incomplete, and cwtrack "
            "cannot read it: open it in Excel or WPS, save it as \"Excel 工作簿 (*.xlsx)\", then "
            "import that file");
}

// Found by fuzzing: FreeXL 1.0.6 converts a directory entry's name by the
// length the entry states, reading up to 64 KB past the 64 bytes the name
// has (AddressSanitizer: a stack-buffer over-read inside iconv). Such a
// file is refused as damaged before FreeXL reads it.
TEST_F(XlsReader, ADirectoryEntryNamingALongerNameThanItHoldsIsRefused) {
  std::string bytes = fixture("street_roster.xls");
  ASSERT_GT(bytes.size(), 0x34u);
  const auto u32 = [&](std::size_t at) {
    std::uint32_t value = 0;
    for (std::size_t i = 4; i-- > 0;)
      value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    return value;
  };
  ASSERT_EQ(bytes[0x1E], 9) << "512-byte sectors";
  const std::size_t directory = (u32(0x30) + 1) * 512;
  ASSERT_LT(directory + 512, bytes.size());
  bytes[directory + 64] = '\x00';  // the first entry's name: 0x1600 bytes
  bytes[directory + 65] = '\x16';
  EXPECT_EQ(refusal(bytes),
            "f.xls: is an Excel 97-2003 workbook (.xls) that is damaged or incomplete, and cwtrack "
            "cannot read it: open it in Excel or WPS, save it as \"Excel 工作簿 (*.xlsx)\", then "
            "import that file");
}

// FreeXL runs in a helper process (xls_reader.hpp): found by fuzzing, it
// reads past its buffers on some damaged files, which in the program itself
// would end the officer's window. A helper that crashes, hangs, floods its
// output, stops half-way or fails leaves the program running and the file
// called damaged (or too large), and the next file is read as ever.
TEST_F(XlsReader, AHelperThatCrashesHangsOrFloodsLeavesTheFileCalledDamaged) {
  const std::string damaged =
      "is an Excel 97-2003 workbook (.xls) that is damaged or incomplete, and cwtrack cannot "
      "read it: open it in Excel or WPS, save it as \"Excel 工作簿 (*.xlsx)\", then import that "
      "file";
  use_xls_reader_program(helper_program("stand_in_xls_reader"));
  set_xls_reading_time_limit(std::chrono::seconds(2));
  for (const std::string word : {"crash", "hang", "cut", "fail"}) {
    const auto started = std::chrono::steady_clock::now();
    const auto book = XlsWorkbook::from_bytes(word + "\n");
    ASSERT_FALSE(book) << word;
    EXPECT_EQ(book.error(), damaged) << word;
    // The hang is stopped at the limit, not waited out.
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(20)) << word;
  }
  // Time enough to write past the output limit (a pipe under Wine is slow).
  set_xls_reading_time_limit(std::chrono::seconds(120));
  const auto flooded = XlsWorkbook::from_bytes("flood\n");
  ASSERT_FALSE(flooded);
  EXPECT_NE(flooded.error().find("too large to read"), std::string::npos) << flooded.error();

  use_xls_reader_program({});
  use_xls_reader_program(helper_program("no_such_reader"));
  const auto missing = XlsWorkbook::from_bytes(fixture("street_roster.xls"));
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().find("is missing or cannot start"), std::string::npos)
      << missing.error();
  EXPECT_NE(missing.error().find("no_such_reader"), std::string::npos) << missing.error();

  use_xls_reader_program({});
  set_xls_reading_time_limit(std::chrono::seconds(60));
  const auto roster = XlsWorkbook::from_bytes(fixture("street_roster.xls"));
  ASSERT_TRUE(roster) << roster.error();
  EXPECT_FALSE(roster->sheet_names().empty());
}

}  // namespace
}  // namespace cwt
