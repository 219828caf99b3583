// `import` through the command line: all or nothing, the file untouched on a
// bad row, Chinese headers and GB18030, Chinese characters in paths.
#include <nlohmann/json.hpp>

#include "cli_test_support.hpp"
#include "cwt/platform/platform.hpp"

namespace cwt::cli::testing {
namespace {

class ImportTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    ASSERT_EQ(run({"init"}).exit_code, 0);
    const auto workers = write_file(
        "workers.csv", "id_number,name,district,street,community,hire_date,position\n" + id1 +
                           ",张三,和平区,劝业场街道,新兴社区,2020-01-01,community_staff\n" + id2 +
                           ",李四,和平区,劝业场街道,新兴社区,2021/3/1,居委会主任\n");
    const auto result = run({"import", "workers", workers.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
  }
  const std::string id1 = make_id("120101", "19900101", 11);
  const std::string id2 = make_id("120101", "19850202", 22);
};

TEST_F(ImportTest, OneBadRowImportsNothingAndLeavesTheFileAsItWas) {
  const auto csv = write_file(
      "training.csv", "id_number,date,hours,category\n" + id1 + ",2025-03-01,4,skills\n" + id1 +
                          ",2025-03-02,2.3,skills\n" + id2 + ",2025-02-30,3,skills\n" + id2 +
                          ",2025-03-04,4,practice\n");
  const auto before = read_bytes(db_path());
  const auto result = run({"import", "training", csv.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(read_bytes(db_path()), before);
  EXPECT_NE(result.err.find("line 3"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("line 4"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("nothing imported"), std::string::npos);
  const auto status = run({"worker", "show", id1});
  EXPECT_EQ(status.out.find("2025-03-01"), std::string::npos) << "a good row was imported";
}

TEST_F(ImportTest, GoodRowsImportAndCount) {
  const auto csv =
      write_file("training.csv", "id_number,date,hours,category\n" + id1 +
                                     ",2026-03-01,4,skills\n" + id1 + ",2026-03-02,2.5,技能\n");
  ASSERT_EQ(run({"import", "training", csv.string()}).exit_code, 0);
  const auto all =
      nlohmann::json::parse(run({"status", "--as-of", "2026-06-30", "--format", "json"}).out);
  const auto entry = std::ranges::find_if(
      all, [&](const nlohmann::json& worker) { return worker["id_number"] == id1; });
  ASSERT_NE(entry, all.end());
  EXPECT_EQ((*entry)["training"]["completed_hours"], 6.5);
}

TEST_F(ImportTest, ADryRunSaysWhatWouldHappenAndWritesNothing) {
  const auto csv = write_file("training.csv", "培训记录\n身份证号,培训日期,学时,类别,备注\n" + id1 +
                                                  ",2026-03-01,4,skills,\n" + id1 +
                                                  ",2026-03-02,2.5,技能,补课\n合计,,6.5\n");
  const auto before = read_bytes(db_path());
  const auto dry = run({"import", "training", csv.string(), "--dry-run"});
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_EQ(read_bytes(db_path()), before);
  EXPECT_NE(dry.out.find("header on line 2, 2 rows below it"), std::string::npos) << dry.out;
  EXPECT_NE(dry.out.find("2 rows around the table skipped"), std::string::npos) << dry.out;
  EXPECT_NE(dry.out.find("would add 2 records"), std::string::npos) << dry.out;
  EXPECT_NE(dry.out.find("columns read: 身份证号 → id_number, 培训日期 → date, 学时 → hours, "
                         "类别 → category"),
            std::string::npos)
      << dry.out;
  EXPECT_NE(dry.out.find("columns ignored: 备注"), std::string::npos) << dry.out;
  EXPECT_NE(dry.out.find("nothing written"), std::string::npos) << dry.out;
  // Imported, then the same file again: recognised.
  ASSERT_EQ(run({"import", "training", csv.string()}).exit_code, 0);
  const auto again = run({"import", "training", csv.string(), "--dry-run"});
  EXPECT_NE(again.out.find("would add 0 records"), std::string::npos) << again.out;
  EXPECT_NE(again.out.find("2 rows are already recorded"), std::string::npos) << again.out;
}

TEST_F(ImportTest, ChineseHeadersGb18030AndAChinesePath) {
  // "身份证号,考试日期,考试,结果\n<id1>,2024年5月1日,社区工作者职业资格考试,通过\n" in GB18030.
  const std::string gb_header =
      "\xc9\xed\xb7\xdd\xd6\xa4\xba\xc5,\xbf\xbc\xca\xd4\xc8\xd5\xc6\xda,\xbf\xbc\xca\xd4,"
      "\xbd\xe1\xb9\xfb\n";
  const std::string gb_row = id1 +
                             ",2024\xc4\xea"
                             "5\xd4\xc2"
                             "1\xc8\xd5,"
                             "\xc9\xe7\xc7\xf8\xb9\xa4\xd7\xf7\xd5\xdf\xd6\xb0\xd2\xb5\xd7\xca"
                             "\xb8\xf1\xbf\xbc\xca\xd4,\xcd\xa8\xb9\xfd\n";
  const auto csv = write_file("天津/和平区 社区工作者.csv", gb_header + gb_row);
  const auto result = run({"import", "exams", utf8_from_path(csv)});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto shown = run({"worker", "show", id1});
  EXPECT_NE(shown.out.find("2024-05-01"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("社区工作者职业资格考试"), std::string::npos);
}

TEST_F(ImportTest, DatabaseWithAChinesePath) {
  const std::string db = utf8_from_path(dir() / path_from_utf8("天津 数据/社区工作者.cwt"));
  std::filesystem::create_directories(path_from_utf8(db).parent_path());
  ASSERT_EQ(run_raw({"--db", db, "init"}).exit_code, 0);
  EXPECT_TRUE(std::filesystem::exists(path_from_utf8(db)));
  EXPECT_EQ(run_raw({"--db", db, "status", "--format", "json"}).exit_code, 0);
}

TEST_F(ImportTest, UnknownIdNumberIsABadRow) {
  const std::string stranger = make_id("120102", "19910101", 33);
  const auto csv =
      write_file("certs.csv", "id_number,type,issue_date\n" + stranger + ",city_cw,2024-01-01\n");
  const auto result = run({"import", "certificates", csv.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("line 2"), std::string::npos) << result.err;
}

TEST_F(ImportTest, FifteenDigitFormIsTheSameWorker) {
  // id1 is 120101 19900101 011 + check; its old form is 120101 900101 011.
  const auto csv = write_file("training.csv",
                              "id_number,date,hours,category\n"
                              "120101900101011,2026-02-01,3,quality\n");
  ASSERT_EQ(run({"import", "training", csv.string()}).exit_code, 0);
  EXPECT_NE(run({"worker", "show", id1}).out.find("2026-02-01"), std::string::npos);
}

TEST_F(ImportTest, MissingFileIsBadInput) {
  const auto result = run({"import", "training", (dir() / "none.csv").string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("none.csv"), std::string::npos);
}

}  // namespace
}  // namespace cwt::cli::testing
