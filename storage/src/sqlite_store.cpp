// SqliteStore: opening and every read. Writes are in store_writes.cpp.
#include "cwt/storage/sqlite_store.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <future>
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
  // Read in the table's own order and sorted here: ordered by the ID
  // number index, every worker was a seek into the table (100,000 of them
  // in a city, a third of `status`'s time).
  std::vector<std::pair<std::int64_t, Worker>> read;
  read.reserve(count);
  auto query = db.prepare("SELECT " + std::string(kWorkerSelectColumns) + std::string(kWorkerFrom));
  while (query.step()) read.emplace_back(query.integer(0), RowReader(query, "worker").worker(0));
  // Positions sorted, each worker then moved once (sorting the workers
  // themselves moved each a dozen times).
  std::vector<std::size_t> order(read.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&read](std::size_t a, std::size_t b) {
    return read[a].second.id_number < read[b].second.id_number;
  });
  for (const std::size_t i : order) {
    loaded.index.emplace(read[i].first, loaded.workers.size());
    loaded.workers.push_back(std::move(read[i].second));
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

namespace {

using WindowSums = std::vector<std::pair<std::int64_t, std::int64_t>>;  // worker row id, half hours

// The storage twin of completed_half_hours(): verified hours dated inside
// the window. One statement; per worker it reads one contiguous range of the
// covering index training_worker (worker_id, verified, date, half_hours),
// never the table.
WindowSums window_sums(sqlite::Connection& db, const DayRange& window) {
  auto hours = db.prepare(
      "SELECT w.id, (SELECT SUM(t.half_hours) FROM training t WHERE t.worker_id = w.id "
      "AND t.verified = 1 AND t.date BETWEEN ?1 AND ?2) FROM worker w");
  hours.bind(1, to_iso(window.first)).bind(2, to_iso(window.last));
  WindowSums sums;
  while (hours.step())
    if (!hours.is_null(1)) sums.emplace_back(hours.integer(0), hours.integer(1));
  return sums;
}

// A second connection reading what `db` reads, in the same state: `db` holds
// its read lock already, and in a rollback-journal file no write can commit
// while any reader holds one, so a read lock this connection takes now sees
// the same committed state until both end. Taken at once or not at all
// (busy timeout 0): a writer waiting to commit refuses new readers, and
// waiting for it here while `db` holds its lock would block both. Null then,
// and in a WAL file (whose readers each keep their own snapshot) or in memory.
std::unique_ptr<sqlite::Connection> same_state_reader(sqlite::Connection& db,
                                                      const std::string& path) {
  if (path.empty()) return nullptr;
  auto mode = db.prepare("PRAGMA journal_mode");
  if (!mode.step() || mode.text(0) == "wal") return nullptr;
  try {
    auto reader = std::make_unique<sqlite::Connection>(
        path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, db.label());
    sqlite3_busy_timeout(reader->handle(), 0);
    reader->execute_script("PRAGMA mmap_size = 1073741824; BEGIN");
    reader->query_int("SELECT count(*) FROM (SELECT 1 FROM worker LIMIT 1)");  // the read lock
    return reader;
  } catch (const std::exception&) {
    return nullptr;  // busy, or no second connection: read on `db` alone
  }
}

}  // namespace

std::vector<WorkerFile> SqliteStore::worker_files(std::optional<DayRange> window) {
  sqlite::Transaction snapshot(*db_, sqlite::Transaction::Mode::deferred);
  // The read lock first (the state read from here on), then the window's
  // sums on a second connection beside the workers read here: the sums are
  // a per-worker index seek each (100,000 in a city), as long as all the
  // rest of this together, so two cores halve `status`'s reading.
  db_->query_int("SELECT count(*) FROM (SELECT 1 FROM worker LIMIT 1)");
  std::future<WindowSums> sums;
  std::unique_ptr<sqlite::Connection> reader;
  if (window) reader = same_state_reader(*db_, path_);
  if (reader)
    sums = std::async(std::launch::async, [&reader, &window] {
      WindowSums read = window_sums(*reader, *window);
      reader->execute_script("COMMIT");
      return read;
    });
  // Whatever fails below waits for the other connection before leaving.
  struct Join {
    std::future<WindowSums>& sums;
    ~Join() {
      if (sums.valid()) sums.wait();
    }
  } join{sums};
  LoadedWorkers loaded = load_workers(*db_);
  std::vector<WorkerFile> files(loaded.workers.size());
  for (std::size_t i = 0; i < files.size(); ++i) files[i].worker = std::move(loaded.workers[i]);
  auto file_of = [&](std::int64_t worker_id) -> WorkerFile& {
    return files[loaded.index.at(worker_id)];
  };

  // Certificates and exams read in the tables' own order (through the
  // worker index each row was a seek into the table) and put in each
  // worker's order below.
  auto certificates = db_->prepare(
      "SELECT worker_id, type, level, number, issue_date, issuer, id FROM certificate");
  while (certificates.step()) {
    WorkerFile& file = file_of(certificates.integer(0));
    file.certificates.push_back(RowReader(certificates, "certificate").certificate(1));
    file.certificates.back().id_number = file.worker.id_number;
  }

  auto exams =
      db_->prepare("SELECT worker_id, exam_date, exam, result, score, id FROM exam_attempt");
  while (exams.step()) {
    WorkerFile& file = file_of(exams.integer(0));
    file.exams.push_back(RowReader(exams, "exam_attempt").exam(1));
    file.exams.back().id_number = file.worker.id_number;
  }
  // Each worker's by date, then as entered (the order of the old ORDER BY).
  for (WorkerFile& file : files) {
    std::sort(file.certificates.begin(), file.certificates.end(), [](const auto& a, const auto& b) {
      return std::pair(a.issue_date, a.record_id) < std::pair(b.issue_date, b.record_id);
    });
    std::sort(file.exams.begin(), file.exams.end(), [](const auto& a, const auto& b) {
      return std::pair(a.date, a.record_id) < std::pair(b.date, b.record_id);
    });
  }

  if (window)
    for (const auto& [worker_id, half_hours] :
         sums.valid() ? sums.get() : window_sums(*db_, *window))
      file_of(worker_id).completed_half_hours = half_hours;
  return files;
}

std::map<std::string, HoursLedger> SqliteStore::hours_ledgers(int part, int parts,
                                                              std::optional<DayRange> window) {
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
  // gives each worker's rows together, without reading the table; for a
  // window, one seek per worker to the window's first day.
  auto hours = db_->prepare(
      window ? "SELECT t.worker_id, t.date, t.half_hours FROM worker w JOIN training t "
               "ON t.worker_id = w.id AND t.verified = 1 AND t.date BETWEEN ?3 AND ?4 "
               "WHERE w.id BETWEEN ?1 AND ?2 ORDER BY w.id"
             : "SELECT worker_id, date, half_hours FROM training "
               "WHERE worker_id BETWEEN ?1 AND ?2 AND verified = 1 ORDER BY worker_id");
  hours.bind(1, first);
  hours.bind(2, last);
  if (window) hours.bind(3, to_iso(window->first)).bind(4, to_iso(window->last));
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
