#include "import_sheet.hpp"

#include <algorithm>

#include "cwt/exchange/cell_values.hpp"
#include "cwt/exchange/code_variants.hpp"
#include "cwt/exchange/importer.hpp"
#include "cwt/exchange/xlsx_reader.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"

namespace cwt {

namespace {

// The first non-empty text of a row, for saying which row was read as the header.
std::string first_value(const SourceRow& row) {
  for (const auto& cell : row.cells)
    if (!cell.empty()) return cell.text;
  return {};
}

// The known columns a header should name: the required ones' Chinese names.
std::string required_headers(std::span<const FieldSpec> specs) {
  std::string list;
  for (const auto& spec : specs)
    if (spec.required) list += (list.empty() ? "" : "、") + std::string(spec.headers_zh.front());
  return list;
}

}  // namespace

ImportSheet::ImportSheet(std::string file, const SourceTable& table, HeaderNames names,
                         std::vector<ImportProblem>& problems, FieldValues every_row)
    : file_(std::move(file)),
      sheet_(table.sheet),
      date1904_(table.date1904),
      names_(std::move(names)),
      problems_(problems) {
  // An empty value is none given.
  for (auto& [field, value] : every_row)
    if (!trim_blanks(value).empty())
      every_row_.emplace_back(std::move(field), std::string(trim_blanks(value)));
}

const std::string* ImportSheet::every_row_value(std::string_view field) const {
  for (const auto& [name, value] : every_row_)
    if (name == field) return &value;
  return nullptr;
}

bool ImportSheet::gives(std::string_view field) const {
  return column_of_field_.contains(field) || every_row_value(field);
}

bool ImportSheet::map_header(const SourceRow& header,
                             std::vector<std::pair<std::string, std::string>>& columns) {
  header_line_ = header.line;
  for (const auto& cell : header.cells) header_.push_back(cell.text);
  // Empty columns right of the header's last name are not the table's.
  while (!header_.empty() && header_.back().empty()) header_.pop_back();
  bool ok = true;
  for (std::size_t index = 0; index < header_.size(); ++index) {
    const auto* spec = names_.field_of(header_[index]);
    // Every column is reported: read as a field, or ignored (序号, 籍贯, 备注, ...).
    columns.push_back({header_[index], spec ? std::string(spec->name) : std::string()});
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
  if (column_of_field_.empty()) {
    // No row named a column: the first row was taken, most often a title.
    add(header_line_, std::nullopt,
        // TRANSLATORS: {1} the row's number, {2} its text, {3} the required headers.
        tr("row {1} ({2}) was read as the header, but it names none of the columns cwtrack "
           "knows: is it a title? The header is the row with {3}; rename the columns or match "
           "them by hand (--mapping)",
           header_line_, shown(first_value(header)), required_headers(names_.fields())));
    return false;
  }
  for (const auto& [field, value] : every_row_) {
    // (A named copy: clang 14 cannot capture a structured binding.)
    const std::string& given = field;
    const auto spec = std::find_if(names_.fields().begin(), names_.fields().end(),
                                   [&](const FieldSpec& s) { return s.name == given; });
    if (spec == names_.fields().end() || !can_apply_to_every_row(field)) {
      add(header_line_, std::nullopt,
          // TRANSLATORS: {1} is a field's name like street.
          tr("{1} cannot be given as one value for every row: it is no column of this file's "
             "kind, or it differs from row to row",
             field));
      ok = false;
      continue;
    }
    if (const auto column = column_of_field_.find(spec->name); column != column_of_field_.end()) {
      add(header_line_, column->second,
          // TRANSLATORS: {1} is a column's name like street, {2} its Chinese header, {3} a value.
          tr("{1} ({2}) was also given as one value for every row ({3}), but the file has this "
             "column for it: give a value for every row only for a column the file lacks",
             spec->name, spec->headers_zh.front(), shown(value)));
      ok = false;
    }
  }
  for (const auto& spec : names_.fields()) {
    if (spec.required && !column_of_field_.contains(spec.name) && !every_row_value(spec.name)) {
      add(header_line_, std::nullopt,
          // TRANSLATORS: {1} is a column's name like hire_date, {2} its Chinese header.
          tr("the required column {1} ({2}) is missing", spec.name, spec.headers_zh.front()));
      ok = false;
    }
  }
  return ok;
}

FieldValues ImportSheet::values_of(const SourceRow& row, std::vector<ValueMapping>& mapped) {
  FieldValues values;
  unreadable_.clear();
  std::vector<std::pair<std::string_view, std::optional<std::size_t>>> fields;
  for (const auto& [field, index] : column_of_field_) fields.emplace_back(field, index);
  for (const auto& [field, value] : every_row_) fields.emplace_back(field, std::nullopt);
  for (const auto& [field, column] : fields) {
    // A value for every row is read as a text cell holding it would be.
    static const SourceCell kEmpty;
    const SourceCell given{SourceCell::Kind::text, column ? std::string() : *every_row_value(field),
                           0, false};
    const std::size_t index = column.value_or(0);
    const SourceCell& cell = !column ? given : index < row.cells.size() ? row.cells[index] : kEmpty;
    auto read = cell.formula_without_value
                    ? Expected<std::string>::failure(tr(
                          "the cell holds a formula but not its result (the program that "
                          "wrote the file did not save it): open the workbook in Excel or WPS "
                          "and save it again, or paste the column as values (选择性粘贴 → 数值)"))
                    : field_text(cell, field_type(field), date1904_);
    if (!read) {
      add(row.line, column, read.error());
      unreadable_.insert(std::string(field));
      values.emplace_back(std::string(field), std::string());
      continue;
    }
    std::string text = std::move(read).value();
    if (field_type(field) == FieldType::date && is_month_only(text)) {
      // TRANSLATORS: {1} is a month like 2019-03.
      add(row.line, column,
          tr("{1} gives the month only: the day matters here (the certification deadline "
             "counts from it); write the whole date, e.g. {1}-01 if it was the first",
             text));
      unreadable_.insert(std::string(field));
      values.emplace_back(std::string(field), std::string());
      continue;
    }
    if (const auto label = label_of_variant(field, text); label && !column) {
      text = std::string(*label);  // the officer's own value: nothing to show
    } else if (label) {
      const std::string_view name = field;  // (a structured binding cannot be captured)
      const auto known = std::find_if(mapped.begin(), mapped.end(), [&](const ValueMapping& m) {
        return m.field == name && m.from == text;
      });
      if (known != mapped.end())
        ++known->rows;
      else
        mapped.push_back({std::string(field), header_[index], text, std::string(*label), 1});
      text = std::string(*label);
    }
    values.emplace_back(std::string(field), std::move(text));
  }
  check_beyond_header(row);
  return values;
}

// Values beyond the header: one problem for the row, however many.
void ImportSheet::check_beyond_header(const SourceRow& row) {
  std::size_t extra = 0;
  std::size_t first = 0;
  std::size_t last = 0;
  for (std::size_t index = header_.size(); index < row.cells.size(); ++index) {
    if (row.cells[index].empty()) continue;
    if (extra++ == 0) first = index;
    last = index;
  }
  if (row.far_values > 0) {
    if (extra == 0) first = static_cast<std::size_t>(row.first_far_column - 1);
    last = static_cast<std::size_t>(row.last_far_column - 1);
    extra += row.far_values;
  }
  if (extra == 0) return;
  const std::size_t columns = header_.size();
  if (!sheet_.empty()) {
    // A sheet has no commas to miss: the value is where the officer put it
    // (the problem names its cell).
    if (extra == 1)
      add(row.line, first,
          trn("this row has a value beyond the header's {1} column",
              "this row has a value beyond the header's {1} columns", columns, columns));
    else
      add(row.line, first,
          // TRANSLATORS: {1} values in columns {2} to {3} (letters, like H and XFD), right of
          // the header's {4} columns.
          trn("this row has {1} values (columns {2} to {3}) beyond the header's {4} column",
              "this row has {1} values (columns {2} to {3}) beyond the header's {4} columns",
              columns, extra, column_letters(static_cast<int>(first) + 1),
              column_letters(static_cast<int>(last) + 1), columns));
    return;
  }
  if (extra == 1)
    add(row.line, first,
        trn("this row has a value beyond the header's {1} column (does a value with a comma "
            "lack its quotes?)",
            "this row has a value beyond the header's {1} columns (does a value with a comma "
            "lack its quotes?)",
            columns, columns));
  else
    add(row.line, first,
        // TRANSLATORS: {1} values in columns {2} to {3}, right of the header's {4} columns.
        trn("this row has {1} values (columns {2} to {3}) beyond the header's {4} column (does "
            "a value with a comma lack its quotes?)",
            "this row has {1} values (columns {2} to {3}) beyond the header's {4} columns "
            "(does a value with a comma lack its quotes?)",
            columns, extra, first + 1, last + 1, columns));
}

void ImportSheet::add(int line, const FieldProblem& problem) {
  if (unreadable_.contains(problem.field)) return;  // said when the cell was read
  std::string message = problem.message;
  if (problem.field == "birth_date")
    // The ID number holds the birth date: a roster's 出生年月 adds nothing but
    // a chance to disagree.
    message = tr("{1} (the birth date column may be left out: the ID number settles it)", message);
  const auto found = column_of_field_.find(problem.field);
  if (found != column_of_field_.end()) {
    add(line, found->second, message);
  } else if (every_row_value(problem.field)) {
    std::string_view header = problem.field;
    for (const auto& spec : names_.fields())
      if (spec.name == problem.field) header = spec.headers_zh.front();
    // TRANSLATORS: {1} is a field's name like street, {2} its Chinese header.
    add(line, std::nullopt,
        tr("{1} ({2}), given for every row: {3}", problem.field, header, message));
  } else
    // TRANSLATORS: {1} is a field's name like hire_date, {2} what is wrong with it.
    add(line, std::nullopt, tr("{1}: {2}", problem.field, message));
}

void ImportSheet::add(int line, const Problems& problems) {
  for (const auto& problem : problems) add(line, problem);
}

void ImportSheet::add(int line, std::optional<std::size_t> column, std::string message) {
  ImportProblem problem{file_, line, 0, {}, std::move(message), sheet_};
  if (column) {
    problem.column = static_cast<int>(*column) + 1;
    if (*column < header_.size()) problem.column_name = header_[*column];
  }
  problems_.push_back(std::move(problem));
}

}  // namespace cwt
