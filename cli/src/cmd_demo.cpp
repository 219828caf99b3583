// `demo`: fill an empty database with realistic sample data.
#include "commands.hpp"
#include "cwt/demo/demo.hpp"
#include "cwt/demo/demo_plan.hpp"
#include "cwt/model/messages.hpp"

namespace cwt::cli {

namespace {
struct DemoArguments {
  int workers = 0;
  int years = 10;
  std::uint64_t seed = 1;
  std::string as_of;
  int plan_courses = 0;
};
}  // namespace

void add_demo_command(CLI::App& app, CommandContext& context) {
  auto* demo = app.add_subcommand(
      "demo", tr("Fill an empty database with sample workers, exams, certificates and training"));
  auto arguments = std::make_shared<DemoArguments>();
  demo->add_option("--workers", arguments->workers, tr("Number of workers"))
      ->required()
      ->check(number_in(1, kMaxDemoWorkers));
  demo->add_option("--years", arguments->years, tr("Years of training records (default 10)"))
      ->check(number_in(1, 40));
  demo->add_option("--seed", arguments->seed, tr("Random seed; the same seed gives the same data"));
  demo->add_option("--as-of", arguments->as_of, tr("The data's today (default today)"))
      ->check(date_validator());
  demo->add_option("--plan-courses", arguments->plan_courses,
                   tr("Also a training plan for the year with this many courses, filled, its "
                      "courses held so far marked attended"))
      ->check(number_in(0, 1000));
  demo->callback([&context, arguments] {
    context.action = [&context, arguments] {
      const Date day = arguments->as_of.empty() ? context.today : *parse_date(arguments->as_of);
      if (day > context.today || day.year() < 2000)
        throw InputError(
            tr("demo --as-of {1}: the data's today must be from 2000 to today", to_iso(day)));
      auto store = context.open_store();
      if (const auto count = store->worker_count(); count > 0)
        // TRANSLATORS: {1} is the database file, {2} the number of workers in it.
        throw InputError(
            trn("{1} already holds {2} worker; demo data goes into an empty database "
                "(cwtrack-cli --db NEW.cwt init); nothing changed",
                "{1} already holds {2} workers; demo data goes into an empty "
                "database (cwtrack-cli --db NEW.cwt init); nothing changed",
                count, context.database_path, count));
      const DemoOptions made{arguments->workers, arguments->years, arguments->seed, day};
      const auto change = make_demo(made);
      try {
        store->apply(change);  // checks again, inside its transaction
      } catch (const EmptyStoreRequired& error) {
        throw InputError(
            trn("{1} already holds {2} worker (another program added it meanwhile); "
                "demo data goes into an empty database; nothing changed",
                "{1} already holds {2} workers (another program added them "
                "meanwhile); demo data goes into an empty database; nothing changed",
                error.worker_count(), context.database_path, error.worker_count()));
      }
      if (arguments->plan_courses > 0)
        store->apply(make_demo_plan_change(*store, day, arguments->plan_courses));
      // What was made, in the officer's language (the audit log keeps the
      // change's English description, which says the same).
      context.out << tr("demo: {1} workers, {2} years of training up to {3}, seed {4} ({5} exams, "
                        "{6} certificates, {7} training records)",
                        made.workers, made.years, to_iso(made.today), made.seed,
                        change.add_exams.size(), change.add_certificates.size(),
                        change.add_training.size())
                  << '\n';
    };
  });
}

}  // namespace cwt::cli
