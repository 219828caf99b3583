// The schema, one migration per version. A released migration is history:
// never edit it, append the next one (and raise nothing else: the program's
// version is the last entry's number).
#include <array>

#include "cwt/storage/migration.hpp"

namespace cwt {

namespace {

// Version 1: the foundation schema.
//
// Dates are ISO text (2024-03-01), so text order is date order and BETWEEN
// works. Codes are the English codes of codes.hpp; they are checked when read
// back, not by CHECK constraints, so that adding a code needs no table
// rebuild.
//
// Audit: every write happens inside a batch (one audit_batch row per apply()
// or save_policy(), with time, OS user and the change's description); the
// triggers below add one audit_log row per inserted, updated or deleted row
// with its old and new values as JSON, tied to the latest batch. A batch
// marked summary_only (demo data) gets no per-row entries. A write with no
// batch at all fails (audit_log.batch_id is NOT NULL), so nothing reaches the
// data unaudited, whichever program writes.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE settings (
  key   TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL
);

-- District / street / community. A street's district may be missing.
CREATE TABLE org_unit (
  id        INTEGER PRIMARY KEY,
  kind      TEXT NOT NULL CHECK (kind IN ('district', 'street', 'community')),
  parent_id INTEGER REFERENCES org_unit (id),
  name      TEXT NOT NULL,
  CHECK (CASE kind WHEN 'district' THEN parent_id IS NULL
                   WHEN 'community' THEN parent_id IS NOT NULL
                   ELSE 1 END)
);
CREATE UNIQUE INDEX org_unit_key ON org_unit (kind, ifnull(parent_id, 0), name);

CREATE TABLE worker (
  id               INTEGER PRIMARY KEY,
  id_number        TEXT NOT NULL UNIQUE CHECK (length(id_number) = 18),
  name             TEXT NOT NULL,
  gender           TEXT NOT NULL,
  birth_date       TEXT NOT NULL,
  ethnicity        TEXT NOT NULL DEFAULT '',
  political_status TEXT,
  education        TEXT,
  phone            TEXT NOT NULL DEFAULT '',
  community_id     INTEGER NOT NULL REFERENCES org_unit (id),
  hire_date        TEXT NOT NULL,
  leave_date       TEXT,
  position         TEXT NOT NULL
);

CREATE TABLE position_spell (
  id         INTEGER PRIMARY KEY,
  worker_id  INTEGER NOT NULL REFERENCES worker (id),
  position   TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date   TEXT CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX position_spell_worker ON position_spell (worker_id, start_date);

CREATE TABLE exam_attempt (
  id        INTEGER PRIMARY KEY,
  worker_id INTEGER NOT NULL REFERENCES worker (id),
  exam_date TEXT NOT NULL,
  exam      TEXT NOT NULL,
  result    TEXT NOT NULL,
  score     REAL
);
CREATE INDEX exam_attempt_worker ON exam_attempt (worker_id, exam_date);

CREATE TABLE certificate (
  id         INTEGER PRIMARY KEY,
  worker_id  INTEGER NOT NULL REFERENCES worker (id),
  type       TEXT NOT NULL,
  level      TEXT,
  number     TEXT NOT NULL DEFAULT '',
  issue_date TEXT NOT NULL,
  issuer     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX certificate_worker ON certificate (worker_id, issue_date);

CREATE TABLE training (
  id         INTEGER PRIMARY KEY,
  worker_id  INTEGER NOT NULL REFERENCES worker (id),
  date       TEXT NOT NULL,
  half_hours INTEGER NOT NULL CHECK (half_hours > 0),
  category   TEXT NOT NULL,
  course     TEXT NOT NULL DEFAULT '',
  provider   TEXT NOT NULL DEFAULT '',
  verified   INTEGER NOT NULL CHECK (verified IN (0, 1))
);
-- One index serves both uses: a worker's records (training_of), and the
-- verified hours of each worker in a date range, answered from the index
-- alone (worker_files). A second, date-first index would make the range sum
-- no faster (measured) but triple the time of a bulk load.
CREATE INDEX training_worker ON training (worker_id, verified, date, half_hours);

CREATE TABLE audit_batch (
  id           INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,  -- UTC, 2024-03-01T08:30:00Z
  os_user      TEXT NOT NULL,
  description  TEXT NOT NULL,
  summary_only INTEGER NOT NULL DEFAULT 0 CHECK (summary_only IN (0, 1))
);

CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  batch_id   INTEGER NOT NULL REFERENCES audit_batch (id),
  table_name TEXT NOT NULL,
  row_id     INTEGER NOT NULL,  -- the rowid in table_name
  action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  old_values TEXT,  -- JSON object; NULL for an insert
  new_values TEXT   -- JSON object; NULL for a delete
);
CREATE INDEX audit_log_batch ON audit_log (batch_id);
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);

-- settings
CREATE TRIGGER settings_audit_insert AFTER INSERT ON settings
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'settings', NEW.rowid, 'insert', NULL,
          json_object('key', NEW.key, 'value', NEW.value));
END;
CREATE TRIGGER settings_audit_update AFTER UPDATE ON settings
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
 AND (OLD.key IS NOT NEW.key OR OLD.value IS NOT NEW.value)
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'settings', NEW.rowid, 'update',
          json_object('key', OLD.key, 'value', OLD.value),
          json_object('key', NEW.key, 'value', NEW.value));
END;
CREATE TRIGGER settings_audit_delete AFTER DELETE ON settings
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'settings', OLD.rowid, 'delete',
          json_object('key', OLD.key, 'value', OLD.value), NULL);
END;

-- org_unit
CREATE TRIGGER org_unit_audit_insert AFTER INSERT ON org_unit
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'org_unit', NEW.id, 'insert', NULL,
          json_object('kind', NEW.kind, 'parent_id', NEW.parent_id, 'name', NEW.name));
END;
CREATE TRIGGER org_unit_audit_update AFTER UPDATE ON org_unit
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'org_unit', NEW.id, 'update',
          json_object('kind', OLD.kind, 'parent_id', OLD.parent_id, 'name', OLD.name),
          json_object('kind', NEW.kind, 'parent_id', NEW.parent_id, 'name', NEW.name));
END;
CREATE TRIGGER org_unit_audit_delete AFTER DELETE ON org_unit
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'org_unit', OLD.id, 'delete',
          json_object('kind', OLD.kind, 'parent_id', OLD.parent_id, 'name', OLD.name), NULL);
END;

-- worker
CREATE TRIGGER worker_audit_insert AFTER INSERT ON worker
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'worker', NEW.id, 'insert', NULL,
          json_object('id_number', NEW.id_number, 'name', NEW.name, 'gender', NEW.gender,
                      'birth_date', NEW.birth_date, 'ethnicity', NEW.ethnicity,
                      'political_status', NEW.political_status, 'education', NEW.education,
                      'phone', NEW.phone, 'community_id', NEW.community_id,
                      'hire_date', NEW.hire_date, 'leave_date', NEW.leave_date,
                      'position', NEW.position));
END;
CREATE TRIGGER worker_audit_update AFTER UPDATE ON worker
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
 AND (OLD.id_number IS NOT NEW.id_number OR OLD.name IS NOT NEW.name
      OR OLD.gender IS NOT NEW.gender OR OLD.birth_date IS NOT NEW.birth_date
      OR OLD.ethnicity IS NOT NEW.ethnicity OR OLD.political_status IS NOT NEW.political_status
      OR OLD.education IS NOT NEW.education OR OLD.phone IS NOT NEW.phone
      OR OLD.community_id IS NOT NEW.community_id OR OLD.hire_date IS NOT NEW.hire_date
      OR OLD.leave_date IS NOT NEW.leave_date OR OLD.position IS NOT NEW.position)
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'worker', NEW.id, 'update',
          json_object('id_number', OLD.id_number, 'name', OLD.name, 'gender', OLD.gender,
                      'birth_date', OLD.birth_date, 'ethnicity', OLD.ethnicity,
                      'political_status', OLD.political_status, 'education', OLD.education,
                      'phone', OLD.phone, 'community_id', OLD.community_id,
                      'hire_date', OLD.hire_date, 'leave_date', OLD.leave_date,
                      'position', OLD.position),
          json_object('id_number', NEW.id_number, 'name', NEW.name, 'gender', NEW.gender,
                      'birth_date', NEW.birth_date, 'ethnicity', NEW.ethnicity,
                      'political_status', NEW.political_status, 'education', NEW.education,
                      'phone', NEW.phone, 'community_id', NEW.community_id,
                      'hire_date', NEW.hire_date, 'leave_date', NEW.leave_date,
                      'position', NEW.position));
END;
CREATE TRIGGER worker_audit_delete AFTER DELETE ON worker
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'worker', OLD.id, 'delete',
          json_object('id_number', OLD.id_number, 'name', OLD.name, 'gender', OLD.gender,
                      'birth_date', OLD.birth_date, 'ethnicity', OLD.ethnicity,
                      'political_status', OLD.political_status, 'education', OLD.education,
                      'phone', OLD.phone, 'community_id', OLD.community_id,
                      'hire_date', OLD.hire_date, 'leave_date', OLD.leave_date,
                      'position', OLD.position), NULL);
END;

-- position_spell
CREATE TRIGGER position_spell_audit_insert AFTER INSERT ON position_spell
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'position_spell', NEW.id, 'insert', NULL,
          json_object('worker_id', NEW.worker_id, 'position', NEW.position,
                      'start_date', NEW.start_date, 'end_date', NEW.end_date));
END;
CREATE TRIGGER position_spell_audit_update AFTER UPDATE ON position_spell
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'position_spell', NEW.id, 'update',
          json_object('worker_id', OLD.worker_id, 'position', OLD.position,
                      'start_date', OLD.start_date, 'end_date', OLD.end_date),
          json_object('worker_id', NEW.worker_id, 'position', NEW.position,
                      'start_date', NEW.start_date, 'end_date', NEW.end_date));
END;
CREATE TRIGGER position_spell_audit_delete AFTER DELETE ON position_spell
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'position_spell', OLD.id, 'delete',
          json_object('worker_id', OLD.worker_id, 'position', OLD.position,
                      'start_date', OLD.start_date, 'end_date', OLD.end_date), NULL);
END;

-- exam_attempt
CREATE TRIGGER exam_attempt_audit_insert AFTER INSERT ON exam_attempt
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'exam_attempt', NEW.id, 'insert', NULL,
          json_object('worker_id', NEW.worker_id, 'exam_date', NEW.exam_date, 'exam', NEW.exam,
                      'result', NEW.result, 'score', NEW.score));
END;
CREATE TRIGGER exam_attempt_audit_update AFTER UPDATE ON exam_attempt
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'exam_attempt', NEW.id, 'update',
          json_object('worker_id', OLD.worker_id, 'exam_date', OLD.exam_date, 'exam', OLD.exam,
                      'result', OLD.result, 'score', OLD.score),
          json_object('worker_id', NEW.worker_id, 'exam_date', NEW.exam_date, 'exam', NEW.exam,
                      'result', NEW.result, 'score', NEW.score));
END;
CREATE TRIGGER exam_attempt_audit_delete AFTER DELETE ON exam_attempt
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'exam_attempt', OLD.id, 'delete',
          json_object('worker_id', OLD.worker_id, 'exam_date', OLD.exam_date, 'exam', OLD.exam,
                      'result', OLD.result, 'score', OLD.score), NULL);
END;

-- certificate
CREATE TRIGGER certificate_audit_insert AFTER INSERT ON certificate
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'certificate', NEW.id, 'insert', NULL,
          json_object('worker_id', NEW.worker_id, 'type', NEW.type, 'level', NEW.level,
                      'number', NEW.number, 'issue_date', NEW.issue_date, 'issuer', NEW.issuer));
END;
CREATE TRIGGER certificate_audit_update AFTER UPDATE ON certificate
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'certificate', NEW.id, 'update',
          json_object('worker_id', OLD.worker_id, 'type', OLD.type, 'level', OLD.level,
                      'number', OLD.number, 'issue_date', OLD.issue_date, 'issuer', OLD.issuer),
          json_object('worker_id', NEW.worker_id, 'type', NEW.type, 'level', NEW.level,
                      'number', NEW.number, 'issue_date', NEW.issue_date, 'issuer', NEW.issuer));
END;
CREATE TRIGGER certificate_audit_delete AFTER DELETE ON certificate
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'certificate', OLD.id, 'delete',
          json_object('worker_id', OLD.worker_id, 'type', OLD.type, 'level', OLD.level,
                      'number', OLD.number, 'issue_date', OLD.issue_date, 'issuer', OLD.issuer),
          NULL);
END;

-- training
CREATE TRIGGER training_audit_insert AFTER INSERT ON training
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'training', NEW.id, 'insert', NULL,
          json_object('worker_id', NEW.worker_id, 'date', NEW.date,
                      'half_hours', NEW.half_hours, 'category', NEW.category,
                      'course', NEW.course, 'provider', NEW.provider,
                      'verified', NEW.verified));
END;
CREATE TRIGGER training_audit_update AFTER UPDATE ON training
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'training', NEW.id, 'update',
          json_object('worker_id', OLD.worker_id, 'date', OLD.date,
                      'half_hours', OLD.half_hours, 'category', OLD.category,
                      'course', OLD.course, 'provider', OLD.provider,
                      'verified', OLD.verified),
          json_object('worker_id', NEW.worker_id, 'date', NEW.date,
                      'half_hours', NEW.half_hours, 'category', NEW.category,
                      'course', NEW.course, 'provider', NEW.provider,
                      'verified', NEW.verified));
END;
CREATE TRIGGER training_audit_delete AFTER DELETE ON training
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'training', OLD.id, 'delete',
          json_object('worker_id', OLD.worker_id, 'date', OLD.date,
                      'half_hours', OLD.half_hours, 'category', OLD.category,
                      'course', OLD.course, 'provider', OLD.provider,
                      'verified', OLD.verified), NULL);
END;
)sql";

// Version 2: training events (one course on given days for many attendees)
// and their attendance. An attendee marked present is credited a training
// row; event_attendance.training_id points at it, so that un-marking deletes
// it and a correction of the event corrects it (storage/src/event_writes.cpp).
// A training row is credited by at most one attendance (UNIQUE), and an
// attendance holds a row exactly while present (CHECK). Audited like version 1.
constexpr std::string_view kVersion2 = R"sql(
CREATE TABLE training_event (
  id         INTEGER PRIMARY KEY,
  course     TEXT NOT NULL,
  category   TEXT NOT NULL,
  first_day  TEXT NOT NULL,
  last_day   TEXT NOT NULL CHECK (last_day >= first_day),
  half_hours INTEGER NOT NULL CHECK (half_hours > 0),
  provider   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX training_event_day ON training_event (first_day);

CREATE TABLE event_attendance (
  id          INTEGER PRIMARY KEY,
  event_id    INTEGER NOT NULL REFERENCES training_event (id),
  worker_id   INTEGER NOT NULL REFERENCES worker (id),
  attendance  TEXT NOT NULL CHECK (attendance IN ('registered', 'present', 'absent')),
  training_id INTEGER UNIQUE REFERENCES training (id),
  CHECK ((attendance = 'present') = (training_id IS NOT NULL)),
  UNIQUE (event_id, worker_id)
);
CREATE INDEX event_attendance_worker ON event_attendance (worker_id);

-- training_event
CREATE TRIGGER training_event_audit_insert AFTER INSERT ON training_event
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'training_event', NEW.id, 'insert', NULL,
          json_object('course', NEW.course, 'category', NEW.category,
                      'first_day', NEW.first_day, 'last_day', NEW.last_day,
                      'half_hours', NEW.half_hours, 'provider', NEW.provider));
END;
CREATE TRIGGER training_event_audit_update AFTER UPDATE ON training_event
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
 AND (OLD.course IS NOT NEW.course OR OLD.category IS NOT NEW.category
      OR OLD.first_day IS NOT NEW.first_day OR OLD.last_day IS NOT NEW.last_day
      OR OLD.half_hours IS NOT NEW.half_hours OR OLD.provider IS NOT NEW.provider)
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'training_event', NEW.id, 'update',
          json_object('course', OLD.course, 'category', OLD.category,
                      'first_day', OLD.first_day, 'last_day', OLD.last_day,
                      'half_hours', OLD.half_hours, 'provider', OLD.provider),
          json_object('course', NEW.course, 'category', NEW.category,
                      'first_day', NEW.first_day, 'last_day', NEW.last_day,
                      'half_hours', NEW.half_hours, 'provider', NEW.provider));
END;
CREATE TRIGGER training_event_audit_delete AFTER DELETE ON training_event
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'training_event', OLD.id, 'delete',
          json_object('course', OLD.course, 'category', OLD.category,
                      'first_day', OLD.first_day, 'last_day', OLD.last_day,
                      'half_hours', OLD.half_hours, 'provider', OLD.provider), NULL);
END;

-- event_attendance
CREATE TRIGGER event_attendance_audit_insert AFTER INSERT ON event_attendance
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'event_attendance', NEW.id, 'insert', NULL,
          json_object('event_id', NEW.event_id, 'worker_id', NEW.worker_id,
                      'attendance', NEW.attendance, 'training_id', NEW.training_id));
END;
CREATE TRIGGER event_attendance_audit_update AFTER UPDATE ON event_attendance
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
 AND (OLD.attendance IS NOT NEW.attendance OR OLD.training_id IS NOT NEW.training_id)
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'event_attendance', NEW.id, 'update',
          json_object('event_id', OLD.event_id, 'worker_id', OLD.worker_id,
                      'attendance', OLD.attendance, 'training_id', OLD.training_id),
          json_object('event_id', NEW.event_id, 'worker_id', NEW.worker_id,
                      'attendance', NEW.attendance, 'training_id', NEW.training_id));
END;
CREATE TRIGGER event_attendance_audit_delete AFTER DELETE ON event_attendance
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'event_attendance', OLD.id, 'delete',
          json_object('event_id', OLD.event_id, 'worker_id', OLD.worker_id,
                      'attendance', OLD.attendance, 'training_id', OLD.training_id), NULL);
END;
)sql";

// Version 3: annual training plans (model/training_plan.hpp): a plan per
// year and scope, its courses (by month or on given days, with seats and an
// audience) and the workers assigned to them. A course that has taken place
// points at the training event its attendance was marked on (event_id), so
// that attendance and the records it credits are the events' own
// (storage/src/event_store.cpp). Audited like versions 1 and 2.
constexpr std::string_view kVersion3 = R"sql(
CREATE TABLE training_plan (
  id        INTEGER PRIMARY KEY,
  name      TEXT NOT NULL UNIQUE,
  year      INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
  district  TEXT NOT NULL DEFAULT '',
  street    TEXT NOT NULL DEFAULT '',
  community TEXT NOT NULL DEFAULT ''
);

CREATE TABLE plan_course (
  id         INTEGER PRIMARY KEY,
  plan_id    INTEGER NOT NULL REFERENCES training_plan (id),
  title      TEXT NOT NULL,
  category   TEXT NOT NULL,
  half_hours INTEGER NOT NULL CHECK (half_hours > 0),
  month      INTEGER NOT NULL CHECK (month BETWEEN 0 AND 12),
  dates      TEXT NOT NULL DEFAULT '',
  capacity   INTEGER NOT NULL CHECK (capacity > 0),
  audience   TEXT NOT NULL CHECK (audience IN ('leaders', 'staff', 'all')),
  provider   TEXT NOT NULL DEFAULT '',
  event_id   INTEGER UNIQUE REFERENCES training_event (id),
  CHECK ((month = 0) <> (dates = '')),
  UNIQUE (plan_id, title)
);

CREATE TABLE plan_assignment (
  id        INTEGER PRIMARY KEY,
  course_id INTEGER NOT NULL REFERENCES plan_course (id),
  worker_id INTEGER NOT NULL REFERENCES worker (id),
  by_hand   INTEGER NOT NULL CHECK (by_hand IN (0, 1)),
  UNIQUE (course_id, worker_id)
);
CREATE INDEX plan_assignment_worker ON plan_assignment (worker_id);

-- training_plan
CREATE TRIGGER training_plan_audit_insert AFTER INSERT ON training_plan
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'training_plan', NEW.id, 'insert', NULL,
          json_object('name', NEW.name, 'year', NEW.year, 'district', NEW.district, 'street', NEW.street, 'community', NEW.community));
END;
CREATE TRIGGER training_plan_audit_update AFTER UPDATE ON training_plan
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
 AND (OLD.name IS NOT NEW.name
      OR OLD.year IS NOT NEW.year
      OR OLD.district IS NOT NEW.district
      OR OLD.street IS NOT NEW.street
      OR OLD.community IS NOT NEW.community)
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'training_plan', NEW.id, 'update',
          json_object('name', OLD.name, 'year', OLD.year, 'district', OLD.district, 'street', OLD.street, 'community', OLD.community),
          json_object('name', NEW.name, 'year', NEW.year, 'district', NEW.district, 'street', NEW.street, 'community', NEW.community));
END;
CREATE TRIGGER training_plan_audit_delete AFTER DELETE ON training_plan
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'training_plan', OLD.id, 'delete',
          json_object('name', OLD.name, 'year', OLD.year, 'district', OLD.district, 'street', OLD.street, 'community', OLD.community), NULL);
END;

-- plan_course
CREATE TRIGGER plan_course_audit_insert AFTER INSERT ON plan_course
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'plan_course', NEW.id, 'insert', NULL,
          json_object('plan_id', NEW.plan_id, 'title', NEW.title, 'category', NEW.category, 'half_hours', NEW.half_hours, 'month', NEW.month, 'dates', NEW.dates, 'capacity', NEW.capacity, 'audience', NEW.audience, 'provider', NEW.provider, 'event_id', NEW.event_id));
END;
CREATE TRIGGER plan_course_audit_update AFTER UPDATE ON plan_course
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
 AND (OLD.plan_id IS NOT NEW.plan_id
      OR OLD.title IS NOT NEW.title
      OR OLD.category IS NOT NEW.category
      OR OLD.half_hours IS NOT NEW.half_hours
      OR OLD.month IS NOT NEW.month
      OR OLD.dates IS NOT NEW.dates
      OR OLD.capacity IS NOT NEW.capacity
      OR OLD.audience IS NOT NEW.audience
      OR OLD.provider IS NOT NEW.provider
      OR OLD.event_id IS NOT NEW.event_id)
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'plan_course', NEW.id, 'update',
          json_object('plan_id', OLD.plan_id, 'title', OLD.title, 'category', OLD.category, 'half_hours', OLD.half_hours, 'month', OLD.month, 'dates', OLD.dates, 'capacity', OLD.capacity, 'audience', OLD.audience, 'provider', OLD.provider, 'event_id', OLD.event_id),
          json_object('plan_id', NEW.plan_id, 'title', NEW.title, 'category', NEW.category, 'half_hours', NEW.half_hours, 'month', NEW.month, 'dates', NEW.dates, 'capacity', NEW.capacity, 'audience', NEW.audience, 'provider', NEW.provider, 'event_id', NEW.event_id));
END;
CREATE TRIGGER plan_course_audit_delete AFTER DELETE ON plan_course
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'plan_course', OLD.id, 'delete',
          json_object('plan_id', OLD.plan_id, 'title', OLD.title, 'category', OLD.category, 'half_hours', OLD.half_hours, 'month', OLD.month, 'dates', OLD.dates, 'capacity', OLD.capacity, 'audience', OLD.audience, 'provider', OLD.provider, 'event_id', OLD.event_id), NULL);
END;

-- plan_assignment
CREATE TRIGGER plan_assignment_audit_insert AFTER INSERT ON plan_assignment
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'plan_assignment', NEW.id, 'insert', NULL,
          json_object('course_id', NEW.course_id, 'worker_id', NEW.worker_id, 'by_hand', NEW.by_hand));
END;
CREATE TRIGGER plan_assignment_audit_update AFTER UPDATE ON plan_assignment
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
 AND (OLD.course_id IS NOT NEW.course_id
      OR OLD.worker_id IS NOT NEW.worker_id
      OR OLD.by_hand IS NOT NEW.by_hand)
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'plan_assignment', NEW.id, 'update',
          json_object('course_id', OLD.course_id, 'worker_id', OLD.worker_id, 'by_hand', OLD.by_hand),
          json_object('course_id', NEW.course_id, 'worker_id', NEW.worker_id, 'by_hand', NEW.by_hand));
END;
CREATE TRIGGER plan_assignment_audit_delete AFTER DELETE ON plan_assignment
WHEN ifnull((SELECT summary_only FROM audit_batch ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN
  INSERT INTO audit_log (batch_id, table_name, row_id, action, old_values, new_values)
  VALUES ((SELECT max(id) FROM audit_batch), 'plan_assignment', OLD.id, 'delete',
          json_object('course_id', OLD.course_id, 'worker_id', OLD.worker_id, 'by_hand', OLD.by_hand), NULL);
END;
)sql";

constexpr std::array kMigrations{Migration{1, kVersion1}, Migration{2, kVersion2},
                                 Migration{3, kVersion3}};

}  // namespace

std::span<const Migration> schema_migrations() { return kMigrations; }

}  // namespace cwt
