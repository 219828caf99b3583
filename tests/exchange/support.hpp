#pragma once
// Shared by the exchange tests: a fixed "today", valid ID numbers and a
// temporary folder that fixture files are written into.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>

#include "cwt/exchange/importer.hpp"
#include "cwt/model/dates.hpp"

namespace cwt::test {

inline const Date today{2025, 6, 15};

// Check characters computed independently (GB 11643-1999 by hand, not by the model).
inline constexpr std::string_view id_a = "120101198503121230";  // male, 1985-03-12
inline constexpr std::string_view id_a15 = "120101850312123";   // the same worker, old form
inline constexpr std::string_view id_b = "120101199001010025";  // female, 1990-01-01
inline constexpr std::string_view id_c = "120103199208150044";  // female, 1992-08-15
inline constexpr std::string_view id_d = "120104198811200052";  // male, 1988-11-20
inline constexpr std::string_view id_e15 = "120101800101031";   // = 120101198001010311
inline constexpr std::string_view id_e = "120101198001010311";
inline constexpr std::string_view id_wrong_check = "120101198503121231";
inline constexpr std::string_view id_impossible = "12010219780229001X";  // 1978-02-29
inline constexpr std::string_view id_future = "120101202601010015";      // born 2026-01-01

// A plan's problems, one per line, for failure messages.
inline std::string dump(const ImportPlan& plan) {
  std::string out;
  for (const auto& problem : plan.problems) out += problem.to_string() + "\n";
  return out;
}

// A folder of its own under the system's temporary folder, removed afterwards.
class TempDir {
 public:
  TempDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("cwt-exchange-test-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes `bytes` exactly as given to `name` (UTF-8, may hold folders).
  std::filesystem::path write(std::string_view name, std::string_view bytes) const {
    const auto file = path_ / std::filesystem::path(std::u8string(name.begin(), name.end()));
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    EXPECT_TRUE(out.good()) << "cannot write fixture " << name;
    return file;
  }

 private:
  std::filesystem::path path_;
};

}  // namespace cwt::test
