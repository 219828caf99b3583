#include "storage_test_support.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

#include "cwt/model/id_number.hpp"

namespace cwt::test {

namespace fs = std::filesystem;

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
  for (int attempt = 0;; ++attempt) {
    path_ = fs::temp_directory_path() /
            ("cwtrack-storage-test-" + std::to_string(stamp) + "-" + std::to_string(counter++));
    if (fs::create_directory(path_)) return;
    if (attempt > 100) throw std::runtime_error("cannot create a temporary folder");
  }
}

TempDir::~TempDir() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

std::string TempDir::file(const std::string& name) const {
  const std::u8string text = (path_ / utf8_path(name)).u8string();
  return std::string(text.begin(), text.end());
}

fs::path utf8_path(const std::string& utf8) {
  return fs::path(std::u8string(utf8.begin(), utf8.end()));
}

std::string read_bytes(const std::string& utf8) {
  std::ifstream in(utf8_path(utf8), std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + utf8);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void write_bytes(const std::string& utf8, const std::string& bytes) {
  std::ofstream out(utf8_path(utf8), std::ios::binary);
  out << bytes;
}

bool exists(const std::string& utf8) { return fs::exists(utf8_path(utf8)); }

std::vector<std::string> files_starting_with(const fs::path& dir, const std::string& prefix) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::u8string name = entry.path().filename().u8string();
    std::string text(name.begin(), name.end());
    if (text.starts_with(prefix)) names.push_back(text);
  }
  return names;
}

RawDb::RawDb(const std::string& utf8, bool writable) {
  const int flags = writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
  if (sqlite3_open_v2(utf8.c_str(), &db_, flags, nullptr) != SQLITE_OK)
    throw std::runtime_error("cannot open " + utf8 + ": " + sqlite3_errmsg(db_));
}

RawDb::~RawDb() { sqlite3_close(db_); }

void RawDb::exec(const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    throw std::runtime_error(message + " in: " + sql);
  }
}

std::int64_t RawDb::integer(const std::string& sql) {
  const auto result = rows(sql);
  if (result.empty() || result.front().empty()) throw std::runtime_error("no row: " + sql);
  return std::stoll(result.front().front());
}

std::vector<std::vector<std::string>> RawDb::rows(const std::string& sql,
                                                  const std::vector<std::string>& parameters) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
    throw std::runtime_error(std::string(sqlite3_errmsg(db_)) + " in: " + sql);
  for (std::size_t i = 0; i < parameters.size(); ++i)
    sqlite3_bind_text(stmt, static_cast<int>(i + 1), parameters[i].data(),
                      static_cast<int>(parameters[i].size()), SQLITE_TRANSIENT);
  std::vector<std::vector<std::string>> result;
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    auto& row = result.emplace_back();
    for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
      const auto* text = sqlite3_column_text(stmt, c);
      row.push_back(text ? reinterpret_cast<const char*>(text) : "NULL");
    }
  }
  sqlite3_finalize(stmt);
  if (rc != SQLITE_DONE) throw std::runtime_error(std::string(sqlite3_errmsg(db_)) + " in: " + sql);
  return result;
}

Date make_date(int year, int month, int day) {
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
              static_cast<unsigned short>(day));
}

std::string make_id_number(const std::string& region6, Date birth, int sequence3) {
  char digits[32];
  std::snprintf(digits, sizeof digits, "%s%04d%02d%02d%03d", region6.c_str(),
                static_cast<int>(birth.year()), static_cast<int>(birth.month()),
                static_cast<int>(birth.day()), sequence3);
  const std::string first17(digits, 17);
  return first17 + id_check_character(first17);
}

Worker sample_worker(int i) {
  Worker w;
  w.birth_date = make_date(1970 + i % 30, 1 + i % 12, 1 + i % 28);
  const int sequence = 100 + i % 800;
  w.gender = sequence % 2 == 1 ? Gender::male : Gender::female;
  w.id_number = make_id_number("120101", w.birth_date, sequence);
  w.name = "工作者" + std::to_string(i);
  w.ethnicity = "汉族";
  w.political_status = PoliticalStatus::party_member;
  w.education = Education::bachelor;
  w.phone = "1390000" + std::to_string(1000 + i);
  w.org = {"和平区", "劝业场街道", "新华社区"};
  w.hire_date = make_date(2010, 3, 1);
  w.position = Position::community_staff;
  return w;
}

}  // namespace cwt::test
