// Exit codes and messages of the command line: usage errors (2), bad input
// or data (1), help and version (0), files missing or from a newer version.
#include "cli_test_support.hpp"

namespace cwt::cli::testing {
namespace {

using UsageTest = CliTest;

TEST_F(UsageTest, HelpOnEveryCommand) {
  for (std::vector<std::string> command : {std::vector<std::string>{},
                                           {"init"},
                                           {"settings"},
                                           {"settings", "show"},
                                           {"settings", "set"},
                                           {"import"},
                                           {"import", "workers"},
                                           {"import", "training"},
                                           {"status"},
                                           {"demo"},
                                           {"worker"},
                                           {"worker", "add"},
                                           {"worker", "edit"},
                                           {"worker", "show"},
                                           {"worker", "list"},
                                           {"exam", "add"},
                                           {"cert", "add"},
                                           {"training", "add"}}) {
    command.push_back("--help");
    const auto result = run(command);
    EXPECT_EQ(result.exit_code, 0) << command.front();
    EXPECT_NE(result.out.find("Usage"), std::string::npos) << result.out;
  }
  EXPECT_NE(run({"worker", "add", "--help"}).out.find("--hire-date"), std::string::npos);
  const std::string import_help = run({"import", "workers", "--help"}).out;
  EXPECT_NE(import_help.find("--set FIELD=VALUE"), std::string::npos) << import_help;
  EXPECT_NE(import_help.find("--allow-empty district"), std::string::npos) << import_help;
  EXPECT_EQ(run({"import", "training", "--help"}).out.find("--allow-empty"), std::string::npos)
      << "only workers have a district";
}

TEST_F(UsageTest, Version) {
  const auto result = run_raw({"--version"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("cwtrack-cli"), std::string::npos);
}

TEST_F(UsageTest, WrongUsageExitsTwoWithTheUsageLine) {
  ASSERT_EQ(run({"init"}).exit_code, 0);
  for (std::vector<std::string> wrong : {std::vector<std::string>{},
                                         {"frobnicate"},
                                         {"status", "--as-of", "2026-13-45"},
                                         {"status", "--format", "xml"},
                                         {"status", "--year", "abc"},
                                         {"import", "payroll", "x"},
                                         {"import", "training"},
                                         {"demo"},
                                         {"settings", "set", "no_such_key", "1"},
                                         {"worker", "add", "--name", "x"}}) {
    const auto result = run(wrong);
    EXPECT_EQ(result.exit_code, 2) << (wrong.empty() ? "" : wrong.front()) << result.err;
    EXPECT_NE(result.err.find("usage:"), std::string::npos) << result.err;
  }
}

TEST_F(UsageTest, MissingFileExitsOneAndCreatesNothing) {
  for (std::vector<std::string> command : {std::vector<std::string>{"status"},
                                           {"settings", "show"},
                                           {"worker", "list"},
                                           {"demo", "--workers", "5"}}) {
    const auto result = run(command);
    EXPECT_EQ(result.exit_code, 1) << command.front();
    EXPECT_FALSE(std::filesystem::exists(db_path()));
  }
}

TEST_F(UsageTest, InitTwiceChangesNothing) {
  ASSERT_EQ(run({"init"}).exit_code, 0);
  const auto before = read_bytes(db_path());
  const auto again = run({"init"});
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_EQ(read_bytes(db_path()), before);
}

TEST_F(UsageTest, BadSettingValueChangesNothing) {
  ASSERT_EQ(run({"init"}).exit_code, 0);
  const auto before = read_bytes(db_path());
  const auto result = run({"settings", "set", "staff_hours", "-3"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("staff_hours"), std::string::npos);
  EXPECT_EQ(read_bytes(db_path()), before);
}

TEST_F(UsageTest, DemoNeedsAnEmptyDatabase) {
  ASSERT_EQ(run({"init"}).exit_code, 0);
  ASSERT_EQ(run({"demo", "--workers", "20", "--seed", "3"}).exit_code, 0);
  const auto before = read_bytes(db_path());
  const auto again = run({"demo", "--workers", "20"});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_EQ(read_bytes(db_path()), before);
}

}  // namespace
}  // namespace cwt::cli::testing
