#pragma once
// Helpers for the storage tests: temporary folders, file bytes, raw SQLite
// access to a file, and sample records with valid ID numbers.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "cwt/model/records.hpp"

struct sqlite3;

namespace cwt::test {

// A fresh folder under the system temp folder, removed with everything in it.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  // A UTF-8 path string for a file name inside the folder.
  std::string file(const std::string& name) const;

 private:
  std::filesystem::path path_;
};

std::filesystem::path utf8_path(const std::string& utf8);
std::string read_bytes(const std::string& utf8);
void write_bytes(const std::string& utf8, const std::string& bytes);
bool exists(const std::string& utf8);
// Every file in `dir` whose name starts with `prefix`.
std::vector<std::string> files_starting_with(const std::filesystem::path& dir,
                                             const std::string& prefix);

// A read-only (or, when asked, writable) SQLite connection to a file, for
// checking and setting up what the store is then given.
class RawDb {
 public:
  explicit RawDb(const std::string& utf8, bool writable = false);
  ~RawDb();
  RawDb(const RawDb&) = delete;
  RawDb& operator=(const RawDb&) = delete;
  void exec(const std::string& sql);
  std::int64_t integer(const std::string& sql);  // first column, first row
  // NULL reads as "NULL"; `parameters` are bound as text to ?1, ?2, ...
  std::vector<std::vector<std::string>> rows(const std::string& sql,
                                             const std::vector<std::string>& parameters = {});

 private:
  sqlite3* db_ = nullptr;
};

Date make_date(int year, int month, int day);

// An 18-character ID number with a correct check character.
std::string make_id_number(const std::string& region6, Date birth, int sequence3);

// A complete worker (every optional field set), the i-th of a series.
Worker sample_worker(int i);

}  // namespace cwt::test
