// Times "fill the plan" (issue 11's targets): a demo of N workers (the demo
// generator's, in memory) and a plan of C courses for 2027 spread over the
// months (one in ten for leaders only, the rest for all, with seats for about
// the hours the workers need), filled from empty. Prints the best time of
// RUNS, the assignments placed and the workers left uncovered.
//   bench_plan WORKERS COURSES [RUNS]
#include <iostream>
#include <map>
#include <string>

#include "best_of.hpp"
#include "cwt/demo/demo.hpp"
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

  cwt::TrainingPlan plan;
  plan.name = "bench";
  plan.year = 2027;
  // About 22 hours a worker, 8-hour courses: three seats a worker in all.
  const int seats = workers * 3 / courses + 1;
  for (int c = 0; c < courses; ++c) {
    cwt::PlannedCourse course;
    course.title = "课程" + std::to_string(c + 1);
    course.category = static_cast<cwt::TrainingCategory>(c % 6);
    course.half_hours = 16;
    course.month = 1 + c % 12;
    course.capacity = seats;
    course.audience = c % 10 == 0 ? cwt::Audience::leaders : cwt::Audience::all;
    plan.courses.push_back(course);
  }
  const cwt::Policy policy;
  cwt::PlanFill fill;
  const double took =
      cwt::bench::best_seconds(runs, [&] { fill = cwt::fill_plan(plan, files, policy, {}); });
  std::cout << workers << " workers, " << courses << " courses: fill " << took << " s, "
            << fill.added.size() << " assignments, " << fill.uncovered.size() << " uncovered\n";
  return 0;
}
