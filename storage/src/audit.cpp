#include "audit.hpp"

#include "os_user.hpp"

namespace cwt {

std::int64_t begin_audit_batch(sqlite::Connection& db, std::string_view description,
                               bool summary_only) {
  auto insert = db.prepare(
      "INSERT INTO audit_batch (at, os_user, description, summary_only) "
      "VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?, ?, ?)");
  insert.bind(1, os_user_name()).bind(2, description).bind(3, summary_only ? 1 : 0).run();
  return db.last_insert_rowid();
}

void write_settings(sqlite::Connection& db, const Policy& policy) {
  auto upsert = db.prepare(
      "INSERT INTO settings (key, value) VALUES (?, ?) "
      "ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value");
  for (const auto& [key, value] : settings_of(policy)) upsert.bind(1, key).bind(2, value).run();
}

}  // namespace cwt
