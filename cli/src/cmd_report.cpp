// `report NAME --as-of DATE [--year Y] [--district D] [--street S]
// [--community C] [--worker ID] [--full-id] [--unit TEXT] --format pdf|xlsx|csv|html -o FILE`: one
// of the printed reports (cwt::reports) written to a file, whole or not at all.
#include <algorithm>

#include "commands.hpp"
#include "cwt/model/id_number.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"
#include "cwt/model/training.hpp"
#include "cwt/reports/fonts.hpp"
#include "cwt/reports/layout.hpp"
#include "cwt/reports/report.hpp"
#include "cwt/reports/report_file.hpp"

namespace cwt::cli {

namespace {

struct ReportOptions {
  std::string name;
  std::string as_of;
  std::optional<int> year;
  reports::Scope scope;
  bool full_id = false;
  std::optional<std::string> unit;
  std::string format;
  std::string output;
};

}  // namespace

std::string unit_help() {
  return tr(
      "The unit filing the report, printed after 填报单位 (default: the community, street "
      "or district chosen; \"\" leaves it blank to be written in)");
}

void write_report(CommandContext& context, const reports::Document& document,
                  const std::string& format_name, const std::string& output) {
  CommandContext::check_output(context.output_guard(), output);
  const auto format = *reports::parse_report_format(format_name);
  try {
    if (format == reports::ReportFormat::xlsx) {
      // A workbook breaks its pages where the PDF does, when the fonts that
      // lay the pages out are at hand (without them Excel breaks them).
      const auto fonts = reports::find_report_fonts(reports::font_folders());
      const auto layout = fonts ? std::optional(reports::lay_out(document, *fonts)) : std::nullopt;
      reports::save_report(document, format, output, layout ? &*layout : nullptr);
      return;
    }
    if (!reports::uses_layout(format)) {
      reports::save_report(document, format, output);
      return;
    }
    const auto fonts = reports::report_fonts(reports::font_folders());
    const auto layout = reports::lay_out(document, *fonts);
    if (layout.missing_characters > 0)
      context.err << trn("{1}: {2} character is in neither report font and is printed as 〓",
                         "{1}: {2} characters are in neither report font and are printed as 〓",
                         layout.missing_characters, output, layout.missing_characters)
                  << '\n';
    reports::save_report(document, format, output, &layout, fonts.get());
  } catch (const std::runtime_error& failure) {
    throw InputError(failure.what());
  }
}

void add_report_command(CLI::App& app, CommandContext& context) {
  auto* report = app.add_subcommand(
      "report", tr("Write a printed report: deadlines, training, overdue, summary or card"));
  auto options = std::make_shared<ReportOptions>();
  report->add_option("NAME", options->name, tr("deadlines, training, overdue, summary or card"))
      ->required()
      ->check(one_of({"deadlines", "training", "overdue", "summary", "card"}));
  report->add_option("--as-of", options->as_of, tr("The day (YYYY-MM-DD; default today)"))
      ->check(date_validator());
  report->add_option("--year", options->year, tr("Training year (default: the as-of year)"))
      ->check(number_in(1900, 2999));
  report->add_option("--district", options->scope.district, tr("Only this district"));
  report->add_option("--street", options->scope.street, tr("Only this street"));
  report->add_option("--community", options->scope.community, tr("Only this community"));
  report->add_option("--worker", options->scope.id_number, tr("Only this worker (ID number)"));
  report->add_flag("--full-id", options->full_id,
                   tr("Print ID numbers in full (masked by default)"));
  report->add_option("--unit", options->unit, unit_help());
  report->add_option("--format", options->format, tr("pdf, xlsx, csv or html"))
      ->required()
      ->check(one_of({"pdf", "xlsx", "csv", "html"}));
  report->add_option("-o,--output", options->output, tr("The file to write"))->required();
  report->callback([&context, options] {
    context.action = [&context, options] {
      reports::ReportRequest request;
      request.kind = *reports::parse_report_kind(options->name);
      request.as_of = options->as_of.empty() ? context.today : *parse_date(options->as_of);
      request.year = options->year.value_or(0);
      request.scope = options->scope;
      request.full_id = options->full_id;
      request.language = context.language;
      if (options->unit) request.organisation = std::string(trim_blanks(*options->unit));
      auto store = context.open_store();
      CommandContext::check_output(context.output_guard(), options->output);
      if (!request.scope.id_number.empty()) {
        const auto id = parse_id_number(request.scope.id_number, context.today);
        if (!id) throw InputError(tr("report --worker: {1}", id.error()));
        request.scope.id_number = id->digits;
        if (!store->id_numbers().contains(id->digits))
          throw InputError(
              tr("report --worker: no worker with ID number {1} on file", shown(id->digits)));
      }
      const int year = request.year != 0 ? request.year : static_cast<int>(request.as_of.year());
      const Policy policy = store->policy();
      const auto files = store->worker_files(completed_window(year, request.as_of));
      // A district, street or community no worker on file belongs to is a
      // mistyped name more often than an empty place: say so rather than
      // print an empty report.
      const reports::Scope& scope = request.scope;
      if ((!scope.district.empty() || !scope.street.empty() || !scope.community.empty()) &&
          std::none_of(files.begin(), files.end(),
                       [&](const WorkerFile& file) { return scope.contains(file.worker); })) {
        std::string named;
        for (const auto& [option, value] :
             {std::pair{"--district", &scope.district}, std::pair{"--street", &scope.street},
              std::pair{"--community", &scope.community}})
          if (!value->empty())
            named += (named.empty() ? "" : " ") + (option + (" " + shown(*value)));
        // TRANSLATORS: {1} is the scope as given: --community "东风社区".
        throw InputError(tr("report: no worker on file is in {1}; nothing was written", named));
      }
      const auto document = reports::build_report(request, {policy, files, store.get()});
      write_report(context, document, options->format, options->output);
    };
  });
}

}  // namespace cwt::cli
