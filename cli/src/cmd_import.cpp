// `import workers|positions|exams|certificates|training FILE`: all or nothing.
#include "commands.hpp"
#include "cwt/exchange/importer.hpp"
#include "cwt/model/text.hpp"
#include "cwt/platform/platform.hpp"

namespace cwt::cli {

void add_import_command(CLI::App& app, CommandContext& context) {
  auto* import = app.add_subcommand("import",
                                    "Import a CSV file (UTF-8 or GB18030); one bad row "
                                    "imports nothing");
  import->require_subcommand(1);
  const std::pair<const char*, ImportKind> kinds[] = {{"workers", ImportKind::workers},
                                                      {"positions", ImportKind::positions},
                                                      {"exams", ImportKind::exams},
                                                      {"certificates", ImportKind::certificates},
                                                      {"training", ImportKind::training}};
  for (const auto& [name, kind] : kinds) {
    auto* sub = import->add_subcommand(name, std::string("Import ") + name + " from a CSV file");
    auto file = std::make_shared<std::string>();
    sub->add_option("FILE", *file, "CSV file")->required();
    sub->callback([&context, kind = kind, file] {
      context.action = [&context, kind, file] {
        auto store = context.open_store();
        auto plan = plan_import(kind, path_from_utf8(*file), store->id_numbers(), context.today,
                                store->policy());
        if (!plan.problems.empty()) {
          std::vector<std::string> lines;
          for (const auto& problem : plan.problems) lines.push_back(problem.to_string());
          lines.push_back(escaped(*file, std::string::npos) + ": nothing imported (" +
                          std::to_string(plan.problem_count) +
                          (plan.problem_count == 1 ? " problem)" : " problems)"));
          throw InputError(lines);
        }
        store->apply(plan.change);
        context.out << plan.change.description << '\n';
      };
    });
  }
}

}  // namespace cwt::cli
