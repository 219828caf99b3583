// Times the desktop workspace (issue 8's targets) on an existing database:
// opening it (every worker, record and ledger into memory), recomputing every
// status after a day or setting change, and filtering on a typed search; and
// the resident memory with it open.
//   bench_workspace DB AS_OF [RUNS]
#include <chrono>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <string>

#include "best_of.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "cwt/workspace/workspace.hpp"

namespace {

using cwt::bench::best_seconds;
using cwt::bench::resident_kib;

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: bench_workspace DB AS_OF [RUNS]\n";
    return 2;
  }
  const std::string path = argv[1];
  const auto day = cwt::parse_date(argv[2]);
  const int runs = argc > 3 ? std::stoi(argv[3]) : 5;
  if (!day) {
    std::cerr << "bad day\n";
    return 2;
  }
  auto store = cwt::SqliteStore::open_existing(path);
  std::unique_ptr<cwt::Workspace> workspace;
  const double open =
      best_seconds(1, [&] { workspace = std::make_unique<cwt::Workspace>(*store, *day); });
  const long rss = resident_kib();
  const double reopen = best_seconds(runs, [&] { cwt::Workspace again(*store, *day); });

  const double change_day = best_seconds(runs,
                                         [&] {
                                           workspace->set_day(*day - boost::gregorian::days(1));
                                           workspace->set_day(*day);
                                         }) /
                            2;
  cwt::Policy policy = workspace->policy();
  const double change_policy = best_seconds(runs, [&] {
    policy.staff_half_hours = policy.staff_half_hours == 40 ? 60 : 40;
    workspace->set_policy(policy);
  });
  std::size_t found = 0;
  const double search = best_seconds(runs, [&] {
    cwt::WorkerQuery query;
    query.search = "张";
    found = workspace->select(query).size();
  });
  const double search_id = best_seconds(runs, [&] {
    cwt::WorkerQuery query;
    query.search = "1985";
    query.sort_by = cwt::WorkerColumn::name;
    found += workspace->select(query).size();
  });
  const double tallies =
      best_seconds(runs, [&] { found += workspace->tally_by_community().size(); });

  std::cout << "workers on file:                 " << workspace->worker_count() << "\n"
            << "active on " << argv[2] << ":           " << workspace->statuses().size() << "\n"
            << "open (first, cold statements):   " << open << " s\n"
            << "open again (best of " << runs << "):         " << reopen << " s\n"
            << "resident memory after opening:   " << rss / 1024 << " MiB\n"
            << "recompute after a day change:    " << change_day * 1000 << " ms\n"
            << "recompute after a policy change: " << change_policy * 1000 << " ms\n"
            << "search \"张\" (name):              " << search * 1000 << " ms\n"
            << "search \"1985\", sorted by name:   " << search_id * 1000 << " ms\n"
            << "tallies per community:           " << tallies * 1000 << " ms\n"
            << "(rows found, to keep the work: " << found << ")\n";
  return 0;
}
