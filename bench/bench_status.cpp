// Times the parts of `status --format json` in-process on an existing
// database, next to the bare SQLite aggregate over the same training table
// (the floor no implementation can beat), each the best of N runs.
//   bench_status DB AS_OF [RUNS]
#include <sqlite3.h>

#include <chrono>
#include <functional>
#include <iostream>
#include <sstream>

#include "best_of.hpp"
#include "cwt/model/status.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "status_output.hpp"

namespace {

using cwt::bench::best_seconds;

// The plain GROUP BY a reader would write first.
constexpr const char* group_by_sql =
    "SELECT worker_id, SUM(half_hours) FROM training WHERE verified = 1 AND "
    "date BETWEEN ?1 AND ?2 GROUP BY worker_id";
// The same sums as the store asks for them: one index range per worker.
constexpr const char* per_worker_sql =
    "SELECT w.id, (SELECT SUM(t.half_hours) FROM training t WHERE t.worker_id = w.id "
    "AND t.verified = 1 AND t.date BETWEEN ?1 AND ?2) FROM worker w";

double bare_aggregate_seconds(const std::string& path, const char* sql, const cwt::DayRange& window,
                              int runs, long long& rows) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_exec(db, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
  sqlite3_stmt* statement = nullptr;
  sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
  const std::string first = cwt::to_iso(window.first), last = cwt::to_iso(window.last);
  const double seconds = best_seconds(runs, [&] {
    sqlite3_reset(statement);
    sqlite3_bind_text(statement, 1, first.c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_text(statement, 2, last.c_str(), -1, SQLITE_STATIC);
    rows = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) ++rows;
  });
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return seconds;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: bench_status DB AS_OF [RUNS]\n";
    return 2;
  }
  const std::string path = argv[1];
  const auto day = cwt::parse_date(argv[2]);
  const int runs = argc > 3 ? std::atoi(argv[3]) : 5;
  if (!day) return 2;
  const int year = day->year();
  const auto window = *cwt::completed_window(year, *day);

  auto store = cwt::SqliteStore::open_existing(path);
  const cwt::Policy policy = store->policy();
  std::vector<cwt::WorkerFile> files;
  const double load = best_seconds(runs, [&] { files = store->worker_files(window); });
  std::vector<cwt::WorkerStatus> statuses;
  const double rules =
      best_seconds(runs, [&] { statuses = cwt::statuses_on(files, policy, *day, year); });
  std::size_t bytes = 0;
  const double json = best_seconds(runs, [&] {
    std::ostringstream out;
    cwt::cli::write_status_json(out, statuses);
    bytes = out.str().size();
  });
  long long groups = 0, workers = 0;
  const double group_by = bare_aggregate_seconds(path, group_by_sql, window, runs, groups);
  const double per_worker = bare_aggregate_seconds(path, per_worker_sql, window, runs, workers);

  std::cout << "workers on file:            " << files.size() << "\n"
            << "active on " << cwt::to_iso(*day) << ":      " << statuses.size() << "\n"
            << "load (worker_files):        " << load << " s\n"
            << "rules (statuses_on):        " << rules << " s\n"
            << "JSON text (" << bytes / 1024 << " KiB):        " << json << " s\n"
            << "in-process total:           " << load + rules + json << " s\n"
            << "bare SQLite aggregate, GROUP BY:      " << group_by << " s (" << groups
            << " groups)\n"
            << "bare SQLite aggregate, per worker:    " << per_worker << " s (" << workers
            << " workers)\n";
  return 0;
}
