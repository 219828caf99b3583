#include "cwt/exchange/importer.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <map>

#include "cwt/exchange/cell_values.hpp"
#include "cwt/exchange/code_variants.hpp"
#include "cwt/exchange/csv_table.hpp"
#include "cwt/exchange/file_bytes.hpp"
#include "cwt/exchange/source_table.hpp"
#include "cwt/exchange/text_encoding.hpp"
#include "cwt/exchange/title_values.hpp"
#include "cwt/exchange/workbook.hpp"
#include "cwt/exchange/xlsx_reader.hpp"
#include "cwt/model/id_number.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/platform/platform.hpp"
#include "import_rows.hpp"
#include "import_sheet.hpp"
#include "ole_container.hpp"

namespace cwt {

namespace {

constexpr std::array<std::string_view, 5> kind_names{"workers", "positions", "exams",
                                                     "certificates", "training"};

std::size_t known_headers(std::span<const FieldSpec> specs, const Expected<CsvTable>& table) {
  if (!table) return 0;
  return static_cast<std::size_t>(
      std::count_if(table->header.cells.begin(), table->header.cells.end(),
                    [&](const std::string& cell) { return field_of_header(specs, cell); }));
}

// The first cell that the two readings of one file read differently.
struct Difference {
  int line = 0;
  std::size_t column = 0;  // 1-based
  std::string as_utf8;
  std::string as_gb;
};

std::optional<Difference> first_difference(const Expected<CsvTable>& utf8,
                                           const Expected<CsvTable>& gb) {
  if (utf8 && gb) {
    std::vector<const CsvRow*> rows_utf8{&utf8->header};
    std::vector<const CsvRow*> rows_gb{&gb->header};
    for (const auto& row : utf8->rows) rows_utf8.push_back(&row);
    for (const auto& row : gb->rows) rows_gb.push_back(&row);
    for (std::size_t r = 0; r < std::min(rows_utf8.size(), rows_gb.size()); ++r) {
      const auto& a = rows_utf8[r]->cells;
      const auto& b = rows_gb[r]->cells;
      for (std::size_t c = 0; c < std::min(a.size(), b.size()); ++c)
        if (a[c] != b[c]) return Difference{rows_utf8[r]->line, c + 1, a[c], b[c]};
    }
  }
  return std::nullopt;
}

// The text to import: the decoded text, or for a file that reads as UTF-8
// and as GB18030 alike, the reading whose header names more of this kind's
// columns; failing that, a problem naming both readings of the first cell
// that differs and how to save the file so that there is one reading.
Expected<std::string> choose_reading(DecodedText decoded, std::span<const FieldSpec> specs) {
  if (!decoded.also_gb18030) return std::move(decoded.text);
  const auto as_utf8 = read_csv_table(decoded.text);
  const auto as_gb = read_csv_table(*decoded.also_gb18030);
  const std::size_t utf8_headers = known_headers(specs, as_utf8);
  const std::size_t gb_headers = known_headers(specs, as_gb);
  if (utf8_headers > gb_headers) return std::move(decoded.text);
  if (gb_headers > utf8_headers) return std::move(*decoded.also_gb18030);
  const auto difference = first_difference(as_utf8, as_gb);
  if (!difference)
    return Expected<std::string>::failure(
        tr("the file reads both as UTF-8 and as GB18030 (GBK) text, and either could be right: "
           "their text differs. Open it in Excel and save it as \"CSV UTF-8 (逗号分隔)\" (in "
           "WPS: CSV with UTF-8 encoding), then import that file"));
  return Expected<std::string>::failure(
      // TRANSLATORS: {3} and {4} are the same cell of the file as read in each encoding.
      tr("the file reads both as UTF-8 and as GB18030 (GBK) text, and either could be right: "
         "line {1}, column {2} reads {3} as UTF-8 but {4} as GB18030. Open it in Excel and save "
         "it as \"CSV UTF-8 (逗号分隔)\" (in WPS: CSV with UTF-8 encoding), then import that "
         "file",
         difference->line, difference->column, shown(difference->as_utf8),
         shown(difference->as_gb)));
}

// Keeps the first kMaxProblemsPerColumn problems of each column (the file's
// and whole rows' problems count as one column) and kMaxProblemsListed in
// all; the rest of a column is counted in one line naming its lines.
void summarise(ImportPlan& plan, const std::string& file_name) {
  plan.problem_count = plan.problems.size();
  struct Skipped {
    std::size_t count = 0;
    int first_line = 0;
    int last_line = 0;
    std::string column_name;
  };
  std::map<int, std::size_t> listed_in_column;
  std::map<int, Skipped> skipped_in_column;
  std::vector<ImportProblem> listed;
  std::size_t not_listed = 0;
  for (auto& problem : plan.problems) {
    if (listed_in_column[problem.column]++ < kMaxProblemsPerColumn) {
      if (listed.size() < kMaxProblemsListed)
        listed.push_back(std::move(problem));
      else
        ++not_listed;
      continue;
    }
    Skipped& skipped = skipped_in_column[problem.column];
    if (skipped.count++ == 0) {
      skipped.first_line = problem.line;
      skipped.column_name = problem.column_name;
    }
    skipped.last_line = problem.line;
  }
  // A sheet's columns go by their letters and its lines are rows, as Excel shows them.
  const bool sheet = !plan.sheet.empty();
  for (const auto& [column, skipped] : skipped_in_column) {
    const std::string number = sheet ? column_letters(column) : std::to_string(column);
    std::string where;
    if (column == 0)
      where = tr("whole rows");
    else if (skipped.column_name.empty())
      where = tr("column {1}", number);
    else
      // TRANSLATORS: {1} is a column's number, {2} its header as written in the file.
      where = tr("column {1} ({2})", number, escaped(skipped.column_name));
    std::string more;
    if (sheet && skipped.first_line == skipped.last_line)
      more =
          trn("{1} more problem in row {2}, not listed (correct the ones above and import "
              "again to see them)",
              "{1} more problems in row {2}, not listed (correct the ones above and import "
              "again to see them)",
              skipped.count, skipped.count, skipped.first_line);
    else if (sheet)
      more =
          trn("{1} more problem in rows {2} to {3}, not listed (correct the ones above and "
              "import again to see them)",
              "{1} more problems in rows {2} to {3}, not listed (correct the ones above and "
              "import again to see them)",
              skipped.count, skipped.count, skipped.first_line, skipped.last_line);
    else if (skipped.first_line == skipped.last_line)
      more =
          trn("{1} more problem on line {2}, not listed (correct the ones above and import "
              "again to see them)",
              "{1} more problems on line {2}, not listed (correct the ones above and import "
              "again to see them)",
              skipped.count, skipped.count, skipped.first_line);
    else
      more =
          trn("{1} more problem on lines {2} to {3}, not listed (correct the ones above and "
              "import again to see them)",
              "{1} more problems on lines {2} to {3}, not listed (correct the ones above and "
              "import again to see them)",
              skipped.count, skipped.count, skipped.first_line, skipped.last_line);
    // TRANSLATORS: {1} is where in the file (a column, or whole rows), {2} what was found there.
    listed.push_back(ImportProblem{file_name, 0, 0, {}, tr("{1}: {2}", where, more), plan.sheet});
  }
  if (not_listed > 0)
    listed.push_back(
        ImportProblem{file_name,
                      0,
                      0,
                      {},
                      trn("{1} more problem in other columns, not listed",
                          "{1} more problems in other columns, not listed", not_listed, not_listed),
                      plan.sheet});
  plan.problems = std::move(listed);
}

}  // namespace

std::optional<ImportKind> parse_import_kind(std::string_view text) {
  for (std::size_t i = 0; i < kind_names.size(); ++i)
    if (kind_names[i] == text) return static_cast<ImportKind>(i);
  return std::nullopt;
}

std::string_view outcome_code(RowOutcome outcome) {
  static constexpr std::array<std::string_view, 5> codes{
      "new_worker", "updated_worker", "new_record", "already_recorded", "rejected"};
  return codes.at(static_cast<std::size_t>(outcome));
}

std::string outcome_text(RowOutcome outcome) {
  switch (outcome) {
    case RowOutcome::new_worker:
      return tr("new worker");
    case RowOutcome::updated_worker:
      return tr("update");
    case RowOutcome::new_record:
      return tr("new record");
    case RowOutcome::already_recorded:
      return tr("already recorded");
    case RowOutcome::rejected:
      break;
  }
  return tr("rejected");
}

bool can_apply_to_every_row(std::string_view field) {
  return field != "id_number" && field != "name";
}

std::string_view import_kind_name(ImportKind kind) {
  return kind_names.at(static_cast<std::size_t>(kind));
}

std::span<const FieldSpec> import_fields(ImportKind kind) {
  switch (kind) {
    case ImportKind::workers:
      return worker_fields();
    case ImportKind::positions:
      return position_fields();
    case ImportKind::exams:
      return exam_fields();
    case ImportKind::certificates:
      return certificate_fields();
    case ImportKind::training:
      return training_fields();
  }
  return worker_fields();
}

std::string ImportProblem::to_string() const {
  // The file's name is shown whole; the header cell, from the file, shortened.
  const std::string name = escaped(file, std::string::npos);
  if (!sheet.empty()) {
    // A workbook: its sheet, and the cell as Excel names it (C5).
    const std::string where = tr("{1}, sheet {2}", name, escaped(sheet));
    if (line <= 0) return tr("{1}: {2}", where, message);
    if (column <= 0) return tr("{1}: row {2}: {3}", where, line, message);
    const std::string cell = column_letters(column) + std::to_string(line);
    if (column_name.empty()) return tr("{1}: cell {2}: {3}", where, cell, message);
    // TRANSLATORS: {1} is a file and sheet, {2} a cell like C5, {3} its column's header.
    return tr("{1}: cell {2} ({3}): {4}", where, cell, escaped(column_name), message);
  }
  if (line <= 0) return tr("{1}: {2}", name, message);
  if (column <= 0) return tr("{1}: line {2}: {3}", name, line, message);
  if (column_name.empty()) return tr("{1}: line {2}, column {3}: {4}", name, line, column, message);
  // TRANSLATORS: {1} is a file's name, {4} the column's header as written in the file.
  return tr("{1}: line {2}, column {3} ({4}): {5}", name, line, column, escaped(column_name),
            message);
}

ImportPlan plan_import(ImportKind kind, const std::filesystem::path& file,
                       const std::set<std::string>& known_id_numbers, Date today,
                       const Policy& policy, const ImportOptions& options) {
  const std::string file_name = utf8_from_path(file);
  const auto bytes = read_file_bytes(file);
  if (!bytes) {
    ImportPlan plan;
    plan.problems.push_back(ImportProblem{file_name, 0, 0, {}, bytes.error(), {}});
    plan.problem_count = 1;
    return plan;
  }
  return plan_import_bytes(kind, *bytes, file_name, known_id_numbers, today, policy, options);
}

namespace {

// A workbook: a zip (an .xlsx, or an .ods, which the reader names), or an
// OLE container (an .xls, or a password-protected .xlsx, which it names).
bool is_workbook(std::string_view bytes) {
  return bytes.starts_with("PK\x03\x04") || is_ole_container(bytes);
}

// How well a table fits a kind: the required columns its header names
// first, then all it names.
std::pair<std::size_t, std::size_t> fit(const SourceTable& table, const HeaderNames& names) {
  const FoundTable found = find_table(table, names);
  if (!found.found) return {0, 0};
  std::size_t required = 0;
  for (const auto& cell : table.rows[found.header].cells)
    if (const auto* spec = names.field_of(cell.text); spec && spec->required) ++required;
  return {required, named_columns(table.rows[found.header], names)};
}

// A workbook's sheet: the one named, or else the one whose header names most
// of the kind's columns (the first of equals). A sheet that cannot be read
// is named in `failed_sheet`.
Expected<SourceTable> workbook_table(ImportKind kind, std::string_view bytes,
                                     const ImportOptions& options, std::string& failed_sheet) {
  using Result = Expected<SourceTable>;
  const auto workbook = Workbook::from_bytes(std::string(bytes));
  if (!workbook) return Result::failure(workbook.error());
  const auto& names = workbook->sheet_names();
  const auto read = [&](std::size_t index) -> Result {
    auto sheet = workbook->sheet(index);
    if (!sheet) {
      failed_sheet = names[index];
      return Result::failure(sheet.error());
    }
    return source_of(std::move(sheet).value(), workbook->uses_1904_dates());
  };
  if (!options.sheet.empty()) {
    const auto named = std::find(names.begin(), names.end(), options.sheet);
    if (named == names.end()) {
      std::string list;
      for (const auto& name : names) list += (list.empty() ? "" : ", ") + shown(name);
      return Result::failure(
          tr("has no sheet named {1}; its sheets: {2}", shown(options.sheet), list));
    }
    return read(static_cast<std::size_t>(named - names.begin()));
  }
  std::optional<SourceTable> best;
  std::pair<std::size_t, std::size_t> best_fit{0, 0};
  for (std::size_t i = 0; i < names.size(); ++i) {
    auto table = read(i);
    if (!table) return table;
    const auto this_fit = fit(*table, HeaderNames(import_fields(kind), options.mapping));
    if (!best || this_fit > best_fit) {
      best_fit = this_fit;
      best = std::move(*table);
    }
  }
  return std::move(*best);
}

Expected<SourceTable> text_table(ImportKind kind, std::string_view bytes) {
  using Result = Expected<SourceTable>;
  auto decoded = decode_text(bytes);
  if (!decoded) return Result::failure(decoded.error());
  const auto text = choose_reading(std::move(*decoded), import_fields(kind));
  if (!text) return Result::failure(text.error());
  const auto table = read_csv_table(*text);
  if (!table) return Result::failure(table.error());
  return source_of(*table);
}

// The district and street the rows around the table name (title, 填报单位,
// and the lines below: some offices sign at the foot).
FieldValues proposed_values(const SourceTable& source, const FoundTable& found) {
  std::vector<std::string> lines;
  const auto add = [&](const SourceRow& row) {
    std::string line;
    for (const auto& cell : row.cells)
      if (cell.kind == SourceCell::Kind::text && !cell.text.empty())
        line += (line.empty() ? "" : " ") + cell.text;
    lines.push_back(std::move(line));
  };
  for (std::size_t i = 0; i < found.header && i < source.rows.size(); ++i) add(source.rows[i]);
  for (std::size_t i = found.end; i < source.rows.size(); ++i) add(source.rows[i]);
  const TitleValues values = values_in_title(lines);
  FieldValues proposed;
  if (!values.district.empty()) proposed.emplace_back("district", values.district);
  if (!values.street.empty()) proposed.emplace_back("street", values.street);
  return proposed;
}

// Every problem's line among the data rows; a problem elsewhere (the file,
// its header) stops the whole import.
std::set<int> lines_with_problems(const std::vector<ImportProblem>& problems, int header_line,
                                  bool& whole_file) {
  std::set<int> lines;
  for (const auto& problem : problems) {
    if (problem.line <= header_line)
      whole_file = true;
    else
      lines.insert(problem.line);
  }
  return lines;
}

// A worker's positions are imported together (the rows replace the
// history): one rejected row rejects the others of the same worker. Their
// reason goes with their previews, not into the file's problems (the rows
// themselves are fine).
std::map<int, ImportProblem> reject_whole_histories(const PlannedRows& planned,
                                                    std::set<int>& rejected,
                                                    const std::string& file_name,
                                                    const std::string& sheet) {
  std::map<int, ImportProblem> reasons;
  for (const auto& [id, entries] : planned.positions) {
    const auto bad = std::find_if(entries.begin(), entries.end(), [&](const auto& entry) {
      return rejected.contains(entry.first);
    });
    if (bad == entries.end()) continue;
    for (const auto& entry : entries)
      if (!rejected.contains(entry.first))
        reasons.emplace(entry.first,
                        ImportProblem{file_name,
                                      entry.first,
                                      0,
                                      {},
                                      // TRANSLATORS: {1} a line of the file with a problem.
                                      tr("rejected with line {1}: a worker's positions are "
                                         "imported together",
                                         bad->first),
                                      sheet});
  }
  for (const auto& [line, reason] : reasons) rejected.insert(line);
  return reasons;
}

template <class Record>
void keep_good(ByLine<Record>& planned, const std::set<int>& rejected, std::vector<Record>& out) {
  for (auto& [line, record] : planned)
    if (!rejected.contains(line)) out.push_back(std::move(record));
}

// The reasons of each rejected row, one text per row.
std::string reasons_of(const std::vector<ImportProblem>& problems) {
  std::string text;
  for (const auto& problem : problems) {
    if (!text.empty()) text += "；";
    if (!problem.column_name.empty()) text += problem.column_name + "：";
    text += problem.message;
  }
  return text;
}

// Reads the table, plans every row and settles what is written: the rows
// without problems, when there is no problem or only rows' problems and the
// good rows are wanted.
void plan_rows(ImportPlan& plan, ImportKind kind, std::string_view bytes,
               const std::string& file_name, const std::set<std::string>& known_id_numbers,
               Date today, const Policy& policy, const ImportOptions& options) {
  const auto fail = [&](int line, std::string message) {
    plan.problems.push_back(ImportProblem{file_name, line, 0, {}, std::move(message), {}});
  };

  std::string failed_sheet;
  const auto source = is_workbook(bytes) ? workbook_table(kind, bytes, options, failed_sheet)
                                         : text_table(kind, bytes);
  if (!source) {
    fail(0, source.error());
    plan.problems.back().sheet = failed_sheet;  // "FILE, sheet S: ..." when a sheet is at fault
    return;
  }
  if (source->rows.empty())
    return fail(0, source->sheet.empty() ? tr("the file is empty: no header row")
                                         : tr("sheet {1} is empty", shown(source->sheet)));

  const HeaderNames names(import_fields(kind), options.mapping);
  const FoundTable found = find_table(*source, names);
  const SourceRow& header = source->rows[found.header];
  plan.sheet = source->sheet;
  plan.header_line = header.line;
  plan.proposed = proposed_values(*source, found);
  ImportSheet sheet(file_name, *source, names, plan.problems, options.every_row);
  if (!sheet.map_header(header, plan.columns)) return;
  const std::span<const SourceRow> rows(source->rows.data() + found.header + 1,
                                        source->rows.data() + found.end);
  if (rows.empty()) return fail(header.line, tr("no data rows below the header"));
  plan.rows = rows.size();
  plan.skipped_rows = found.skipped_above + found.skipped_below;

  Progress& progress = options.progress ? *options.progress : no_progress();
  progress.stage(tr("Checking the rows"));
  RowContext context{sheet,
                     today,
                     policy,
                     known_id_numbers,
                     options.records_on_file,
                     ProgressSteps(progress, rows.size(), 256)};
  PlannedRows planned = plan_rows_of(kind, rows, context);
  plan.mapped_values = std::move(planned.mapped_values);

  bool whole_file = false;
  std::set<int> rejected = lines_with_problems(plan.problems, plan.header_line, whole_file);
  // Each row's problems go with its preview; the rejected rows, as written,
  // with their reasons.
  std::map<int, std::vector<ImportProblem>> by_line;
  for (const auto& problem : plan.problems)
    if (rejected.contains(problem.line)) by_line[problem.line].push_back(problem);
  if (kind == ImportKind::positions)
    for (auto& [line, reason] : reject_whole_histories(planned, rejected, file_name, source->sheet))
      by_line[line].push_back(std::move(reason));
  std::map<int, const SourceRow*> source_rows;
  for (const auto& row : rows) source_rows.emplace(row.line, &row);
  plan.rejected_rows.header = header;
  plan.rejected_rows.date1904 = source->date1904;
  for (auto& preview : planned.previews) {
    if (!rejected.contains(preview.line)) {
      if (preview.outcome == RowOutcome::already_recorded) ++plan.already_recorded;
      continue;
    }
    preview.outcome = RowOutcome::rejected;
    preview.changes.clear();
    preview.problems = std::move(by_line[preview.line]);
    ++plan.rejected;
    plan.rejected_rows.rows.push_back(*source_rows.at(preview.line));
    plan.rejected_rows.reasons.push_back(reasons_of(preview.problems));
  }
  plan.previews = std::move(planned.previews);
  for (const auto& [line, worker] : planned.workers)
    if (!rejected.contains(line) && worker.org.district.empty()) ++plan.without_district;

  if (whole_file || (!rejected.empty() && !options.good_rows_only)) return;
  ChangeSet change;
  for (auto& [line, worker] : planned.workers)
    if (!rejected.contains(line)) change.upsert_workers.push_back(std::move(worker));
  for (auto& [id, entries] : planned.positions) {
    if (rejected.contains(entries.front().first)) continue;  // the whole history is
    auto& history = change.replace_history[id];
    for (auto& entry : entries) history.push_back(entry.second);
  }
  keep_good(planned.exams, rejected, change.add_exams);
  keep_good(planned.certificates, rejected, change.add_certificates);
  keep_good(planned.training, rejected, change.add_training);
  const std::size_t written = plan.rows - plan.rejected;
  change.description =
      "import " + std::string(import_kind_name(kind)) + " " + file_name + " (" +
      std::to_string(written) + " rows" +
      (plan.rejected > 0 ? ", " + std::to_string(plan.rejected) + " rejected" : "") + ")";
  plan.change = std::move(change);
  plan.ready = true;
}

}  // namespace

ImportPlan plan_import_bytes(ImportKind kind, std::string_view bytes, const std::string& file_name,
                             const std::set<std::string>& known_id_numbers, Date today,
                             const Policy& policy, const ImportOptions& options) {
  ImportPlan plan;
  plan_rows(plan, kind, bytes, file_name, known_id_numbers, today, policy, options);
  for (auto& problem : plan.problems)
    if (problem.sheet.empty()) problem.sheet = plan.sheet;
  if (!plan.problems.empty()) {
    std::stable_sort(plan.problems.begin(), plan.problems.end(),
                     [](const ImportProblem& a, const ImportProblem& b) {
                       return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    summarise(plan, file_name);
  }
  return plan;
}

}  // namespace cwt
