// SqliteStore: opening and every read. Writes are in store_writes.cpp.
#include "cwt/storage/sqlite_store.hpp"

#include <sqlite3.h>

#include <unordered_map>

#include "audit.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"
#include "cwt/platform/platform.hpp"
#include "damage_check.hpp"
#include "event_store.hpp"
#include "plan_store.hpp"
#include "row_codec.hpp"
#include "sqlite_db.hpp"
#include "store_file.hpp"

namespace cwt {

std::unique_ptr<SqliteStore> SqliteStore::open(const std::string& utf8_path, OpenMode mode,
                                               std::span<const Migration> migrations) {
  if (utf8_path.empty()) throw StoreError(tr("no database file given"));
  auto opened = open_store_file(utf8_path, mode == OpenMode::create_or_open, migrations);
  auto store = std::unique_ptr<SqliteStore>(
      new SqliteStore(std::move(opened.db), std::move(opened.upgrade_backup),
                      std::make_unique<DamageCheck>(utf8_path)));
  store->path_ = utf8_path;
  store->migrations_ = migrations;
  return store;
}

std::unique_ptr<Store> SqliteStore::second_reader() {
  if (path_.empty()) return nullptr;  // in memory: one connection only
  // The file is current now (this store opened or upgraded it): the second
  // connection neither upgrades nor writes.
  return open(path_, OpenMode::open_existing, migrations_);
}

std::unique_ptr<SqliteStore> SqliteStore::create_or_open(const std::string& utf8_path) {
  return open(utf8_path, OpenMode::create_or_open, schema_migrations());
}

std::unique_ptr<SqliteStore> SqliteStore::open_existing(const std::string& utf8_path) {
  return open(utf8_path, OpenMode::open_existing, schema_migrations());
}

std::unique_ptr<SqliteStore> SqliteStore::in_memory() {
  auto opened = open_store_file("", true, schema_migrations());
  return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(opened.db), std::nullopt, nullptr));
}

int SqliteStore::schema_version() { return schema_migrations().back().version; }

SqliteStore::SqliteStore(std::unique_ptr<sqlite::Connection> db,
                         std::optional<std::string> upgrade_backup,
                         std::unique_ptr<DamageCheck> damage_check)
    : db_(std::move(db)),
      damage_check_(std::move(damage_check)),
      upgrade_backup_(std::move(upgrade_backup)) {}

void SqliteStore::remember_checks_in(const std::string& utf8_folder) {
  if (damage_check_) damage_check_->remember_in(path_from_utf8(utf8_folder));
}

SqliteStore::~SqliteStore() = default;

Policy SqliteStore::policy() {
  // Keys missing from the file keep their defaults (a setting added by a
  // later version reads as its default until someone sets it).
  Policy policy;
  auto query = db_->prepare("SELECT key, value FROM settings ORDER BY key");
  while (query.step()) {
    const std::string_view key = query.text(0);
    const std::string_view value = query.text(1);
    if (auto problem = apply_setting(policy, key, value))
      throw StoreError(
          // TRANSLATORS: {1} is the database file, {2} a setting's key like "due_soon_days", {3}
          // its stored value, {4} why the value is wrong.
          tr("{1}: the stored setting {2} = {3} is not valid ({4}); the file was "
             "changed outside cwtrack: restore it from a backup copy",
             escaped(db_->label(), std::string::npos), shown(key), shown(value), *problem));
  }
  return policy;
}

std::optional<Worker> SqliteStore::find_worker(std::string_view id_number) {
  sqlite::Transaction snapshot(*db_, sqlite::Transaction::Mode::deferred);
  auto query = db_->prepare("SELECT " + std::string(kWorkerSelectColumns) +
                            std::string(kWorkerFrom) + " WHERE w.id_number = ?");
  query.bind(1, id_number);
  if (!query.step()) return std::nullopt;
  const std::int64_t worker_id = query.integer(0);
  Worker worker = RowReader(query, "worker").worker(0);
  query.reset();

  auto spells = db_->prepare(
      "SELECT position, start_date, end_date FROM position_spell WHERE worker_id = ? "
      "ORDER BY start_date, id");
  spells.bind(1, worker_id);
  while (spells.step()) worker.history.push_back(RowReader(spells, "position_spell").spell(0));
  return worker;
}

std::set<std::string> SqliteStore::id_numbers() {
  std::set<std::string> numbers;
  auto query = db_->prepare("SELECT id_number FROM worker");
  while (query.step()) numbers.emplace(query.text(0));
  return numbers;
}

std::size_t SqliteStore::worker_count() {
  return static_cast<std::size_t>(db_->query_int("SELECT count(*) FROM worker"));
}

namespace {

// Every worker ordered by ID number, with histories, and the row id -> index
// map the other per-worker queries stitch their rows in with. Two queries in
// all, whatever the number of workers.
struct LoadedWorkers {
  std::vector<Worker> workers;
  std::unordered_map<std::int64_t, std::size_t> index;  // worker.id -> position in `workers`
};

LoadedWorkers load_workers(sqlite::Connection& db) {
  LoadedWorkers loaded;
  const auto count = static_cast<std::size_t>(db.query_int("SELECT count(*) FROM worker"));
  loaded.workers.reserve(count);
  loaded.index.reserve(count);
  auto query = db.prepare("SELECT " + std::string(kWorkerSelectColumns) + std::string(kWorkerFrom) +
                          " ORDER BY w.id_number");
  while (query.step()) {
    loaded.index.emplace(query.integer(0), loaded.workers.size());
    loaded.workers.push_back(RowReader(query, "worker").worker(0));
  }
  auto spells = db.prepare(
      "SELECT worker_id, position, start_date, end_date FROM position_spell "
      "ORDER BY worker_id, start_date, id");
  while (spells.step()) {
    loaded.workers[loaded.index.at(spells.integer(0))].history.push_back(
        RowReader(spells, "position_spell").spell(1));
  }
  return loaded;
}

}  // namespace

std::vector<Worker> SqliteStore::workers() {
  sqlite::Transaction snapshot(*db_, sqlite::Transaction::Mode::deferred);
  return load_workers(*db_).workers;
}

std::vector<ExamAttempt> SqliteStore::exams_of(std::string_view id_number) {
  auto query = db_->prepare(
      "SELECT e.exam_date, e.exam, e.result, e.score, e.id FROM exam_attempt e "
      "JOIN worker w ON w.id = e.worker_id WHERE w.id_number = ? ORDER BY e.exam_date, e.id");
  query.bind(1, id_number);
  std::vector<ExamAttempt> exams;
  while (query.step()) {
    exams.push_back(RowReader(query, "exam_attempt").exam(0));
    exams.back().id_number = id_number;
  }
  return exams;
}

std::vector<Certificate> SqliteStore::certificates_of(std::string_view id_number) {
  auto query = db_->prepare(
      "SELECT c.type, c.level, c.number, c.issue_date, c.issuer, c.id FROM certificate c "
      "JOIN worker w ON w.id = c.worker_id WHERE w.id_number = ? ORDER BY c.issue_date, c.id");
  query.bind(1, id_number);
  std::vector<Certificate> certificates;
  while (query.step()) {
    certificates.push_back(RowReader(query, "certificate").certificate(0));
    certificates.back().id_number = id_number;
  }
  return certificates;
}

std::vector<TrainingRecord> SqliteStore::training_of(std::string_view id_number) {
  auto query = db_->prepare(
      "SELECT t.date, t.half_hours, t.category, t.course, t.provider, t.verified, t.id "
      "FROM training t JOIN worker w ON w.id = t.worker_id WHERE w.id_number = ? "
      "ORDER BY t.date, t.id");
  query.bind(1, id_number);
  std::vector<TrainingRecord> records;
  while (query.step()) {
    records.push_back(RowReader(query, "training").training(0));
    records.back().id_number = id_number;
  }
  return records;
}

std::map<std::string, CategoryHours> SqliteStore::category_hours(DayRange window) {
  auto query = db_->prepare(
      "SELECT w.id_number, t.category, sum(t.half_hours) FROM training t "
      "JOIN worker w ON w.id = t.worker_id "
      "WHERE t.verified = 1 AND t.date BETWEEN ?1 AND ?2 GROUP BY t.worker_id, t.category");
  query.bind(1, to_iso(window.first));
  query.bind(2, to_iso(window.last));
  std::map<std::string, CategoryHours> hours;
  while (query.step())
    hours[std::string(query.text(0))][RowReader(query, "training").code<TrainingCategory>(1)] =
        query.integer(2);
  return hours;
}

std::vector<WorkerFile> SqliteStore::worker_files(std::optional<DayRange> window) {
  sqlite::Transaction snapshot(*db_, sqlite::Transaction::Mode::deferred);
  LoadedWorkers loaded = load_workers(*db_);
  std::vector<WorkerFile> files(loaded.workers.size());
  for (std::size_t i = 0; i < files.size(); ++i) files[i].worker = std::move(loaded.workers[i]);
  auto file_of = [&](std::int64_t worker_id) -> WorkerFile& {
    return files[loaded.index.at(worker_id)];
  };

  auto certificates = db_->prepare(
      "SELECT worker_id, type, level, number, issue_date, issuer, id FROM certificate "
      "ORDER BY worker_id, issue_date, id");
  while (certificates.step()) {
    WorkerFile& file = file_of(certificates.integer(0));
    file.certificates.push_back(RowReader(certificates, "certificate").certificate(1));
    file.certificates.back().id_number = file.worker.id_number;
  }

  auto exams = db_->prepare(
      "SELECT worker_id, exam_date, exam, result, score, id FROM exam_attempt "
      "ORDER BY worker_id, exam_date, id");
  while (exams.step()) {
    WorkerFile& file = file_of(exams.integer(0));
    file.exams.push_back(RowReader(exams, "exam_attempt").exam(1));
    file.exams.back().id_number = file.worker.id_number;
  }

  if (window) {
    // The storage twin of completed_half_hours(): verified hours dated inside
    // the window. One statement; per worker it reads one contiguous range of
    // the covering index training_worker (worker_id, verified, date,
    // half_hours), never the table.
    auto hours = db_->prepare(
        "SELECT w.id, (SELECT SUM(t.half_hours) FROM training t WHERE t.worker_id = w.id "
        "AND t.verified = 1 AND t.date BETWEEN ?1 AND ?2) FROM worker w");
    hours.bind(1, to_iso(window->first)).bind(2, to_iso(window->last));
    while (hours.step())
      if (!hours.is_null(1)) file_of(hours.integer(0)).completed_half_hours = hours.integer(1);
  }
  return files;
}

std::map<std::string, HoursLedger> SqliteStore::hours_ledgers(int part, int parts) {
  sqlite::Transaction snapshot(*db_, sqlite::Transaction::Mode::deferred);
  // The parts are ranges of the workers' row ids (dense: rows are seldom
  // deleted), so each is about as many workers and training rows.
  std::int64_t first = 0, last = -1;
  auto range = db_->prepare("SELECT ifnull(min(id), 0), ifnull(max(id), -1) FROM worker");
  if (range.step()) {
    const std::int64_t low = range.integer(0), high = range.integer(1);
    const std::int64_t span = high - low + 1;
    first = low + span * part / parts;
    last = low + span * (part + 1) / parts - 1;
  }
  std::unordered_map<std::int64_t, std::string> id_numbers;
  std::map<std::string, HoursLedger> ledgers;
  auto workers = db_->prepare("SELECT id, id_number FROM worker WHERE id BETWEEN ?1 AND ?2");
  workers.bind(1, first);
  workers.bind(2, last);
  while (workers.step()) {
    const auto [found, added] = id_numbers.emplace(workers.integer(0), workers.text(1));
    ledgers.emplace(found->second, HoursLedger());
  }
  // The covering index training_worker (worker_id, verified, date, half_hours)
  // gives each worker's rows together, without reading the table.
  auto hours = db_->prepare(
      "SELECT worker_id, date, half_hours FROM training "
      "WHERE worker_id BETWEEN ?1 AND ?2 AND verified = 1 ORDER BY worker_id");
  hours.bind(1, first);
  hours.bind(2, last);
  std::int64_t current = -1;
  std::vector<std::pair<Date, int>> entries;
  const auto flush = [&] {
    if (current >= 0) ledgers[id_numbers.at(current)] = HoursLedger(std::move(entries));
    entries.clear();
  };
  while (hours.step()) {
    const std::int64_t worker_id = hours.integer(0);
    if (worker_id != current) {
      flush();
      current = worker_id;
    }
    entries.emplace_back(RowReader(hours, "training").date(1), hours.int32(2));
  }
  flush();
  return ledgers;
}

}  // namespace cwt

namespace cwt {

std::vector<TrainingEvent> SqliteStore::training_events() { return read_training_events(*db_); }

std::vector<TrainingPlan> SqliteStore::training_plans() { return read_training_plans(*db_); }

// sqlite3_interrupt may be called from any thread while the connection is open.
void SqliteStore::interrupt() { sqlite3_interrupt(db_->handle()); }

std::vector<AuditEntry> SqliteStore::audit_trail(std::string_view id_number, std::int64_t after) {
  sqlite::Transaction snapshot(*db_, sqlite::Transaction::Mode::deferred);
  auto worker = db_->prepare("SELECT id FROM worker WHERE id_number = ?");
  worker.bind(1, id_number);
  if (!worker.step()) return {};
  return audit_entries(*db_, worker.integer(0), after);
}

std::int64_t SqliteStore::change_token() {
  return db_->query_int("SELECT ifnull(max(id), 0) FROM audit_batch");
}

}  // namespace cwt
