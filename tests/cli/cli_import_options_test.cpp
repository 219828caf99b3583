// `import`'s choices: --good-rows-only with --rejected-out (the rejected rows
// back as a workbook in the file's layout, which imports once fixed), the
// dry run's preview as JSON, a column mapping saved and reused, and the
// messages in Chinese when the program runs in Chinese.
#include <nlohmann/json.hpp>

#include "cli_test_support.hpp"
#include "cwt/exchange/xlsx_reader.hpp"
#include "cwt/platform/message_catalog.hpp"
#include "cwt/platform/platform.hpp"

namespace cwt::cli::testing {
namespace {

class ImportOptionsTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    ASSERT_EQ(run({"init"}).exit_code, 0);
    const auto workers =
        write_file("workers.csv", "身份证号,姓名,区,街道,社区,入职日期,职务\n" + id1 +
                                      ",张三,和平区,劝业场街道,新兴社区,2020-01-01,网格员\n" + id2 +
                                      ",李四,和平区,劝业场街道,新兴社区,2021-03-01,居委会主任\n");
    ASSERT_EQ(run({"import", "workers", workers.string()}).exit_code, 0);
  }
  const std::string id1 = make_id("120101", "19900101", 11);
  const std::string id2 = make_id("120101", "19850202", 22);
  const std::string id3 = make_id("120101", "19870303", 33);
};

TEST_F(ImportOptionsTest, GoodRowsOnlyImportsThemAndHandsTheRejectedBack) {
  const auto csv =
      write_file("training.csv", "身份证号,培训日期,学时,类别,备注\n" + id1 +
                                     ",2026-03-01,4,技能,\n" + id1 + ",2026-03-02,2.3,技能,补课\n" +
                                     id2 + ",2026-03-03,4,技能,\n" + id3 + ",2026-03-04,4,技能,\n");
  const auto rejected = (dir() / "rejected.xlsx").string();
  const auto before = read_bytes(db_path());
  const auto blocked = run({"import", "training", csv.string(), "--rejected-out", rejected});
  EXPECT_EQ(blocked.exit_code, 1);
  EXPECT_EQ(read_bytes(db_path()), before) << "without --good-rows-only nothing is written";
  EXPECT_NE(blocked.err.find("2 rejected rows written to"), std::string::npos) << blocked.err;

  std::filesystem::remove(rejected);
  const auto result =
      run({"import", "training", csv.string(), "--good-rows-only", "--rejected-out", rejected});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("2 rows"), std::string::npos) << result.out;
  EXPECT_NE(result.err.find("line 3"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("2 rejected rows not imported, written to"), std::string::npos)
      << result.err;

  // The rejected rows as the file has them, and why.
  const auto book = XlsxWorkbook::from_file(rejected);
  ASSERT_TRUE(book) << book.error();
  const auto sheet = book->sheet(0);
  ASSERT_EQ(sheet->rows.size(), 3u);
  EXPECT_EQ(sheet->rows[0].cells.size(), 6u);
  EXPECT_EQ(sheet->rows[0].cells[4].text, "备注");
  EXPECT_EQ(sheet->rows[1].cells[0].text, id1);
  EXPECT_EQ(sheet->rows[1].cells[4].text, "补课");
  EXPECT_FALSE(sheet->rows[1].cells[5].text.empty());
  EXPECT_EQ(sheet->rows[2].cells[0].text, id3);

  // Fixed (the worker added, the hours corrected), it imports as it is.
  const auto worker =
      write_file("w3.csv", "身份证号,姓名,区,街道,社区,入职日期,职务\n" + id3 +
                               ",王五,和平区,劝业场街道,新兴社区,2020-01-01,网格员\n");
  ASSERT_EQ(run({"import", "workers", worker.string()}).exit_code, 0);
  const auto fixed = write_file("fixed.csv", "身份证号,培训日期,学时,类别,备注,不导入原因\n" + id1 +
                                                 ",2026-03-02,2.5,技能,补课,学时有误\n" + id3 +
                                                 ",2026-03-04,4,技能,,\n");
  const auto again = run({"import", "training", fixed.string()});
  EXPECT_EQ(again.exit_code, 0) << again.err;
}

TEST_F(ImportOptionsTest, TheDryRunPreviewAsJson) {
  const auto csv = write_file(
      "workers.csv", "身份证号,姓名,区,街道,社区,入职日期,职务,籍贯\n" + id1 +
                         ",张三,和平区,劝业场街道,新兴社区,2020-01-01,网格员,天津\n" + id2 +
                         ",李四,和平区,劝业场街道,花园里社区,2021-03-01,"
                         "居委会主任,河北\n" +
                         id3 +
                         ",王五,和平区,劝业场街道,新兴社区,2020-02-30,"
                         "网格员,\n");
  const auto result = run({"import", "workers", csv.string(), "--dry-run", "--format", "json"});
  EXPECT_EQ(result.exit_code, 1) << "a rejected row: nothing would be imported";
  const auto preview = nlohmann::json::parse(result.out);
  EXPECT_EQ(preview["would_import"], false);
  EXPECT_EQ(preview["header_line"], 1);
  EXPECT_EQ(preview["columns"][7]["header"], "籍贯");
  EXPECT_TRUE(preview["columns"][7]["field"].is_null());
  EXPECT_EQ(preview["counts"]["already_recorded"], 1);
  EXPECT_EQ(preview["counts"]["updated_worker"], 1);
  EXPECT_EQ(preview["counts"]["rejected"], 1);
  ASSERT_EQ(preview["rows"].size(), 3u);
  EXPECT_EQ(preview["rows"][1]["outcome"], "updated_worker");
  EXPECT_EQ(
      preview["rows"][1]["changes"][0],
      (nlohmann::json{{"field", "community"}, {"before", "新兴社区"}, {"after", "花园里社区"}}));
  EXPECT_EQ(preview["rows"][2]["outcome"], "rejected");
  EXPECT_EQ(preview["rows"][2]["problems"][0]["column_name"], "入职日期");
  const auto text = run({"import", "workers", csv.string(), "--format", "json"});
  EXPECT_EQ(text.exit_code, 2) << "json is the dry run's";
}

TEST_F(ImportOptionsTest, AMappingSavedAndUsedForTheNextWorkbook) {
  const std::string header = "证件号,姓名,区,所属街道办,社区,参工时间,职务\n";
  const auto first = write_file(
      "first.csv", header + id3 + ",王五,和平区,劝业场街道,新兴社区,2020-01-01,网格员\n");
  const auto refused = run({"import", "workers", first.string()});
  EXPECT_EQ(refused.exit_code, 1);
  const auto mapping = write_file("mapping.csv",
                                  "column,field\n证件号,id_number\n所属街道办,street\n参工时间,"
                                  "hire_date\n");
  const auto saved = (dir() / "saved.csv").string();
  const auto result = run({"import", "workers", first.string(), "--mapping", mapping.string(),
                           "--save-mapping", saved});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(read_bytes(saved).find("参工时间,hire_date"), std::string::npos) << read_bytes(saved);
  const auto next = write_file(
      "next.csv", header + id3 + ",王五,和平区,劝业场街道,花园里社区,2020-01-01,网格员\n");
  const auto reused = run({"import", "workers", next.string(), "--mapping", saved});
  EXPECT_EQ(reused.exit_code, 0) << reused.err;
  const auto bad = write_file("bad.csv", "column,field\n证件号,idnumber\n");
  const auto wrong = run({"import", "workers", next.string(), "--mapping", bad.string()});
  EXPECT_EQ(wrong.exit_code, 1);
  EXPECT_NE(wrong.err.find("line 2"), std::string::npos) << wrong.err;
}

// The build tree's catalog (build/locale), looked for above the test program.
std::vector<std::filesystem::path> build_catalog_folders() {
  std::vector<std::filesystem::path> folders;
  // catalog_folders() starts with the program's own folder's locale/.
  auto folder = catalog_folders().front().parent_path();
  for (int up = 0; up < 4 && folder.has_relative_path(); ++up, folder = folder.parent_path())
    folders.push_back(folder / "locale");
  return folders;
}

TEST_F(ImportOptionsTest, MessagesInChineseWhenTheProgramRunsInChinese) {
  ASSERT_TRUE(use_message_language(Language::zh, build_catalog_folders()))
      << "no zh_CN catalog above " << catalog_folders().front();
  const auto csv = write_file("t.csv", "身份证号,培训日期,学时,类别\n" + id1 + ",45352,4,技能\n");
  const auto result = run({"--lang", "zh", "import", "training", csv.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("2024-03-01"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("未导入"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("日期"), std::string::npos) << result.err;
  use_message_language(Language::en, {});
}

}  // namespace
}  // namespace cwt::cli::testing
