// `import workers|positions|exams|certificates|training FILE [--sheet NAME]
// [--mapping FILE] [--save-mapping FILE] [--set FIELD=VALUE]...
// [--allow-empty district] [--dry-run [--format text|json]]
// [--good-rows-only] [--rejected-out FILE]`: a workbook or CSV file, all or
// nothing unless the good rows are asked for. A roster given values for
// every row (or whose title names its district) but no district is refused
// unless --allow-empty district says so; any other file without districts is
// imported with a warning (the column is optional in DOMAIN.md).
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
#include "cwt/workspace/import_summary.hpp"

namespace cwt::cli {
namespace {

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
  if (plan.without_district > 0)
    out << trn("{1} worker would have no district (区)", "{1} workers would have no district (区)",
               plan.without_district, plan.without_district)
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
nlohmann::json plan_json(const std::string& file, const ImportPlan& plan, bool would_import) {
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
          {"would_import", would_import},
          {"without_district", plan.without_district},
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
  std::vector<std::string> every_row;    // --set FIELD=VALUE
  std::vector<std::string> allow_empty;  // --allow-empty district
};

// --set FIELD=VALUE as (field, value): FIELD a column's English name or one
// of its Chinese headers; wrong usage otherwise.
FieldValues every_row_values(ImportKind kind, const std::vector<std::string>& given) {
  FieldValues values;
  for (const auto& item : given) {
    const auto equals = item.find('=');
    if (equals == std::string::npos)
      throw UsageError(tr("import: --set takes FIELD=VALUE, e.g. --set street=劝业场街道; not {1}",
                          shown(item)));
    const std::string name(trim_blanks(std::string_view(item).substr(0, equals)));
    const std::string value(trim_blanks(std::string_view(item).substr(equals + 1)));
    const FieldSpec* spec = field_of_header(import_fields(kind), name);
    if (!spec) {
      std::string fields;
      for (const auto& f : import_fields(kind))
        if (can_apply_to_every_row(f.name))
          fields += (fields.empty() ? "" : ", ") + std::string(f.name);
      // TRANSLATORS: {1} a name given to --set, {2} the kind (workers), {3} the fields it may name.
      throw UsageError(tr("import: --set: {1} is no column of a {2} file; it may name {3}",
                          shown(name), import_kind_name(kind), fields));
    }
    if (!can_apply_to_every_row(spec->name))
      throw UsageError(
          tr("import: --set: {1} differs from row to row: it cannot be one value "
             "for every row",
             spec->name));
    if (value.empty()) throw UsageError(tr("import: --set {1}= gives no value", spec->name));
    if (std::any_of(values.begin(), values.end(),
                    [&](const auto& v) { return v.first == spec->name; }))
      throw UsageError(tr("import: --set {1} is given twice", spec->name));
    values.emplace_back(std::string(spec->name), value);
  }
  return values;
}

// The value the file's title proposes for `field`, or "".
std::string proposed(const ImportPlan& plan, std::string_view field) {
  for (const auto& [name, value] : plan.proposed)
    if (name == field) return value;
  return {};
}

// For a file that lacks a required column: how to give one value for every
// row, with what its title proposes.
std::vector<std::string> every_row_hints(ImportKind kind, const ImportPlan& plan,
                                         const FieldValues& given) {
  std::vector<std::string> hints;
  if (plan.columns.empty()) return hints;
  for (const auto& spec : import_fields(kind)) {
    if (!spec.required || !can_apply_to_every_row(spec.name)) continue;
    const auto read = [&](const auto& column) { return column.second == spec.name; };
    const auto named = [&](const auto& value) { return value.first == spec.name; };
    if (std::any_of(plan.columns.begin(), plan.columns.end(), read) ||
        std::any_of(given.begin(), given.end(), named))
      continue;
    const std::string value = proposed(plan, spec.name);
    hints.push_back(
        value.empty()
            // TRANSLATORS: {1} a field like street, {2} its Chinese header.
            ? tr("the file has no {1} ({2}) column: give one value for every row with --set "
                 "{1}=VALUE",
                 spec.name, spec.headers_zh.front())
            // TRANSLATORS: {1} a field like street, {2} its Chinese header, {3} a value like
            // 劝业场街道 found in the file's title.
            : tr("the file has no {1} ({2}) column, and its title names {3}: to read every row as "
                 "{3}, add --set {1}={3}",
                 spec.name, spec.headers_zh.front(), value));
  }
  return hints;
}

// Why workers without a district are not imported: how to give one, or to
// say that none is meant.
std::string without_district_refusal(const std::string& file, const ImportPlan& plan) {
  const std::string district = proposed(plan, "district");
  return trn(
      "{1}: {2} worker would be saved without a district (区) and left out of every report by "
      "district: give the district for every row with --set district={3} (or fill the 区 "
      "column), or import without one with --allow-empty district; nothing imported",
      "{1}: {2} workers would be saved without a district (区) and left out of every report by "
      "district: give the district for every row with --set district={3} (or fill the 区 "
      "column), or import them without one with --allow-empty district; nothing imported",
      plan.without_district, escaped(file, std::string::npos), plan.without_district,
      district.empty() ? tr("DISTRICT") : district);
}

// What a file without districts is imported with: the count and the way to
// give one.
std::string without_district_warning(const ImportPlan& plan) {
  return trn(
      "warning: {1} worker saved without a district (区): left out of every report by district "
      "until one is given (--set district=DISTRICT, or the 区 column)",
      "warning: {1} workers saved without a district (区): left out of every report by district "
      "until one is given (--set district=DISTRICT, or the 区 column)",
      plan.without_district, plan.without_district);
}

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
      tr("Import an Excel workbook (.xlsx, .xls) or a CSV file (UTF-8 or GB18030); one bad row "
         "imports nothing"));
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
    sub->add_option("FILE", flags->file, tr("Excel workbook (.xlsx, .xls) or CSV file"))
        ->required();
    sub->add_option("--sheet", flags->options.sheet,
                    tr("The workbook's sheet to read (default: the one whose header fits)"));
    sub->add_option("--mapping", flags->mapping,
                    tr("Columns matched by hand: a mapping file (column,field) saved earlier"));
    sub->add_option("--save-mapping", flags->save_mapping,
                    tr("Save the columns as read (column,field) for the next workbook of this "
                       "shape"));
    sub->add_option(
           "--set", flags->every_row,
           tr("One value for every row of a column the file lacks, as FIELD=VALUE (e.g. --set "
              "street=劝业场街道 --set district=和平区 for a roster that names its street only in "
              "its title); FIELD as in the file's header, in English or Chinese"))
        ->type_name("FIELD=VALUE");
    if (kind == ImportKind::workers)
      sub->add_option("--allow-empty", flags->allow_empty,
                      tr("district: import workers without a district (区); without it such a "
                         "file is refused, since they fall out of every report by district"))
          ->check(one_of({"district"}))
          ->type_name("district");
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
        options.every_row = every_row_values(kind, flags->every_row);
        const bool district_may_be_empty = !flags->allow_empty.empty();
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
        // A roster as street offices keep it (values given for every row, or
        // a title that names the district) saved without a district is the
        // mistake that drops workers from every district report: refused
        // unless --allow-empty district says it is meant. A file in
        // DOMAIN.md's format may leave its optional district empty: imported,
        // with a warning (scripts rely on that contract).
        const bool roster_as_kept =
            !options.every_row.empty() || !proposed(plan, "district").empty();
        const bool refused_for_district =
            plan.ready && plan.without_district > 0 && !district_may_be_empty && roster_as_kept;
        const bool warn_for_district =
            plan.ready && plan.without_district > 0 && !district_may_be_empty && !roster_as_kept;
        if (flags->dry_run && flags->format == "json") {
          context.out << plan_json(file, plan, plan.ready && !refused_for_district).dump(2) << '\n';
          if (!plan.ready)
            throw InputError(trn("{1}: nothing would be imported ({2} problem)",
                                 "{1}: nothing would be imported ({2} problems)",
                                 plan.problem_count, escaped(file, std::string::npos),
                                 plan.problem_count));
          if (refused_for_district) throw InputError(without_district_refusal(file, plan));
          return;
        }
        if (!plan.ready) {
          for (auto& hint : every_row_hints(kind, plan, options.every_row))
            lines.push_back(std::move(hint));
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
        if (warn_for_district) context.err << without_district_warning(plan) << '\n';
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
          if (refused_for_district) throw InputError(without_district_refusal(file, plan));
          return;
        }
        if (plan.rows == plan.rejected)
          throw InputError(tr("{1}: every row was rejected; nothing imported",
                              escaped(file, std::string::npos)));
        if (refused_for_district) throw InputError(without_district_refusal(file, plan));
        store->apply(plan.change);
        for (const auto& line : import_summary(kind, escaped(file, std::string::npos), plan))
          context.out << line << '\n';
      };
    });
  }
}

}  // namespace cwt::cli
