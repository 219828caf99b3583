// `import workers|positions|exams|certificates|training FILE`: all or nothing.
#include <tuple>

#include "commands.hpp"
#include "cwt/exchange/importer.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"
#include "cwt/platform/platform.hpp"

namespace cwt::cli {

void add_import_command(CLI::App& app, CommandContext& context) {
  auto* import = app.add_subcommand(
      "import", tr("Import a CSV file (UTF-8 or GB18030); one bad row imports nothing"));
  import->require_subcommand(1);
  const std::tuple<const char*, ImportKind, std::string> kinds[] = {
      {"workers", ImportKind::workers, tr("Import workers from a CSV file")},
      {"positions", ImportKind::positions, tr("Import positions from a CSV file")},
      {"exams", ImportKind::exams, tr("Import exams from a CSV file")},
      {"certificates", ImportKind::certificates, tr("Import certificates from a CSV file")},
      {"training", ImportKind::training, tr("Import training from a CSV file")}};
  for (const auto& [name, kind, description] : kinds) {
    auto* sub = import->add_subcommand(name, description);
    auto file = std::make_shared<std::string>();
    sub->add_option("FILE", *file, tr("CSV file"))->required();
    sub->callback([&context, kind = kind, file] {
      context.action = [&context, kind, file] {
        auto store = context.open_store();
        auto plan = plan_import(kind, path_from_utf8(*file), store->id_numbers(), context.today,
                                store->policy());
        if (!plan.problems.empty()) {
          std::vector<std::string> lines;
          for (const auto& problem : plan.problems) lines.push_back(problem.to_string());
          // TRANSLATORS: {1} is the file, {2} the number of problems found in it.
          lines.push_back(trn("{1}: nothing imported ({2} problem)",
                              "{1}: nothing imported ({2} problems)", plan.problem_count,
                              escaped(*file, std::string::npos), plan.problem_count));
          throw InputError(lines);
        }
        store->apply(plan.change);
        context.out << plan.change.description << '\n';
      };
    });
  }
}

}  // namespace cwt::cli
