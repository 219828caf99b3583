#include "cwt/workspace/workspace.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "cwt/model/status.hpp"

namespace cwt {

Workspace::Workspace(Store& store, Date day) : store_(store), day_(day), year_(day.year()) {
  load();
}

void Workspace::load() {
  policy_ = store_.policy();
  files_ = store_.worker_files(std::nullopt);
  auto ledgers = store_.hours_ledgers();
  ledgers_.clear();
  ledgers_.reserve(files_.size());
  for (const auto& file : files_) {
    auto found = ledgers.find(file.worker.id_number);
    ledgers_.push_back(found != ledgers.end() ? std::move(found->second) : HoursLedger());
  }
  recompute();
}

void Workspace::recompute() {
  for (std::size_t i = 0; i < files_.size(); ++i)
    files_[i].completed_half_hours = ledgers_[i].completed_half_hours(year_, day_);
  statuses_ = statuses_on(files_, policy_, day_, year_);
}

void Workspace::set_day(Date day, std::optional<int> year) {
  day_ = day;
  year_ = year.value_or(day.year());
  recompute();
}

void Workspace::set_policy(const Policy& policy) {
  policy_ = policy;
  recompute();
}

std::vector<std::size_t> Workspace::select(const WorkerQuery& query) const {
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < statuses_.size(); ++i)
    if (matches(query, statuses_[i])) rows.push_back(i);
  // Statuses are in ID number order already: nothing to sort for that.
  if (query.sort_by != WorkerColumn::id_number || query.descending)
    std::sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
      return comes_before(query, statuses_[a], statuses_[b]);
    });
  return rows;
}

Tally Workspace::tally(std::span<const std::size_t> rows) const {
  Tally tally;
  for (const std::size_t row : rows) tally.add(statuses_.at(row));
  return tally;
}

Tally Workspace::total() const {
  Tally tally;
  for (const auto& status : statuses_) tally.add(status);
  return tally;
}

std::vector<CommunityTally> Workspace::tally_by_community() const {
  std::map<std::tuple<std::string, std::string, std::string>, Tally> by_place;
  for (const auto& status : statuses_) {
    const OrgPath& org = status.worker->org;
    by_place[{org.district, org.street, org.community}].add(status);
  }
  std::vector<CommunityTally> tallies;
  tallies.reserve(by_place.size());
  for (auto& [place, tally] : by_place)
    tallies.push_back({std::get<0>(place), std::get<1>(place), std::get<2>(place), tally});
  return tallies;
}

void Workspace::apply(const ChangeSet& change) {
  store_.apply(change);
  load();
}

void Workspace::save_policy(const Policy& policy) {
  store_.save_policy(policy);
  policy_ = store_.policy();
  recompute();
}

}  // namespace cwt
