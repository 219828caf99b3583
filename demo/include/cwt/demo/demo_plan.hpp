#pragma once
// A sample annual training plan over the demo's workers: what the benchmark
// fills and the Planning page's screenshots show. Deterministic.
#include <string>

#include "cwt/model/training_plan.hpp"

namespace cwt {

// `courses` courses for `year` spread over the months (titles from the demo's
// course lists, numbered when they repeat; one in ten for leaders only, the
// rest for everyone; every other held on two named days, the rest in a month
// only), 8 class hours each, with seats for about three courses a worker of
// `workers`. No assignments.
TrainingPlan make_demo_plan(const std::string& name, int year, int workers, int courses);

}  // namespace cwt
