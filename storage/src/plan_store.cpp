#include "plan_store.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"
#include "event_store.hpp"
#include "row_codec.hpp"

namespace cwt {

namespace {

// A course's days as stored: ISO dates joined by commas; '' for a month.
std::string dates_text(const std::vector<Date>& dates) {
  std::string text;
  for (const Date day : dates) text += (text.empty() ? "" : ",") + to_iso(day);
  return text;
}

std::vector<Date> dates_of(std::string_view text) {
  std::vector<Date> dates;
  while (!text.empty()) {
    const auto comma = text.find(',');
    if (const auto day = parse_date(text.substr(0, comma))) dates.push_back(*day);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return dates;
}

struct StoredCourse {
  std::int64_t row_id = 0;
  PlannedCourse course;
};

std::vector<StoredCourse> read_courses(sqlite::Connection& db, std::int64_t plan_id) {
  auto query = db.prepare(
      "SELECT id, title, category, half_hours, month, dates, capacity, audience, provider, "
      "event_id FROM plan_course WHERE plan_id = ? ORDER BY id");
  query.bind(1, plan_id);
  std::vector<StoredCourse> courses;
  while (query.step()) {
    const RowReader reader(query, "plan_course");
    StoredCourse stored;
    stored.row_id = query.integer(0);
    PlannedCourse& c = stored.course;
    c.title = reader.text(1);
    c.category = reader.code<TrainingCategory>(2);
    c.half_hours = query.int32(3);
    c.month = query.int32(4);
    c.dates = dates_of(query.text(5));
    c.capacity = query.int32(6);
    c.audience = reader.code<Audience>(7);
    c.provider = reader.text(8);
    c.event_id = query.is_null(9) ? 0 : query.integer(9);
    courses.push_back(std::move(stored));
  }
  return courses;
}

void bind_course(sqlite::Statement& statement, const PlannedCourse& c, const std::string& dates) {
  statement.bind(2, c.title)
      .bind_static(3, code(c.category))
      .bind(4, c.half_hours)
      .bind(5, c.dates.empty() ? c.month : 0)
      .bind(6, dates)
      .bind(7, c.capacity)
      .bind_static(8, code(c.audience))
      .bind(9, c.provider);
}

// Makes the stored plan `plan_id` hold `plan`'s courses and assignments.
void save_courses(sqlite::Connection& db, std::int64_t plan_id, const TrainingPlan& plan,
                  const std::unordered_map<std::string, std::int64_t>& ids) {
  std::map<std::string, StoredCourse> stored;
  for (auto& course : read_courses(db, plan_id)) stored.emplace(course.course.title, course);
  std::map<std::string, std::int64_t> course_ids;
  std::set<std::string> given;
  auto insert = db.prepare(
      "INSERT INTO plan_course (plan_id, title, category, half_hours, month, dates, capacity, "
      "audience, provider) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  auto update = db.prepare(
      "UPDATE plan_course SET title = ?2, category = ?3, half_hours = ?4, month = ?5, "
      "dates = ?6, capacity = ?7, audience = ?8, provider = ?9 WHERE id = ?1");
  for (const PlannedCourse& course : plan.courses) {
    if (!given.insert(course.title).second)
      throw StoreError(
          tr("plan {1}: the course {2} is listed twice", shown(plan.name), shown(course.title)));
    const std::string dates = dates_text(course.dates);
    if (const auto found = stored.find(course.title); found != stored.end()) {
      PlannedCourse kept = course;
      kept.event_id = found->second.course.event_id;  // the event stays the course's
      if (!(kept == found->second.course)) {
        bind_course(update, course, dates);
        update.bind(1, found->second.row_id).run();
      }
      course_ids.emplace(course.title, found->second.row_id);
    } else {
      bind_course(insert, course, dates);
      insert.bind(1, plan_id).run();
      course_ids.emplace(course.title, db.last_insert_rowid());
    }
  }

  // Assignments: (course row, worker row) -> by_hand.
  std::map<std::pair<std::int64_t, std::int64_t>, std::pair<std::int64_t, bool>> on_file;
  {
    auto query = db.prepare(
        "SELECT a.id, a.course_id, a.worker_id, a.by_hand FROM plan_assignment a "
        "JOIN plan_course c ON c.id = a.course_id WHERE c.plan_id = ?");
    query.bind(1, plan_id);
    while (query.step())
      on_file[{query.integer(1), query.integer(2)}] = {query.integer(0), query.integer(3) != 0};
  }
  std::map<std::pair<std::int64_t, std::int64_t>, bool> wanted;
  for (const Assignment& a : plan.assignments) {
    const auto course = course_ids.find(a.course);
    if (course == course_ids.end())
      throw StoreError(tr("plan {1}: {2} is assigned to {3}, which the plan does not have",
                          shown(plan.name), a.id_number, shown(a.course)));
    const auto worker = ids.find(a.id_number);
    if (worker == ids.end())
      throw StoreError(tr("plan {1}: no worker with ID number {2} on file", shown(plan.name),
                          shown(a.id_number)));
    wanted[{course->second, worker->second}] = a.by_hand;
  }
  auto add =
      db.prepare("INSERT INTO plan_assignment (course_id, worker_id, by_hand) VALUES (?, ?, ?)");
  auto set_by_hand = db.prepare("UPDATE plan_assignment SET by_hand = ? WHERE id = ?");
  auto remove = db.prepare("DELETE FROM plan_assignment WHERE id = ?");
  for (const auto& [key, by_hand] : wanted) {
    const auto found = on_file.find(key);
    if (found == on_file.end())
      add.bind(1, key.first).bind(2, key.second).bind(3, by_hand ? 1 : 0).run();
    else if (found->second.second != by_hand)
      set_by_hand.bind(1, by_hand ? 1 : 0).bind(2, found->second.first).run();
  }
  for (const auto& [key, row] : on_file)
    if (!wanted.contains(key)) remove.bind(1, row.first).run();

  // Courses no longer in the plan, after their assignments.
  auto drop = db.prepare("DELETE FROM plan_course WHERE id = ?");
  for (const auto& [title, course] : stored)
    if (!given.contains(title)) drop.bind(1, course.row_id).run();
}

std::optional<std::int64_t> plan_row(sqlite::Connection& db, const std::string& name) {
  auto query = db.prepare("SELECT id FROM training_plan WHERE name = ?");
  query.bind(1, name);
  if (!query.step()) return std::nullopt;
  return query.integer(0);
}

// The rows of add_assignments and remove_assignments.
void apply_assignment_changes(sqlite::Connection& db, const ChangeSet& change,
                              const std::unordered_map<std::string, std::int64_t>& ids) {
  if (change.add_assignments.empty() && change.remove_assignments.empty()) return;
  auto find_course = db.prepare(
      "SELECT c.id FROM plan_course c JOIN training_plan p ON p.id = c.plan_id "
      "WHERE p.name = ? AND c.title = ?");
  std::map<std::pair<std::string, std::string>, std::int64_t> courses;
  const auto course_of = [&](const ChangeSet::PlanAssignment& entry) {
    const std::pair key(entry.plan, entry.assignment.course);
    if (const auto found = courses.find(key); found != courses.end()) return found->second;
    find_course.bind(1, entry.plan).bind(2, entry.assignment.course);
    if (!find_course.step())
      throw StoreError(
          tr("plan {1} has no course {2}", shown(entry.plan), shown(entry.assignment.course)));
    const std::int64_t id = find_course.integer(0);
    find_course.reset();
    return courses.emplace(key, id).first->second;
  };
  const auto worker_of = [&](const ChangeSet::PlanAssignment& entry) {
    const auto worker = ids.find(entry.assignment.id_number);
    if (worker == ids.end())
      throw StoreError(tr("plan {1}: no worker with ID number {2} on file", shown(entry.plan),
                          shown(entry.assignment.id_number)));
    return worker->second;
  };
  auto add = db.prepare(
      "INSERT OR IGNORE INTO plan_assignment (course_id, worker_id, by_hand) VALUES (?, ?, ?)");
  for (const auto& added : change.add_assignments)
    add.bind(1, course_of(added))
        .bind(2, worker_of(added))
        .bind(3, added.assignment.by_hand ? 1 : 0)
        .run();
  auto remove = db.prepare("DELETE FROM plan_assignment WHERE course_id = ? AND worker_id = ?");
  for (const auto& removed : change.remove_assignments)
    remove.bind(1, course_of(removed)).bind(2, worker_of(removed)).run();
}

}  // namespace

std::vector<TrainingPlan> read_training_plans(sqlite::Connection& db) {
  sqlite::Transaction snapshot(db, sqlite::Transaction::Mode::deferred);
  std::vector<std::pair<std::int64_t, TrainingPlan>> plans;
  {
    auto query = db.prepare(
        "SELECT id, name, year, district, street, community FROM training_plan "
        "ORDER BY year, name");
    while (query.step()) {
      TrainingPlan plan;
      plan.name = std::string(query.text(1));
      plan.year = query.int32(2);
      plan.scope = {std::string(query.text(3)), std::string(query.text(4)),
                    std::string(query.text(5))};
      plans.emplace_back(query.integer(0), std::move(plan));
    }
  }
  // Named from id_numbers_by_row and put in order here (by course as the
  // plan lists them, then ID number): joined to the workers and sorted in
  // SQLite, a city's plan took 0.75 s.
  const auto id_numbers =
      plans.empty() ? std::unordered_map<std::int64_t, std::string>() : id_numbers_by_row(db);
  auto assignments = db.prepare(
      "SELECT a.course_id, a.worker_id, a.by_hand, ea.attendance FROM plan_assignment a "
      "JOIN plan_course c ON c.id = a.course_id "
      "LEFT JOIN event_attendance ea ON ea.event_id = c.event_id AND ea.worker_id = a.worker_id "
      "WHERE c.plan_id = ?");
  std::vector<TrainingPlan> result;
  for (auto& [row_id, plan] : plans) {
    std::unordered_map<std::int64_t, std::size_t> course_position;  // row id -> place in the plan
    for (auto& stored : read_courses(db, row_id)) {
      course_position.emplace(stored.row_id, plan.courses.size());
      plan.courses.push_back(std::move(stored.course));
    }
    std::vector<std::pair<std::size_t, Assignment>> read;
    assignments.bind(1, row_id);
    while (assignments.step()) {
      const RowReader reader(assignments, "plan_assignment");
      const std::size_t course = course_position.at(assignments.integer(0));
      Assignment a;
      a.course = plan.courses[course].title;
      a.id_number = id_numbers.at(assignments.integer(1));
      a.by_hand = assignments.integer(2) != 0;
      a.attendance = reader.optional_code<Attendance>(3).value_or(Attendance::registered);
      read.emplace_back(course, std::move(a));
    }
    assignments.reset();
    std::sort(read.begin(), read.end(), [](const auto& a, const auto& b) {
      return std::tie(a.first, a.second.id_number) < std::tie(b.first, b.second.id_number);
    });
    plan.assignments.reserve(read.size());
    for (auto& [course, assignment] : read) plan.assignments.push_back(std::move(assignment));
    result.push_back(std::move(plan));
  }
  snapshot.commit();
  return result;
}

void apply_plan_changes(sqlite::Connection& db, const ChangeSet& change,
                        const std::unordered_map<std::string, std::int64_t>& ids, IsoDates& iso,
                        const Policy& policy) {
  for (const std::string& name : change.delete_plans) {
    const auto row = plan_row(db, name);
    if (!row) throw StoreError(tr("no training plan named {1}", shown(name)));
    auto assignments = db.prepare(
        "DELETE FROM plan_assignment WHERE course_id IN (SELECT id FROM plan_course WHERE "
        "plan_id = ?)");
    assignments.bind(1, *row).run();
    auto courses = db.prepare("DELETE FROM plan_course WHERE plan_id = ?");
    courses.bind(1, *row).run();
    auto plan = db.prepare("DELETE FROM training_plan WHERE id = ?");
    plan.bind(1, *row).run();
  }
  for (const TrainingPlan& plan : change.save_plans) {
    if (const auto problems = check_plan(plan, policy); !problems.empty())
      // TRANSLATORS: {1} is a plan's name in quotes, {2} a field, {3} what is wrong with it.
      throw StoreError(tr("plan {1}: {2}: {3}; nothing was changed", shown(plan.name),
                          problems.front().field, problems.front().message));
    std::int64_t row_id = 0;
    if (const auto row = plan_row(db, plan.name)) {
      row_id = *row;
      auto update = db.prepare(
          "UPDATE training_plan SET year = ?2, district = ?3, street = ?4, community = ?5 "
          "WHERE id = ?1 AND (year IS NOT ?2 OR district IS NOT ?3 OR street IS NOT ?4 "
          "OR community IS NOT ?5)");
      update.bind(1, row_id)
          .bind(2, plan.year)
          .bind(3, plan.scope.district)
          .bind(4, plan.scope.street)
          .bind(5, plan.scope.community)
          .run();
    } else {
      auto insert = db.prepare(
          "INSERT INTO training_plan (name, year, district, street, community) "
          "VALUES (?, ?, ?, ?, ?)");
      insert.bind(1, plan.name)
          .bind(2, plan.year)
          .bind(3, plan.scope.district)
          .bind(4, plan.scope.street)
          .bind(5, plan.scope.community)
          .run();
      row_id = db.last_insert_rowid();
    }
    save_courses(db, row_id, plan, ids);
  }
  apply_assignment_changes(db, change, ids);
  for (const auto& attended : change.attend_courses) {
    auto query = db.prepare(
        "SELECT c.id, c.event_id FROM plan_course c JOIN training_plan p ON p.id = c.plan_id "
        "WHERE p.name = ? AND c.title = ?");
    query.bind(1, attended.plan).bind(2, attended.course);
    if (!query.step())
      throw StoreError(
          tr("plan {1} has no course {2}", shown(attended.plan), shown(attended.course)));
    const std::int64_t course_id = query.integer(0);
    const std::optional<std::int64_t> event_id =
        query.is_null(1) ? std::nullopt : std::optional(query.integer(1));
    query.reset();
    for (const Attendee& attendee : attended.event.attendees)
      if (!ids.contains(attendee.id_number))
        throw StoreError(tr("plan {1}: no worker with ID number {2} on file", shown(attended.plan),
                            shown(attendee.id_number)));
    if (event_id) {
      TrainingEvent event = attended.event;
      event.event_id = *event_id;
      update_event(db, event, ids, iso);
    } else {
      const std::int64_t added = insert_event(db, attended.event, ids, iso);
      auto link = db.prepare("UPDATE plan_course SET event_id = ? WHERE id = ?");
      link.bind(1, added).bind(2, course_id).run();
    }
  }
}

}  // namespace cwt
