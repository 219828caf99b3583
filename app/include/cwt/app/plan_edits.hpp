#pragma once
// Training plans, for both programs: the desktop program's Planning page
// (workspace/plan_session.hpp) and `cwtrack-cli plan ...`.
#include <string>

#include "cwt/app/edit.hpp"
#include "cwt/app/on_file.hpp"

namespace cwt::app {

// A new plan for `year` and `scope`, named `name` as it is stored
// (normalized_plan_name: blanks around it are not part of it, so "  2027年
// 培训计划 " is the plan "2027年培训计划"). Refused (field "name") when the
// name is blank or taken, and by check_plan.
Edit create_plan(const OnFile& on_file, const std::string& name, int year, const PlanScope& scope);

}  // namespace cwt::app
