#include "xlsx_sheet_reader.hpp"

#include <algorithm>
#include <charconv>

#include "cell_reference.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"

namespace cwt {

namespace {

// A t="d" cell's ISO 8601 value as the date text the import reads:
// "2024-03-01T00:00:00" -> "2024-03-01", a time of day kept after a space
// ("2024-03-01 08:30:00", which the date fields read as the day). Anything
// else stays as written, for the field's parser to judge.
std::string iso_date_text(const std::string& value) {
  if (value.size() < 10 || value[4] != '-' || value[7] != '-') return value;
  const std::string day = value.substr(0, 10);
  if (value.size() == 10) return day;
  if (value[10] != 'T') return value;
  const std::string time = value.substr(11);
  if (time.find_first_not_of("0:.Z") == std::string::npos) return day;  // midnight
  return day + " " + time;
}

}  // namespace

std::string SheetHandler::here() const {
  return column_letters(column_) + std::to_string(row_.number);
}

void SheetHandler::start(std::string_view name, const XML_Char** attributes) {
  if (name == "sheetData") {
    in_sheet_data_ = true;
  } else if (name == "mergeCell") {
    merge(attribute(attributes, "ref"));
  } else if (!in_sheet_data_) {
    return;
  } else if (name == "row") {
    start_row(attributes);
  } else if (name == "c") {
    start_cell(attributes);
  } else if (!in_cell_) {
    return;
  } else if (name == "v" || name == "t") {
    in_value_ = true;  // <v>, or <t> inside an inline string's <is>
    has_value_ = true;
  } else if (name == "is") {
    has_value_ = true;
  } else if (name == "f") {
    in_formula_ = true;
    has_formula_ = true;
  } else if (name == "rPh") {
    in_phonetic_ = true;
  }
}

void SheetHandler::end(std::string_view name) {
  if (name == "sheetData") {
    in_sheet_data_ = false;
  } else if (name == "v" || name == "t") {
    in_value_ = false;
  } else if (name == "f") {
    in_formula_ = false;
  } else if (name == "rPh") {
    in_phonetic_ = false;
  } else if (name == "c" && in_cell_) {
    in_cell_ = false;
    finish_cell();
  } else if (name == "row" && in_row_) {
    in_row_ = false;
    if (row_.cells.empty() && row_.far_cells.empty()) return;
    width_hint_ = row_.cells.size();
    const auto before = sheet_.rows.capacity();
    sheet_.rows.push_back(std::move(row_));
    if (!budget_.charge((sheet_.rows.capacity() - before) * sizeof(XlsxRow)))
      // TRANSLATORS: {1} a row's number.
      refuse(
          tr("is too large to read: by row {1} its cells take more than {2} MB of memory, "
             "more than cwtrack holds for one sheet; import its rows in smaller workbooks",
             sheet_.rows.back().number, budget_.limit() >> 20));
    row_ = {};
  }
}

void SheetHandler::text(std::string_view text) {
  std::string* into = in_value_ && !in_phonetic_ ? &value_ : in_formula_ ? &formula_ : nullptr;
  if (!into) return;
  if (into->size() + text.size() > kMaxXlsxCellBytes)
    // Said before the rest of the cell is read: its XML may go on for a gigabyte.
    return refuse(
        tr("cell {1} holds more than {2} KB, far more than any value cwtrack reads (is "
           "it the right file?)",
           here(), kMaxXlsxCellBytes / 1024));
  into->append(text);
}

void SheetHandler::start_row(const XML_Char** attributes) {
  if (in_cell_) end("c");
  if (in_row_) end("row");
  const XML_Char* r = nullptr;
  for (const XML_Char** a = attributes; a && *a; a += 2)
    if (std::string_view(a[0]) == "r") r = a[1];
  int number = last_row_ + 1;  // a row without a number follows the last
  if (r) {
    const auto parsed = parse_row_number(r);
    if (!parsed)
      return refuse(
          tr("is damaged: a row is numbered {1}, which is no row number (1 to 1048576)", shown(r)));
    number = *parsed;
  } else if (number > kXlsxLastRow) {
    return refuse(tr("is damaged: a row is numbered {1}, which is no row number (1 to 1048576)",
                     shown(std::to_string(number))));
  }
  if (number <= last_row_)
    return refuse(
        tr("is damaged: row {1} comes after row {2}: its rows are out of order or "
           "repeated",
           number, last_row_));
  last_row_ = number;
  last_column_ = 0;
  row_ = XlsxRow{number, {}, {}};
  in_row_ = true;
}

void SheetHandler::start_cell(const XML_Char** attributes) {
  if (in_cell_) end("c");
  if (!in_row_)
    return refuse(tr("is damaged: a cell stands outside any row (after row {1})", last_row_));
  const XML_Char* r = nullptr;
  for (const XML_Char** a = attributes; a && *a; a += 2)
    if (std::string_view(a[0]) == "r") r = a[1];
  int column = last_column_ + 1;  // a cell without a reference follows the last
  if (r) {
    const std::string_view ref(r);
    if (ref.empty())
      return refuse(
          tr("is damaged: row {1} holds a cell with an empty reference (r=\"\")", row_.number));
    const auto parsed = parse_cell_reference(ref);
    if (!parsed)
      return refuse(
          tr("is damaged: row {1} holds a cell named {2}, which is no cell reference (a "
             "column A to XFD, then a row 1 to 1048576, such as C5)",
             row_.number, shown(ref)));
    if (parsed->row != row_.number)
      return refuse(tr("is damaged: cell {1} is written in row {2}", ref, row_.number));
    column = parsed->column;
    if (column <= last_column_)
      return refuse(
          tr("is damaged: cell {1} comes after cell {2} in its row: its cells are out "
             "of order or repeated",
             ref, column_letters(last_column_) + std::to_string(row_.number)));
  } else if (column > kXlsxLastColumn) {
    return refuse(tr("is damaged: row {1} holds a cell right of column XFD, the last a sheet has",
                     row_.number));
  }
  last_column_ = column_ = column;
  type_ = attribute(attributes, "t");
  const auto style = attribute(attributes, "s");
  style_ = 0;
  if (!style.empty()) std::from_chars(style.data(), style.data() + style.size(), style_);
  value_.clear();
  formula_.clear();
  has_value_ = has_formula_ = false;
  in_value_ = in_formula_ = in_phonetic_ = false;
  in_cell_ = true;
}

void SheetHandler::merge(std::string_view range) {
  const auto colon = range.find(':');
  const auto first = parse_cell_reference(range.substr(0, colon));
  const auto last =
      colon == std::string_view::npos ? first : parse_cell_reference(range.substr(colon + 1));
  if (!first || !last) return;  // merged ranges only shape titles: one that is no range is left out
  const auto before = sheet_.merged.capacity();
  sheet_.merged.push_back({first->row, first->column, last->row, last->column});
  if (!budget_.charge((sheet_.merged.capacity() - before) * sizeof(XlsxRange)))
    refuse(
        tr("is too large to read: by row {1} its cells take more than {2} MB of memory, more "
           "than cwtrack holds for one sheet; import its rows in smaller workbooks",
           last_row_, budget_.limit() >> 20));
}

void SheetHandler::finish_cell() {
  XlsxCell cell;
  if (!has_value_ && has_formula_) {
    // The writer saved the formula but not its result (some generators
    // do; Excel and WPS always save both): there is no value to read.
    cell.kind = XlsxCell::Kind::formula;
    cell.text = std::move(formula_);
    return keep(std::move(cell));
  }
  if (type_ == "s") {
    if (value_.empty()) return;
    std::size_t index = 0;
    const auto [end, error] = std::from_chars(value_.data(), value_.data() + value_.size(), index);
    if (error != std::errc() || end != value_.data() + value_.size() ||
        index >= strings_.texts.size())
      return refuse(tr("is damaged: cell {1}{2} names shared string {3}, which is not there",
                       column_letters(column_), row_.number, shown(value_)));
    if (strings_.too_long[index])
      return refuse(
          tr("cell {1} holds more than {2} KB, far more than any value cwtrack reads "
             "(is it the right file?)",
             here(), kMaxXlsxCellBytes / 1024));
    cell.kind = XlsxCell::Kind::text;
    cell.text = strings_.texts[index];
  } else if (type_ == "d") {
    cell.kind = XlsxCell::Kind::text;  // an ISO 8601 date: what the date fields read
    cell.text = iso_date_text(value_);
  } else if (type_ == "inlineStr" || type_ == "str") {
    cell.kind = XlsxCell::Kind::text;
    cell.text = std::move(value_);
  } else if (type_ == "b") {
    if (value_.empty()) return;
    cell.kind = XlsxCell::Kind::boolean;
    cell.number = value_ == "1" ? 1 : 0;
    cell.text = std::move(value_);
  } else if (type_ == "e") {
    cell.kind = XlsxCell::Kind::error;
    cell.text = std::move(value_);
  } else {
    if (value_.empty()) return;
    double number = 0;
    const auto [end, error] = std::from_chars(value_.data(), value_.data() + value_.size(), number);
    if (error != std::errc() || end != value_.data() + value_.size()) {
      cell.kind = XlsxCell::Kind::text;  // not a number after all: keep what it says
    } else {
      cell.kind = XlsxCell::Kind::number;
      cell.number = number;
      cell.date_style = style_ >= 0 && static_cast<std::size_t>(style_) < date_styles_.size() &&
                        date_styles_[static_cast<std::size_t>(style_)];
    }
    cell.text = std::move(value_);
  }
  if (cell.kind == XlsxCell::Kind::text && cell.text.empty()) return;
  keep(std::move(cell));
}

void SheetHandler::keep(XlsxCell cell) {
  std::size_t held = ReadBudget::owned(cell.text);
  if (column_ <= kXlsxDenseColumns) {
    const auto at = static_cast<std::size_t>(column_ - 1);
    const auto before = row_.cells.capacity();
    // Rows of a table are as wide as the one before: one allocation of the
    // right size, rather than doubling (which left a quarter unused).
    if (before <= at) row_.cells.reserve(std::max(at + 1, width_hint_));
    if (row_.cells.size() <= at) row_.cells.resize(at + 1);
    held += (row_.cells.capacity() - before) * sizeof(XlsxCell);
    row_.cells[at] = std::move(cell);
  } else {
    const auto before = row_.far_cells.capacity();
    row_.far_cells.push_back({column_, std::move(cell)});
    held += (row_.far_cells.capacity() - before) * sizeof(XlsxFarCell);
  }
  if (!budget_.charge(held))
    // TRANSLATORS: {1} a cell like C5.
    refuse(
        tr("is too large to read: by cell {1} its cells take more than {2} MB of memory, "
           "more than cwtrack holds for one sheet; import its rows in smaller workbooks",
           here(), budget_.limit() >> 20));
}

}  // namespace cwt
