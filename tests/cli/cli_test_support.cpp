#include "cli_test_support.hpp"

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include "cli_app.hpp"
#include "cwt/platform/platform.hpp"

namespace cwt::cli::testing {

void CliTest::SetUp() {
  std::random_device random;
  dir_ = std::filesystem::temp_directory_path() /
         ("cwtrack-cli-test-" + std::to_string(random()) + std::to_string(random()));
  std::filesystem::create_directories(dir_);
  // What the program remembers between runs (damage checks) stays in the
  // test's folder, not the user's cache.
  const std::string cache = utf8_from_path(dir_ / "cache");
#ifdef _WIN32
  _putenv_s("CWTRACK_CACHE_DIR", cache.c_str());
#else
  setenv("CWTRACK_CACHE_DIR", cache.c_str(), 1);
#endif
}

void CliTest::TearDown() { std::filesystem::remove_all(dir_); }

CliResult CliTest::run_raw(std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), "cwtrack-cli");
  std::ostringstream out, err;
  CliResult result;
  result.exit_code = run_cli(arguments, out, err, today_);
  result.out = out.str();
  result.err = err.str();
  return result;
}

CliResult CliTest::run(std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), {"--db", db_path()});
  return run_raw(std::move(arguments));
}

std::string CliTest::db_path() const { return utf8_from_path(dir_ / "test.cwt"); }

std::filesystem::path CliTest::write_file(const std::string& utf8_name,
                                          const std::string& bytes) const {
  const auto path = dir_ / path_from_utf8(utf8_name);
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

std::string CliTest::read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string make_id(const std::string& region6, const std::string& yyyymmdd, int sequence) {
  static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  std::string seq = std::to_string(sequence);
  seq = std::string(3 - seq.size(), '0') + seq;
  std::string id = region6 + yyyymmdd + seq;
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (id[static_cast<std::size_t>(i)] - '0') * weights[i];
  return id + "10X98765432"[sum % 11];
}

}  // namespace cwt::cli::testing
