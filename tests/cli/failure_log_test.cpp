// The failure log both programs write (platform/failure_log.hpp): the
// database's words kept, no ID number in full, rotated past 1 MB.
#include "cwt/platform/failure_log.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "cli_test_support.hpp"
#include "cwt/platform/platform.hpp"

namespace cwt::cli::testing {
namespace {

TEST(FailureLog, NoIdNumberIsWrittenInFull) {
  EXPECT_EQ(without_full_id_numbers("id_number = '12010119900101123X' failed"),
            "id_number = '120101********123X' failed");
  EXPECT_EQ(without_full_id_numbers("120101199001011231,120101900101123"),
            "120101********1231,120101******123");
  // Other numbers stay: a row id, a size, a 16-digit number.
  EXPECT_EQ(without_full_id_numbers("row 42 of 1048576; 1234567890123456"),
            "row 42 of 1048576; 1234567890123456");
}

class FailureLogTest : public CliTest {};

TEST_F(FailureLogTest, AStoreFailureIsLoggedWithTheCommandAndRotatedPastAMegabyte) {
  ASSERT_EQ(run({"init"}).exit_code, 0);
  log_failure("cwtrack", "保存人员 120101199001011231", "disk I/O error");
  std::stringstream log;
  log << std::ifstream(log_file(), std::ios::binary).rdbuf();
  EXPECT_NE(log.str().find("Z  cwtrack  保存人员 120101********1231  disk I/O error\n"),
            std::string::npos)
      << log.str();
  {
    std::ofstream grow(log_file(), std::ios::app | std::ios::binary);
    grow << std::string(1024 * 1024, 'x') << '\n';
  }
  log_failure("cwtrack-cli", "import workers a.csv", "database is locked");
  auto old = log_file();
  old += ".old";
  EXPECT_TRUE(std::filesystem::exists(old));
  EXPECT_LT(std::filesystem::file_size(log_file()), 1000u);
}

}  // namespace
}  // namespace cwt::cli::testing
