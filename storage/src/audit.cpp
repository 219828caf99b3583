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

namespace {

std::optional<std::string> first_text(sqlite::Statement& query) {
  if (!query.step() || query.is_null(0)) return std::nullopt;
  return std::string(query.text(0));
}

}  // namespace

std::optional<std::string> AuditNames::logged(std::string_view table, std::int64_t id,
                                              std::string_view key) {
  auto query = db_.prepare(
      "SELECT json_extract(ifnull(new_values, old_values), '$.' || ?3) FROM audit_log "
      "WHERE table_name = ?1 AND row_id = ?2 ORDER BY id DESC LIMIT 1");
  query.bind(1, table).bind(2, id).bind(3, key);
  return first_text(query);
}

std::optional<std::string> AuditNames::community(std::int64_t id) {
  const auto key = std::make_pair(0, id);
  if (const auto found = cache_.find(key); found != cache_.end()) return found->second;
  // Org units are never deleted: the live table knows every one.
  auto query = db_.prepare(
      "SELECT ifnull(d.name || ' ', '') || s.name || ' ' || c.name FROM org_unit c "
      "JOIN org_unit s ON s.id = c.parent_id LEFT JOIN org_unit d ON d.id = s.parent_id "
      "WHERE c.id = ?");
  query.bind(1, id);
  return cache_[key] = first_text(query);
}

std::optional<std::string> AuditNames::plan(std::int64_t id) {
  const auto key = std::make_pair(1, id);
  if (const auto found = cache_.find(key); found != cache_.end()) return found->second;
  auto query = db_.prepare("SELECT name FROM training_plan WHERE id = ?");
  query.bind(1, id);
  auto name = first_text(query);
  if (!name) name = logged("training_plan", id, "name");
  return cache_[key] = name;
}

std::optional<std::string> AuditNames::course(std::int64_t id) {
  const auto key = std::make_pair(2, id);
  if (const auto found = cache_.find(key); found != cache_.end()) return found->second;
  auto query = db_.prepare("SELECT title, plan_id FROM plan_course WHERE id = ?");
  query.bind(1, id);
  std::optional<std::string> title;
  std::optional<std::int64_t> plan_id;
  if (query.step()) {
    title = std::string(query.text(0));
    plan_id = query.integer(1);
  } else {
    title = logged("plan_course", id, "title");
    if (const auto logged_plan = logged("plan_course", id, "plan_id"))
      plan_id = std::stoll(*logged_plan);
  }
  std::optional<std::string> name = title;
  if (title && plan_id)
    if (const auto plan_name = plan(*plan_id)) name = *plan_name + ": " + *title;
  return cache_[key] = name;
}

std::optional<std::string> AuditNames::event(std::int64_t id) {
  const auto key = std::make_pair(3, id);
  if (const auto found = cache_.find(key); found != cache_.end()) return found->second;
  auto query = db_.prepare("SELECT course || ' ' || first_day FROM training_event WHERE id = ?");
  query.bind(1, id);
  auto name = first_text(query);
  if (!name) {
    const auto course = logged("training_event", id, "course");
    const auto day = logged("training_event", id, "first_day");
    if (course) name = *course + (day ? " " + *day : "");
  }
  return cache_[key] = name;
}

std::vector<AuditEntry> audit_entries(sqlite::Connection& db, std::int64_t worker_id,
                                      std::int64_t after, bool file_only) {
  // The worker's own row by its id; the rows of its records by the worker_id
  // their logged values carry (also after the record was deleted). After a
  // token, the batch index finds the few recent rows (the whole log holds
  // millions on a city's file).
  std::string sql =
      "SELECT b.at, b.os_user, b.description, l.table_name, l.action, ifnull(l.old_values, ''), "
      "ifnull(l.new_values, ''), "
      "json_extract(l.old_values, '$.community_id'), json_extract(l.new_values, '$.community_id'), "
      "json_extract(l.old_values, '$.course_id'), json_extract(l.new_values, '$.course_id'), "
      "json_extract(l.old_values, '$.event_id'), json_extract(l.new_values, '$.event_id') "
      "FROM audit_log l JOIN audit_batch b ON b.id = l.batch_id WHERE ";
  if (after > 0) sql += "l.batch_id > ?2 AND ";
  if (file_only) sql += "l.table_name <> 'plan_assignment' AND ";
  sql +=
      "((l.table_name = 'worker' AND l.row_id = ?1) "
      "OR (l.table_name <> 'worker' AND (json_extract(l.new_values, '$.worker_id') = ?1 "
      "OR json_extract(l.old_values, '$.worker_id') = ?1))) "
      "ORDER BY l.id DESC";
  auto query = db.prepare(sql);
  query.bind(1, worker_id);
  if (after > 0) query.bind(2, after);
  AuditNames names(db);
  std::vector<AuditEntry> entries;
  while (query.step()) {
    AuditEntry entry{std::string(query.text(0)), std::string(query.text(1)),
                     std::string(query.text(2)), std::string(query.text(3)),
                     std::string(query.text(4)), std::string(query.text(5)),
                     std::string(query.text(6)), {}};
    // The ids the values hold (old and new), named where the store knows them.
    const auto name_ids = [&](int column, const char* key, auto resolve) {
      for (const int c : {column, column + 1}) {
        if (query.is_null(c)) continue;
        const std::int64_t id = query.integer(c);
        if (const auto name = (names.*resolve)(id)) entry.names[key][id] = *name;
      }
    };
    name_ids(7, "community_id", &AuditNames::community);
    name_ids(9, "course_id", &AuditNames::course);
    name_ids(11, "event_id", &AuditNames::event);
    entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace cwt
