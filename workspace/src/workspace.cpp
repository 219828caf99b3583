#include "cwt/workspace/workspace.hpp"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <future>
#include <map>
#include <mutex>
#include <set>
#include <tuple>

#include "cwt/model/dates.hpp"
#include "cwt/model/employment.hpp"
#include "cwt/model/status.hpp"
#include "cwt/model/text.hpp"

namespace cwt {

Workspace::Workspace(Store& store, Date day, Progress& progress)
    : store_(store), day_(day), today_(day), year_(day.year()) {
  load(progress);
}

void Workspace::load(Progress& progress) {
  // Read first: whatever is written while this loads moves the store past
  // it, and the next look (changed_elsewhere) reads again.
  const std::int64_t token = store_.change_token();
  // Only the day's year of the training records (millions in a city, over
  // ten years): completed hours are a year's, and another year is read when
  // it is asked for. Both connections read committed data; this program's
  // own writes are committed before it reloads.
  ledgers_by_year_.clear();
  ledgers_by_year_[year_] = read_ledgers(
      year_,
      [&] {
        policy_ = store_.policy();
        files_ = store_.worker_files(std::nullopt);
        events_ = store_.training_events();
        plans_ = store_.training_plans();
      },
      progress);
  ++records_loaded_;
  token_ = token;
  places_ = KnownPlaces();
  for (const auto& file : files_) places_.add(file.worker.org);
  recompute();
}

std::vector<HoursLedger> Workspace::read_ledgers(int year, const std::function<void()>& meanwhile,
                                                 Progress& progress) const {
  constexpr int kParts = 8;
  const DayRange window{first_of_year(year), last_of_year(year)};
  std::atomic<int> next_part{0};
  std::mutex read_mutex;
  std::map<std::string, HoursLedger> ledgers;
  int parts_read = 0;  // under read_mutex: reported in order, from either thread
  progress.advance(0, kParts);
  const auto read_parts = [&](Store& store) {
    for (int part; (part = next_part++) < kParts;) {
      if (progress.cancelled()) throw Cancelled();
      auto read = store.hours_ledgers(part, kParts, window);
      const std::lock_guard lock(read_mutex);
      ledgers.merge(read);
      progress.advance(static_cast<std::uint64_t>(++parts_read), kParts);
    }
  };
  std::unique_ptr<Store> reader = store_.second_reader();
  std::future<void> reader_done;
  if (reader) reader_done = std::async(std::launch::async, [&] { read_parts(*reader); });
  try {
    if (meanwhile) meanwhile();
    read_parts(store_);
  } catch (...) {
    next_part = kParts;  // the other reader stops after its part
    if (reader_done.valid()) reader_done.wait();
    throw;
  }
  if (reader_done.valid()) reader_done.get();  // rethrows what failed there
  std::vector<HoursLedger> aligned;
  aligned.reserve(files_.size());
  for (const auto& file : files_) {
    auto found = ledgers.find(file.worker.id_number);
    aligned.push_back(found != ledgers.end() ? std::move(found->second) : HoursLedger());
  }
  return aligned;
}

const std::vector<HoursLedger>& Workspace::ledgers_of(int year) const {
  auto found = ledgers_by_year_.find(year);
  if (found == ledgers_by_year_.end())
    found = ledgers_by_year_.emplace(year, read_ledgers(year, {})).first;
  return found->second;
}

const WorkerFile* Workspace::find(std::string_view id_number) const {
  const auto found = std::lower_bound(
      files_.begin(), files_.end(), id_number,
      [](const WorkerFile& file, std::string_view id) { return file.worker.id_number < id; });
  return found != files_.end() && found->worker.id_number == id_number ? &*found : nullptr;
}

void Workspace::recompute() {
  other_year_files_.reset();
  const std::vector<HoursLedger>& ledgers = ledgers_of(year_);
  for (std::size_t i = 0; i < files_.size(); ++i)
    files_[i].completed_half_hours = ledgers[i].completed_half_hours(year_, day_);
  // The active first, then the others, each part in ID number order (files_
  // is): statuses() is the first part, and an active worker's row is the
  // same in both.
  roster_.clear();
  roster_.reserve(files_.size());
  for (const WorkerFile& file : files_)
    if (is_active(file.worker, day_)) roster_.push_back(status_on(file, policy_, day_, year_));
  active_count_ = roster_.size();
  for (const WorkerFile& file : files_)
    if (!is_active(file.worker, day_)) roster_.push_back(status_on(file, policy_, day_, year_));
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
  // Only active workers are looked at unless the query asks for others.
  const std::size_t end =
      query.employment == EmploymentState::active ? active_count_ : roster_.size();
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < end; ++i)
    if (matches(query, roster_[i])) rows.push_back(i);
  const auto first_other =
      std::lower_bound(rows.begin(), rows.end(), active_count_);  // rows are ascending
  if (query.sort_by == WorkerColumn::id_number && !query.descending) {
    // Each part of the roster is in ID number order already: a merge will do.
    std::inplace_merge(rows.begin(), first_other, rows.end(), [&](std::size_t a, std::size_t b) {
      return roster_[a].worker->id_number < roster_[b].worker->id_number;
    });
  } else {
    std::sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
      return comes_before(query, roster_[a], roster_[b]);
    });
  }
  return rows;
}

std::size_t Workspace::count(const WorkerQuery& query) const {
  const std::size_t end =
      query.employment == EmploymentState::active ? active_count_ : roster_.size();
  return static_cast<std::size_t>(
      std::count_if(roster_.begin(), roster_.begin() + static_cast<std::ptrdiff_t>(end),
                    [&](const WorkerStatus& s) { return matches(query, s); }));
}

std::size_t Workspace::hidden_by_filters(const WorkerQuery& query) const {
  if (trim_blanks(query.search).empty()) return 0;
  return count(search_only(query)) - count(query);
}

Tally Workspace::tally(std::span<const std::size_t> rows) const {
  Tally tally;
  for (const std::size_t row : rows)
    if (roster_.at(row).state == EmploymentState::active) tally.add(roster_[row]);
  return tally;
}

Tally Workspace::total() const {
  Tally tally;
  for (const auto& status : statuses()) tally.add(status);
  return tally;
}

std::vector<CommunityTally> Workspace::tally_by_community() const {
  std::map<std::tuple<std::string, std::string, std::string>, Tally> by_place;
  for (const auto& status : statuses()) {
    const OrgPath& org = status.worker->org;
    by_place[{org.district, org.street, org.community}].add(status);
  }
  std::vector<CommunityTally> tallies;
  tallies.reserve(by_place.size());
  for (auto& [place, tally] : by_place)
    tallies.push_back({std::get<0>(place), std::get<1>(place), std::get<2>(place), tally});
  return tallies;
}

DeadlineChart Workspace::deadline_chart(int months) const {
  DeadlineChart chart;
  chart.first_month = Date(day_.year(), day_.month(), 1);
  chart.per_month.assign(static_cast<std::size_t>(std::max(months, 0)), 0);
  const int first = static_cast<int>(day_.year()) * 12 + static_cast<int>(day_.month()) - 1;
  for (const auto& status : statuses()) {
    if (status.certification.status == CertificationStatus::overdue) {
      ++chart.overdue;
      continue;
    }
    if (!days_to_open_deadline(status) || !status.certification.deadline) continue;
    const Date deadline = *status.certification.deadline;
    const int month =
        static_cast<int>(deadline.year()) * 12 + static_cast<int>(deadline.month()) - 1;
    const int offset = month - first;
    if (offset >= 0 && offset < months) ++chart.per_month[static_cast<std::size_t>(offset)];
  }
  return chart;
}

std::vector<std::size_t> Workspace::act_first(std::size_t limit) const {
  // Rank: 0 overdue, 1 open deadline, 2 behind in training; then urgency.
  struct Entry {
    int rank;
    std::int64_t urgency;  // smaller first
    std::size_t row;
  };
  std::vector<Entry> entries;
  for (std::size_t row = 0; row < active_count_; ++row) {
    const auto& status = roster_[row];
    const auto& cert = status.certification;
    if (cert.status == CertificationStatus::overdue)
      entries.push_back({0, cert.days_left.value_or(0), row});
    else if (const auto days = days_to_open_deadline(status))
      entries.push_back({1, *days, row});
    else if (status.training.status == TrainingStatus::behind)
      entries.push_back({2, -static_cast<std::int64_t>(status.training.shortfall_half_hours), row});
  }
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return std::pair(a.rank, a.urgency) < std::pair(b.rank, b.urgency);
  });
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < entries.size() && i < limit; ++i) rows.push_back(entries[i].row);
  return rows;
}

Applied Workspace::apply(const ChangeSet& change) {
  const std::int64_t before = token_;
  Applied applied = store_.apply(change);
  if (!change.plans_only()) {
    load();
    return applied;
  }
  if (!change.save_plans.empty() || !change.delete_plans.empty())
    plans_ = store_.training_plans();
  else
    apply_assignments(change);
  took_own_write(before, applied.token);
  return applied;
}

void Workspace::took_own_write(std::int64_t before, std::int64_t written) {
  // Batches are numbered in the order they are written: the one right after
  // what this held is this write alone; a gap is someone else's write,
  // which the next look reads in.
  if (written != 0 && written == before + 1) token_ = written;
}

bool Workspace::changed_elsewhere() { return store_.change_token() != token_; }

void Workspace::apply_assignments(const ChangeSet& change) {
  std::map<std::string_view, std::vector<const Assignment*>> added, removed;
  for (const auto& a : change.add_assignments) added[a.plan].push_back(&a.assignment);
  for (const auto& r : change.remove_assignments) removed[r.plan].push_back(&r.assignment);
  for (TrainingPlan& plan : plans_) {
    const auto adds = added.find(plan.name);
    const auto removes = removed.find(plan.name);
    if (adds == added.end() && removes == removed.end()) continue;
    // As the store reads them back: by course (the plan's order), then ID number.
    std::map<std::string_view, std::size_t> course_index;
    for (std::size_t i = 0; i < plan.courses.size(); ++i)
      course_index.emplace(plan.courses[i].title, i);
    const auto key = [&](const Assignment& a) {
      return std::pair(course_index.at(a.course), std::string_view(a.id_number));
    };
    const auto less = [&](const Assignment& a, const Assignment& b) { return key(a) < key(b); };
    if (removes != removed.end()) {
      std::set<std::pair<std::size_t, std::string_view>> gone;
      for (const Assignment* a : removes->second) gone.insert(key(*a));
      std::erase_if(plan.assignments, [&](const Assignment& a) { return gone.contains(key(a)); });
    }
    if (adds == added.end()) continue;
    std::vector<Assignment> fresh;
    for (const Assignment* a : adds->second) {
      Assignment assignment = *a;
      assignment.attendance = Attendance::registered;
      fresh.push_back(std::move(assignment));
    }
    std::sort(fresh.begin(), fresh.end(), less);
    // Merged into the sorted list; one already on the course stays as it is.
    std::vector<Assignment> merged;
    merged.reserve(plan.assignments.size() + fresh.size());
    std::size_t i = 0, j = 0;
    while (i < plan.assignments.size() || j < fresh.size()) {
      if (j == fresh.size() ||
          (i < plan.assignments.size() && less(plan.assignments[i], fresh[j]))) {
        merged.push_back(std::move(plan.assignments[i++]));
      } else if (i < plan.assignments.size() && !less(fresh[j], plan.assignments[i])) {
        ++j;  // on the course already
      } else {
        if (merged.empty() || less(merged.back(), fresh[j])) merged.push_back(std::move(fresh[j]));
        ++j;
      }
    }
    plan.assignments = std::move(merged);
  }
}

std::span<const WorkerFile> Workspace::files_for_year(int year) const {
  if (year == year_) return files_;
  if (!other_year_files_ || other_year_files_->first != year) {
    const std::vector<HoursLedger>& ledgers = ledgers_of(year);
    std::vector<WorkerFile> files = files_;
    for (std::size_t i = 0; i < files.size(); ++i)
      files[i].completed_half_hours = ledgers[i].completed_half_hours(year, day_);
    other_year_files_.emplace(year, std::move(files));
  }
  return other_year_files_->second;
}

void Workspace::save_policy(const Policy& policy) {
  const std::int64_t before = token_;
  store_.save_policy(policy);
  policy_ = store_.policy();
  recompute();
  took_own_write(before, store_.change_token());
}

}  // namespace cwt
