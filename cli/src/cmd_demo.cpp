// `demo`: fill an empty database with realistic sample data.
#include "commands.hpp"
#include "cwt/demo/demo.hpp"

namespace cwt::cli {

namespace {
struct DemoArguments {
  int workers = 0;
  int years = 10;
  std::uint64_t seed = 1;
  std::string as_of;
};
}  // namespace

void add_demo_command(CLI::App& app, CommandContext& context) {
  auto* demo = app.add_subcommand(
      "demo", "Fill an empty database with sample workers, exams, certificates and training");
  auto arguments = std::make_shared<DemoArguments>();
  demo->add_option("--workers", arguments->workers, "Number of workers")
      ->required()
      ->check(CLI::Range(1, kMaxDemoWorkers));
  demo->add_option("--years", arguments->years, "Years of training records (default 10)")
      ->check(CLI::Range(1, 40));
  demo->add_option("--seed", arguments->seed, "Random seed; the same seed gives the same data");
  demo->add_option("--as-of", arguments->as_of, "The data's today (default today)")
      ->check(date_validator());
  demo->callback([&context, arguments] {
    context.action = [&context, arguments] {
      const Date day = arguments->as_of.empty() ? context.today : *parse_date(arguments->as_of);
      if (day > context.today || day.year() < 2000)
        throw InputError("demo --as-of " + to_iso(day) +
                         ": the data's today must be from 2000 to today");
      auto store = context.open_store();
      if (const auto count = store->worker_count(); count > 0)
        throw InputError(context.database_path + " already holds " + std::to_string(count) +
                         " workers; demo data goes into an empty database "
                         "(cwtrack-cli --db NEW.cwt init); nothing changed");
      const auto change = make_demo({arguments->workers, arguments->years, arguments->seed, day});
      try {
        store->apply(change);  // checks again, inside its transaction
      } catch (const EmptyStoreRequired& error) {
        throw InputError(context.database_path + " already holds " +
                         std::to_string(error.worker_count()) +
                         " workers (another program added them meanwhile); demo data goes into "
                         "an empty database; nothing changed");
      }
      context.out << change.description << '\n';
    };
  });
}

}  // namespace cwt::cli
