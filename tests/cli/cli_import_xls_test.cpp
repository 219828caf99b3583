// Excel 97-2003 workbooks through the command line (issue 23): the street
// roster saved as .xls by LibreOffice (tests/fixtures/xls) imports to the
// same workers, and the same `status --format json`, as the .xlsx it was
// made from; an .ods is refused saying how to save it as .xlsx.
#include <nlohmann/json.hpp>
#include <set>

#include "../fixtures/street_roster.hpp"
#include "cli_test_support.hpp"
#include "cwt/platform/platform.hpp"

namespace cwt::cli::testing {
namespace {

const std::filesystem::path fixtures = CWTRACK_FIXTURES_DIR "/xls";

class XlsImportTest : public CliTest {
 protected:
  // `import workers FILE` with the roster's street and district into the
  // database `db`, then its status as JSON.
  std::pair<CliResult, std::string> import_into(const std::string& db,
                                                const std::filesystem::path& file) {
    EXPECT_EQ(run_raw({"--db", db, "init"}).exit_code, 0);
    auto result = run_raw({"--db", db, "import", "workers", utf8_from_path(file), "--set",
                           "street=劝业场街道", "--set", "district=和平区", "--good-rows-only"});
    const auto status =
        run_raw({"--db", db, "status", "--as-of", "2026-06-30", "--format", "json"});
    EXPECT_EQ(status.exit_code, 0) << status.err;
    return {std::move(result), status.out};
  }
};

TEST_F(XlsImportTest, TheXlsImportsAsItsXlsxDoes) {
  const auto roster = test::write_street_roster(dir() / "roster.xlsx");
  const auto [from_xlsx, xlsx_status] = import_into(utf8_from_path(dir() / "a.cwt"), roster.file);
  const auto [from_xls, xls_status] =
      import_into(utf8_from_path(dir() / "b.cwt"), fixtures / "street_roster.xls");
  ASSERT_EQ(from_xlsx.exit_code, 0) << from_xlsx.err;
  ASSERT_EQ(from_xls.exit_code, 0) << from_xls.err;
  EXPECT_EQ(from_xls.out, "Imported 7 workers from " +
                              utf8_from_path(fixtures / "street_roster.xls") +
                              ": 7 new\n"
                              "1 row with problems not imported\n"
                              "5 rows around the table skipped (title, 填报单位, 合计, notes, "
                              "signatures)\n");
  // The row whose ID number Excel rounded is refused as in the .xlsx.
  EXPECT_NE(from_xls.err.find("cell D" + std::to_string(roster.lost_row) +
                              " (身份证号码): the ID number is stored as a number "
                              "(1.2010119920315E+17)"),
            std::string::npos)
      << from_xls.err;
  EXPECT_EQ(xls_status, xlsx_status);
  const auto workers = nlohmann::json::parse(xls_status);
  ASSERT_EQ(workers.size(), 7u);
  std::set<std::string> ids;
  for (const auto& worker : workers) ids.insert(worker["id_number"].get<std::string>());
  for (const auto& good : roster.good) EXPECT_TRUE(ids.contains(good.id_number)) << good.id_number;
  EXPECT_TRUE(ids.contains("120101198001010311")) << "the 15-digit number stored as a number";
}

TEST_F(XlsImportTest, AnOdsIsRefusedWithWhatToDo) {
  ASSERT_EQ(run({"init"}).exit_code, 0);
  const auto result = run({"import", "workers", utf8_from_path(fixtures / "street_roster.ods")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("is an OpenDocument spreadsheet (.ods), which cwtrack does not read: "
                            "open it in LibreOffice or WPS, save it as an Excel workbook (.xlsx)"),
            std::string::npos)
      << result.err;
}

}  // namespace
}  // namespace cwt::cli::testing
