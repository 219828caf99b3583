#pragma once
// The C++ half of the audit design (the triggers of migration 1 are the
// other): every write transaction starts with an audit_batch row, which the
// triggers attach each changed row to.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cwt/model/policy.hpp"
#include "cwt/model/store.hpp"
#include "sqlite_db.hpp"

namespace cwt {

// Inserts the batch row (UTC time, OS user, description) inside the current
// transaction. With `summary_only` the triggers record no per-row entries.
std::int64_t begin_audit_batch(sqlite::Connection& db, std::string_view description,
                               bool summary_only);

// Writes every setting of `policy` that differs from the stored one (new keys
// inserted, changed values updated, equal ones untouched, so the audit log
// shows real changes only). Call inside a transaction after begin_audit_batch.
void write_settings(sqlite::Connection& db, const Policy& policy);

// The audit-log rows about worker row `worker_id` and their records written
// after change token `after` (0: all), newest first, with the names of what
// their ids point at. `file_only`: only the worker's file (their row and
// records, attendance), not their course assignments.
std::vector<AuditEntry> audit_entries(sqlite::Connection& db, std::int64_t worker_id,
                                      std::int64_t after, bool file_only = false);

// The names of what the ids in logged values point at, for people reading
// the log: a community as "district street community", a plan's course as
// "plan: course", a training event as "course first-day". From the live
// tables, or from the newest logged values of a row deleted since; nothing
// when neither knows it (a row loaded in bulk, without per-row entries).
class AuditNames {
 public:
  explicit AuditNames(sqlite::Connection& db) : db_(db) {}
  std::optional<std::string> community(std::int64_t id);
  std::optional<std::string> course(std::int64_t id);
  std::optional<std::string> event(std::int64_t id);

 private:
  std::optional<std::string> plan(std::int64_t id);
  // A column of the newest logged values of row `id` of `table`.
  std::optional<std::string> logged(std::string_view table, std::int64_t id, std::string_view key);

  sqlite::Connection& db_;
  std::map<std::pair<int, std::int64_t>, std::optional<std::string>> cache_;
};

}  // namespace cwt
