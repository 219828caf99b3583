// `import workers|positions|exams|certificates|training FILE [--sheet NAME]
// [--mapping FILE] [--save-mapping FILE] [--dry-run [--format text|json]]
// [--good-rows-only] [--rejected-out FILE]`: a workbook or CSV file, all or
// nothing unless the good rows are asked for.
#include <nlohmann/json.hpp>
#include <tuple>

#include "commands.hpp"
#include "cwt/exchange/column_mapping.hpp"
#include "cwt/exchange/file_bytes.hpp"
#include "cwt/exchange/importer.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"
#include "cwt/platform/output_file.hpp"
#include "cwt/platform/platform.hpp"
#include "cwt/reports/data_export.hpp"
#include "cwt/reports/report_file.hpp"

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

std::map<RowOutcome, std::size_t> outcome_counts(const ImportPlan& plan);
void describe_updates(std::ostream& out, const ImportPlan& plan, std::size_t limit);

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
  const auto counts = outcome_counts(plan);
  const auto count = [&](RowOutcome outcome) {
    const auto found = counts.find(outcome);
    return found == counts.end() ? std::size_t{0} : found->second;
  };
  if (kind == ImportKind::workers) {
    out << trn("{1} new worker", "{1} new workers", count(RowOutcome::new_worker),
               count(RowOutcome::new_worker))
        << '\n';
    out << trn("{1} worker on file updated", "{1} workers on file updated",
               count(RowOutcome::updated_worker), count(RowOutcome::updated_worker))
        << '\n';
    describe_updates(out, plan, 20);
  }
  if (plan.rejected > 0)
    out << trn("{1} row rejected", "{1} rows rejected", plan.rejected, plan.rejected) << '\n';
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

// How many rows have each outcome.
std::map<RowOutcome, std::size_t> outcome_counts(const ImportPlan& plan) {
  std::map<RowOutcome, std::size_t> counts;
  for (const auto& preview : plan.previews) ++counts[preview.outcome];
  return counts;
}

// The preview as JSON: where the table is, the columns, the variants read
// as labels, the counts and every row with its outcome, changes and problems.
nlohmann::json plan_json(const std::string& file, const ImportPlan& plan) {
  using nlohmann::json;
  json columns = json::array();
  for (const auto& [header, field] : plan.columns)
    columns.push_back({{"header", header}, {"field", field.empty() ? json() : json(field)}});
  json mapped = json::array();
  for (const auto& m : plan.mapped_values)
    mapped.push_back({{"field", m.field},
                      {"column", m.column_name},
                      {"from", m.from},
                      {"to", m.to},
                      {"rows", m.rows}});
  json counts = json::object();
  for (const RowOutcome outcome :
       {RowOutcome::new_worker, RowOutcome::updated_worker, RowOutcome::new_record,
        RowOutcome::already_recorded, RowOutcome::rejected})
    counts[std::string(outcome_code(outcome))] = 0;
  for (const auto& [outcome, count] : outcome_counts(plan))
    counts[std::string(outcome_code(outcome))] = count;
  json rows = json::array();
  for (const auto& preview : plan.previews) {
    json row{{"line", preview.line},
             {"outcome", outcome_code(preview.outcome)},
             {"id_number", preview.id_number}};
    if (!preview.name.empty()) row["name"] = preview.name;
    if (!preview.changes.empty()) {
      json changes = json::array();
      for (const auto& change : preview.changes)
        changes.push_back(
            {{"field", change.field}, {"before", change.before}, {"after", change.after}});
      row["changes"] = std::move(changes);
    }
    if (!preview.problems.empty()) {
      json problems = json::array();
      for (const auto& problem : preview.problems)
        problems.push_back({{"column", problem.column},
                            {"column_name", problem.column_name},
                            {"message", problem.message}});
      row["problems"] = std::move(problems);
    }
    rows.push_back(std::move(row));
  }
  json file_problems = json::array();
  for (const auto& problem : plan.problems)
    if (problem.line <= plan.header_line) file_problems.push_back(problem.to_string());
  return {{"file", file},
          {"sheet", plan.sheet.empty() ? json() : json(plan.sheet)},
          {"header_line", plan.header_line},
          {"skipped_rows", plan.skipped_rows},
          {"columns", std::move(columns)},
          {"mapped_values", std::move(mapped)},
          {"would_import", plan.ready},
          {"counts", std::move(counts)},
          {"file_problems", std::move(file_problems)},
          {"rows", std::move(rows)}};
}

// The workers a workers file changes, each changed field old → new; at most
// `limit` listed.
void describe_updates(std::ostream& out, const ImportPlan& plan, std::size_t limit) {
  std::size_t listed = 0;
  std::size_t updates = 0;
  for (const auto& preview : plan.previews) {
    if (preview.outcome != RowOutcome::updated_worker) continue;
    if (++updates > limit) continue;
    ++listed;
    std::string changes;
    for (const auto& change : preview.changes)
      changes += (changes.empty() ? "" : "; ") + change.field + " " + escaped(change.before) +
                 " → " + escaped(change.after);
    // TRANSLATORS: {1} a line of the file, {2} the worker's ID number and name, {3} the changes.
    out << tr("line {1}: update {2}: {3}", preview.line, preview.id_number + " " + preview.name,
              changes)
        << '\n';
  }
  if (updates > listed)
    out << trn("... and {1} more update", "... and {1} more updates", updates - listed,
               updates - listed)
        << '\n';
}

struct ImportFlags {
  std::string file;
  ImportOptions options;
  std::string mapping;
  std::string save_mapping;
  bool dry_run = false;
  std::string format = "text";
  std::string rejected_out;
};

// The rejected rows handed back in the file's layout with a reason column:
// a workbook for .xlsx, else CSV.
void write_rejected(const ImportPlan& plan, const std::string& target, Language language) {
  const auto format = target.ends_with(".xlsx") || target.ends_with(".XLSX")
                          ? reports::ReportFormat::xlsx
                          : reports::ReportFormat::csv;
  reports::save_rejected_rows(plan.rejected_rows, language, format, target);
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
    auto flags = std::make_shared<ImportFlags>();
    sub->add_option("FILE", flags->file, tr("Excel workbook (.xlsx) or CSV file"))->required();
    sub->add_option("--sheet", flags->options.sheet,
                    tr("The workbook's sheet to read (default: the one whose header fits)"));
    sub->add_option("--mapping", flags->mapping,
                    tr("Columns matched by hand: a mapping file (column,field) saved earlier"));
    sub->add_option("--save-mapping", flags->save_mapping,
                    tr("Save the columns as read (column,field) for the next workbook of this "
                       "shape"));
    sub->add_flag("--dry-run", flags->dry_run,
                  tr("Check the file and say what importing it would do; write nothing"));
    sub->add_option("--format", flags->format,
                    tr("The dry run's preview: text or json (every row and its outcome)"))
        ->check(one_of({"text", "json"}))
        ->default_str("text");
    sub->add_flag("--good-rows-only", flags->options.good_rows_only,
                  tr("Import the good rows even when others are rejected"));
    sub->add_option("--rejected-out", flags->rejected_out,
                    tr("Write the rejected rows, as the file has them, with the reason to this "
                       "file (.xlsx or .csv) to fix and import again"));
    sub->callback([&context, kind = kind, flags] {
      context.action = [&context, kind, flags] {
        if (flags->format == "json" && !flags->dry_run)
          throw UsageError(tr("import: --format json is the dry run's preview: add --dry-run"));
        const std::string& file = flags->file;
        auto store = context.open_store();
        // Neither output may replace the database, the file being imported,
        // the mapping read or the other output.
        OutputGuard guard = context.output_guard();
        // Nor is the database read as a file: a second descriptor on it,
        // closed, would drop this process's locks on it (POSIX).
        for (const std::string* input : {&file, static_cast<const std::string*>(&flags->mapping)})
          if (!input->empty() &&
              same_file(path_from_utf8(*input), path_from_utf8(context.database_path)))
            // TRANSLATORS: {1} is the file given to import (or as its column mapping).
            throw InputError(
                tr("{1}: is the open database, not a file to import; nothing changed", *input));
        guard.input(file, OutputGuard::Input::imported_file);
        if (!flags->mapping.empty()) guard.input(flags->mapping, OutputGuard::Input::mapping_file);
        if (!flags->save_mapping.empty()) {
          CommandContext::check_output(guard, flags->save_mapping);
          guard.output(flags->save_mapping, "--save-mapping");
        }
        if (!flags->rejected_out.empty()) CommandContext::check_output(guard, flags->rejected_out);
        ImportOptions options = flags->options;
        options.records_on_file = store.get();
        if (!flags->mapping.empty()) {
          const auto bytes = read_file_bytes(path_from_utf8(flags->mapping));
          if (!bytes) throw InputError(tr("{1}: {2}", flags->mapping, bytes.error()));
          auto mapping = read_column_mapping(*bytes, kind);
          if (!mapping) throw InputError(tr("{1}: {2}", flags->mapping, mapping.error()));
          options.mapping = std::move(*mapping);
        }
        auto plan = plan_import(kind, path_from_utf8(file), store->id_numbers(), context.today,
                                store->policy(), options);
        try {
          if (!flags->save_mapping.empty() && !plan.columns.empty())
            reports::save_text(column_mapping_text(plan.columns), flags->save_mapping);
          if (!flags->rejected_out.empty() && plan.rejected > 0)
            write_rejected(plan, flags->rejected_out, context.language);
        } catch (const std::runtime_error& failure) {
          throw InputError(failure.what());
        }
        std::vector<std::string> lines;
        for (const auto& problem : plan.problems) lines.push_back(problem.to_string());
        if (flags->dry_run && flags->format == "json") {
          context.out << plan_json(file, plan).dump(2) << '\n';
          if (!plan.ready)
            throw InputError(trn("{1}: nothing would be imported ({2} problem)",
                                 "{1}: nothing would be imported ({2} problems)",
                                 plan.problem_count, escaped(file, std::string::npos),
                                 plan.problem_count));
          return;
        }
        if (!plan.ready) {
          if (plan.rejected > 0 && !flags->rejected_out.empty())
            lines.push_back(trn("{1} rejected row written to {2}",
                                "{1} rejected rows written to {2}", plan.rejected, plan.rejected,
                                flags->rejected_out));
          // TRANSLATORS: {1} is the file, {2} the number of problems found in it.
          lines.push_back(trn("{1}: nothing imported ({2} problem)",
                              "{1}: nothing imported ({2} problems)", plan.problem_count,
                              escaped(file, std::string::npos), plan.problem_count));
          throw InputError(lines);
        }
        // Good rows only, some rejected: their problems are said, not fatal.
        for (const auto& line : lines) context.err << line << '\n';
        if (plan.rejected > 0)
          context.err << (flags->rejected_out.empty()
                              ? trn("{1} rejected row not imported",
                                    "{1} rejected rows not imported", plan.rejected, plan.rejected)
                              : trn("{1} rejected row not imported, written to {2}",
                                    "{1} rejected rows not imported, written to {2}", plan.rejected,
                                    plan.rejected, flags->rejected_out))
                      << '\n';
        if (flags->dry_run) {
          describe_plan(context.out, kind, file, plan);
          return;
        }
        if (plan.rows == plan.rejected)
          throw InputError(tr("{1}: every row was rejected; nothing imported",
                              escaped(file, std::string::npos)));
        store->apply(plan.change);
        context.out << imported(kind, file, plan.rows - plan.rejected) << '\n';
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
