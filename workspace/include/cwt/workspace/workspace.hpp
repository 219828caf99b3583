#pragma once
// One open database held in memory for the desktop program: every worker
// with their records, the statuses for the chosen day and year, filtering,
// sorting, searching and counting over them, and every edit as one change
// through the Store. No GUI toolkit here: it is tested without a display,
// and gui/ only binds it to widgets.
//
// Changing the day, the year or the policy recomputes every status from
// memory: each worker's verified training is kept as a HoursLedger, so the
// completed hours for any day are two binary searches.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <vector>

#include "cwt/app/on_file.hpp"
#include "cwt/model/hours_ledger.hpp"
#include "cwt/model/places.hpp"
#include "cwt/model/store.hpp"
#include "cwt/model/tally.hpp"
#include "cwt/workspace/worker_query.hpp"

namespace cwt {

// What it holds also answers the application layer's questions about what
// is on file (app::OnFile), from memory.
class Workspace final : public app::OnFile {
 public:
  // Loads everything from `store` and computes the statuses on `day`, for the
  // training year of `day`. The store must outlive the workspace.
  // Reads the store: its workers and the day's year of training records,
  // telling `progress` the parts read of all; a cancel throws Cancelled.
  Workspace(Store& store, Date day, Progress& progress = no_progress());

  Date day() const { return day_; }
  // The real day (the day given at loading): what entries are checked
  // against (nothing dated in the future), whatever day is being looked at.
  Date today() const override { return today_; }
  Store& store() { return store_; }
  int year() const { return year_; }
  const Policy& policy() const override { return policy_; }

  // Recompute every status, without reading the store. The year defaults to
  // the day's. set_policy does not save: it is also the settings preview.
  void set_day(Date day, std::optional<int> year = std::nullopt);
  void set_policy(const Policy& policy);

  // Every worker on the day: first those active on it, by ID number, then
  // the others (not yet started or left), by ID number. Indices into this are
  // the rows the queries return.
  const std::vector<WorkerStatus>& roster() const { return roster_; }
  // The workers active on the day (the start of the roster): what is counted.
  // A row of an active worker is the same index here and in the roster.
  std::span<const WorkerStatus> statuses() const { return std::span(roster_).first(active_count_); }
  std::size_t worker_count() const { return files_.size(); }  // active or not
  // The places (district, street, community) of every worker on file.
  const KnownPlaces& places() const { return places_; }

  // Rows of the roster; ordered as the query asks.
  std::vector<std::size_t> select(const WorkerQuery& query) const;
  // select(query).size(), without building the list (the dashboard's tiles).
  std::size_t count(const WorkerQuery& query) const;
  // The workers the search finds whom the query's other filters (employment
  // included) hide: what the Workers page offers to show.
  std::size_t hidden_by_filters(const WorkerQuery& query) const;
  // The counts of the rows' active workers (only they are counted).
  Tally tally(std::span<const std::size_t> rows) const;
  Tally total() const;
  // Per community, ordered by district, street and community.
  std::vector<CommunityTally> tally_by_community() const;
  // Deadlines per month for `months` months from the day's, and the overdue.
  DeadlineChart deadline_chart(int months = 12) const;
  // The dashboard's act-first list, at most `limit` rows: overdue workers
  // (longest overdue first), then open deadlines (soonest first), then
  // training behind (largest shortfall first).
  std::vector<std::size_t> act_first(std::size_t limit) const;

  // Training events with their attendees, by first day then id.
  const std::vector<TrainingEvent>& events() const override { return events_; }
  // Training plans with their courses and assignments, by year and name.
  const std::vector<TrainingPlan>& plans() const override { return plans_; }
  // Every worker's file with the verified hours of `year` completed by the
  // day (the plan arithmetic's input): the files above for the day's year,
  // a copy computed from the ledgers for another. Valid until the next
  // load or change of day.
  std::span<const WorkerFile> files_for_year(int year) const;
  // Counts the reads of every record from the store (opening, a reload, a
  // write other than of plans): what is computed from the store's records
  // stays valid while this stays the same.
  std::uint64_t records_loaded() const { return records_loaded_; }

  // The worker file of an ID number, or null when there is none.
  const WorkerFile* find(std::string_view id_number) const;
  const Worker* worker(std::string_view id_number) const override {
    const WorkerFile* file = find(id_number);
    return file ? &file->worker : nullptr;
  }

  // Writes through the store (one transaction), then reloads what it holds
  // (only the plans, for a change of plans alone: a drag onto a course is
  // not a reload of a city's records); on failure (StoreError) nothing
  // changed, here or in the file.
  // Returns what the store wrote (the new events' ids among it).
  Applied apply(const ChangeSet& change);
  void save_policy(const Policy& policy);
  // Reads everything again (after another program or a background import
  // wrote to the store), keeping the day and the year.
  void reload() { load(); }

  // The store's change token that what is held here reflects: read before
  // each load, moved on by this workspace's own writes.
  std::int64_t change_token() const { return token_; }
  // Whether anything was written to the store since what is held here was
  // read (another program, another window, a background import): one cheap
  // query, for a window to ask when it regains focus and every few seconds.
  bool changed_elsewhere();

 private:
  void load(Progress& progress = no_progress());
  void recompute();
  // The ledgers of the verified records dated in `year`, parallel to
  // files_: read from the store the first time a year is asked for (the
  // day's year at opening; another when the day moves to it or a plan is
  // for it), kept until the next load.
  const std::vector<HoursLedger>& ledgers_of(int year) const;
  // Reads them in parts from a queue shared with a second connection, which
  // starts at once; `meanwhile` runs on this one first (the workers at
  // opening), then this one joins the queue.
  std::vector<HoursLedger> read_ledgers(int year, const std::function<void()>& meanwhile,
                                        Progress& progress = no_progress()) const;
  // add_assignments and remove_assignments applied to the plans held, as the
  // store has just written them.
  void apply_assignments(const ChangeSet& change);
  // Moves token_ to `written` when that write was the only one since `before`.
  void took_own_write(std::int64_t before, std::int64_t written);

  Store& store_;
  Date day_;
  Date today_;
  int year_;
  Policy policy_;
  std::vector<WorkerFile> files_;  // ordered by ID number
  mutable std::map<int, std::vector<HoursLedger>> ledgers_by_year_;
  std::vector<WorkerStatus> roster_;
  std::size_t active_count_ = 0;
  KnownPlaces places_;
  std::vector<TrainingEvent> events_;
  std::vector<TrainingPlan> plans_;
  std::uint64_t records_loaded_ = 0;
  std::int64_t token_ = 0;
  mutable std::optional<std::pair<int, std::vector<WorkerFile>>> other_year_files_;
};

}  // namespace cwt
