// Times the Planning page's work without the toolkit (issue 11): on a
// database with a plan (cwtrack-cli demo --plan-courses N), choosing the plan
// (its arithmetic over every worker), the worker filters, the warnings, a
// drop of ten workers on a course (the plan written in one transaction, the
// plans read back, the plan evaluated again) and taking them off again, the
// reasons of the uncovered (a fill), a fill, and the dashboard's progress.
// It writes to DB: run it on a copy.
//   bench_planning DB AS_OF PLAN [RUNS]
#include <iostream>
#include <memory>
#include <string>

#include "best_of.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "cwt/workspace/plan_session.hpp"

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: bench_planning DB AS_OF PLAN [RUNS]\n";
    return 2;
  }
  const auto day = cwt::parse_date(argv[2]);
  const std::string name = argv[3];
  const int runs = argc > 4 ? std::stoi(argv[4]) : 5;
  if (!day) {
    std::cerr << "bad day\n";
    return 2;
  }
  using cwt::bench::best_seconds;
  auto store = cwt::SqliteStore::open_existing(argv[1]);
  cwt::Workspace workspace(*store, *day);
  cwt::PlanSession session(workspace);
  bool found = false;
  const double choose = best_seconds(runs, [&] { found = session.choose(name); });
  if (!found) {
    std::cerr << "no plan " << name << "\n";
    return 1;
  }
  const cwt::TrainingPlan& plan = *session.plan();
  const std::string course = plan.courses.back().title;
  std::size_t rows = 0;
  cwt::PlanWorkerFilter filter;
  filter.course = course;
  filter.show = cwt::PlanWorkerShow::can_join;
  const double can_join = best_seconds(runs, [&] { rows = session.select(filter).size(); });
  filter.show = cwt::PlanWorkerShow::not_covered;
  filter.search = "张";
  const double search = best_seconds(runs, [&] { rows += session.select(filter).size(); });
  const double warnings = best_seconds(runs, [&] { rows += session.warnings().size(); });

  std::vector<std::string> ten;
  filter = {};
  filter.course = course;
  filter.show = cwt::PlanWorkerShow::can_join;
  for (const std::size_t row : session.select(filter)) {
    if (ten.size() == 10) break;
    ten.push_back(session.state().workers[row].file->worker.id_number);
  }
  const auto apply = [&](const cwt::PlanSession::Edit& edit) {
    if (edit.change) workspace.apply(*edit.change);
    session.refresh();
  };
  // A drop and taking the workers off again, each one write: the half of both.
  const double drop = best_seconds(runs,
                                   [&] {
                                     apply(session.assign(course, ten));
                                     apply(session.unassign(course, ten));
                                   }) /
                      2;
  const double reasons = best_seconds(1, [&] { rows += session.uncovered().size(); });
  cwt::FillExplanation explanation;
  const double fill = best_seconds(1, [&] { rows += session.fill(explanation).change ? 1 : 0; });
  const double progress = best_seconds(runs, [&] { rows += plan_progress(workspace).size(); });

  std::cout << "plan " << name << ": " << plan.courses.size() << " courses, "
            << plan.assignments.size() << " assignments, " << session.state().workers.size()
            << " workers\n"
            << "choose the plan (evaluate):          " << choose * 1000 << " ms\n"
            << "workers who could join a course:     " << can_join * 1000 << " ms\n"
            << "not covered + search:                " << search * 1000 << " ms\n"
            << "warnings:                            " << warnings * 1000 << " ms\n"
            << "drop 10 workers on a course (write): " << drop * 1000 << " ms\n"
            << "reasons of the uncovered (a fill):   " << reasons * 1000 << " ms\n"
            << "fill the plan (nothing to add):      " << fill * 1000 << " ms\n"
            << "dashboard progress:                  " << progress * 1000 << " ms\n"
            << "(rows, to keep the work: " << rows << ")\n";
  return 0;
}
