// `export workers|positions|exams|certificates|training --format xlsx|csv -o FILE`:
// every record of a kind in the import's own columns, so that `import` reads
// the file back unchanged; written whole or not at all.
#include "commands.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/reports/data_export.hpp"
#include "cwt/reports/report_file.hpp"

namespace cwt::cli {

namespace {
struct ExportOptions {
  std::string kind;
  std::string format;
  std::string output;
};
}  // namespace

void add_export_command(CLI::App& app, CommandContext& context) {
  auto* command = app.add_subcommand(
      "export",
      tr("Write every worker, position, exam, certificate or training record to a workbook or CSV "
         "file that import reads back"));
  auto options = std::make_shared<ExportOptions>();
  command
      ->add_option("KIND", options->kind, tr("workers, positions, exams, certificates or training"))
      ->required()
      ->check(one_of({"workers", "positions", "exams", "certificates", "training"}));
  command->add_option("--format", options->format, tr("xlsx or csv"))
      ->required()
      ->check(one_of({"xlsx", "csv"}));
  command->add_option("-o,--output", options->output, tr("The file to write"))->required();
  command->callback([&context, options] {
    context.action = [&context, options] {
      auto store = context.open_store();
      CommandContext::check_output(context.output_guard(), options->output);
      try {
        reports::save_export(*parse_import_kind(options->kind), *store, context.language,
                             *reports::parse_report_format(options->format), options->output);
      } catch (const std::runtime_error& failure) {
        throw InputError(failure.what());
      }
    };
  });
}

}  // namespace cwt::cli
