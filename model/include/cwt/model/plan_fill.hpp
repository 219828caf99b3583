#pragma once
// "Fill the plan": assigns each worker whose completed and planned hours fall
// short of the year's requirement to courses of their audience, respecting
// capacity and dates, preferring the categories they have had least of, and
// explains every worker it could not cover. Deterministic: the same plan and
// files give the same assignments. Hand-made assignments are left alone.
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "cwt/model/employment.hpp"
#include "cwt/model/progress.hpp"
#include "cwt/model/training_plan.hpp"

namespace cwt {

enum class UncoveredReason {
  no_course_for_audience,  // no course of the plan is for leaders (or for staff)
  joins_too_late,          // every course of their audience is before their hire date
  leaves_too_early,        // every course of their audience is on or after their leave date
  not_enough_seats,        // the courses they could attend are full (or on their other days)
  not_assigned,            // the plan has room for them: fill it, or assign them by hand
};
std::string_view reason_code(UncoveredReason reason);  // "not_enough_seats", ...
std::string reason_text(UncoveredReason reason);       // in the program's language

// Whether a course suits a worker, seats, other courses on its days and
// being on it already aside: for their audience, its first day (`first_day`,
// course.first_day(year), passed in as fill_plan computes it once per
// course) on or after their hire date, its last day before their leave date.
enum class CourseFit { fits, other_audience, before_hire, after_leave };
CourseFit course_fit(const PlanWorker& worker, const PlannedCourse& course, int year,
                     Date first_day);

struct UncoveredWorker {
  std::string id_number;
  std::int64_t missing_half_hours = 0;  // after the fill
  UncoveredReason reason = UncoveredReason::not_enough_seats;
  bool operator==(const UncoveredWorker&) const = default;
};

struct PlanFill {
  std::vector<Assignment> added;           // by_hand false, in the order placed
  std::vector<UncoveredWorker> uncovered;  // by ID number
};

// The days whose records fill_plan prefers least categories of: the two
// years before the plan's (CategoryHours per worker, Store::category_hours).
DayRange recent_window(int plan_year);

// Workers are taken most constrained first (fewest courses they could
// attend, then the earliest leave date, then ID number), each given courses
// until the missing hours are covered: so a worker is never planned more
// than one course beyond the requirement. A course is one the worker can
// attend when it is for their audience, its first day is on or after their
// hire date, its last day before their leave date, it has a free seat, none
// of its dates is a date of another of their courses and they are not on it
// already. Among those: the category they have had least of (recent hours
// plus this plan's), then the earliest, then the title. Reports the workers
// placed of all still short; a cancel throws Cancelled (nothing is changed:
// the fill only computes).
PlanFill fill_plan(const TrainingPlan& plan, std::span<const WorkerFile> files,
                   const Policy& policy, const std::map<std::string, CategoryHours>& recent,
                   Progress& progress = no_progress());

// The workers whose plan falls short of the requirement as it stands, by ID
// number, each with what fill_plan would say of them: not_assigned when it
// could cover them.
std::vector<UncoveredWorker> uncovered_workers(const TrainingPlan& plan,
                                               std::span<const WorkerFile> files,
                                               const Policy& policy,
                                               const std::map<std::string, CategoryHours>& recent);

}  // namespace cwt
