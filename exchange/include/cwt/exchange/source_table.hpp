#pragma once
// A table as a file holds it, before its columns mean anything: CSV text or a
// worksheet's cells, each cell with what the spreadsheet knew of it (a
// number, a number shown as a date). Then the table in it: officers' sheets
// carry a title ("XX街道社区工作者花名册", merged or not), a "填报单位（盖章）：…
// 填报日期：…" line, empty rows and columns, and below the table a 合计 or
// 小计 row, notes and signature lines. find_table() finds the header row by
// its content and where the rows end.
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "cwt/exchange/csv_table.hpp"
#include "cwt/exchange/record_fields.hpp"
#include "cwt/exchange/xlsx_reader.hpp"

namespace cwt {

struct SourceCell {
  enum class Kind { text, number, date };
  Kind kind = Kind::text;
  std::string text;  // text: trimmed; number and date: the number as the file writes it
  double number = 0;
  // A workbook's formula whose result the file does not hold (then `text` is
  // empty): a value that cannot be read, not an empty one.
  bool formula_without_value = false;
  bool empty() const { return kind == Kind::text && text.empty() && !formula_without_value; }
};

struct SourceRow {
  int line = 0;                   // CSV: the physical line the row starts on; sheet: the row number
  std::vector<SourceCell> cells;  // a sheet: columns A to IV (kXlsxDenseColumns)
  // A sheet's values right of column IV, where no table reaches: how many,
  // and the first and last one's column (1-based). Counted, not kept.
  std::size_t far_values = 0;
  int first_far_column = 0, last_far_column = 0;
};

struct SourceTable {
  std::vector<SourceRow> rows;  // rows holding a value, in order
  bool date1904 = false;        // serial dates count from 1904-01-01 (a Mac workbook)
  std::string sheet;            // the worksheet's name; empty for CSV
};

// CSV: every row, header included, as text cells.
SourceTable source_of(const CsvTable& table);
// A worksheet: text, numbers and dates (a number in a date style); booleans
// and error values as the text Excel shows (TRUE, #N/A). The sheet's texts
// are moved, and its rows let go as they are taken, so that the two are
// never held whole together.
SourceTable source_of(XlsxSheet&& sheet, bool date1904);

// A column the user has matched by hand: the header as written and the
// field it is read as; an empty field ignores the column.
struct ColumnChoice {
  std::string header;
  std::string field;
  bool operator==(const ColumnChoice&) const = default;
};
using ColumnChoices = std::vector<ColumnChoice>;

// The names a kind's headers are known by: the user's choices first, then
// the fields' English names (any case) and Chinese names; spaces and line
// breaks inside a header ignored.
class HeaderNames {
 public:
  HeaderNames(std::span<const FieldSpec> fields, const ColumnChoices& choices = {});
  // The field `header` names, or null: a column read as nothing.
  const FieldSpec* field_of(std::string_view header) const;
  // Whether the user chose what `header` is (a field or none).
  bool chosen(std::string_view header) const;
  std::span<const FieldSpec> fields() const { return fields_; }

 private:
  std::span<const FieldSpec> fields_;
  std::vector<std::pair<std::string, const FieldSpec*>> chosen_;  // compacted header -> field
};

struct FoundTable {
  std::size_t header = 0;         // index into SourceTable::rows
  std::size_t end = 0;            // one past the last data row
  std::size_t skipped_above = 0;  // rows above the header (title, 填报单位, ...)
  std::size_t skipped_below = 0;  // the 合计 / notes / signature rows that end the table
  bool found = false;             // false: no row has any column's name
};

// The header: among the first rows, the one naming most of `fields`' columns
// (English or Chinese names); without one, the first row. The data rows
// follow it up to (not including) the first row that is a 合计/小计/总计 row,
// a note (注, 说明, 备注：…) or a signature line (填表人, 审核人, 单位负责人,
// 制表, 填报日期, 报出日期), or the end.
FoundTable find_table(const SourceTable& table, const HeaderNames& names);

// How many columns of a header row name a field.
std::size_t named_columns(const SourceRow& row, const HeaderNames& names);
// The field a header cell names: its English name (any case) or one of its
// Chinese names, spaces and line breaks inside the header ignored.
const FieldSpec* field_of_header(std::span<const FieldSpec> fields, std::string_view header);

}  // namespace cwt
