// Times "fill the plan" (issue 11's targets): a demo of N workers (the demo
// generator's, in memory) and the demo plan of C courses for 2027
// (demo_plan.hpp: over the months, one in ten for leaders only, seats for
// about the hours the workers need), filled from empty. Prints the best time of
// RUNS, the assignments placed and the workers left uncovered.
//   bench_plan WORKERS COURSES [RUNS]
#include <iostream>
#include <map>
#include <string>

#include "best_of.hpp"
#include "cwt/demo/demo.hpp"
#include "cwt/demo/demo_plan.hpp"
#include "cwt/model/plan_fill.hpp"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: bench_plan WORKERS COURSES [RUNS]\n";
    return 2;
  }
  const int workers = std::stoi(argv[1]);
  const int courses = std::stoi(argv[2]);
  const int runs = argc > 3 ? std::stoi(argv[3]) : 3;
  const cwt::Date today(2026, 11, 30);
  const cwt::ChangeSet demo = cwt::make_demo({workers, 1, 7, today});
  std::vector<cwt::WorkerFile> files;
  for (const cwt::Worker& worker : demo.upsert_workers) files.push_back({worker, {}, {}, 0});

  const cwt::TrainingPlan plan = cwt::make_demo_plan("bench", 2027, workers, courses);
  const cwt::Policy policy;
  cwt::PlanFill fill;
  const double took =
      cwt::bench::best_seconds(runs, [&] { fill = cwt::fill_plan(plan, files, policy, {}); });
  std::cout << workers << " workers, " << courses << " courses: fill " << took << " s, "
            << fill.added.size() << " assignments, " << fill.uncovered.size() << " uncovered\n";
  return 0;
}
