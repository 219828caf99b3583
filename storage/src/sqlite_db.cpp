#include "sqlite_db.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <utility>
#include <vector>

#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"
#include "cwt/platform/platform.hpp"

namespace cwt::sqlite {

namespace {

std::string shorten(std::string_view sql) {
  // Migration scripts are long: name the failing statement, not all of them.
  constexpr std::size_t limit = 300;
  std::string text(sql.substr(0, limit));
  if (sql.size() > limit) text += " ...";
  return text;
}

namespace fs = std::filesystem;

// The copies cwtrack made beside `label` before upgrades (NAME.vN.bak).
std::vector<std::string> backup_copies(const std::string& label) {
  std::vector<std::string> copies;
  std::error_code error;
  const fs::path file = path_from_utf8(label);
  const auto folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
  const std::u8string prefix = file.filename().u8string() + u8".v";
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    const std::u8string name = it->path().filename().u8string();
    if (name.starts_with(prefix) && name.ends_with(u8".bak")) {
      const std::u8string full = it->path().u8string();
      copies.emplace_back(full.begin(), full.end());
    }
  }
  std::sort(copies.begin(), copies.end());
  return copies;
}

}  // namespace

std::string damaged_message(const std::string& label, std::string_view finding) {
  const std::string file = escaped(label, std::string::npos);
  const std::string found = escaped(finding, 120);
  const auto copies = backup_copies(label);
  if (!copies.empty())
    return tr(
        // TRANSLATORS: {1} is the database file, {2} what SQLite found (often its English
        // message), {3} the copy cwtrack made before an upgrade (NAME.v1.bak).
        "{1} is damaged ({2}); nothing was changed. Restore it from your latest backup "
        "copy (cwtrack's copy from before its last upgrade: {3}); until then cwtrack will "
        "not write to it. Someone with the sqlite3 tool can often recover most of it with "
        "its .recover command",
        file, found, copies.back());
  return tr(
      // TRANSLATORS: {1} is the database file, {2} what SQLite found (often its English message).
      "{1} is damaged ({2}); nothing was changed. Restore it from your latest backup copy; "
      "until then cwtrack will not write to it. Someone with the sqlite3 tool can often "
      "recover most of it with its .recover command",
      file, found);
}

std::string explain_failure(int result_code, const std::string& file,
                            std::string_view sqlite_message) {
  // The name as given, made safe to print.
  const std::string label = escaped(file, std::string::npos);
  switch (result_code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return tr(
          "{1} is in use: another program (another cwtrack?) is writing to it and did not "
          "finish within 5 seconds; try again when it has finished; nothing was changed",
          label);
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return tr(
          "{1} cannot be written: the file or the folder holding it is read-only (while saving, "
          "cwtrack also writes a journal file beside it). Move the database to a folder you "
          "may write to, or ask for write access; nothing was changed",
          label);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return damaged_message(file, sqlite_message);
    case SQLITE_FULL:
      return tr("the disk holding {1} is full; free some space and try again; nothing was changed",
                label);
    case SQLITE_IOERR:
      return tr(
          // TRANSLATORS: {2} is SQLite's own message, in English.
          "{1} could not be read or written (a disk or network error: {2}); check the drive and "
          "try again; nothing was changed",
          label, escaped(sqlite_message, 120));
    case SQLITE_CANTOPEN:
      return tr(
          "{1} cannot be opened (a missing folder, no permission, or a name the system refuses); "
          "nothing was changed",
          label);
    case SQLITE_NOMEM:
      return tr(
          "not enough memory to work on {1}; close other programs and try again; nothing was "
          "changed",
          label);
    case SQLITE_INTERRUPT:
      return tr("the change to {1} was cancelled; nothing was changed", label);
    default:
      // TRANSLATORS: {1} is the database file, {2} SQLite's own message, in English.
      return tr("{1}: {2}; nothing was changed", label, escaped(sqlite_message, 200));
  }
}

Connection::Connection(const std::string& utf8_path, int flags, std::string label)
    : label_(std::move(label)) {
  // sqlite3_open_v2 takes UTF-8 on every platform (it converts to UTF-16 for
  // the Windows file API itself).
  const int rc = sqlite3_open_v2(utf8_path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    const std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    const int code = db_ ? sqlite3_extended_errcode(db_) : rc;
    sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError(explain_failure(code, label_, message), "cannot open: " + message);
  }
  sqlite3_extended_result_codes(db_, 1);
  // Another cwtrack writing the same file: wait a little instead of failing.
  sqlite3_busy_timeout(db_, 5000);
}

Connection::~Connection() { sqlite3_close_v2(db_); }

void Connection::fail(std::string_view sql) const {
  const std::string message = sqlite3_errmsg(db_);
  throw StoreError(explain_failure(sqlite3_extended_errcode(db_), label_, message),
                   message + " (SQL: " + shorten(sql) + ")");
}

void Connection::copy_file_to(const std::string& utf8_target) const {
  const std::filesystem::path target = path_from_utf8(utf8_target);
  sqlite3_file* file = nullptr;
  if (sqlite3_file_control(db_, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
      file == nullptr || file->pMethods == nullptr)
    throw StoreError(tr("{1}: its file cannot be read", label_), "no file pointer");
  sqlite3_int64 size = 0;
  if (file->pMethods->xFileSize(file, &size) != SQLITE_OK)
    throw StoreError(tr("{1}: its file cannot be read", label_), "xFileSize");
  std::error_code ignored;
  try {
    std::ofstream out(target, std::ios::binary | std::ios::trunc);
    if (!out) throw StoreError(tr("{1} cannot be written", utf8_target), "open for writing");
    std::vector<char> buffer(1 << 20);
    for (sqlite3_int64 offset = 0; offset < size;) {
      const auto chunk = static_cast<int>(
          std::min<sqlite3_int64>(static_cast<sqlite3_int64>(buffer.size()), size - offset));
      if (file->pMethods->xRead(file, buffer.data(), chunk, offset) != SQLITE_OK)
        throw StoreError(tr("{1}: its file cannot be read", label_), "xRead");
      out.write(buffer.data(), chunk);
      offset += chunk;
    }
    out.flush();
    if (!out)
      throw StoreError(tr("{1} cannot be written (is the disk full?)", utf8_target), "write");
  } catch (const StoreError&) {
    std::filesystem::remove(target, ignored);
    throw;
  }
}

void Connection::execute_script(std::string_view sql) {
  const char* next = sql.data();
  const char* end = sql.data() + sql.size();
  while (next < end) {
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    const auto length = static_cast<int>(end - next);
    if (sqlite3_prepare_v2(db_, next, length, &stmt, &tail) != SQLITE_OK)
      fail(std::string_view(next, static_cast<std::size_t>(end - next)));
    const std::string_view statement(next, static_cast<std::size_t>(tail - next));
    next = tail;
    if (!stmt) continue;  // blanks or a comment after the last statement
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW) rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) fail(statement);
  }
}

Statement Connection::prepare(std::string_view sql) { return Statement(*this, sql); }

std::int64_t Connection::query_int(std::string_view sql) {
  Statement statement(*this, sql);
  if (!statement.step()) fail(sql);
  return statement.integer(0);
}

std::int64_t Connection::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }

std::int64_t Connection::changes() const { return sqlite3_changes64(db_); }

Statement::Statement(Connection& connection, std::string_view sql)
    : connection_(&connection), sql_(sql) {
  if (sqlite3_prepare_v3(connection.handle(), sql_.data(), static_cast<int>(sql_.size()),
                         SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) != SQLITE_OK)
    connection.fail(sql_);
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& other) noexcept
    : connection_(other.connection_),
      stmt_(std::exchange(other.stmt_, nullptr)),
      sql_(std::move(other.sql_)) {}

void Statement::fail() const { connection_->fail(sql_); }

Statement& Statement::bind(int index, std::string_view text) {
  // SQLITE_TRANSIENT: SQLite copies, so callers may bind temporaries.
  if (sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                        SQLITE_TRANSIENT) != SQLITE_OK)
    fail();
  return *this;
}

Statement& Statement::bind_static(int index, std::string_view text) {
  if (sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC) !=
      SQLITE_OK)
    fail();
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) fail();
  return *this;
}

Statement& Statement::bind(int index, double value) {
  if (sqlite3_bind_double(stmt_, index, value) != SQLITE_OK) fail();
  return *this;
}

Statement& Statement::bind_null(int index) {
  if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) fail();
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  // sqlite3_errmsg still describes this failure; reset afterwards so the
  // statement does not keep the transaction's locks.
  const std::string message = sqlite3_errmsg(connection_->handle());
  const std::string explained = explain_failure(sqlite3_extended_errcode(connection_->handle()),
                                                connection_->label(), message);
  sqlite3_reset(stmt_);
  throw StoreError(explained, message + " (SQL: " + shorten(sql_) + ")");
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() { sqlite3_reset(stmt_); }

bool Statement::is_null(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::string_view Statement::text(int column) const {
  const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  if (!data) return {};
  return {data, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }

int Statement::int32(int column) const { return sqlite3_column_int(stmt_, column); }

double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }

Transaction::Transaction(Connection& connection, Mode mode) : connection_(connection) {
  connection_.execute_script(mode == Mode::immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

Transaction::~Transaction() {
  if (open_) sqlite3_exec(connection_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  connection_.execute_script("COMMIT");
  open_ = false;
}

Savepoint::Savepoint(Connection& connection, std::string name)
    : connection_(connection), name_(std::move(name)) {
  connection_.execute_script("SAVEPOINT " + name_);
}

Savepoint::~Savepoint() {
  if (!open_) return;
  const std::string sql = "ROLLBACK TO " + name_ + "; RELEASE " + name_;
  sqlite3_exec(connection_.handle(), sql.c_str(), nullptr, nullptr, nullptr);
}

void Savepoint::release() {
  connection_.execute_script("RELEASE " + name_);
  open_ = false;
}

TriggersOff::TriggersOff(Connection& connection) : connection_(connection) {
  int state = 1;
  if (sqlite3_db_config(connection_.handle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &state) !=
          SQLITE_OK ||
      state != 0)
    throw StoreError(tr("{1}: cannot switch triggers off", connection_.label()));
}

TriggersOff::~TriggersOff() {
  sqlite3_db_config(connection_.handle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr);
}

}  // namespace cwt::sqlite
