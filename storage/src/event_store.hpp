#pragma once
// SqliteStore's training events (migration 2): reading them with their
// attendees, and the event part of a change, inside apply()'s transaction.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "cwt/model/store.hpp"
#include "row_codec.hpp"
#include "sqlite_db.hpp"

namespace cwt {

// Every worker's ID number by row id, read once: lists that name workers by
// row id (a city's 260,000 attendances, 280,000 plan assignments) are read
// in their table's own order and named from this, instead of a join that
// seeks each worker and a sort by ID number inside SQLite (two thirds of
// opening a city's file).
std::unordered_map<std::int64_t, std::string> id_numbers_by_row(sqlite::Connection& db);

std::vector<TrainingEvent> read_training_events(sqlite::Connection& db);

// Refuses, before anything is written, corrections and deletions of training
// records that an event credited: those follow the event's attendance.
void refuse_credited_records(sqlite::Connection& db, const ChangeSet& change);

// Adds, updates and deletes the change's events, crediting and un-crediting
// training records. `ids`: ID number -> worker row id, every attendee in it.
// Returns the ids of the events added, in the order of add_events.
std::vector<std::int64_t> apply_event_changes(
    sqlite::Connection& db, const ChangeSet& change,
    const std::unordered_map<std::string, std::int64_t>& ids, IsoDates& iso);

// One event with its attendees, crediting those present; returns its id.
std::int64_t insert_event(sqlite::Connection& db, const TrainingEvent& event,
                          const std::unordered_map<std::string, std::int64_t>& ids, IsoDates& iso);
// One stored event (by event_id) made `event`: its fields and whole list, as
// ChangeSet::update_events says.
void update_event(sqlite::Connection& db, const TrainingEvent& event,
                  const std::unordered_map<std::string, std::int64_t>& ids, IsoDates& iso);

}  // namespace cwt
