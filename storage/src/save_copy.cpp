// SqliteStore::save_copy: the "Save a backup copy" of the desktop program.
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "cwt/model/messages.hpp"
#include "cwt/platform/output_file.hpp"
#include "cwt/platform/platform.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "sqlite_db.hpp"

namespace cwt {

void SqliteStore::save_copy(const std::string& utf8_path, Progress& progress) {
  // Never onto the open database or its journal: the copy would replace the
  // file SQLite has open.
  if (!path_.empty()) {
    OutputGuard guard;
    guard.database(path_);
    if (auto why = guard.refusal(utf8_path)) throw StoreError(*why);
  }
  const auto to_path = [](const std::string& utf8) { return path_from_utf8(utf8); };
  // A scratch name of this write's own beside the copy (two copies to one
  // name at once never share it), renamed when complete; what killed
  // writers left there is cleared first.
  const std::filesystem::path folder = to_path(utf8_path).parent_path();
  remove_orphan_scratch_files(folder);
  const std::string partial = utf8_from_path(scratch_path_in(folder));
  std::error_code ignored;
  progress.stage(tr("Copying the database"));
  try {
    sqlite::Connection target(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, partial);
    // One read transaction over every step: the copy is one consistent
    // state of the file even while others write (they wait for it).
    sqlite::Transaction snapshot(*db_, sqlite::Transaction::Mode::deferred);
    sqlite3_backup* backup = sqlite3_backup_init(target.handle(), "main", db_->handle(), "main");
    if (!backup) target.fail("backup to " + partial);
    int stepped = SQLITE_OK;
    bool stopped = false;
    // Anything but "more to copy" ends the loop: done, or a failure (a busy
    // file included: the source is read under the transaction above, so
    // nothing is retried).
    for (int step = 0; stepped == SQLITE_OK; ++step) {
      // About two hundred steps whatever the size: fine enough for the bar
      // and a cancel, few enough to cost nothing.
      const int total = sqlite3_backup_pagecount(backup);
      const int pages = step == 0 ? 1 : std::max(16, total / 200);
      stepped = sqlite3_backup_step(backup, pages);
      const int left = sqlite3_backup_remaining(backup);
      const int all = sqlite3_backup_pagecount(backup);
      progress.advance(static_cast<std::uint64_t>(all - left), static_cast<std::uint64_t>(all));
      if (stepped == SQLITE_DONE) break;
      if (progress.cancelled()) {
        stopped = true;
        break;
      }
    }
    const int finished = sqlite3_backup_finish(backup);
    if (stopped) throw Cancelled();
    if (stepped != SQLITE_DONE || finished != SQLITE_OK) target.fail("backup to " + partial);
  } catch (const Cancelled&) {
    std::filesystem::remove(to_path(partial), ignored);
    throw;
  } catch (const StoreError& error) {
    std::filesystem::remove(to_path(partial), ignored);
    // TRANSLATORS: {1} is the copy's file name, {2} the reason (a whole sentence).
    throw StoreError(tr("could not save a copy to {1}: {2}", utf8_path, error.what()),
                     error.detail());
  }
  std::error_code renamed;
  std::filesystem::rename(to_path(partial), to_path(utf8_path), renamed);
  if (renamed) {
    std::filesystem::remove(to_path(partial), ignored);
    // TRANSLATORS: {1} is the copy's file name, {2} the system's reason.
    throw StoreError(tr("could not save a copy to {1}: {2}; the database itself is unchanged",
                        utf8_path, renamed.message()));
  }
}

}  // namespace cwt
