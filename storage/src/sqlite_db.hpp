#pragma once
// A thin RAII layer over the SQLite C API: a connection, prepared statements
// with bound values, and transactions/savepoints that roll back unless
// committed. Every failure becomes a StoreError carrying the SQL and
// sqlite3_errmsg, so a message names what went wrong and where.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "cwt/model/store.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace cwt::sqlite {

class Statement;

// What a failed SQLite call means to the person using `label` (the file),
// from its result code: what happened and what to do, ending in "nothing was
// changed" (a failed statement rolls its transaction back).
std::string explain_failure(int result_code, const std::string& label,
                            std::string_view sqlite_message);

// The message for a damaged database: what SQLite found, that nothing was
// changed, and how to get the data back (the backup copies beside it).
std::string damaged_message(const std::string& label, std::string_view finding);

class Connection {
 public:
  // `flags` are sqlite3_open_v2 flags; `label` names the file in messages.
  Connection(const std::string& utf8_path, int flags, std::string label);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  sqlite3* handle() const { return db_; }
  const std::string& label() const { return label_; }

  // Runs every statement of `sql` in turn (migrations, fixed pragmas). No
  // values are spliced into such text: values go through Statement::bind.
  void execute_script(std::string_view sql);
  Statement prepare(std::string_view sql);

  // The first column of the first row of `sql` as an integer (pragmas, counts).
  std::int64_t query_int(std::string_view sql);

  std::int64_t last_insert_rowid() const;
  // Rows changed by the last INSERT, UPDATE or DELETE.
  std::int64_t changes() const;

  // A StoreError saying what happened to the file in words for the person
  // (busy, read-only, damaged, disk full, ...), with SQLite's own message and
  // the SQL as its detail.
  [[noreturn]] void fail(std::string_view sql) const;

  // Copies the main database file's bytes into a new file at
  // `utf8_target`, read through SQLite's own open file (the VFS's xRead):
  // never by opening the file a second time, whose closing would drop this
  // process's POSIX locks on it. Call it holding a lock that keeps others
  // from writing (inside a Transaction) and before this connection has
  // changed anything. On failure the target is removed and a StoreError
  // thrown.
  void copy_file_to(const std::string& utf8_target) const;

 private:
  sqlite3* db_ = nullptr;
  std::string label_;
};

class Statement {
 public:
  Statement(Connection& connection, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement& operator=(Statement&&) = delete;

  // Parameters are numbered from 1, as in SQLite.
  Statement& bind(int index, std::string_view text);
  // No copy: `text` must stay valid until the statement is next bound at
  // `index`, reset by run() or finalized. For bulk loads of long-lived data.
  Statement& bind_static(int index, std::string_view text);
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind_null(int index);
  template <class T>
  Statement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bind_null(index);
  }

  // Steps once: true while a row is available, false when done.
  bool step();
  // Steps to completion (INSERT/UPDATE/DELETE), then resets for the next use.
  void run();
  // Ready to run again; bindings are replaced by the next bind calls.
  void reset();

  // Columns are numbered from 0, as in SQLite.
  bool is_null(int column) const;
  std::string_view text(int column) const;  // valid until the next step/reset
  std::int64_t integer(int column) const;
  int int32(int column) const;
  double real(int column) const;

  const std::string& sql() const { return sql_; }

 private:
  [[noreturn]] void fail() const;
  Connection* connection_;
  sqlite3_stmt* stmt_ = nullptr;
  std::string sql_;
};

// BEGIN ... COMMIT; the destructor rolls back unless commit() ran. Writers
// use `immediate` (takes the write lock up front, so a busy file fails before
// any work); readers of several tables use `deferred` for one consistent
// snapshot, which writes nothing.
class Transaction {
 public:
  enum class Mode { deferred, immediate };
  explicit Transaction(Connection& connection, Mode mode = Mode::immediate);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Connection& connection_;
  bool open_ = true;
};

// SAVEPOINT name ... RELEASE; the destructor rolls back to the savepoint
// unless release() ran. Nests inside a Transaction.
class Savepoint {
 public:
  Savepoint(Connection& connection, std::string name);
  ~Savepoint();
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;
  void release();

 private:
  Connection& connection_;
  std::string name_;
  bool open_ = true;
};

// Switches this connection's schema triggers off until destroyed (statements
// prepared meanwhile are compiled without them). For the one change whose
// audit is deliberately a single summary row: bulk demo data.
class TriggersOff {
 public:
  explicit TriggersOff(Connection& connection);
  ~TriggersOff();
  TriggersOff(const TriggersOff&) = delete;
  TriggersOff& operator=(const TriggersOff&) = delete;

 private:
  Connection& connection_;
};

}  // namespace cwt::sqlite
