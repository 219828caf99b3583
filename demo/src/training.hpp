#pragma once
// Training records: courses held by street offices and districts, which most
// of a street's workers attend, leaders' courses, induction for new hires,
// online self-study and part-time degree courses.
#include <span>
#include <vector>

#include "context.hpp"
#include "cwt/model/records.hpp"
#include "layout.hpp"

namespace cwt::demo_detail {

struct WorkerRef {
  const Worker* worker = nullptr;
  const Site* site = nullptr;
  const Profile* profile = nullptr;  // nullptr: drawn at random
};

// Appends the training records of `workers` (index i drawing from stream
// training/i) over the context's years, none after today. Counts first, so
// that `out` is allocated once.
void add_training(const Layout& layout, std::span<const WorkerRef> workers, const Context& context,
                  std::vector<TrainingRecord>& out);

}  // namespace cwt::demo_detail
