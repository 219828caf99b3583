// SqliteStore: the writes. Each call is one transaction that starts with an
// audit batch; the schema's triggers record the rows it changes.
#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "audit.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"
#include "cwt/model/validation.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "damage_check.hpp"
#include "event_store.hpp"
#include "plan_store.hpp"
#include "row_codec.hpp"
#include "sqlite_db.hpp"

namespace cwt {

namespace {

std::string settings_change_text(const Policy& before, const Policy& after) {
  const auto old_values = settings_of(before);
  const auto new_values = settings_of(after);
  std::string text = "settings set";
  for (std::size_t i = 0; i < new_values.size(); ++i) {
    if (i < old_values.size() && old_values[i] == new_values[i]) continue;
    text += " " + new_values[i].first + "=" + new_values[i].second;
  }
  return text;
}

void require_date(Date day, std::string_view what, std::string_view id_number) {
  if (day.is_special())
    // TRANSLATORS: {1} is a column name like hire_date, {2} an ID number.
    throw StoreError(tr("no valid {1} for ID number {2}; nothing was changed", what, id_number));
}

// The refusal of a record of (ID number, shown) whose field holds a text the
// store does not keep, with the problem's message: one whole sentence per
// kind of record, for the translators.
using TextRefusal = std::string (*)(const std::string& id_number, const std::string& field,
                                    const std::string& problem);

// The first record of the change whose free texts the store would not keep
// (invalid UTF-8, control characters, too long), as an error naming it. The
// front ends check the same; this guard makes it hold for every writer.
template <class Record>
void require_clean_texts(const std::vector<Record>& records, TextRefusal refusal) {
  for (const Record& record : records) {
    const auto problems = check_texts(record);
    if (problems.empty()) continue;
    throw StoreError(
        refusal(shown(record.id_number), problems.front().field, problems.front().message));
  }
}

std::string refuse_worker_text(const std::string& id_number, const std::string& field,
                               const std::string& problem) {
  // TRANSLATORS: {1} is an ID number in quotes, {2} a field name like phone, {3} what is wrong
  // with its text.
  return tr("the worker of ID number {1}: {2}: {3}; nothing was changed", id_number, field,
            problem);
}
std::string refuse_certificate_text(const std::string& id_number, const std::string& field,
                                    const std::string& problem) {
  // TRANSLATORS: {1} is an ID number in quotes, {2} a field name like issuer, {3} what is wrong
  // with its text.
  return tr("a certificate of ID number {1}: {2}: {3}; nothing was changed", id_number, field,
            problem);
}
std::string refuse_training_text(const std::string& id_number, const std::string& field,
                                 const std::string& problem) {
  // TRANSLATORS: {1} is an ID number in quotes, {2} a field name like course, {3} what is wrong
  // with its text.
  return tr("a training record of ID number {1}: {2}: {3}; nothing was changed", id_number, field,
            problem);
}

// Rejects the change before anything is written when a record names a worker
// that is neither stored nor added by the change, lacks a date or holds a
// text the store does not keep.
void check_change(const ChangeSet& change,
                  const std::unordered_map<std::string, std::int64_t>& stored) {
  std::unordered_set<std::string> added;
  for (const Worker& w : change.upsert_workers) {
    added.insert(w.id_number);
    require_date(w.birth_date, "birth_date", w.id_number);
    require_date(w.hire_date, "hire_date", w.id_number);
    if (w.leave_date) require_date(*w.leave_date, "leave_date", w.id_number);
  }
  std::set<std::string> unknown;
  auto check = [&](const std::string& id_number) {
    if (!stored.contains(id_number) && !added.contains(id_number)) unknown.insert(id_number);
  };
  for (const auto& [id_number, spells] : change.replace_history) {
    check(id_number);
    for (const PositionSpell& spell : spells) {
      require_date(spell.start, "start_date", id_number);
      if (spell.end) require_date(*spell.end, "end_date", id_number);
    }
  }
  for (const auto* exams : {&change.add_exams, &change.update_exams})
    for (const ExamAttempt& e : *exams) {
      check(e.id_number);
      require_date(e.date, "exam_date", e.id_number);
    }
  for (const auto* certificates : {&change.add_certificates, &change.update_certificates})
    for (const Certificate& c : *certificates) {
      check(c.id_number);
      require_date(c.issue_date, "issue_date", c.id_number);
    }
  for (const auto* training : {&change.add_training, &change.update_training})
    for (const TrainingRecord& t : *training) {
      check(t.id_number);
      require_date(t.date, "date", t.id_number);
    }
  for (const auto* events : {&change.add_events, &change.update_events})
    for (const TrainingEvent& event : *events) {
      if (event.first_day.is_special() || event.last_day.is_special())
        throw StoreError(
            tr("training event {1} has no valid first or last day; nothing was changed",
               shown(event.course)));
      if (const auto problems = check_texts(credited_record(event, "")); !problems.empty())
        // TRANSLATORS: {1} is the event's course in quotes, {2} a field name like provider,
        // {3} what is wrong with its text.
        throw StoreError(tr("training event {1}: {2}: {3}; nothing was changed",
                            shown(event.course), problems.front().field, problems.front().message));
      for (const Attendee& attendee : event.attendees) check(attendee.id_number);
    }
  require_clean_texts(change.upsert_workers, refuse_worker_text);
  require_clean_texts(change.add_certificates, refuse_certificate_text);
  require_clean_texts(change.add_training, refuse_training_text);
  require_clean_texts(change.update_certificates, refuse_certificate_text);
  require_clean_texts(change.update_training, refuse_training_text);
  if (unknown.empty()) return;
  // The first ten, joined by ", ".
  std::string listed;
  std::size_t shown = 0;
  for (const std::string& id_number : unknown) {
    if (shown++ == 10) break;
    listed += (shown == 1 ? "" : ", ") + id_number;
  }
  if (unknown.size() > 10)
    // TRANSLATORS: {1} is a list of ten ID numbers, {2} how many more there are.
    listed = tr("{1} and {2} more", listed, unknown.size() - 10);
  throw StoreError(
      // TRANSLATORS: {1} is an ID number, or a list of them.
      trn("unknown ID number {1} (not in the database nor added by this change); "
          "nothing was changed",
          "unknown ID numbers {1} (not in the database nor added by this change); "
          "nothing was changed",
          unknown.size(), listed));
}

// Finds or creates district / street / community rows. All units are loaded
// once per change: there are a few hundred at most.
class OrgUnits {
 public:
  explicit OrgUnits(sqlite::Connection& db)
      : insert_(db.prepare("INSERT INTO org_unit (kind, parent_id, name) VALUES (?, ?, ?)")),
        db_(db) {
    auto query = db.prepare("SELECT id, kind, ifnull(parent_id, 0), name FROM org_unit");
    while (query.step())
      ids_.emplace(Key{std::string(query.text(1)), query.integer(2), std::string(query.text(3))},
                   query.integer(0));
  }

  std::int64_t community_id(const OrgPath& org) {
    const std::int64_t district =
        org.district.empty() ? 0 : find_or_add("district", 0, org.district);
    const std::int64_t street = find_or_add("street", district, org.street);
    return find_or_add("community", street, org.community);
  }

 private:
  using Key = std::tuple<std::string, std::int64_t, std::string>;  // kind, parent (0: none), name

  std::int64_t find_or_add(const char* kind, std::int64_t parent, const std::string& name) {
    Key key{kind, parent, name};
    if (auto found = ids_.find(key); found != ids_.end()) return found->second;
    insert_.bind(1, std::string_view(kind));
    if (parent == 0)
      insert_.bind_null(2);
    else
      insert_.bind(2, parent);
    insert_.bind(3, name).run();
    const std::int64_t id = db_.last_insert_rowid();
    ids_.emplace(std::move(key), id);
    return id;
  }

  sqlite::Statement insert_;
  sqlite::Connection& db_;
  std::map<Key, std::int64_t> ids_;
};

void bind_worker_fields(sqlite::Statement& statement, const Worker& w, std::int64_t community_id,
                        IsoDates& iso) {
  statement.bind(1, w.id_number)
      .bind(2, w.name)
      .bind(3, code(w.gender))
      .bind(4, iso(w.birth_date))
      .bind(5, w.ethnicity)
      .bind(8, w.phone)
      .bind(9, community_id)
      .bind(10, iso(w.hire_date))
      .bind(12, code(w.position));
  if (w.political_status)
    statement.bind(6, code(*w.political_status));
  else
    statement.bind_null(6);
  if (w.education)
    statement.bind(7, code(*w.education));
  else
    statement.bind_null(7);
  if (w.leave_date)
    statement.bind(11, iso(*w.leave_date));
  else
    statement.bind_null(11);
}

std::string summary_text(const ChangeSet& change,
                         const std::unordered_map<std::string, std::int64_t>& stored) {
  std::unordered_set<std::string> added, updated;
  for (const Worker& w : change.upsert_workers)
    (stored.contains(w.id_number) ? updated : added).insert(w.id_number);
  return change.description + " (workers added: " + std::to_string(added.size()) +
         ", updated: " + std::to_string(updated.size()) +
         "; histories replaced: " + std::to_string(change.replace_history.size()) +
         "; exams: " + std::to_string(change.add_exams.size()) +
         "; certificates: " + std::to_string(change.add_certificates.size()) +
         "; training records: " + std::to_string(change.add_training.size()) + ")";
}

enum class RecordKind { exam, certificate, training };

// The refusal of a correction or deletion that found no record `record_id`
// (of `id_number` when known): one whole sentence per kind, for the translators.
std::string no_such_record(RecordKind kind, std::int64_t record_id, std::string_view id_number) {
  switch (kind) {
    case RecordKind::exam:
      return id_number.empty()
                 ? tr("there is no exam record {1} (changed by someone else meanwhile?); nothing "
                      "was changed",
                      record_id)
                 : tr("there is no exam record {1} of ID number {2} (changed by someone else "
                      "meanwhile?); nothing was changed",
                      record_id, id_number);
    case RecordKind::certificate:
      return id_number.empty()
                 ? tr("there is no certificate record {1} (changed by someone else meanwhile?); "
                      "nothing was changed",
                      record_id)
                 : tr("there is no certificate record {1} of ID number {2} (changed by someone "
                      "else meanwhile?); nothing was changed",
                      record_id, id_number);
    case RecordKind::training:
      break;
  }
  return id_number.empty()
             ? tr("there is no training record {1} (changed by someone else meanwhile?); nothing "
                  "was changed",
                  record_id)
             : tr("there is no training record {1} of ID number {2} (changed by someone else "
                  "meanwhile?); nothing was changed",
                  record_id, id_number);
}

// A correction or deletion must have found exactly its record.
void require_found(const sqlite::Connection& db, RecordKind kind, std::int64_t record_id,
                   std::string_view id_number) {
  if (db.changes() == 1) return;
  throw StoreError(no_such_record(kind, record_id, id_number));
}

// Corrections of stored records: `sql` sets the fields from ?2 on where
// worker_id = ?1 and id = ?`id_parameter`; each must change exactly one row.
template <class Record>
void correct(sqlite::Connection& db, const std::vector<Record>& records, const std::string& sql,
             int id_parameter, RecordKind kind,
             const std::unordered_map<std::string, std::int64_t>& ids, IsoDates& iso) {
  if (records.empty()) return;
  auto update = db.prepare(sql);
  for (const Record& record : records) {
    update.bind(1, ids.at(record.id_number));
    bind_fields(update, record, iso);
    update.bind(id_parameter, record.record_id).run();
    require_found(db, kind, record.record_id, record.id_number);
  }
}

// For a load that adds many rows to a table: its indexes are dropped before
// and rebuilt after, inside the caller's transaction. Building an index from
// sorted data is several times faster than millions of scattered index
// inserts. Small additions keep the indexes. The index definitions are read
// from the schema, so they come back exactly as they were.
class BulkIndexes {
 public:
  BulkIndexes(sqlite::Connection& db, std::string_view table, std::size_t new_rows) : db_(db) {
    constexpr std::size_t kThreshold = 100000;
    if (new_rows < kThreshold) return;
    // The largest rowid bounds the row count from above, in one b-tree step.
    if (static_cast<std::size_t>(db.query_int("SELECT ifnull(max(rowid), 0) FROM \"" +
                                              std::string(table) + "\"")) > new_rows)
      return;
    auto indexes = db.prepare(
        "SELECT name, sql FROM sqlite_master "
        "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL");
    indexes.bind(1, table);
    std::vector<std::string> names;
    while (indexes.step()) {
      names.emplace_back(indexes.text(0));
      definitions_.emplace_back(indexes.text(1));
    }
    indexes.reset();
    for (const std::string& name : names) db.execute_script("DROP INDEX \"" + name + "\"");
  }

  bool active() const { return !definitions_.empty(); }

  void rebuild() {
    for (const std::string& sql : definitions_) db_.execute_script(sql);
    definitions_.clear();
  }

 private:
  sqlite::Connection& db_;
  std::vector<std::string> definitions_;
};

}  // namespace

void SqliteStore::save_policy(const Policy& policy) {
  // Store only what policy() can read back: a file must never hold settings
  // that stop it from opening (e.g. an empty qualifying list).
  Policy read_back;
  for (const auto& [key, value] : settings_of(policy)) {
    if (auto problem = apply_setting(read_back, key, value))
      // TRANSLATORS: {1} is a setting's key like due_soon_days, {2} its value, {3} why the
      // value is wrong.
      throw StoreError(tr("setting {1} = '{2}' cannot be saved: {3}; nothing was changed",
                          setting_named(key), value, *problem));
  }
  if (read_back != policy)
    throw StoreError(tr("the settings do not read back as given; nothing was changed"));

  sqlite::Transaction transaction(*db_);
  const Policy before = this->policy();
  if (before == policy) return;  // nothing to write, nothing to audit
  if (damage_check_) damage_check_->before_write(*db_);
  begin_audit_batch(*db_, settings_change_text(before, policy), false);
  write_settings(*db_, policy);
  transaction.commit();
  if (damage_check_) damage_check_->after_write(*db_);
}

namespace {

// ChangeSet::expect_unchanged, under the write lock of the change's own
// transaction: nobody can write between this look and the change. A worker
// not on file has nothing that changed.
void refuse_changed_workers(sqlite::Connection& db, const ChangeSet& change,
                            const std::unordered_map<std::string, std::int64_t>& ids) {
  for (const ChangeSet::Unchanged& expected : change.expect_unchanged) {
    const auto found = ids.find(expected.id_number);
    if (found == ids.end()) continue;
    auto changes = audit_entries(db, found->second, expected.since, true);
    if (changes.empty()) continue;
    const AuditEntry& latest = changes.front();
    const std::string message =
        // TRANSLATORS: {1} is an ID number, {2} the change that was made (as the audit log
        // says, e.g. "import training a.csv"), {3} the system user who made it, {4} when (UTC).
        tr("{1} was changed elsewhere after it was read here ({2}, by {3}, {4}); nothing was "
           "changed: read it again and repeat the change",
           expected.id_number, shown(latest.description), latest.os_user, latest.at);
    throw ConflictError(message, expected.id_number, std::move(changes));
  }
}

}  // namespace

namespace {

// The rows a change counts for its progress (ProgressSteps, every 256 rows:
// each report a virtual call and, in the desktop program, an atomic store):
// corrections (one editor's, a few rows), events and plans are not counted.
// A cancel throws Cancelled out of apply(), whose transaction then rolls
// back: nothing of the change is written.
std::uint64_t rows_to_write(const ChangeSet& change) {
  return change.upsert_workers.size() + change.replace_history.size() + change.add_exams.size() +
         change.add_certificates.size() + change.add_training.size() + change.delete_exams.size() +
         change.delete_certificates.size() + change.delete_training.size();
}

}  // namespace

Applied SqliteStore::apply(const ChangeSet& change, Progress& progress) {
  if (change.empty()) return {};
  sqlite::Connection& db = *db_;
  sqlite::Transaction transaction(db);
  if (damage_check_) damage_check_->before_write(db);

  if (change.only_into_empty_store) {
    // Under the write lock this BEGIN IMMEDIATE took: nobody can add workers
    // between this count and the commit.
    const auto count = static_cast<std::size_t>(db.query_int("SELECT count(*) FROM worker"));
    if (count > 0)
      throw EmptyStoreRequired(
          trn("{1} already holds {2} worker; nothing was changed",
              "{1} already holds {2} workers; nothing was changed", count, db.label(), count),
          count);
  }

  // ID number -> worker row id, kept up to date as workers are added.
  std::unordered_map<std::string, std::int64_t> ids;
  {
    auto query = db.prepare("SELECT id_number, id FROM worker");
    while (query.step()) ids.emplace(query.text(0), query.integer(1));
  }
  check_change(change, ids);
  refuse_credited_records(db, change);
  refuse_changed_workers(db, change, ids);
  Applied applied;
  applied.token = begin_audit_batch(
      db, change.audit_summary_only ? summary_text(change, ids) : change.description,
      change.audit_summary_only);
  // Rows written from here on, the audit rows the triggers add among them.
  const auto rows_before = sqlite3_total_changes64(db.handle());

  // A summary-only change is audited by its batch row alone: the per-row
  // triggers would find summary_only set and record nothing, so skip them.
  std::optional<sqlite::TriggersOff> triggers_off;
  if (change.audit_summary_only) triggers_off.emplace(db);

  ProgressSteps written(progress, rows_to_write(change), 256);
  IsoDates iso;
  if (!change.upsert_workers.empty()) {
    OrgUnits units(db);
    auto insert = db.prepare(
        "INSERT INTO worker (id_number, name, gender, birth_date, ethnicity, political_status, "
        "education, phone, community_id, hire_date, leave_date, position) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    auto update = db.prepare(
        "UPDATE worker SET id_number = ?1, name = ?2, gender = ?3, birth_date = ?4, "
        "ethnicity = ?5, political_status = ?6, education = ?7, phone = ?8, community_id = ?9, "
        "hire_date = ?10, leave_date = ?11, position = ?12 WHERE id = ?13");
    for (const Worker& w : change.upsert_workers) {
      const std::int64_t community = units.community_id(w.org);
      if (auto found = ids.find(w.id_number); found != ids.end()) {
        bind_worker_fields(update, w, community, iso);
        update.bind(13, found->second).run();
      } else {
        bind_worker_fields(insert, w, community, iso);
        insert.run();
        ids.emplace(w.id_number, db.last_insert_rowid());
      }
      written.done_one();
    }
  }

  if (!change.replace_history.empty()) {
    auto current = db.prepare(
        "SELECT position, start_date, end_date FROM position_spell WHERE worker_id = ? "
        "ORDER BY start_date, id");
    auto remove = db.prepare("DELETE FROM position_spell WHERE worker_id = ?");
    auto insert = db.prepare(
        "INSERT INTO position_spell (worker_id, position, start_date, end_date) "
        "VALUES (?, ?, ?, ?)");
    for (const auto& [id_number, spells] : change.replace_history) {
      written.done_one();
      const std::int64_t worker_id = ids.at(id_number);
      // An unchanged history is left alone: the audit log shows real changes.
      std::vector<PositionSpell> stored;
      current.bind(1, worker_id);
      while (current.step()) stored.push_back(RowReader(current, "position_spell").spell(0));
      current.reset();
      if (stored == spells) continue;
      remove.bind(1, worker_id).run();
      for (const PositionSpell& spell : spells) {
        insert.bind(1, worker_id).bind(2, code(spell.position)).bind(3, iso(spell.start));
        if (spell.end)
          insert.bind(4, iso(*spell.end));
        else
          insert.bind_null(4);
        insert.run();
      }
    }
  }

  if (!change.add_exams.empty()) {
    auto insert = db.prepare(
        "INSERT INTO exam_attempt (worker_id, exam_date, exam, result, score) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const ExamAttempt& e : change.add_exams) {
      insert.bind(1, ids.at(e.id_number));
      bind_fields(insert, e, iso);
      insert.run();
      written.done_one();
    }
  }

  if (!change.add_certificates.empty()) {
    auto insert = db.prepare(
        "INSERT INTO certificate (worker_id, type, level, number, issue_date, issuer) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const Certificate& c : change.add_certificates) {
      insert.bind(1, ids.at(c.id_number));
      bind_fields(insert, c, iso);
      insert.run();
      written.done_one();
    }
  }

  if (!change.add_training.empty()) {
    BulkIndexes bulk(db, "training", change.add_training.size());
    auto insert = db.prepare(
        "INSERT INTO training (worker_id, date, half_hours, category, course, provider, verified) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    // The hot loop of a big import. Records usually come grouped by worker,
    // so the last lookup is reused. A bulk load goes in worker order: the
    // rebuilt worker-first index then sorts presorted rows, and a worker's
    // records sit together in the table. The texts bound live until the end
    // of this call (records, IsoDates' cache, the static code tables).
    std::vector<std::pair<std::int64_t, const TrainingRecord*>> rows;
    rows.reserve(change.add_training.size());
    const std::string* last_id_number = nullptr;
    std::int64_t last_worker_id = 0;
    for (const TrainingRecord& t : change.add_training) {
      if (!last_id_number || *last_id_number != t.id_number) {
        last_worker_id = ids.at(t.id_number);
        last_id_number = &t.id_number;
      }
      rows.emplace_back(last_worker_id, &t);
    }
    if (bulk.active())
      std::stable_sort(rows.begin(), rows.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [worker_id, record] : rows) {
      const TrainingRecord& t = *record;
      insert.bind(1, worker_id)
          .bind_static(2, iso(t.date))
          .bind(3, t.half_hours)
          .bind_static(4, code(t.category))
          .bind_static(5, t.course)
          .bind_static(6, t.provider)
          .bind(7, t.verified ? 1 : 0)
          .run();
      written.done_one();
    }
    written.report();
    bulk.rebuild();
  }

  // Corrections, then deletions, each of exactly one stored record.
  correct(db, change.update_exams,
          "UPDATE exam_attempt SET exam_date = ?2, exam = ?3, result = ?4, score = ?5 "
          "WHERE worker_id = ?1 AND id = ?6",
          6, RecordKind::exam, ids, iso);
  correct(db, change.update_certificates,
          "UPDATE certificate SET type = ?2, level = ?3, number = ?4, issue_date = ?5, "
          "issuer = ?6 WHERE worker_id = ?1 AND id = ?7",
          7, RecordKind::certificate, ids, iso);
  correct(db, change.update_training,
          "UPDATE training SET date = ?2, half_hours = ?3, category = ?4, course = ?5, "
          "provider = ?6, verified = ?7 WHERE worker_id = ?1 AND id = ?8",
          8, RecordKind::training, ids, iso);
  struct Deletions {
    const std::vector<std::int64_t>* record_ids;
    std::string_view table;  // one of these three, never input
    RecordKind kind;
  };
  for (const auto& [record_ids, table, kind] :
       {Deletions{&change.delete_exams, "exam_attempt", RecordKind::exam},
        Deletions{&change.delete_certificates, "certificate", RecordKind::certificate},
        Deletions{&change.delete_training, "training", RecordKind::training}}) {
    if (record_ids->empty()) continue;
    auto remove = db.prepare("DELETE FROM " + std::string(table) + " WHERE id = ?");
    for (const std::int64_t record_id : *record_ids) {
      remove.bind(1, record_id).run();
      require_found(db, kind, record_id, {});
      written.done_one();
    }
  }

  applied.added_events = apply_event_changes(db, change, ids, iso);
  // The settings as this transaction sees them (read only when plans are saved).
  apply_plan_changes(db, change, ids, iso, change.save_plans.empty() ? Policy{} : policy());

  // A change that turned out to change nothing (a worker put on a course
  // they are on already, attendance marked as it was) leaves no empty audit
  // batch behind: the transaction is rolled back instead.
  if (sqlite3_total_changes64(db.handle()) == rows_before) return {};
  written.report();  // the last moment a cancel can still undo it all
  transaction.commit();
  progress.advance(1, 1);
  if (damage_check_) damage_check_->after_write(*db_);
  return applied;
}

}  // namespace cwt
