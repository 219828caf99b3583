#include "cwt/workspace/worker_query.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

#include "cwt/model/tally.hpp"
#include "cwt/model/text.hpp"

namespace cwt {
namespace {

bool contains_id(std::string_view id_number, std::string_view search) {
  if (search.size() > id_number.size()) return false;
  for (std::size_t at = 0; at + search.size() <= id_number.size(); ++at) {
    bool same = true;
    for (std::size_t k = 0; k < search.size() && same; ++k) {
      char c = search[k];
      if (c == 'x') c = 'X';
      same = id_number[at + k] == c;
    }
    if (same) return true;
  }
  return false;
}

// The sort key of one column; ties fall to the ID number.
template <class Compare>
bool by_column(WorkerColumn column, const WorkerStatus& a, const WorkerStatus& b, Compare less) {
  const Worker& wa = *a.worker;
  const Worker& wb = *b.worker;
  const auto days = [](const WorkerStatus& s) {
    return s.certification.days_left.value_or(std::numeric_limits<int>::max());
  };
  const auto deadline = [](const WorkerStatus& s) {
    return s.certification.deadline.value_or(Date(boost::gregorian::pos_infin));
  };
  switch (column) {
    case WorkerColumn::name:
      return less(wa.name, wb.name);
    case WorkerColumn::id_number:
      return less(wa.id_number, wb.id_number);
    case WorkerColumn::district:
      return less(std::tie(wa.org.district, wa.org.street, wa.org.community),
                  std::tie(wb.org.district, wb.org.street, wb.org.community));
    case WorkerColumn::street:
      return less(std::tie(wa.org.street, wa.org.community),
                  std::tie(wb.org.street, wb.org.community));
    case WorkerColumn::community:
      return less(wa.org.community, wb.org.community);
    case WorkerColumn::position:
      return less(static_cast<int>(a.position), static_cast<int>(b.position));
    case WorkerColumn::age:
      return less(a.age, b.age);
    case WorkerColumn::certification:
      return less(std::pair(static_cast<int>(a.certification.status), deadline(a)),
                  std::pair(static_cast<int>(b.certification.status), deadline(b)));
    case WorkerColumn::days_left:
      return less(days(a), days(b));
    case WorkerColumn::required_hours:
      return less(a.training.required_half_hours, b.training.required_half_hours);
    case WorkerColumn::completed_hours:
      return less(a.training.completed_half_hours, b.training.completed_half_hours);
    case WorkerColumn::shortfall_hours:
      return less(a.training.shortfall_half_hours, b.training.shortfall_half_hours);
    case WorkerColumn::training:
      return less(std::pair(static_cast<int>(a.training.status), a.training.shortfall_half_hours),
                  std::pair(static_cast<int>(b.training.status), b.training.shortfall_half_hours));
  }
  return false;
}

}  // namespace

bool matches(const WorkerQuery& query, const WorkerStatus& status) {
  const Worker& worker = *status.worker;
  if (query.employment && status.state != *query.employment) return false;
  const bool has_status = status.state == EmploymentState::active;
  if (!has_status &&
      (query.certification || query.action || query.deadline_within_days || query.training))
    return false;
  if (query.district && worker.org.district != *query.district) return false;
  if (query.street && worker.org.street != *query.street) return false;
  if (query.community && worker.org.community != *query.community) return false;
  if (query.position && status.position != *query.position) return false;
  if (query.certification && status.certification.status != *query.certification) return false;
  if (query.action && status.certification.action != query.action) return false;
  if (query.deadline_within_days) {
    const auto days = days_to_open_deadline(status);
    if (!days || *days > *query.deadline_within_days) return false;
  }
  if (query.training && status.training.status != *query.training) return false;
  const std::string_view search = trim_blanks(query.search);
  if (!search.empty() && worker.name.find(search) == std::string::npos &&
      !contains_id(worker.id_number, search))
    return false;
  return true;
}

WorkerQuery search_only(const WorkerQuery& query) {
  WorkerQuery all;
  all.employment.reset();
  all.search = query.search;
  all.sort_by = query.sort_by;
  all.descending = query.descending;
  return all;
}

bool comes_before(const WorkerQuery& query, const WorkerStatus& a, const WorkerStatus& b) {
  const auto less = [](const auto& x, const auto& y) { return x < y; };
  const auto& first = query.descending ? b : a;
  const auto& second = query.descending ? a : b;
  if (by_column(query.sort_by, first, second, less)) return true;
  if (by_column(query.sort_by, second, first, less)) return false;
  return a.worker->id_number < b.worker->id_number;
}

}  // namespace cwt
