#include "cwt/exchange/importer.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

#include "cwt/exchange/csv_table.hpp"
#include "cwt/exchange/text_encoding.hpp"
#include "cwt/model/messages.hpp"

namespace cwt {

namespace {

constexpr std::array<std::string_view, 5> kind_names{"workers", "positions", "exams",
                                                     "certificates", "training"};

std::string utf8_of(const std::filesystem::path& path) {
  const std::u8string text = path.u8string();
  return std::string(text.begin(), text.end());
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return out;
}

Expected<std::string> read_file(const std::filesystem::path& file) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error))
    return Expected<std::string>::failure(
        std::filesystem::exists(file, error) ? tr("is not a file") : tr("no such file"));
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  if (in) bytes << in.rdbuf();
  if (!in || in.bad()) return Expected<std::string>::failure(tr("cannot be read"));
  return bytes.str();
}

// The field a header cell names: the English name (any case) or one of the
// Chinese names; nothing for a column the import does not read.
const FieldSpec* field_of_header(std::span<const FieldSpec> specs, std::string_view header) {
  const std::string lower = ascii_lower(header);
  for (const auto& spec : specs) {
    if (lower == spec.name) return &spec;
    if (std::find(spec.headers_zh.begin(), spec.headers_zh.end(), header) != spec.headers_zh.end())
      return &spec;
  }
  return nullptr;
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
  Sheet(std::string file, std::span<const FieldSpec> specs, ImportPlan& plan)
      : file_(std::move(file)), specs_(specs), plan_(plan) {}

  // Maps each header cell to a field; false when a required column is
  // missing or a field has two columns (the rows then cannot be read).
  bool map_header(const CsvRow& header) {
    header_ = header;
    bool ok = true;
    for (std::size_t index = 0; index < header.cells.size(); ++index) {
      const auto spec = field_of_header(header.cells[index]);
      if (!spec) continue;  // not ours (序号, notes, ...): ignored
      const auto [found, added] = column_of_field_.emplace(spec->name, index);
      if (!added) {
        add(header.line, index,
            // TRANSLATORS: {1} is a column's name like hire_date, {2} its Chinese header.
            tr("the column of {1} ({2}) appears twice; it is also column {3}", spec->name,
               spec->headers_zh.front(), found->second + 1));
        ok = false;
      }
    }
    for (const auto& spec : specs_) {
      if (spec.required && !column_of_field_.contains(spec.name)) {
        add(header.line, std::nullopt,
            // TRANSLATORS: {1} is a column's name like hire_date, {2} its Chinese header.
            tr("the required column {1} ({2}) is missing", spec.name, spec.headers_zh.front()));
        ok = false;
      }
    }
    return ok;
  }

  FieldValues values_of(const CsvRow& row) {
    FieldValues values;
    for (const auto& [field, index] : column_of_field_)
      values.emplace_back(std::string(field),
                          index < row.cells.size() ? row.cells[index] : std::string());
    // Values beyond the header: one problem for the row, however many.
    std::size_t extra = 0;
    std::size_t first = 0;
    std::size_t last = 0;
    for (std::size_t index = header_.cells.size(); index < row.cells.size(); ++index) {
      if (row.cells[index].empty()) continue;
      if (extra++ == 0) first = index;
      last = index;
    }
    const std::size_t columns = header_.cells.size();
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

  // A problem of one field; in its column when the file has one.
  void add(int line, const FieldProblem& problem) {
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
    ImportProblem problem{file_, line, 0, {}, std::move(message)};
    if (column) {
      problem.column = static_cast<int>(*column) + 1;
      if (*column < header_.cells.size()) problem.column_name = header_.cells[*column];
    }
    plan_.problems.push_back(std::move(problem));
  }

 private:
  const FieldSpec* field_of_header(std::string_view header) const {
    return cwt::field_of_header(specs_, header);
  }

  std::string file_;
  std::span<const FieldSpec> specs_;
  ImportPlan& plan_;
  CsvRow header_;
  std::map<std::string_view, std::size_t> column_of_field_;
};

// Records that name a worker must name one already on file.
void check_known(Sheet& sheet, int line, const std::string& id_number,
                 const std::set<std::string>& known_id_numbers) {
  if (!id_number.empty() && !known_id_numbers.contains(id_number))
    sheet.add(line, FieldProblem{"id_number", tr("{1} is not the ID number of a worker on file "
                                                 "(import the worker first)",
                                                 shown(id_number))});
}

void plan_workers(const CsvTable& table, Sheet& sheet, Date today, ChangeSet& change) {
  std::map<std::string, int> first_line;  // 18-character ID number -> line
  for (const auto& row : table.rows) {
    auto parsed = parse_worker(sheet.values_of(row), today);
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

void plan_positions(const CsvTable& table, Sheet& sheet, Date today,
                    const std::set<std::string>& known, ChangeSet& change) {
  struct Entry {
    int line;
    PositionSpell spell;
  };
  std::map<std::string, std::vector<Entry>> by_worker;
  for (const auto& row : table.rows) {
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

template <class Record, class Parse>
void plan_records(const CsvTable& table, Sheet& sheet, Date today,
                  const std::set<std::string>& known, Parse parse, std::vector<Record>& out) {
  for (const auto& row : table.rows) {
    auto parsed = parse(sheet.values_of(row), today);
    sheet.add(row.line, parsed.problems);
    check_known(sheet, row.line, parsed.record.id_number, known);
    if (parsed.ok()) out.push_back(std::move(parsed.record));
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
    listed.push_back(ImportProblem{file_name, 0, 0, {}, tr("{1}: {2}", where, more)});
  }
  if (not_listed > 0)
    listed.push_back(ImportProblem{
        file_name,
        0,
        0,
        {},
        trn("{1} more problem in other columns, not listed",
            "{1} more problems in other columns, not listed", not_listed, not_listed)});
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
  if (line <= 0) return tr("{1}: {2}", name, message);
  if (column <= 0) return tr("{1}: line {2}: {3}", name, line, message);
  if (column_name.empty()) return tr("{1}: line {2}, column {3}: {4}", name, line, column, message);
  // TRANSLATORS: {1} is a file's name, {4} the column's header as written in the file.
  return tr("{1}: line {2}, column {3} ({4}): {5}", name, line, column, escaped(column_name),
            message);
}

ImportPlan plan_import(ImportKind kind, const std::filesystem::path& file,
                       const std::set<std::string>& known_id_numbers, Date today,
                       const Policy& policy) {
  const std::string file_name = utf8_of(file);
  const auto bytes = read_file(file);
  if (!bytes) {
    ImportPlan plan;
    plan.problems.push_back(ImportProblem{file_name, 0, 0, {}, bytes.error()});
    plan.problem_count = 1;
    return plan;
  }
  return plan_import_bytes(kind, *bytes, file_name, known_id_numbers, today, policy);
}

namespace {

// The plan's problems in file order, summarised; or its change when there is none.
void plan_rows(ImportPlan& plan, ImportKind kind, std::string_view bytes,
               const std::string& file_name, const std::set<std::string>& known_id_numbers,
               Date today, const Policy& policy) {
  const auto fail = [&](int line, std::string message) {
    plan.problems.push_back(ImportProblem{file_name, line, 0, {}, std::move(message)});
  };

  auto decoded = decode_text(bytes);
  if (!decoded) return fail(0, decoded.error());
  const auto text = choose_reading(std::move(*decoded), import_fields(kind));
  if (!text) return fail(0, text.error());
  const auto table = read_csv_table(*text);
  if (!table) return fail(0, table.error());
  if (!table->has_header()) return fail(0, tr("the file is empty: no header row"));

  Sheet sheet(file_name, import_fields(kind), plan);
  if (!sheet.map_header(table->header)) return;
  if (table->rows.empty()) return fail(table->header.line, tr("no data rows below the header"));
  plan.rows = table->rows.size();

  ChangeSet change;
  switch (kind) {
    case ImportKind::workers:
      plan_workers(*table, sheet, today, change);
      break;
    case ImportKind::positions:
      plan_positions(*table, sheet, today, known_id_numbers, change);
      break;
    case ImportKind::exams:
      plan_records(*table, sheet, today, known_id_numbers, parse_exam, change.add_exams);
      break;
    case ImportKind::certificates:
      plan_records(*table, sheet, today, known_id_numbers, parse_certificate,
                   change.add_certificates);
      break;
    case ImportKind::training:
      plan_records(
          *table, sheet, today, known_id_numbers,
          [&policy](const FieldValues& fields, Date day) {
            return parse_training(fields, day, policy);
          },
          change.add_training);
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
                             const Policy& policy) {
  ImportPlan plan;
  plan_rows(plan, kind, bytes, file_name, known_id_numbers, today, policy);
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
