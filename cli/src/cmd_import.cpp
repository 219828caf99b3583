// `import workers|positions|exams|certificates|training FILE [--sheet NAME]
// [--dry-run]`: a workbook or CSV file, all or nothing.
#include <tuple>

#include "commands.hpp"
#include "cwt/exchange/importer.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"
#include "cwt/platform/platform.hpp"

namespace cwt::cli {
namespace {

// What was imported, in the officer's language. (The audit log keeps the
// change's English description, which says the same.)
std::string imported(ImportKind kind, const std::string& file, std::size_t rows) {
  switch (kind) {
    case ImportKind::workers:
      return trn("import workers {1} ({2} row)", "import workers {1} ({2} rows)", rows, file, rows);
    case ImportKind::positions:
      return trn("import positions {1} ({2} row)", "import positions {1} ({2} rows)", rows, file,
                 rows);
    case ImportKind::exams:
      return trn("import exams {1} ({2} row)", "import exams {1} ({2} rows)", rows, file, rows);
    case ImportKind::certificates:
      return trn("import certificates {1} ({2} row)", "import certificates {1} ({2} rows)", rows,
                 file, rows);
    case ImportKind::training:
      break;
  }
  return trn("import training {1} ({2} row)", "import training {1} ({2} rows)", rows, file, rows);
}

// What an import would do, for --dry-run: where the table is, what the rows
// become, the variants read as labels.
void describe_plan(std::ostream& out, ImportKind kind, const std::string& file,
                   const ImportPlan& plan) {
  const std::string where =
      plan.sheet.empty()
          ? escaped(file, std::string::npos)
          : tr("{1}, sheet {2}", escaped(file, std::string::npos), escaped(plan.sheet));
  out << (plan.sheet.empty() ? trn("{1}: header on line {2}, {3} row below it",
                                   "{1}: header on line {2}, {3} rows below it", plan.rows, where,
                                   plan.header_line, plan.rows)
                             : trn("{1}: header in row {2}, {3} row below it",
                                   "{1}: header in row {2}, {3} rows below it", plan.rows, where,
                                   plan.header_line, plan.rows))
      << '\n';
  if (plan.skipped_rows > 0)
    out << trn("{1} row around the table skipped (title, 填报单位, 合计, notes, signatures)",
               "{1} rows around the table skipped (title, 填报单位, 合计, notes, signatures)",
               plan.skipped_rows, plan.skipped_rows)
        << '\n';
  std::string read, ignored;
  for (const auto& [header, field] : plan.columns) {
    std::string& list = field.empty() ? ignored : read;
    list += (list.empty() ? "" : ", ") + escaped(header);
    if (!field.empty()) list += " → " + field;
  }
  out << tr("columns read: {1}", read) << '\n';
  if (!ignored.empty()) out << tr("columns ignored: {1}", ignored) << '\n';
  const ChangeSet& change = plan.change;
  switch (kind) {
    case ImportKind::workers:
      out << trn("would add or update {1} worker", "would add or update {1} workers",
                 change.upsert_workers.size(), change.upsert_workers.size())
          << '\n';
      break;
    case ImportKind::positions:
      out << trn("would replace the position history of {1} worker",
                 "would replace the position history of {1} workers", change.replace_history.size(),
                 change.replace_history.size())
          << '\n';
      break;
    case ImportKind::exams:
    case ImportKind::certificates:
    case ImportKind::training: {
      const std::size_t added =
          change.add_exams.size() + change.add_certificates.size() + change.add_training.size();
      out << trn("would add {1} record", "would add {1} records", added, added) << '\n';
      break;
    }
  }
  if (plan.already_recorded > 0)
    out << trn("{1} row is already recorded and would be skipped",
               "{1} rows are already recorded and would be skipped", plan.already_recorded,
               plan.already_recorded)
        << '\n';
  for (const auto& mapping : plan.mapped_values)
    // TRANSLATORS: {1} a column's header, {2} a value as written, {3} the label it is read as.
    out << trn("{1}: {2} read as {3} ({4} row)", "{1}: {2} read as {3} ({4} rows)", mapping.rows,
               escaped(mapping.column_name), escaped(mapping.from), mapping.to, mapping.rows)
        << '\n';
  out << tr("nothing written (--dry-run)") << '\n';
}

}  // namespace

void add_import_command(CLI::App& app, CommandContext& context) {
  auto* import = app.add_subcommand(
      "import",
      tr("Import an Excel workbook (.xlsx) or a CSV file (UTF-8 or GB18030); one bad row imports "
         "nothing"));
  import->require_subcommand(1);
  const std::tuple<const char*, ImportKind, std::string> kinds[] = {
      {"workers", ImportKind::workers, tr("Import workers from a workbook or CSV file")},
      {"positions", ImportKind::positions, tr("Import positions from a workbook or CSV file")},
      {"exams", ImportKind::exams, tr("Import exams from a workbook or CSV file")},
      {"certificates", ImportKind::certificates,
       tr("Import certificates from a workbook or CSV file")},
      {"training", ImportKind::training, tr("Import training from a workbook or CSV file")}};
  for (const auto& [name, kind, description] : kinds) {
    auto* sub = import->add_subcommand(name, description);
    auto file = std::make_shared<std::string>();
    auto options = std::make_shared<ImportOptions>();
    sub->add_option("FILE", *file, tr("Excel workbook (.xlsx) or CSV file"))->required();
    sub->add_option("--sheet", options->sheet,
                    tr("The workbook's sheet to read (default: the one whose header fits)"));
    auto dry_run = std::make_shared<bool>(false);
    sub->add_flag("--dry-run", *dry_run,
                  tr("Check the file and say what importing it would do; write nothing"));
    sub->callback([&context, kind = kind, file, options, dry_run] {
      context.action = [&context, kind, file, options, dry_run] {
        auto store = context.open_store();
        options->records_on_file = store.get();
        auto plan = plan_import(kind, path_from_utf8(*file), store->id_numbers(), context.today,
                                store->policy(), *options);
        if (!plan.problems.empty()) {
          std::vector<std::string> lines;
          for (const auto& problem : plan.problems) lines.push_back(problem.to_string());
          // TRANSLATORS: {1} is the file, {2} the number of problems found in it.
          lines.push_back(trn("{1}: nothing imported ({2} problem)",
                              "{1}: nothing imported ({2} problems)", plan.problem_count,
                              escaped(*file, std::string::npos), plan.problem_count));
          throw InputError(lines);
        }
        if (*dry_run) {
          describe_plan(context.out, kind, *file, plan);
          return;
        }
        store->apply(plan.change);
        context.out << imported(kind, *file, plan.rows) << '\n';
        if (plan.already_recorded > 0)
          context.out << trn("{1} row was already recorded and was skipped",
                             "{1} rows were already recorded and were skipped",
                             plan.already_recorded, plan.already_recorded)
                      << '\n';
      };
    });
  }
}

}  // namespace cwt::cli
