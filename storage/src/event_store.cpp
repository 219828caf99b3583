#include "event_store.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"

namespace cwt {

namespace {

constexpr std::string_view kEventColumns =
    "id, course, category, first_day, last_day, half_hours, provider";

TrainingEvent read_event(const sqlite::Statement& row) {
  const RowReader reader(row, "training_event");
  TrainingEvent event;
  event.event_id = row.integer(0);
  event.course = reader.text(1);
  event.category = reader.code<TrainingCategory>(2);
  event.first_day = reader.date(3);
  event.last_day = reader.date(4);
  event.half_hours = row.int32(5);
  event.provider = reader.text(6);
  return event;
}

// What a stored attendance row says.
struct StoredAttendance {
  std::int64_t row_id = 0;
  Attendance attendance = Attendance::registered;
  std::optional<std::int64_t> training_id;
};

// Writes attendance rows and the training rows they credit.
class AttendanceWriter {
 public:
  AttendanceWriter(sqlite::Connection& db, IsoDates& iso)
      : db_(db),
        iso_(iso),
        insert_training_(db.prepare(
            "INSERT INTO training (worker_id, date, half_hours, category, course, provider, "
            "verified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")),
        update_training_(db.prepare(
            "UPDATE training SET date = ?2, half_hours = ?3, category = ?4, course = ?5, "
            "provider = ?6, verified = ?7 WHERE worker_id = ?1 AND id = ?8 AND (date IS NOT ?2 "
            "OR half_hours IS NOT ?3 OR category IS NOT ?4 OR course IS NOT ?5 OR provider IS "
            "NOT ?6 OR verified IS NOT ?7)")),
        delete_training_(db.prepare("DELETE FROM training WHERE id = ?")),
        insert_attendance_(db.prepare(
            "INSERT INTO event_attendance (event_id, worker_id, attendance, training_id) "
            "VALUES (?, ?, ?, ?)")),
        update_attendance_(
            // Only a row that changes is written: marking again what is marked
            // changes nothing (and the store then commits nothing).
            db.prepare(
                "UPDATE event_attendance SET attendance = ?1, training_id = ?2 WHERE id = ?3 "
                "AND (attendance IS NOT ?1 OR training_id IS NOT ?2)")),
        delete_attendance_(db.prepare("DELETE FROM event_attendance WHERE id = ?")) {}

  void add(std::int64_t event_id, std::int64_t worker_id, const TrainingEvent& event,
           const Attendee& attendee) {
    insert_attendance_.bind(1, event_id).bind(2, worker_id).bind(3, code(attendee.attendance));
    bind_credit(insert_attendance_, 4, worker_id, event, attendee);
    insert_attendance_.run();
  }

  // Brings a stored row to `attendee`; `refresh` when the event's credited
  // fields changed, so that a record kept must be corrected.
  void change(const StoredAttendance& stored, std::int64_t worker_id, const TrainingEvent& event,
              const Attendee& attendee, bool refresh) {
    const bool present = attendee.attendance == Attendance::present;
    if (present && stored.training_id) {
      if (refresh) {
        update_training_.bind(1, worker_id);
        bind_fields(update_training_, credited_record(event, attendee.id_number), iso_);
        update_training_.bind(8, *stored.training_id).run();
      }
      return;
    }
    if (stored.attendance == attendee.attendance && !stored.training_id) return;
    // The link goes before its record: the attendance may not point at a
    // deleted row (foreign key) nor be present without one (CHECK).
    update_attendance_.bind(1, code(attendee.attendance));
    bind_credit(update_attendance_, 2, worker_id, event, attendee);
    update_attendance_.bind(3, stored.row_id).run();
    if (stored.training_id) delete_training_.bind(1, *stored.training_id).run();
  }

  void remove(const StoredAttendance& stored) {
    delete_attendance_.bind(1, stored.row_id).run();
    if (stored.training_id) delete_training_.bind(1, *stored.training_id).run();
  }

 private:
  // Binds the training row credited to an attendee present (inserting it), or NULL.
  void bind_credit(sqlite::Statement& statement, int index, std::int64_t worker_id,
                   const TrainingEvent& event, const Attendee& attendee) {
    if (attendee.attendance == Attendance::present)
      statement.bind(index, credit(worker_id, event, attendee.id_number));
    else
      statement.bind_null(index);
  }

  std::int64_t credit(std::int64_t worker_id, const TrainingEvent& event,
                      const std::string& id_number) {
    insert_training_.bind(1, worker_id);
    bind_fields(insert_training_, credited_record(event, id_number), iso_);
    insert_training_.run();
    return db_.last_insert_rowid();
  }

  sqlite::Connection& db_;
  IsoDates& iso_;
  sqlite::Statement insert_training_, update_training_, delete_training_;
  sqlite::Statement insert_attendance_, update_attendance_, delete_attendance_;
};

std::map<std::string, StoredAttendance> stored_attendance(sqlite::Connection& db,
                                                          std::int64_t event_id) {
  auto query = db.prepare(
      "SELECT a.id, w.id_number, a.attendance, a.training_id FROM event_attendance a "
      "JOIN worker w ON w.id = a.worker_id WHERE a.event_id = ?");
  query.bind(1, event_id);
  std::map<std::string, StoredAttendance> stored;
  while (query.step()) {
    StoredAttendance row;
    row.row_id = query.integer(0);
    row.attendance = RowReader(query, "event_attendance").code<Attendance>(2);
    if (!query.is_null(3)) row.training_id = query.integer(3);
    stored.emplace(std::string(query.text(1)), row);
  }
  return stored;
}

std::optional<TrainingEvent> stored_event(sqlite::Connection& db, std::int64_t event_id) {
  auto query =
      db.prepare("SELECT " + std::string(kEventColumns) + " FROM training_event WHERE id = ?");
  query.bind(1, event_id);
  if (!query.step()) return std::nullopt;
  return read_event(query);
}

[[noreturn]] void no_such_event(std::int64_t event_id) {
  throw StoreError(
      tr("there is no training event {1} (deleted by someone else meanwhile?); nothing was changed",
         event_id));
}

void bind_event_fields(sqlite::Statement& statement, const TrainingEvent& event, IsoDates& iso) {
  statement.bind(1, event.course)
      .bind(2, code(event.category))
      .bind(3, iso(event.first_day))
      .bind(4, iso(event.last_day))
      .bind(5, event.half_hours)
      .bind(6, event.provider);
}

}  // namespace

std::vector<TrainingEvent> read_training_events(sqlite::Connection& db) {
  sqlite::Transaction snapshot(db, sqlite::Transaction::Mode::deferred);
  std::vector<TrainingEvent> events;
  std::map<std::int64_t, std::size_t> index;
  auto query = db.prepare("SELECT " + std::string(kEventColumns) +
                          " FROM training_event ORDER BY first_day, id");
  while (query.step()) {
    events.push_back(read_event(query));
    index.emplace(events.back().event_id, events.size() - 1);
  }
  const auto id_numbers = id_numbers_by_row(db);
  auto attendees = db.prepare(
      "SELECT event_id, worker_id, attendance, ifnull(training_id, 0) FROM event_attendance");
  while (attendees.step()) {
    Attendee attendee;
    attendee.id_number = id_numbers.at(attendees.integer(1));
    attendee.attendance = RowReader(attendees, "event_attendance").code<Attendance>(2);
    attendee.training_record_id = attendees.integer(3);
    events[index.at(attendees.integer(0))].attendees.push_back(std::move(attendee));
  }
  for (TrainingEvent& event : events)  // each event's in ID number order
    std::sort(event.attendees.begin(), event.attendees.end(),
              [](const Attendee& a, const Attendee& b) { return a.id_number < b.id_number; });
  return events;
}

std::unordered_map<std::int64_t, std::string> id_numbers_by_row(sqlite::Connection& db) {
  std::unordered_map<std::int64_t, std::string> id_numbers;
  auto workers = db.prepare("SELECT id, id_number FROM worker");
  while (workers.step()) id_numbers.emplace(workers.integer(0), workers.text(1));
  return id_numbers;
}

void refuse_credited_records(sqlite::Connection& db, const ChangeSet& change) {
  if (change.update_training.empty() && change.delete_training.empty()) return;
  auto query = db.prepare(
      "SELECT e.id, e.course FROM event_attendance a JOIN training_event e ON e.id = a.event_id "
      "WHERE a.training_id = ?");
  const auto refuse_if_credited = [&](std::int64_t record_id) {
    query.bind(1, record_id);
    if (query.step()) {
      const std::string message =
          // TRANSLATORS: {1} is a training record's number, {2} the event's number, {3} its
          // course in quotes.
          tr("training record {1} was credited by training event {2} {3}: change that event's "
             "attendance instead; nothing was changed",
             record_id, query.integer(0), shown(query.text(1)));
      query.reset();
      throw StoreError(message);
    }
    query.reset();
  };
  for (const TrainingRecord& record : change.update_training) refuse_if_credited(record.record_id);
  for (const std::int64_t record_id : change.delete_training) refuse_if_credited(record_id);
}

std::vector<std::int64_t> apply_event_changes(
    sqlite::Connection& db, const ChangeSet& change,
    const std::unordered_map<std::string, std::int64_t>& ids, IsoDates& iso) {
  if (change.add_events.empty() && change.update_events.empty() && change.delete_events.empty())
    return {};
  AttendanceWriter attendance(db, iso);

  for (const std::int64_t event_id : change.delete_events) {
    if (!stored_event(db, event_id)) no_such_event(event_id);
    for (const auto& [id_number, stored] : stored_attendance(db, event_id))
      attendance.remove(stored);
    db.prepare("DELETE FROM training_event WHERE id = ?").bind(1, event_id).run();
  }

  std::vector<std::int64_t> added;
  for (const TrainingEvent& event : change.add_events)
    added.push_back(insert_event(db, event, ids, iso));
  for (const TrainingEvent& event : change.update_events) update_event(db, event, ids, iso);
  return added;
}

std::int64_t insert_event(sqlite::Connection& db, const TrainingEvent& event,
                          const std::unordered_map<std::string, std::int64_t>& ids, IsoDates& iso) {
  AttendanceWriter attendance(db, iso);
  auto insert = db.prepare(
      "INSERT INTO training_event (course, category, first_day, last_day, half_hours, provider) "
      "VALUES (?, ?, ?, ?, ?, ?)");
  bind_event_fields(insert, event, iso);
  insert.run();
  const std::int64_t event_id = db.last_insert_rowid();
  for (const Attendee& attendee : event.attendees)
    attendance.add(event_id, ids.at(attendee.id_number), event, attendee);
  return event_id;
}

void update_event(sqlite::Connection& db, const TrainingEvent& event,
                  const std::unordered_map<std::string, std::int64_t>& ids, IsoDates& iso) {
  AttendanceWriter attendance(db, iso);
  auto update = db.prepare(
      "UPDATE training_event SET course = ?1, category = ?2, first_day = ?3, last_day = ?4, "
      "half_hours = ?5, provider = ?6 WHERE id = ?7 AND (course IS NOT ?1 OR category IS NOT ?2 "
      "OR first_day IS NOT ?3 OR last_day IS NOT ?4 OR half_hours IS NOT ?5 OR provider IS NOT "
      "?6)");
  const auto before = stored_event(db, event.event_id);
  if (!before) no_such_event(event.event_id);
  bind_event_fields(update, event, iso);
  update.bind(7, event.event_id).run();
  // The records credited change only when what they say changes.
  const bool refresh = credited_record(*before, "") != credited_record(event, "");
  auto stored = stored_attendance(db, event.event_id);
  for (const Attendee& attendee : event.attendees) {
    const std::int64_t worker_id = ids.at(attendee.id_number);
    if (auto found = stored.find(attendee.id_number); found != stored.end()) {
      attendance.change(found->second, worker_id, event, attendee, refresh);
      stored.erase(found);
    } else {
      attendance.add(event.event_id, worker_id, event, attendee);
    }
  }
  for (const auto& [id_number, left] : stored) attendance.remove(left);  // taken off the list
}

}  // namespace cwt
