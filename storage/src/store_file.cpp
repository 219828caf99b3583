#include "store_file.hpp"

#include <sqlite3.h>

#include <filesystem>
#include <system_error>

#include "audit.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/platform/platform.hpp"
#include "damage_check.hpp"

namespace cwt {

namespace {

namespace fs = std::filesystem;

constexpr std::int32_t kApplicationId = 0x43575452;  // SqliteStore::kApplicationId

void check_migrations(std::span<const Migration> migrations) {
  if (migrations.empty()) throw StoreError(tr("no schema migrations given"));
  for (std::size_t i = 0; i < migrations.size(); ++i)
    if (migrations[i].version != static_cast<int>(i) + 1)
      throw StoreError(tr("schema migrations must be numbered 1, 2, 3, ... without gaps"));
}

struct Stamp {
  std::int64_t application_id = 0;
  std::int64_t user_version = 0;
  bool blank = false;  // no schema at all: a new or empty SQLite file
};

// Reads only the database header and the schema table's size.
Stamp read_stamp(sqlite::Connection& db, const std::string& label) {
  Stamp stamp;
  try {
    stamp.application_id = db.query_int("PRAGMA application_id");
    stamp.user_version = db.query_int("PRAGMA user_version");
    stamp.blank = db.query_int("SELECT count(*) FROM sqlite_master") == 0;
  } catch (const StoreError&) {
    // Only "not a database" means a foreign file; a busy or unreadable file
    // keeps SQLite's own message.
    if ((sqlite3_errcode(db.handle()) & 0xff) != SQLITE_NOTADB) throw;
    // SQLite's own words (English) for the command line's user only.
    if (message_reader() == Reader::desktop)
      throw StoreError(tr("{1} is not a cwtrack database; it was not changed", label));
    // TRANSLATORS: {2} is SQLite's own message, in English.
    throw StoreError(tr("{1} is not a cwtrack database ({2}); it was not changed", label,
                        sqlite3_errmsg(db.handle())));
  }
  return stamp;
}

std::string backup_name(const std::string& utf8_path, std::int64_t version, int attempt) {
  std::string name = utf8_path + ".v" + std::to_string(version);
  if (attempt > 1) name += "-" + std::to_string(attempt);
  return name + ".bak";
}

// Copies the file aside under a name not yet taken, its bytes read through
// `db`'s own open file: called with the write lock held, so no other cwtrack
// changes the file during the copy, and the file is never opened a second
// time (closing that descriptor would drop the lock on POSIX).
std::string back_up(sqlite::Connection& db, const std::string& utf8_path, std::int64_t version) {
  for (int attempt = 1; attempt < 1000; ++attempt) {
    const std::string name = backup_name(utf8_path, version, attempt);
    std::error_code error;
    if (fs::exists(path_from_utf8(name), error)) continue;
    try {
      db.copy_file_to(name);
    } catch (const StoreError& failure) {
      // TRANSLATORS: {1} is the database file, {2} its backup copy, {3} the reason.
      throw StoreError(tr("cannot copy {1} to {2} before upgrading it ({3}); it was not changed",
                          utf8_path, name, failure.what()),
                       failure.detail());
    }
    return name;
  }
  throw StoreError(tr("cannot find a free backup name for {1}; it was not changed", utf8_path));
}

// Runs the migrations after `from` in one transaction, each in its own
// savepoint, and stamps the file. All or nothing: on failure the file is as
// it was. Returns the backup's name when one was taken.
std::optional<std::string> migrate(sqlite::Connection& db, const std::string& utf8_path,
                                   bool in_memory, bool initialise,
                                   std::span<const Migration> migrations) {
  const int latest = migrations.back().version;
  // Table rebuilds in later migrations need this off; it cannot change inside
  // a transaction, and foreign_key_check below restores the guarantee.
  db.execute_script("PRAGMA foreign_keys = OFF");
  // Declared before the transaction, so it runs after the commit or rollback.
  struct ForeignKeysBackOn {
    sqlite::Connection& db;
    ~ForeignKeysBackOn() {
      sqlite3_exec(db.handle(), "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    }
  } foreign_keys_back_on{db};
  std::optional<std::string> backup;
  {
    sqlite::Transaction transaction(db);
    // Re-read under the write lock: another cwtrack may have upgraded it.
    const Stamp stamp = read_stamp(db, db.label());
    const std::int64_t from = stamp.blank ? 0 : stamp.user_version;
    if (!stamp.blank && stamp.application_id != kApplicationId)
      throw StoreError(tr("{1} is not a cwtrack database; it was not changed", db.label()));
    if (from >= latest) return std::nullopt;  // done by someone else meanwhile
    if (!stamp.blank && !in_memory) {
      require_undamaged(db);  // an upgrade rewrites tables: never on a damaged file
      backup = back_up(db, utf8_path, from);
    }
    for (const Migration& migration : migrations) {
      if (migration.version <= from) continue;
      try {
        sqlite::Savepoint step(db, "migration");
        db.execute_script(migration.sql);
        // Numbers from our own list, not input: a pragma takes no parameters.
        db.execute_script("PRAGMA user_version = " + std::to_string(migration.version));
        step.release();
      } catch (const StoreError& error) {
        if (backup)
          throw StoreError(
              // TRANSLATORS: {1} is the database file, {2} and {3} schema versions, {4} the failing
              // step's number, {5} the reason, {6} the copy made before the upgrade.
              tr("upgrading {1} from version {2} to {3} failed at step {4}: {5}; it "
                 "was not changed (a copy is in {6})",
                 db.label(), from, latest, migration.version, error.what(), *backup));
        throw StoreError(
            // TRANSLATORS: {1} is the database file, {2} and {3} schema versions, {4} the failing
            // step's number, {5} the reason.
            tr("upgrading {1} from version {2} to {3} failed at step {4}: {5}; it "
               "was not changed",
               db.label(), from, latest, migration.version, error.what()));
      }
    }
    db.execute_script("PRAGMA application_id = " + std::to_string(kApplicationId));
    if (initialise) {
      begin_audit_batch(db, "init: default settings", false);
      write_settings(db, Policy{});
    }
    if (db.prepare("PRAGMA foreign_key_check").step())
      throw StoreError(
          tr("upgrading {1} left rows pointing at missing rows; it was not changed", db.label()));
    transaction.commit();
  }
  return backup;
}

}  // namespace

OpenedFile open_store_file(const std::string& utf8_path, bool create,
                           std::span<const Migration> migrations) {
  check_migrations(migrations);
  const int latest = migrations.back().version;
  const bool in_memory = utf8_path.empty();
  // The name of the file in messages.
  const std::string label = in_memory ? tr("in-memory database") : utf8_path;

  if (!in_memory) {
    std::error_code error;
    const auto status = fs::status(path_from_utf8(utf8_path), error);
    // The desktop program offers its own ways to make a database.
    if (!create && !fs::exists(status))
      throw StoreError(message_reader() == Reader::command_line
                           ? tr("{1} does not exist; run `cwtrack-cli init`", utf8_path)
                           : tr("{1} does not exist", utf8_path));
    if (fs::exists(status) && !fs::is_regular_file(status))
      throw StoreError(tr("{1} is not a file", utf8_path));
  }

  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (create || in_memory) flags |= SQLITE_OPEN_CREATE;
  OpenedFile opened;
  opened.db =
      std::make_unique<sqlite::Connection>(in_memory ? ":memory:" : utf8_path, flags, label);
  sqlite::Connection& db = *opened.db;

  // The stamp before anything else: a foreign or newer file is left alone.
  const Stamp stamp = read_stamp(db, label);
  if (stamp.blank) {
    if (!create)
      throw BlankFileError(
          tr("{1} is not a cwtrack database (it is empty); run `cwtrack-cli init`", label));
  } else if (stamp.application_id != kApplicationId) {
    throw StoreError(tr("{1} is not a cwtrack database; it was not changed", label));
  } else if (stamp.user_version > latest) {
    throw StoreError(
        tr("{1} was written by a newer cwtrack (file version {2}, this program "
           "reads up to {3}); it was not changed",
           label, stamp.user_version, latest));
  }

  // Connection settings only: none of these writes to the file.
  db.execute_script(
      "PRAGMA foreign_keys = ON;"
      "PRAGMA cache_size = -65536;"  // KiB: large imports touch many index pages
      "PRAGMA temp_store = MEMORY;"
      // Reads through a memory map instead of one pread per page: a city's
      // status touches ~90 MB of training index, and the copies were a third
      // of its time. Writes still go through the journal as before.
      "PRAGMA mmap_size = 1073741824;");

  if (stamp.blank || stamp.user_version < latest)
    opened.upgrade_backup = migrate(db, utf8_path, in_memory, stamp.blank, migrations);
  return opened;
}

}  // namespace cwt
