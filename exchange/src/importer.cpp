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
#include "cwt/exchange/xlsx_reader.hpp"
#include "cwt/model/id_number.hpp"
#include "cwt/model/messages.hpp"

namespace cwt {

namespace {

constexpr std::array<std::string_view, 5> kind_names{"workers", "positions", "exams",
                                                     "certificates", "training"};

std::string utf8_of(const std::filesystem::path& path) {
  const std::u8string text = path.u8string();
  return std::string(text.begin(), text.end());
}

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

// The file's header matched to the fields of one kind, and the problems of
// the whole import as they are found.
class Sheet {
 public:
  Sheet(std::string file, const SourceTable& table, std::span<const FieldSpec> specs,
        ImportPlan& plan)
      : file_(std::move(file)),
        sheet_(table.sheet),
        date1904_(table.date1904),
        specs_(specs),
        plan_(plan) {}

  // Maps each header cell to a field; false when a required column is
  // missing or a field has two columns (the rows then cannot be read).
  bool map_header(const SourceRow& header) {
    header_line_ = header.line;
    for (const auto& cell : header.cells) header_.push_back(cell.text);
    // Empty columns right of the header's last name are not the table's.
    while (!header_.empty() && header_.back().empty()) header_.pop_back();
    bool ok = true;
    for (std::size_t index = 0; index < header_.size(); ++index) {
      const auto spec = field_of_header(header_[index]);
      // Every column is reported: read as a field, or ignored (序号, 籍贯, 备注, ...).
      plan_.columns.push_back({header_[index], spec ? std::string(spec->name) : std::string()});
      if (!spec) continue;
      const auto [found, added] = column_of_field_.emplace(spec->name, index);
      if (!added) {
        add(header_line_, index,
            // TRANSLATORS: {1} is a column's name like hire_date, {2} its Chinese header.
            tr("the column of {1} ({2}) appears twice; it is also column {3}", spec->name,
               spec->headers_zh.front(), found->second + 1));
        ok = false;
      }
    }
    for (const auto& spec : specs_) {
      if (spec.required && !column_of_field_.contains(spec.name)) {
        add(header_line_, std::nullopt,
            // TRANSLATORS: {1} is a column's name like hire_date, {2} its Chinese header.
            tr("the required column {1} ({2}) is missing", spec.name, spec.headers_zh.front()));
        ok = false;
      }
    }
    return ok;
  }

  // The row's values by field, each cell read as its field reads it (dates
  // from serial numbers, ...); a cell that cannot be is a problem of its
  // column, and the parser's problems for that field are not added again.
  FieldValues values_of(const SourceRow& row) {
    FieldValues values;
    unreadable_.clear();
    for (const auto& [field, index] : column_of_field_) {
      static const SourceCell kEmpty;
      const SourceCell& cell = index < row.cells.size() ? row.cells[index] : kEmpty;
      auto read = field_text(cell, field_type(field), date1904_);
      if (!read) {
        add(row.line, index, read.error());
        unreadable_.insert(std::string(field));
        values.emplace_back(std::string(field), std::string());
        continue;
      }
      std::string text = std::move(read).value();
      if (field_type(field) == FieldType::date && is_month_only(text) && field != "birth_date") {
        // TRANSLATORS: {1} is a month like 2019-03.
        add(row.line, index,
            tr("{1} gives the month only: the day matters here (the certification deadline "
               "counts from it); write the whole date, e.g. {1}-01 if it was the first",
               text));
        unreadable_.insert(std::string(field));
        values.emplace_back(std::string(field), std::string());
        continue;
      }
      if (const auto label = label_of_variant(field, text)) {
        note_mapping(field, index, text, *label);
        text = std::string(*label);
      }
      values.emplace_back(std::string(field), std::move(text));
    }
    // Values beyond the header: one problem for the row, however many.
    std::size_t extra = 0;
    std::size_t first = 0;
    std::size_t last = 0;
    for (std::size_t index = header_.size(); index < row.cells.size(); ++index) {
      if (row.cells[index].empty()) continue;
      if (extra++ == 0) first = index;
      last = index;
    }
    const std::size_t columns = header_.size();
    if (extra == 1)
      add(row.line, first,
          trn("this row has a value beyond the header's {1} column (does a value with a comma "
              "lack its quotes?)",
              "this row has a value beyond the header's {1} columns (does a value with a comma "
              "lack its quotes?)",
              columns, columns));
    else if (extra > 1)
      add(row.line, first,
          // TRANSLATORS: {1} values in columns {2} to {3}, right of the header's {4} columns.
          trn("this row has {1} values (columns {2} to {3}) beyond the header's {4} column (does "
              "a value with a comma lack its quotes?)",
              "this row has {1} values (columns {2} to {3}) beyond the header's {4} columns "
              "(does a value with a comma lack its quotes?)",
              columns, extra, first + 1, last + 1, columns));
    return values;
  }

  // A variant read as a label (大学本科 as 本科), counted for the plan.
  void note_mapping(std::string_view field, std::size_t column, const std::string& from,
                    std::string_view to) {
    for (auto& mapping : plan_.mapped_values)
      if (mapping.field == field && mapping.from == from) {
        ++mapping.rows;
        return;
      }
    plan_.mapped_values.push_back({std::string(field),
                                   column < header_.size() ? header_[column] : std::string(), from,
                                   std::string(to), 1});
  }

  // A problem of one field; in its column when the file has one.
  void add(int line, const FieldProblem& problem) {
    if (unreadable_.contains(problem.field)) return;  // said when the cell was read
    const auto found = column_of_field_.find(problem.field);
    if (found != column_of_field_.end())
      add(line, found->second, problem.message);
    else
      // TRANSLATORS: {1} is a field's name like hire_date, {2} what is wrong with it.
      add(line, std::nullopt, tr("{1}: {2}", problem.field, problem.message));
  }
  void add(int line, const Problems& problems) {
    for (const auto& problem : problems) add(line, problem);
  }
  void add(int line, std::optional<std::size_t> column, std::string message) {
    ImportProblem problem{file_, line, 0, {}, std::move(message), sheet_};
    if (column) {
      problem.column = static_cast<int>(*column) + 1;
      if (*column < header_.size()) problem.column_name = header_[*column];
    }
    plan_.problems.push_back(std::move(problem));
  }

 private:
  const FieldSpec* field_of_header(std::string_view header) const {
    return cwt::field_of_header(specs_, header);
  }

  std::string file_;
  std::string sheet_;
  bool date1904_ = false;
  std::span<const FieldSpec> specs_;
  ImportPlan& plan_;
  int header_line_ = 0;
  std::vector<std::string> header_;
  std::map<std::string_view, std::size_t> column_of_field_;
  std::set<std::string> unreadable_;  // fields of the current row whose cell could not be read
};

// Records that name a worker must name one already on file.
void check_known(Sheet& sheet, int line, const std::string& id_number,
                 const std::set<std::string>& known_id_numbers) {
  if (!id_number.empty() && !known_id_numbers.contains(id_number))
    sheet.add(line, FieldProblem{"id_number", tr("{1} is not the ID number of a worker on file "
                                                 "(import the worker first)",
                                                 shown(id_number))});
}

// A birth date given as a month only (出生年月 1985.03): the ID number holds
// the day. When the months agree the ID's date is taken; when they do not,
// the month is kept so that the parser says the two disagree.
void complete_birth_month(FieldValues& values, Date today) {
  const auto birth = std::find_if(values.begin(), values.end(),
                                  [](const auto& v) { return v.first == "birth_date"; });
  if (birth == values.end() || !is_month_only(birth->second)) return;
  const auto id = std::find_if(values.begin(), values.end(),
                               [](const auto& v) { return v.first == "id_number"; });
  if (id == values.end()) return;
  const auto parsed = parse_id_number(id->second, today);
  if (!parsed) {
    birth->second.clear();  // the ID number's own problem is said
    return;
  }
  if (to_iso(parsed->birth_date).substr(0, 7) == birth->second)
    birth->second = to_iso(parsed->birth_date);
}

void plan_workers(std::span<const SourceRow> rows, Sheet& sheet, Date today, ChangeSet& change) {
  std::map<std::string, int> first_line;  // 18-character ID number -> line
  for (const auto& row : rows) {
    auto values = sheet.values_of(row);
    complete_birth_month(values, today);
    auto parsed = parse_worker(values, today);
    sheet.add(row.line, parsed.problems);
    const std::string& id = parsed.record.id_number;
    if (!id.empty()) {
      const auto [found, added] = first_line.emplace(id, row.line);
      if (!added)
        sheet.add(row.line, FieldProblem{"id_number", tr("the same worker as line {1} (ID number "
                                                         "{2}): a worker may appear only once "
                                                         "in a file",
                                                         found->second, id)});
    }
    if (parsed.ok()) change.upsert_workers.push_back(std::move(parsed.record));
  }
}

void plan_positions(std::span<const SourceRow> rows, Sheet& sheet, Date today,
                    const std::set<std::string>& known, ChangeSet& change) {
  struct Entry {
    int line;
    PositionSpell spell;
  };
  std::map<std::string, std::vector<Entry>> by_worker;
  for (const auto& row : rows) {
    auto parsed = parse_position(sheet.values_of(row), today);
    sheet.add(row.line, parsed.problems);
    check_known(sheet, row.line, parsed.record.id_number, known);
    if (parsed.ok())
      by_worker[parsed.record.id_number].push_back(Entry{row.line, parsed.record.spell});
  }
  for (auto& [id, entries] : by_worker) {
    // Sorted by start, so that the row before a clashing row is the one it
    // overlaps.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.spell.start < b.spell.start; });
    std::vector<PositionSpell> history;
    for (const auto& entry : entries) history.push_back(entry.spell);
    // Rows are checked one by one already; what is left is how they fit
    // together. `index` names the later row of a clash, in the order given.
    for (const auto& problem : check_history(history)) {
      const std::size_t i = problem.index;
      if (problem.field != "start_date" || i == 0 || i >= entries.size()) {
        sheet.add(entries[std::min(i, entries.size() - 1)].line, problem);
        continue;
      }
      // TRANSLATORS: {1} is how a position overlaps another; {2} the line of that other.
      sheet.add(entries[i].line, FieldProblem{problem.field, tr("{1} (line {2})", problem.message,
                                                                entries[i - 1].line)});
    }
    change.replace_history[id] = std::move(history);
  }
}

std::vector<ExamAttempt> on_file(Store& store, std::string_view id, const ExamAttempt*) {
  return store.exams_of(id);
}
std::vector<Certificate> on_file(Store& store, std::string_view id, const Certificate*) {
  return store.certificates_of(id);
}
std::vector<TrainingRecord> on_file(Store& store, std::string_view id, const TrainingRecord*) {
  return store.training_of(id);
}

// The records already on file, for recognising a row imported before: a
// row equal to a stored record (the same worker and every field the same:
// the record types' operator==) is that record, and is skipped. Each stored
// record stands for one row, so a file holding a record twice where the
// store holds it once adds it once more.
template <class Record>
class RecordsOnFile {
 public:
  explicit RecordsOnFile(Store* store) : store_(store) {}
  bool take(const Record& record) {
    if (!store_) return false;
    auto found = by_worker_.find(record.id_number);
    if (found == by_worker_.end())
      found = by_worker_
                  .emplace(record.id_number,
                           on_file(*store_, record.id_number, static_cast<const Record*>(nullptr)))
                  .first;
    auto& stored = found->second;
    const auto equal = std::find(stored.begin(), stored.end(), record);
    if (equal == stored.end()) return false;
    stored.erase(equal);
    return true;
  }

 private:
  Store* store_;
  std::map<std::string, std::vector<Record>> by_worker_;
};

template <class Record, class Parse>
void plan_records(std::span<const SourceRow> rows, Sheet& sheet, Date today,
                  const std::set<std::string>& known, Parse parse, Store* store,
                  std::size_t& already_recorded, std::vector<Record>& out) {
  RecordsOnFile<Record> recorded(store);
  for (const auto& row : rows) {
    auto parsed = parse(sheet.values_of(row), today);
    sheet.add(row.line, parsed.problems);
    check_known(sheet, row.line, parsed.record.id_number, known);
    if (!parsed.ok()) continue;
    if (recorded.take(parsed.record)) {
      ++already_recorded;
      continue;
    }
    out.push_back(std::move(parsed.record));
  }
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
  for (const auto& [column, skipped] : skipped_in_column) {
    std::string where;
    if (column == 0)
      where = tr("whole rows");
    else if (skipped.column_name.empty())
      where = tr("column {1}", column);
    else
      // TRANSLATORS: {1} is a column's number, {2} its header as written in the file.
      where = tr("column {1} ({2})", column, escaped(skipped.column_name));
    const std::string more =
        skipped.first_line == skipped.last_line
            ? trn("{1} more problem on line {2}, not listed (correct the ones above and import "
                  "again to see them)",
                  "{1} more problems on line {2}, not listed (correct the ones above and import "
                  "again to see them)",
                  skipped.count, skipped.count, skipped.first_line)
            : trn("{1} more problem on lines {2} to {3}, not listed (correct the ones above and "
                  "import again to see them)",
                  "{1} more problems on lines {2} to {3}, not listed (correct the ones above and "
                  "import again to see them)",
                  skipped.count, skipped.count, skipped.first_line, skipped.last_line);
    // TRANSLATORS: {1} is where in the file (a column, or whole rows), {2} what was found there.
    listed.push_back(ImportProblem{file_name, 0, 0, {}, tr("{1}: {2}", where, more), {}});
  }
  if (not_listed > 0)
    listed.push_back(
        ImportProblem{file_name,
                      0,
                      0,
                      {},
                      trn("{1} more problem in other columns, not listed",
                          "{1} more problems in other columns, not listed", not_listed, not_listed),
                      {}});
  plan.problems = std::move(listed);
}

}  // namespace

std::optional<ImportKind> parse_import_kind(std::string_view text) {
  for (std::size_t i = 0; i < kind_names.size(); ++i)
    if (kind_names[i] == text) return static_cast<ImportKind>(i);
  return std::nullopt;
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
  const std::string file_name = utf8_of(file);
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

bool is_zip(std::string_view bytes) { return bytes.starts_with("PK\x03\x04"); }

// How well a table fits a kind: the required columns its header names
// first, then all it names.
std::pair<std::size_t, std::size_t> fit(const SourceTable& table,
                                        std::span<const FieldSpec> specs) {
  const FoundTable found = find_table(table, specs);
  if (!found.found) return {0, 0};
  std::size_t required = 0;
  for (const auto& cell : table.rows[found.header].cells)
    if (const auto* spec = field_of_header(specs, cell.text); spec && spec->required) ++required;
  return {required, named_columns(table.rows[found.header], specs)};
}

// A workbook's sheet: the one named, or else the one whose header names most
// of the kind's columns (the first of equals).
Expected<SourceTable> workbook_table(ImportKind kind, std::string_view bytes,
                                     const ImportOptions& options) {
  using Result = Expected<SourceTable>;
  const auto workbook = XlsxWorkbook::from_bytes(std::string(bytes));
  if (!workbook) return Result::failure(workbook.error());
  const auto& names = workbook->sheet_names();
  const auto read = [&](std::size_t index) -> Result {
    const auto sheet = workbook->sheet(index);
    if (!sheet) return Result::failure(sheet.error());
    return source_of(*sheet, workbook->uses_1904_dates());
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
    const auto this_fit = fit(*table, import_fields(kind));
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

// The plan's problems in file order, summarised; or its change when there is none.
void plan_rows(ImportPlan& plan, ImportKind kind, std::string_view bytes,
               const std::string& file_name, const std::set<std::string>& known_id_numbers,
               Date today, const Policy& policy, const ImportOptions& options) {
  const auto fail = [&](int line, std::string message) {
    plan.problems.push_back(ImportProblem{file_name, line, 0, {}, std::move(message), {}});
  };

  const auto source =
      is_zip(bytes) ? workbook_table(kind, bytes, options) : text_table(kind, bytes);
  if (!source) return fail(0, source.error());
  if (source->rows.empty())
    return fail(0, source->sheet.empty() ? tr("the file is empty: no header row")
                                         : tr("sheet {1} is empty", shown(source->sheet)));

  const FoundTable found = find_table(*source, import_fields(kind));
  Sheet sheet(file_name, *source, import_fields(kind), plan);
  if (!sheet.map_header(source->rows[found.header])) return;
  const std::span<const SourceRow> rows(source->rows.data() + found.header + 1,
                                        source->rows.data() + found.end);
  if (rows.empty())
    return fail(source->rows[found.header].line, tr("no data rows below the header"));
  plan.rows = rows.size();
  plan.sheet = source->sheet;
  plan.header_line = source->rows[found.header].line;
  plan.skipped_rows = found.skipped_above + found.skipped_below;

  ChangeSet change;
  switch (kind) {
    case ImportKind::workers:
      plan_workers(rows, sheet, today, change);
      break;
    case ImportKind::positions:
      plan_positions(rows, sheet, today, known_id_numbers, change);
      break;
    case ImportKind::exams:
      plan_records(rows, sheet, today, known_id_numbers, parse_exam, options.records_on_file,
                   plan.already_recorded, change.add_exams);
      break;
    case ImportKind::certificates:
      plan_records(rows, sheet, today, known_id_numbers, parse_certificate, options.records_on_file,
                   plan.already_recorded, change.add_certificates);
      break;
    case ImportKind::training:
      plan_records(
          rows, sheet, today, known_id_numbers,
          [&policy](const FieldValues& fields, Date day) {
            return parse_training(fields, day, policy);
          },
          options.records_on_file, plan.already_recorded, change.add_training);
      break;
  }
  if (!plan.problems.empty()) return;
  change.description = "import " + std::string(import_kind_name(kind)) + " " + file_name + " (" +
                       std::to_string(plan.rows) + " rows)";
  plan.change = std::move(change);
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
