#include "damage_check.hpp"

#include <sqlite3.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <system_error>

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

#include "cwt/model/messages.hpp"
#include "cwt/platform/output_file.hpp"
#include "cwt/platform/platform.hpp"

namespace cwt {
namespace {

namespace fs = std::filesystem;

std::int64_t today_utc() {
  using namespace std::chrono;
  return duration_cast<days>(system_clock::now().time_since_epoch()).count();
}

// The file's modification time at the file system's own resolution.
// MinGW's std::filesystem reads it through _wstat64, in whole seconds: a
// change within the second of cwtrack's own write would go unseen.
std::optional<std::int64_t> modified_time(const fs::path& path) {
#ifdef _WIN32
  WIN32_FILE_ATTRIBUTE_DATA data;
  if (!GetFileAttributesExW(path.c_str(), GetFileExInfoStandard, &data)) return std::nullopt;
  return static_cast<std::int64_t>(
      (static_cast<std::uint64_t>(data.ftLastWriteTime.dwHighDateTime) << 32) |
      data.ftLastWriteTime.dwLowDateTime);  // 100 ns units
#else
  std::error_code error;
  const auto modified = fs::last_write_time(path, error);
  if (error) return std::nullopt;
  return static_cast<std::int64_t>(modified.time_since_epoch().count());  // nanoseconds
#endif
}

// The change counter (bytes 24-27 of the header, incremented by every
// committed change) read through SQLite's own open file. Never by opening
// the file a second time: on POSIX, closing any descriptor of a file drops
// every fcntl lock this process holds on it, SQLite's among them, and another
// program could then write into the middle of this one's transaction
// (SQLite's "How To Corrupt An SQLite Database File", 2.2).
std::optional<std::uint32_t> change_counter(sqlite::Connection& db) {
  sqlite3_file* file = nullptr;
  if (sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
      file == nullptr || file->pMethods == nullptr)
    return std::nullopt;
  unsigned char header[28] = {};
  if (file->pMethods->xRead(file, header, sizeof header, 0) != SQLITE_OK) return std::nullopt;
  return (std::uint32_t{header[24]} << 24) | (std::uint32_t{header[25]} << 16) |
         (std::uint32_t{header[26]} << 8) | std::uint32_t{header[27]};
}

// Size and time from the file's metadata (stat, GetFileAttributesEx: no
// descriptor opened), the counter through SQLite.
std::optional<FileFingerprint> fingerprint_of(const std::string& utf8_path,
                                              sqlite::Connection& db) {
  const fs::path path = path_from_utf8(utf8_path);
  std::error_code error;
  FileFingerprint print;
  print.size = fs::file_size(path, error);
  if (error) return std::nullopt;
  const auto modified = modified_time(path);
  if (!modified) return std::nullopt;
  print.modified = *modified;
  const auto counter = change_counter(db);
  if (!counter) return std::nullopt;
  print.change_counter = *counter;
  return print;
}

// FNV-1a over the file's absolute path: a stable name for its mark.
std::string mark_name(const fs::path& file) {
  std::error_code error;
  fs::path absolute = fs::weakly_canonical(file, error);
  if (error) absolute = fs::absolute(file, error);
  const std::u8string text = absolute.u8string();
  std::uint64_t hash = 14695981039346656037ull;
  for (const char8_t c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  std::ostringstream name;
  name << std::hex << hash << ".mark";
  return name.str();
}

}  // namespace

void require_undamaged(sqlite::Connection& db) {
  auto check = db.prepare("PRAGMA quick_check(1)");
  std::string finding = check.step() ? std::string(check.text(0)) : std::string();
  if (finding == "ok") return;
  // SQLite heads its findings with the schema's name on a line of its own.
  constexpr std::string_view heading = "*** in database main ***\n";
  if (finding.starts_with(heading)) finding.erase(0, heading.size());
  // TRANSLATORS: {1} is what SQLite's integrity check reports, in English.
  throw StoreError(sqlite::damaged_message(db.label(), tr("SQLite's check found: {1}", finding)),
                   "quick_check: " + finding);
}

std::optional<fs::path> DamageCheck::mark_file() const {
  if (!marks_folder_) return std::nullopt;
  return *marks_folder_ / mark_name(path_from_utf8(path_));
}

std::optional<DamageCheck::Mark> DamageCheck::stored_mark() const {
  const auto file = mark_file();
  if (!file) return std::nullopt;
  std::ifstream in(*file);
  Mark mark;
  if (!(in >> mark.fingerprint.size >> mark.fingerprint.modified >>
        mark.fingerprint.change_counter >> mark.checked_day))
    return std::nullopt;
  return mark;
}

void DamageCheck::store_mark(const Mark& mark) const {
  // Best effort: without a mark the next run checks the file again.
  const auto file = mark_file();
  if (!file) return;
  std::error_code error;
  fs::create_directories(file->parent_path(), error);
  // Whole or not at all, through a scratch name of this write's own: two
  // programs checking one database at once never share a half-written mark.
  try {
    write_whole_file(utf8_from_path(*file), [&](const fs::path& scratch) {
      std::ofstream out(scratch, std::ios::trunc);
      out << mark.fingerprint.size << ' ' << mark.fingerprint.modified << ' '
          << mark.fingerprint.change_counter << ' ' << mark.checked_day << '\n';
      out.close();
      if (!out) throw std::runtime_error("the mark could not be written");
    });
  } catch (const std::exception&) {
    // Best effort, as said.
  }
}

void DamageCheck::before_write(sqlite::Connection& db) {
  const auto now = fingerprint_of(path_, db);
  if (!mark_) mark_ = stored_mark();
  const std::int64_t today = today_utc();
  if (now && mark_ && mark_->fingerprint == *now && today - mark_->checked_day < kRecheckDays) {
    last_checked_day_ = mark_->checked_day;
    return;
  }
  require_undamaged(db);
  last_checked_day_ = today;
}

void DamageCheck::after_write(sqlite::Connection& db) {
  // Read under a shared lock, so that the mark is of a whole committed state
  // (another program may commit right after this one).
  std::optional<FileFingerprint> now;
  try {
    sqlite::Transaction snapshot(db, sqlite::Transaction::Mode::deferred);
    db.query_int("SELECT count(*) FROM sqlite_schema WHERE 0");  // takes the shared lock
    now = fingerprint_of(path_, db);
  } catch (const std::exception&) {
    now.reset();  // busy: without a mark the next write checks the file again
  }
  if (!now) {
    mark_.reset();
    return;
  }
  mark_ = Mark{*now, last_checked_day_};
  store_mark(*mark_);
}

}  // namespace cwt
