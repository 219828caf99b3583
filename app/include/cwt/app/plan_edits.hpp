#pragma once
// Training plans, for both programs: the desktop program's Planning page
// (workspace/plan_session.hpp) and `cwtrack-cli plan ...`.
#include <string>
#include <vector>

#include "cwt/app/edit.hpp"
#include "cwt/app/on_file.hpp"

namespace cwt::app {

// A new plan for `year` and `scope`, named `name` as it is stored
// (normalized_plan_name: blanks around it are not part of it, so "  2027年
// 培训计划 " is the plan "2027年培训计划"). Refused by check_plan (a name
// of blanks alone among its problems) and, field "name", when the name is
// taken.
Edit create_plan(const OnFile& on_file, const std::string& name, int year, const PlanScope& scope);

// Why `plan` has no course to change by that title.
std::string no_course_named(const TrainingPlan& plan, const std::string& title);

// `course` (as parse_course read it) added to `plan`, or, with `replacing`,
// in place of the course of that title (renamed: its assignments follow).
// Refused: a title the plan has already (field "title"); no course
// `replacing` (field "course"); a course that has taken place with its
// attendance marked whose days or hours would change (its hours are
// training records now: the event is corrected instead).
Edit save_course(const TrainingPlan& plan, PlannedCourse course, const std::string& replacing = {});
// The course of that title taken out of `plan` with its assignments;
// refused for a course whose attendance is marked.
Edit delete_course(const TrainingPlan& plan, const std::string& title);

// The workers of `id_numbers` (18-character) put on the course `title`, or
// taken off it: only those not on it yet (or on it) are written, each a
// row of its own, so that what another program changed in the plan
// meanwhile stays. Taking off leaves those whose attendance is marked
// (their hours are training records: marked again to correct). Refused: no
// such course (field "course"), an ID number not on file (field "").
// Nothing to do is an edit that changes nothing (ChangeSet::empty()).
Edit assign(const OnFile& on_file, const TrainingPlan& plan, const std::string& title,
            const std::vector<std::string>& id_numbers);
Edit unassign(const TrainingPlan& plan, const std::string& title,
              const std::vector<std::string>& id_numbers);

// The course `title` marked attended: everyone on it present (their hours
// become training records), except `absent` (18-character); again to
// correct. Refused: no such course (field "course"), a course not over by
// today, someone listed absent who is not on it (field "absent"), nobody on
// it, and by check_event (field "").
Edit attend(const OnFile& on_file, const TrainingPlan& plan, const std::string& title,
            const std::vector<std::string>& absent);

}  // namespace cwt::app
