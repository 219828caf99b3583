#pragma once
// Annual training planning (DOMAIN.md, "Annual training planning"): a plan
// for a year and an organisation scope, its courses and the workers assigned
// to them, and the plan's arithmetic: per worker the hours required for the
// year, completed, planned and still missing; per course the seats taken;
// per community and street the share of workers whose plan reaches the
// requirement. fill_plan (plan_fill.hpp) assigns the workers still short.
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "cwt/model/codes.hpp"
#include "cwt/model/dates.hpp"
#include "cwt/model/policy.hpp"
#include "cwt/model/records.hpp"
#include "cwt/model/status.hpp"
#include "cwt/model/training_event.hpp"
#include "cwt/model/validation.hpp"

namespace cwt {

// Where a plan applies: a district, a street or a community (empty parts
// match every place; a street without its district matches that street
// in any district).
struct PlanScope {
  std::string district;
  std::string street;
  std::string community;
  bool contains(const OrgPath& place) const;
  bool operator==(const PlanScope&) const = default;
};

// Verified half hours per category (of a worker's records in some days).
using CategoryHours = std::map<TrainingCategory, std::int64_t>;

struct PlannedCourse {
  std::string title;  // unique within its plan
  TrainingCategory category = TrainingCategory::quality;
  int half_hours = 0;       // class hours x 2, credited to each attendee
  int month = 0;            // 1..12: the month it is held in, when `dates` is empty
  std::vector<Date> dates;  // the days it is held on, ascending; empty: the month only
  int capacity = 0;         // seats
  Audience audience = Audience::all;
  std::string provider;
  // The training event its attendance was marked on (the store's id), 0
  // before the course has taken place.
  std::int64_t event_id = 0;

  // The first and the last day it may be held on in `year`: its dates, or
  // the whole of its month.
  Date first_day(int year) const;
  Date last_day(int year) const;
  // Whether it is over by `today` (its last day on or before): only then may
  // its attendance be marked.
  bool taken_place(int year, Date today) const { return last_day(year) <= today; }
  bool operator==(const PlannedCourse&) const = default;
};

// A worker on a course's list. `attendance` is registered until the course
// has taken place and attendance is marked: present (the hours are then a
// training record, no longer planned) or absent.
struct Assignment {
  std::string id_number;
  std::string course;   // the course's title
  bool by_hand = true;  // false: placed by fill_plan
  Attendance attendance = Attendance::registered;
  bool operator==(const Assignment&) const = default;
};

struct TrainingPlan {
  std::string name;  // unique among plans
  int year = 0;
  PlanScope scope;
  std::vector<PlannedCourse> courses;
  std::vector<Assignment> assignments;

  const PlannedCourse* course(std::string_view title) const;
};

// The training event a course becomes when it has taken place: its title,
// category, first and last day, hours and provider, with the workers on it
// present, except `absent`.
TrainingEvent event_of(const TrainingPlan& plan, const PlannedCourse& course,
                       const std::vector<std::string>& absent);

// Whether `course` is meant for `worker` in the plan's year: leaders are the
// workers whose requirement is the leader hours (a leader position on any
// employed day of the year, held or planned in the position history).
bool leader_in_year(const Worker& worker, int year);
bool audience_includes(Audience audience, bool leader);

struct PlanWorker {
  const WorkerFile* file = nullptr;
  bool leader = false;
  int required_half_hours = 0;
  std::int64_t completed_half_hours = 0;  // verified records of the year so far
  std::int64_t planned_half_hours = 0;    // courses still to attend
  std::int64_t missing_half_hours = 0;    // required - completed - planned, never below 0
  std::int64_t attended_half_hours = 0;   // of the plan's courses marked present (in completed)
  std::vector<std::string> courses;       // titles still to attend, in the plan's order
  bool covered() const { return missing_half_hours == 0; }
  // The year's requirement reached by what is recorded already.
  bool met() const { return completed_half_hours >= required_half_hours; }
};

struct PlanCourseSeats {
  const PlannedCourse* course = nullptr;
  int seats_taken = 0;  // registered or present
  int present = 0;      // once attendance is marked
  int absent = 0;
  bool over_full() const { return seats_taken > course->capacity; }
  bool held() const { return course->event_id != 0; }  // attendance marked
};

// The share of workers of a place whose plan reaches the requirement.
struct PlanCoverage {
  std::string district;
  std::string street;
  std::string community;  // empty: the street's total
  int workers = 0;
  int covered = 0;  // missing 0
  int met = 0;      // the requirement reached already (progress during the year)
};

struct PlanState {
  std::vector<PlanWorker> workers;        // the workers in scope employed in the year, by ID number
  std::vector<PlanCourseSeats> courses;   // in the plan's order
  std::vector<PlanCoverage> communities;  // by district, street, community
  std::vector<PlanCoverage> streets;
};

// The plan as a whole: how far it covers its workers and how far it has
// been carried out (planned against done).
struct PlanTotals {
  int workers = 0;
  int covered = 0;
  int met = 0;
  int courses = 0;
  int courses_held = 0;
  int over_full_courses = 0;
  int seats_taken = 0;  // places on every course
  int present = 0;      // places attended, of the held courses
  int absent = 0;
  std::int64_t planned_half_hours = 0;   // still to attend, every worker
  std::int64_t missing_half_hours = 0;   // not covered by the plan, every worker
  std::int64_t attended_half_hours = 0;  // of the plan's courses marked present
};

// `files`: every worker's file, their completed hours summed over the
// plan's year as of today (Store::worker_files(completed_window(year, today))).
// Workers out of scope or without an employed day in the year are left out.
PlanState evaluate_plan(const TrainingPlan& plan, std::span<const WorkerFile> files,
                        const Policy& policy);
PlanTotals totals_of(const PlanState& state);

// The most characters a plan's name may hold, and the most seats a course
// may have.
inline constexpr std::size_t kMaxPlanNameChars = 100;
inline constexpr int kMaxCourseSeats = 100000;

// A plan's name as it is stored and compared: without the blanks around it
// (a name typed with a blank more is the same plan).
std::string normalized_plan_name(std::string_view name);

// The sentence for a plan name that no plan has, naming the plans there
// are (or saying there is none yet): what a mistyped name needs to be put
// right. `plans` are the plans on file.
std::string no_plan_named(std::string_view name, std::span<const TrainingPlan> plans);

// A course's rules: a title, texts as check_texts, hours above 0 and at most
// policy.max_record_half_hours (each attendee's training record), the month
// (1-12) or dates in the plan's `year`, seats from 1 to kMaxCourseSeats.
// Field names as the course's columns (title, hours, month, dates, capacity,
// provider).
Problems check_course(const PlannedCourse& course, int year, const Policy& policy);
// A plan's rules: a name, already normalized, of at most kMaxPlanNameChars,
// the scope's texts, a year from 1900 to 2999, and every course's rules
// (each message naming its course). The store refuses a plan that fails them.
Problems check_plan(const TrainingPlan& plan, const Policy& policy);

}  // namespace cwt
