#pragma once
// The C++ half of the audit design (the triggers of migration 1 are the
// other): every write transaction starts with an audit_batch row, which the
// triggers attach each changed row to.
#include <cstdint>
#include <string_view>

#include "cwt/model/policy.hpp"
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

}  // namespace cwt
