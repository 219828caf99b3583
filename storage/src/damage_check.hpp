#pragma once
// Refusing to write to a damaged database. A write touches only the pages it
// changes, so SQLite notices damage elsewhere in the file only when someone
// reads it; writing on regardless buries the damage under new data. Before
// its first write to a file, cwtrack reads the whole file with SQLite's
// `PRAGMA quick_check` (about 1.3 s for a city's 370 MB, a few milliseconds
// for a street's). It then remembers the file as it left it (size,
// modification time, SQLite's change counter) and checks again only when the
// file is no longer exactly that: changed by another program, copied back,
// damaged on disk in a way that shows in its time stamp; or a week after the
// last full check. The memory is kept per user, outside the database's folder
// (which may be read-only or shared), in a marks folder the front end names.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "sqlite_db.hpp"

namespace cwt {

struct FileFingerprint {
  std::uintmax_t size = 0;
  std::int64_t modified = 0;         // the file system's clock, in its own units
  std::uint32_t change_counter = 0;  // the SQLite header's file change counter
  bool operator==(const FileFingerprint&) const = default;
};

class DamageCheck {
 public:
  // A full check is due at least this often, whatever the fingerprint says.
  static constexpr int kRecheckDays = 7;

  explicit DamageCheck(std::string utf8_path) : path_(std::move(utf8_path)) {}

  // Where to remember files across runs; without it, only within this run.
  void remember_in(std::filesystem::path folder) { marks_folder_ = std::move(folder); }

  // Call inside the write transaction, before writing: throws a StoreError
  // (damaged_message) when the file is damaged.
  void before_write(sqlite::Connection& db);
  // Call after the commit: the file as it is now is the one cwtrack checked.
  // Never throws.
  void after_write(sqlite::Connection& db);

 private:
  struct Mark {
    FileFingerprint fingerprint;
    std::int64_t checked_day = 0;  // days since 1970-01-01 (UTC) of the last full check
  };
  std::optional<Mark> stored_mark() const;
  void store_mark(const Mark& mark) const;
  std::optional<std::filesystem::path> mark_file() const;

  std::string path_;
  std::optional<std::filesystem::path> marks_folder_;
  std::optional<Mark> mark_;  // this run's
  std::int64_t last_checked_day_ = 0;
};

// The whole file read by SQLite's quick_check; throws a StoreError saying it
// is damaged otherwise. For the upgrade path too.
void require_undamaged(sqlite::Connection& db);

}  // namespace cwt
