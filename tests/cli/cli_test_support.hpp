#pragma once
// Drives the command line in-process: a temporary folder, run_cli with
// captured output, and helpers to read files back.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "cwt/model/dates.hpp"

namespace cwt::cli::testing {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Runs `cwtrack-cli --db <db_path()> ARGS...` on `today_`.
  CliResult run(std::vector<std::string> arguments);
  // Runs without adding --db.
  CliResult run_raw(std::vector<std::string> arguments);

  std::string db_path() const;
  std::filesystem::path dir() const { return dir_; }
  std::filesystem::path write_file(const std::string& utf8_name, const std::string& bytes) const;
  static std::string read_bytes(const std::filesystem::path& path);

  Date today_{2026, 6, 30};

 private:
  std::filesystem::path dir_;
};

// A valid 18-character ID number for a birth date and sequence number, the
// check character computed here independently of the model.
std::string make_id(const std::string& region6, const std::string& yyyymmdd, int sequence);

}  // namespace cwt::cli::testing
