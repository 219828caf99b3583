#pragma once
// Sample data for trying cwtrack out and for the scale benchmark: a street
// office's community workers with positions, exams, certificates and years of
// training, in which every certification and training status occurs.
#include <cstdint>

#include "cwt/model/dates.hpp"
#include "cwt/model/store.hpp"

namespace cwt {

struct DemoOptions {
  int workers = 500;       // 0 to kMaxDemoWorkers
  int years = 10;          // years of training records, ending with today's year; 1 to 100
  std::uint64_t seed = 1;  // another seed, other (equally valid) data
  Date today;              // nothing is dated after it; required
};

inline constexpr int kMaxDemoWorkers = 100000;

// Deterministic: the same options give the same ChangeSet on every platform.
// Every record passes the model's checks for `today`; workers are in
// upsert_workers, their position histories in replace_history (and in
// Worker::history), audit_summary_only is set.
// With 50 workers or more, the default policy and `today` in 2017 or later,
// the workers active on `today` show every certification status (certified,
// certified late, exempt, pending, due_soon, overdue with recall and with
// dismiss), for today's year the training statuses met, on_track and behind
// (no one can be on track in the last days of December: the share of the year
// gone then asks for all the hours), and for the year before met and not_met.
// Throws std::invalid_argument when an option is out of range.
ChangeSet make_demo(const DemoOptions& options);

}  // namespace cwt
