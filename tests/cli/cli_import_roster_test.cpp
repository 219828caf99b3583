// A street office's roster through the command line (issue 22): no 街道 or
// 区 column, the street named in the title; `--set` gives the value for
// every row, a roster without a district is refused unless
// `--allow-empty district` says so (a file of the contract's format without
// districts is imported with a warning), and the import says what it wrote.
#include <nlohmann/json.hpp>

#include "../fixtures/street_roster.hpp"
#include "cli_test_support.hpp"

namespace cwt::cli::testing {
namespace {

class RosterImportTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    ASSERT_EQ(run({"init"}).exit_code, 0);
    roster_ = test::write_street_roster(dir() / "roster.xlsx");
  }
  CliResult import(std::vector<std::string> options) {
    std::vector<std::string> arguments{"import", "workers", roster_.file.string()};
    arguments.insert(arguments.end(), options.begin(), options.end());
    return run(arguments);
  }
  test::StreetRoster roster_;
};

TEST_F(RosterImportTest, WithoutTheStreetItSaysHowToGiveTheTitlesOne) {
  const auto before = read_bytes(db_path());
  const auto result = import({});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(read_bytes(db_path()), before);
  EXPECT_NE(result.err.find("the required column street (街道) is missing"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("its title names 劝业场街道: to read every row as 劝业场街道, add "
                            "--set street=劝业场街道"),
            std::string::npos)
      << result.err;
}

TEST_F(RosterImportTest, ARosterWithoutADistrictIsRefusedUntilOneIsGivenOrNoneAllowed) {
  const auto before = read_bytes(db_path());
  const auto refused = import({"--set", "street=劝业场街道", "--good-rows-only"});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_EQ(read_bytes(db_path()), before);
  EXPECT_NE(refused.err.find("7 workers would be saved without a district (区)"), std::string::npos)
      << refused.err;
  EXPECT_NE(refused.err.find("--set district=DISTRICT"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("--allow-empty district"), std::string::npos) << refused.err;

  // The dry run says the same: nothing would be imported.
  const auto dry = import({"--set", "street=劝业场街道", "--good-rows-only", "--dry-run"});
  EXPECT_EQ(dry.exit_code, 1);
  EXPECT_NE(dry.out.find("7 workers would have no district (区)"), std::string::npos) << dry.out;
  const auto json =
      import({"--set", "street=劝业场街道", "--good-rows-only", "--dry-run", "--format", "json"});
  EXPECT_EQ(json.exit_code, 1);
  const auto preview = nlohmann::json::parse(json.out);
  EXPECT_EQ(preview["would_import"], false);
  EXPECT_EQ(preview["without_district"], 7);
  EXPECT_EQ(read_bytes(db_path()), before);

  const auto allowed =
      import({"--set", "street=劝业场街道", "--good-rows-only", "--allow-empty", "district"});
  ASSERT_EQ(allowed.exit_code, 0) << allowed.err;
  EXPECT_NE(allowed.out.find("7 workers saved without a district (区)"), std::string::npos)
      << allowed.out;
}

// A file in DOMAIN.md's format, whose district column is optional, with a
// street of its own and no district: imported (scripts rely on the
// contract), with a warning that says how many have none and how to give it.
TEST_F(RosterImportTest, AFileInTheContractsFormatWithoutDistrictsIsImportedWithAWarning) {
  const auto file = write_file("workers.csv",
                               "id_number,name,street,community,hire_date,position\n"
                               "120101199003070013,王小明,劝业场街道,丽苑里社区,2020-03-01,"
                               "community_staff\n");
  const auto result = run({"import", "workers", file.string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("warning: 1 worker saved without a district (区)"), std::string::npos)
      << result.err;
  EXPECT_EQ(run({"worker", "show", "120101199003070013"}).exit_code, 0);
}

TEST_F(RosterImportTest, TheStreetAndDistrictGivenTheRosterImportsAndSaysWhatItDid) {
  const auto result =
      import({"--set", "street=劝业场街道", "--set", "区=和平区", "--good-rows-only"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "Imported 7 workers from " + roster_.file.string() +
                            ": 7 new\n"
                            "1 row with problems not imported\n"
                            "5 rows around the table skipped (title, 填报单位, 合计, notes, "
                            "signatures)\n");
  // The row whose ID number Excel rounded is named by its cell, and why.
  EXPECT_NE(result.err.find("cell D" + std::to_string(roster_.lost_row) + " (身份证号码)"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("Excel keeps only 15 digits"), std::string::npos) << result.err;
  const auto shown = run({"worker", "show", roster_.good[1].id_number, "--lang", "en"});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_NE(shown.out.find("和平区"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("劝业场街道"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("2019-07-01"), std::string::npos) << "2019.07.01 as text";
  const auto all =
      nlohmann::json::parse(run({"status", "--as-of", "2026-06-30", "--format", "json"}).out);
  ASSERT_EQ(all.size(), 7u);
  for (const auto& worker : all) EXPECT_EQ(worker["street"], "劝业场街道");
  EXPECT_EQ(run({"worker", "show", roster_.lost_id_number}).exit_code, 1)
      << "no worker under a rounded number";

  // Once more: every worker on file as the roster has them.
  const auto again =
      import({"--set", "street=劝业场街道", "--set", "district=和平区", "--good-rows-only"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("7 workers unchanged"), std::string::npos) << again.out;
}

TEST_F(RosterImportTest, WrongValuesForEveryRow) {
  for (const auto& wrong :
       std::vector<std::vector<std::string>>{{"--set", "street"},
                                             {"--set", "籍贯=天津"},
                                             {"--set", "id_number=120101198503121230"},
                                             {"--set", "street="},
                                             {"--set", "street=a", "--set", "街道=b"},
                                             {"--allow-empty", "street"}}) {
    const auto result = import(wrong);
    EXPECT_EQ(result.exit_code, 2) << wrong[1] << "\n" << result.err;
    EXPECT_NE(result.err.find(wrong[0]), std::string::npos) << result.err;
  }
  // 社区 is a column of the roster: which one is meant cannot be guessed.
  const auto both = import({"--set", "street=劝业场街道", "--set", "community=新兴社区"});
  EXPECT_EQ(both.exit_code, 1);
  EXPECT_NE(both.err.find("cell I3 (社区): community (社区) was also given as one value for every "
                          "row (\"新兴社区\")"),
            std::string::npos)
      << both.err;
}

}  // namespace
}  // namespace cwt::cli::testing
