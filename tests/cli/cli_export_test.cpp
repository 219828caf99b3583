// `export` and `status --format xlsx`: what export writes, import reads back
// unchanged (the whole demo, compared through `status --format json`);
// workbooks hold ID numbers as text and dates as dates, under Chinese headers.
#include <array>

#include "cli_test_support.hpp"
#include "cwt/exchange/xlsx_reader.hpp"
#include "cwt/platform/platform.hpp"

namespace cwt::cli::testing {
namespace {

constexpr std::array<const char*, 5> kKinds{"workers", "positions", "exams", "certificates",
                                            "training"};

class ExportTest : public CliTest {
 protected:
  // Exports every kind from the test's database as `format`, imports the
  // files into a fresh database and returns the two status JSONs.
  std::pair<std::string, std::string> round_trip(const std::string& format,
                                                 const std::string& language,
                                                 const std::vector<std::string>& kinds = {
                                                     kKinds.begin(), kKinds.end()}) {
    const std::string copy = (dir() / ("copy-" + format + ".cwt")).string();
    EXPECT_EQ(run_raw({"--db", copy, "init"}).exit_code, 0);
    for (const std::string& kind : kinds) {
      const auto file = (dir() / (kind + "." + format)).string();
      const auto exported =
          run({"--lang", language, "export", kind, "--format", format, "-o", file});
      EXPECT_EQ(exported.exit_code, 0) << kind << ": " << exported.err;
      const auto imported = run_raw({"--db", copy, "import", kind, file});
      EXPECT_EQ(imported.exit_code, 0) << kind << ": " << imported.err;
    }
    const std::vector<std::string> status{"status", "--as-of", "2026-06-30", "--format", "json"};
    std::vector<std::string> copy_status{"--db", copy};
    copy_status.insert(copy_status.end(), status.begin(), status.end());
    return {run(status).out, run_raw(copy_status).out};
  }
};

TEST_F(ExportTest, AnExportedDemoImportsIntoAFreshDatabaseWithTheSameStatus) {
  ASSERT_EQ(run({"init"}).exit_code, 0);
  ASSERT_EQ(run({"demo", "--workers", "2000", "--seed", "7"}).exit_code, 0);
  const auto [original, copy] = round_trip("xlsx", "zh");
  EXPECT_GT(original.size(), 2000u * 300u) << "the demo's status is missing";
  EXPECT_TRUE(original == copy) << "the workbooks did not bring the same status back";
}

TEST_F(ExportTest, CsvInEnglishRoundTripsToo) {
  ASSERT_EQ(run({"init"}).exit_code, 0);
  ASSERT_EQ(run({"demo", "--workers", "300", "--seed", "11"}).exit_code, 0);
  const auto [original, copy] = round_trip("csv", "en");
  EXPECT_GT(original.size(), 300u * 300u);
  EXPECT_TRUE(original == copy) << "the CSV files did not bring the same status back";
  const auto csv = read_bytes(dir() / "workers.csv");
  EXPECT_TRUE(csv.starts_with("\xEF\xBB\xBFid_number,name,gender,birth_date,"))
      << "a CSV for people carries a BOM and the import's headers";
}

TEST_F(ExportTest, ATextASpreadsheetWouldRunComesBackAsWritten) {
  ASSERT_EQ(run({"init"}).exit_code, 0);
  const std::string id = make_id("120101", "19900101", 11);
  ASSERT_EQ(run({"worker", "add", "--id-number", id, "--name", "张三", "--district", "和平区",
                 "--street", "劝业场街道", "--community", "新兴社区", "--hire-date", "2020-01-01",
                 "--position", "community_staff", "--phone", "+86 138 0000 0000"})
                .exit_code,
            0);
  ASSERT_EQ(run({"training", "add", "--id-number", id, "--date", "2026-03-01", "--hours", "4",
                 "--category", "skills", "--course", "=HYPERLINK(\"http://x\")"})
                .exit_code,
            0);
  const auto csv = (dir() / "training.csv").string();
  ASSERT_EQ(run({"export", "training", "--format", "csv", "-o", csv}).exit_code, 0);
  EXPECT_NE(read_bytes(csv).find("\"'=HYPERLINK(\"\"http://x\"\")\""), std::string::npos)
      << read_bytes(csv);
  // (An export without rows is a header alone, which the import refuses as
  // most likely the wrong file: only the kinds with records go back.)
  const auto [original, copy] = round_trip("csv", "zh", {"workers", "training"});
  EXPECT_TRUE(original == copy);
  const std::string copy_db = (dir() / "copy-csv.cwt").string();
  const auto shown = run_raw({"--db", copy_db, "worker", "show", id});
  EXPECT_NE(shown.out.find("=HYPERLINK(\"http://x\")"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("+86 138 0000 0000"), std::string::npos) << shown.out;
}

TEST_F(ExportTest, WorkbooksHoldIdNumbersAsTextAndDatesAsDates) {
  ASSERT_EQ(run({"init"}).exit_code, 0);
  ASSERT_EQ(run({"demo", "--workers", "50", "--seed", "3"}).exit_code, 0);
  const auto file = dir() / "workers.xlsx";
  ASSERT_EQ(
      run({"--lang", "zh", "export", "workers", "--format", "xlsx", "-o", file.string()}).exit_code,
      0);
  const auto workbook = XlsxWorkbook::from_file(file);
  ASSERT_TRUE(workbook) << workbook.error();
  const auto sheet = workbook->sheet(0);
  ASSERT_TRUE(sheet) << sheet.error();
  ASSERT_EQ(sheet->rows.size(), 51u);
  EXPECT_EQ(sheet->rows[0].cells[0].text, "身份证号");
  EXPECT_EQ(sheet->rows[0].cells[3].text, "出生日期");
  EXPECT_EQ(sheet->rows[0].cells[11].text, "入职日期");
  for (std::size_t r = 1; r < sheet->rows.size(); ++r) {
    EXPECT_EQ(sheet->rows[r].cells[0].kind, XlsxCell::Kind::text);
    EXPECT_EQ(sheet->rows[r].cells[0].text.size(), 18u);
    EXPECT_EQ(sheet->rows[r].cells[11].kind, XlsxCell::Kind::number);
    EXPECT_TRUE(sheet->rows[r].cells[11].date_style) << "hire date of row " << r + 1;
    EXPECT_EQ(sheet->rows[r].cells[3].kind, XlsxCell::Kind::number);
    EXPECT_TRUE(sheet->rows[r].cells[3].date_style) << "birth date of row " << r + 1;
  }

  const auto status = dir() / "status.xlsx";
  ASSERT_EQ(
      run({"status", "--as-of", "2026-06-30", "--format", "xlsx", "-o", status.string()}).exit_code,
      0);
  const auto status_book = XlsxWorkbook::from_file(status);
  ASSERT_TRUE(status_book);
  const auto json = run({"status", "--as-of", "2026-06-30", "--format", "json"}).out;
  const auto workers = static_cast<std::size_t>(std::count(json.begin(), json.end(), '\n')) - 2;
  EXPECT_EQ(status_book->sheet(0)->rows.size(), workers + 1);
  EXPECT_EQ(run({"status", "--format", "xlsx"}).exit_code, 2) << "a workbook needs -o";
}

// A text beginning with apostrophes before a character a spreadsheet runs
// gets a guard apostrophe of its own: exported and imported again it is the
// same text, already recorded, counted once.
TEST_F(ExportTest, CwtracksOwnCsvReadsBackUnchangedApostrophesAndAll) {
  const std::vector<std::string> courses{"'=1+1 apostrophe", "'abc", "'",  "''=x",
                                         "=SUM(A1)",         "'-5",  "''", "a'=b",
                                         "'@home",           "-'3'", "'+"};
  ASSERT_EQ(run({"init"}).exit_code, 0);
  const std::string id2 = make_id("120101", "19850202", 22);
  ASSERT_EQ(run({"worker", "add", "--id-number", id2, "--name", "李四", "--district", "和平区",
                 "--street", "劝业场街道", "--community", "新兴社区", "--hire-date", "2021-03-01",
                 "--position", "community_staff"})
                .exit_code,
            0);
  const auto status_json = [&] {
    return run({"status", "--as-of", "2026-06-30", "--format", "json"}).out;
  };
  int day = 1;
  for (const auto& course : courses) {
    const std::string date = "2026-04-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
    ++day;
    ASSERT_EQ(run({"training", "add", "--id-number", id2, "--date", date, "--hours", "1",
                   "--category", "skills", "--course", course})
                  .exit_code,
              0)
        << course;
  }
  const std::string before = status_json();
  const auto csv = dir() / "export.csv";
  ASSERT_EQ(run({"export", "training", "--format", "csv", "-o", csv.string()}).exit_code, 0);
  const std::string bytes = read_bytes(csv);
  EXPECT_NE(bytes.find(",''=1+1 apostrophe,"), std::string::npos) << bytes;
  EXPECT_NE(bytes.find(",'abc,"), std::string::npos) << bytes;
  EXPECT_NE(bytes.find(",'''=x,"), std::string::npos) << bytes;
  EXPECT_NE(bytes.find(",'=SUM(A1),"), std::string::npos) << bytes;

  // Into the same database: every row already recorded, nothing added.
  const auto again = run({"import", "training", csv.string()});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("rows already recorded, skipped"), std::string::npos) << again.out;
  EXPECT_EQ(status_json(), before) << "hours counted twice";
  const auto shown = run({"worker", "show", id2});
  for (const auto& course : courses)
    EXPECT_NE(shown.out.find(course), std::string::npos) << course << "\n" << shown.out;

  // Into a fresh database: the same texts.
  const std::string copy = utf8_from_path(dir() / "copy.cwt");
  ASSERT_EQ(run_raw({"--db", copy, "init"}).exit_code, 0);
  const auto workers = dir() / "workers-out.csv";
  ASSERT_EQ(run({"export", "workers", "--format", "csv", "-o", workers.string()}).exit_code, 0);
  ASSERT_EQ(run_raw({"--db", copy, "import", "workers", workers.string()}).exit_code, 0);
  ASSERT_EQ(run_raw({"--db", copy, "import", "training", csv.string()}).exit_code, 0);
  const auto copy_csv = dir() / "copy-export.csv";
  ASSERT_EQ(
      run_raw({"--db", copy, "export", "training", "--format", "csv", "-o", copy_csv.string()})
          .exit_code,
      0);
  EXPECT_EQ(read_bytes(copy_csv), bytes);
}

}  // namespace
}  // namespace cwt::cli::testing
