#pragma once
// What the model needs from storage. Declared here so that model code and its
// tests need no database, and so that another backend (PostgreSQL for a
// district sharing one database) can be added without touching the model or
// the front ends.
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "cwt/model/employment.hpp"
#include "cwt/model/hours_ledger.hpp"
#include "cwt/model/policy.hpp"
#include "cwt/model/progress.hpp"
#include "cwt/model/records.hpp"
#include "cwt/model/status.hpp"
#include "cwt/model/training_event.hpp"
#include "cwt/model/training_plan.hpp"

namespace cwt {

// Failures of the store (I/O, corruption, a newer file). The message is fit
// to show the user as it is: what happened, to which file, what to do. The
// detail, when there is one, is for the log: the database's own words and
// the statement that failed.
class StoreError : public std::runtime_error {
 public:
  explicit StoreError(const std::string& message, std::string detail = {})
      : std::runtime_error(message), detail_(std::move(detail)) {}
  const std::string& detail() const { return detail_; }

 private:
  std::string detail_;
};

// The file exists but holds no database yet (it is empty, or an SQLite file
// without cwtrack's tables): creating the store on it (`init`) sets it up.
class BlankFileError : public StoreError {
 public:
  using StoreError::StoreError;
};

// A change marked only_into_empty_store met a store that holds workers.
class EmptyStoreRequired : public StoreError {
 public:
  EmptyStoreRequired(const std::string& message, std::size_t worker_count)
      : StoreError(message), worker_count_(worker_count) {}
  std::size_t worker_count() const { return worker_count_; }

 private:
  std::size_t worker_count_;
};

// One row of the audit log about a worker: when, who, which change, and the
// row's values before and after as JSON objects (empty for an insert / a
// delete).
struct AuditEntry {
  std::string at;  // UTC, 2024-03-01T08:30:00Z
  std::string os_user;
  std::string description;
  std::string table;   // worker, position_spell, exam_attempt, certificate, training, ...
  std::string action;  // insert, update, delete
  std::string old_values;
  std::string new_values;
  // What the ids among the values point at, by column and id, where the
  // store can still tell (also after the row was deleted, from the log):
  // "community_id" → "某区 某街道 某社区", "course_id" → "2027年度计划：社区治理"
  // (plan and course), "event_id" → "社区治理专题培训 2026-06-20".
  std::map<std::string, std::map<std::int64_t, std::string>> names;
};

// A change made from what was read at some change token met a worker that
// another program (or window) changed since: nothing was written. changes()
// are the audit entries written since about that worker, newest first:
// who changed what, for the officer to decide.
class ConflictError : public StoreError {
 public:
  ConflictError(const std::string& message, std::string id_number, std::vector<AuditEntry> changes)
      : StoreError(message), id_number_(std::move(id_number)), changes_(std::move(changes)) {}
  const std::string& id_number() const { return id_number_; }
  const std::vector<AuditEntry>& changes() const { return changes_; }

 private:
  std::string id_number_;
  std::vector<AuditEntry> changes_;
};

// Everything one command changes; applied all or nothing.
struct ChangeSet {
  std::string description;  // one line for the audit log, e.g. "import training a.csv"
  // New ID numbers are added, known ones have their fields replaced; the
  // `history` member is ignored here: histories change only through
  // replace_history (which may name a worker added in the same change).
  std::vector<Worker> upsert_workers;
  std::map<std::string, std::vector<PositionSpell>> replace_history;  // by ID number
  std::vector<ExamAttempt> add_exams;
  std::vector<Certificate> add_certificates;
  std::vector<TrainingRecord> add_training;
  // Corrections of stored records, matched by record_id; the record must
  // belong to the worker its id_number names. Deletions by record_id.
  std::vector<ExamAttempt> update_exams;
  std::vector<Certificate> update_certificates;
  std::vector<TrainingRecord> update_training;
  std::vector<std::int64_t> delete_exams;
  std::vector<std::int64_t> delete_certificates;
  std::vector<std::int64_t> delete_training;
  // Training events with their attendee lists. An update (by event_id)
  // replaces the event's fields and its whole list: an attendee newly present
  // is credited a training record (credited_record), one no longer present
  // loses it, and the records of those still present follow the event's
  // fields. Deleting an event deletes the records it credited. Records
  // credited by an event change only this way: update_training and
  // delete_training refuse them.
  std::vector<TrainingEvent> add_events;
  std::vector<TrainingEvent> update_events;
  std::vector<std::int64_t> delete_events;
  // Training plans, saved whole by name: a plan not on file is created; one
  // on file gets its year, scope, courses (by title) and assignments (by
  // course and worker) made what is given, writing only the rows that differ
  // (the audit log shows real changes). A course keeps the event its
  // attendance was marked on. Deleting a plan leaves its events and their
  // records.
  std::vector<TrainingPlan> save_plans;
  std::vector<std::string> delete_plans;
  // Workers put on a plan's course or taken off it, without saving the plan
  // whole (a drop on a city's plan writes its own rows, not the plan's
  // 90,000): applied after save_plans. Adding a worker on the course already,
  // or taking off one not on it, changes nothing; an unknown plan, course or
  // worker is a StoreError.
  struct PlanAssignment {
    std::string plan;
    Assignment assignment;  // its attendance ignored: read from the course's event
  };
  std::vector<PlanAssignment> add_assignments;
  std::vector<PlanAssignment> remove_assignments;
  // Attendance of a plan's course that has taken place, as a training event
  // (event_of): the first marking adds the event and links the course to it;
  // a later one updates that event (its attendees credited or not as
  // update_events says). Applied after save_plans.
  struct CourseAttendance {
    std::string plan;
    std::string course;
    TrainingEvent event;  // event_id ignored: the course's own is used
  };
  std::vector<CourseAttendance> attend_courses;
  // Edits made from what was read at a change token (Store::change_token):
  // the whole change is refused (ConflictError) when anything about one of
  // these workers (their row, their records, their attendance) was written
  // after it, by anyone. What keeps two programs editing one worker from
  // overwriting each other unseen; an officer who chose to overwrite
  // applies the change without it.
  struct Unchanged {
    std::string id_number;
    std::int64_t since = 0;  // a change token
  };
  std::vector<Unchanged> expect_unchanged;
  // Demo data only: one audit row for the whole change instead of one per row.
  bool audit_summary_only = false;
  // Demo data only: applied only to a store without workers, decided inside
  // the change's own transaction (two loads started together cannot both
  // find the store empty). Otherwise an EmptyStoreRequired error.
  bool only_into_empty_store = false;
  // Whether it changes training plans and nothing else (no worker, record or
  // event): what a front end holding statuses need not recompute after.
  bool plans_only() const {
    ChangeSet rest = *this;
    rest.save_plans.clear();
    rest.delete_plans.clear();
    rest.add_assignments.clear();
    rest.remove_assignments.clear();
    return rest.empty() && !empty();
  }
  bool empty() const {
    return upsert_workers.empty() && replace_history.empty() && add_exams.empty() &&
           add_certificates.empty() && add_training.empty() && update_exams.empty() &&
           update_certificates.empty() && update_training.empty() && delete_exams.empty() &&
           delete_certificates.empty() && delete_training.empty() && add_events.empty() &&
           update_events.empty() && delete_events.empty() && save_plans.empty() &&
           delete_plans.empty() && add_assignments.empty() && remove_assignments.empty() &&
           attend_courses.empty();
  }
};

// What apply() wrote: its audit batch, which is the change token the store
// moved to (0: nothing was written, the change changed nothing), and the ids
// of the training events it added, in the order of add_events.
struct Applied {
  std::int64_t token = 0;
  std::vector<std::int64_t> added_events;
};

class Store {
 public:
  virtual ~Store() = default;

  // Another connection to the same data, for reading on another thread at
  // the same time (the desktop program loads workers and training in
  // parallel); null when the store cannot have one (in memory).
  virtual std::unique_ptr<Store> second_reader() { return nullptr; }

  virtual Policy policy() = 0;
  virtual void save_policy(const Policy& policy) = 0;  // audited like worker data

  virtual std::optional<Worker> find_worker(std::string_view id_number) = 0;
  virtual std::set<std::string> id_numbers() = 0;
  virtual std::size_t worker_count() = 0;
  virtual std::vector<Worker> workers() = 0;  // with history, ordered by ID number
  virtual std::vector<ExamAttempt> exams_of(std::string_view id_number) = 0;
  virtual std::vector<Certificate> certificates_of(std::string_view id_number) = 0;
  virtual std::vector<TrainingRecord> training_of(std::string_view id_number) = 0;

  // Every worker with certificates and exams, and the verified half hours
  // dated inside `window` (none: 0), ordered by ID number.
  virtual std::vector<WorkerFile> worker_files(std::optional<DayRange> window) = 0;

  // Every worker's verified training as a ledger, by ID number (workers
  // without any have an empty one): what a front end holding the whole
  // database in memory computes completed hours from, for any day.
  // Part `part` (0-based) of `parts`: the workers in that share of the
  // store's order, so that several connections can read the parts at once.
  // The parts together are exactly hours_ledgers(). With a window, only the
  // records dated inside it (a year's: what completed hours of that year
  // are computed from, a tenth of a city's records or less).
  virtual std::map<std::string, HoursLedger> hours_ledgers(
      int part = 0, int parts = 1, std::optional<DayRange> window = std::nullopt) = 0;

  // Verified half hours per worker (by ID number) and category dated inside
  // `window`, only workers with some: what "fill the plan" prefers least of.
  virtual std::map<std::string, CategoryHours> category_hours(DayRange window) = 0;

  // Every audit-log row about this worker and their records, newest first;
  // with `after`, only those written after that change token.
  virtual std::vector<AuditEntry> audit_trail(std::string_view id_number,
                                              std::int64_t after = 0) = 0;

  // A number that moves whenever anything is written, by any program or
  // connection (the latest audit batch; every write is one): cheap enough to
  // ask every few seconds, so that a window notices changes made elsewhere.
  // It only grows.
  virtual std::int64_t change_token() = 0;

  // Every training event with its attendees (ID number order), by first day
  // then id.
  virtual std::vector<TrainingEvent> training_events() = 0;
  // Every training plan with its courses and assignments (an assignment's
  // attendance read from its course's event), ordered by year and name.
  virtual std::vector<TrainingPlan> training_plans() = 0;

  // In one transaction; throws StoreError and changes nothing on failure
  // (ConflictError when expect_unchanged is not met). A big change (an
  // import, sample data) reports the rows written of all it holds and, when
  // `progress` is cancelled, rolls back and throws Cancelled: nothing of it
  // is written.
  virtual Applied apply(const ChangeSet& change, Progress& progress) = 0;
  Applied apply(const ChangeSet& change) { return apply(change, no_progress()); }

  // Called from another thread: makes the apply() running now fail (a
  // StoreError, the transaction rolled back), so that a cancelled import or
  // sample data stops at once and writes nothing. No effect when idle.
  virtual void interrupt() {}
};

}  // namespace cwt
