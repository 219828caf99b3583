#pragma once
// The counts the dashboard shows, for any set of workers: the whole database,
// a street, a community.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "cwt/model/status.hpp"

namespace cwt {

struct Tally {
  std::size_t active = 0;
  std::size_t must_certify = 0;  // obligated (certified or not)
  std::size_t certified = 0;     // obligated and certified
  std::size_t overdue_recall = 0;
  std::size_t overdue_dismiss = 0;
  std::size_t due_within_7 = 0;  // deadline not passed, at most 7 days away
  std::size_t due_within_30 = 0;
  std::size_t due_within_90 = 0;
  std::size_t training_required = 0;  // required hours above 0 this year
  std::size_t training_met = 0;
  std::size_t training_behind = 0;

  void add(const WorkerStatus& status);
  Tally& operator+=(const Tally& other);  // e.g. a street from its communities
  std::size_t overdue() const { return overdue_recall + overdue_dismiss; }
  bool operator==(const Tally&) const = default;
};

// Days to a deadline not yet passed, for workers who must still certify;
// nothing otherwise (certified, exempt, overdue).
std::optional<int> days_to_open_deadline(const WorkerStatus& status);

// Open certification deadlines (pending or due soon) per calendar month,
// starting with the month of the day, and the workers already overdue: the
// dashboard's chart.
struct DeadlineChart {
  std::size_t overdue = 0;
  std::vector<std::size_t> per_month;  // [0]: the day's month, [1]: the next, ...
  Date first_month;                    // the 1st of the day's month
};

// The tally of one community, with where it is.
struct CommunityTally {
  std::string district;
  std::string street;
  std::string community;
  Tally tally;
};

}  // namespace cwt
