#pragma once
// A sample annual training plan over the demo's workers: what the benchmark
// fills and the Planning page's screenshots show. Deterministic.
#include <string>

#include "cwt/model/store.hpp"
#include "cwt/model/training_plan.hpp"

namespace cwt {

// `courses` courses for `year` spread over the months (titles from the demo's
// course lists, numbered when they repeat; one in ten for leaders only, the
// rest for everyone; every other held on two named days, the rest in a month
// only), 8 class hours each, with seats for about three courses a worker of
// `workers`. No assignments.
TrainingPlan make_demo_plan(const std::string& name, int year, int workers, int courses);

// The name of the sample plan of `year`: "2026年度社区工作者培训计划".
std::string demo_plan_name(int year);

// A sample plan for the workers in `store` as an officer would have it on
// `today`: made the autumn before (filled with nothing of the year completed
// yet) and its courses that have taken place marked attended, one attendee in
// twenty absent. One change: the plan and its attendance.
ChangeSet make_demo_plan_change(Store& store, Date today, int courses);

}  // namespace cwt
