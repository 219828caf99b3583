// `status`: every active worker's certification and training status on a day.
#include <sstream>

#include "commands.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/training.hpp"
#include "cwt/reports/report_file.hpp"
#include "status_output.hpp"

namespace cwt::cli {

namespace {
struct StatusOptions {
  std::string as_of;
  std::optional<int> year;
  std::string format = "table";
  std::string output;
};
}  // namespace

void add_status_command(CLI::App& app, CommandContext& context) {
  auto* status = app.add_subcommand(
      "status", tr("Certification and training status of every active worker on a day"));
  auto options = std::make_shared<StatusOptions>();
  status->add_option("--as-of", options->as_of, tr("The day (YYYY-MM-DD; default today)"))
      ->check(date_validator());
  status->add_option("--year", options->year, tr("Training year (default: the as-of year)"))
      ->check(number_in(1900, 2999));
  status->add_option("--format", options->format, tr("table, csv, json or xlsx"))
      ->check(one_of({"table", "csv", "json", "xlsx"}))
      ->default_str("table");
  status->add_option(
      "-o,--output", options->output,
      tr("The file to write: the workbook (--format xlsx), or a CSV file for Excel (--format "
         "csv; without -o it prints)"));
  status->callback([&context, options] {
    context.action = [&context, options] {
      const bool to_file = !options->output.empty();
      if ((options->format == "xlsx" && !to_file) ||
          (to_file && options->format != "xlsx" && options->format != "csv"))
        throw UsageError(
            tr("status: --format xlsx writes a workbook and needs -o FILE; csv prints, or "
               "writes FILE with -o; json and table print and take no -o"));
      const Date day = options->as_of.empty() ? context.today : *parse_date(options->as_of);
      const int year = options->year.value_or(day.year());
      auto store = context.open_store();
      if (!options->output.empty())
        CommandContext::check_output(context.output_guard(), options->output);
      const Policy policy = store->policy();
      const auto files = store->worker_files(completed_window(year, day));
      const auto statuses = statuses_on(files, policy, day, year);
      if (options->format == "xlsx") {
        try {
          reports::save_report(status_document(statuses, context.language, day),
                               reports::ReportFormat::xlsx, options->output);
        } catch (const std::runtime_error& failure) {
          throw InputError(failure.what());
        }
      } else if (options->format == "json")
        write_status_json(context.out, statuses);
      else if (options->format == "csv" && to_file) {
        // A file is for Excel, which reads UTF-8 only after a BOM (every
        // CSV file cwtrack writes has one); the printed CSV, which scripts
        // read as the stable interface, has none.
        std::ostringstream text;
        text << "\xEF\xBB\xBF";
        write_status_csv(text, statuses);
        try {
          reports::save_text(text.str(), options->output);
        } catch (const std::runtime_error& failure) {
          throw InputError(failure.what());
        }
      } else if (options->format == "csv")
        write_status_csv(context.out, statuses);
      else
        write_status_table(context.out, statuses, context.language);
    };
  });
}

}  // namespace cwt::cli
