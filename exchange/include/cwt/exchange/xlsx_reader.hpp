#pragma once
// Excel workbooks (.xlsx, as Excel, WPS and LibreOffice write them) read
// cell by cell: the sheets by name, each cell with what the file holds
// (shared, inline and rich-text strings; numbers as written; booleans;
// error values) and whether its style shows a date, the workbook's date
// system (1900 or 1904) and the merged ranges. Nothing is interpreted here:
// which row is the header and what a cell means is the import's business.
// Reads through minizip (unzip, from memory) and expat, in bounded memory
// (kMaxXlsxHeldBytes, src/read_budget.hpp): a sheet is refused, naming the
// cell, rather than read past it.
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cwt/model/expected.hpp"

namespace cwt {

struct XlsxCell {
  // formula: a formula whose result the file does not hold (text: the
  // formula, "" for one shared from another cell).
  enum class Kind { empty, text, number, boolean, error, formula };
  Kind kind = Kind::empty;
  // text: the string; number: the number as the file writes it (e.g.
  // "45352" or "1.20101199003071E+17": what tells an ID number that lost its
  // last digits); boolean: "0" or "1"; error: "#N/A" and the like.
  std::string text;
  double number = 0;        // number and boolean
  bool date_style = false;  // a number whose format shows a date or time
};

// Columns held one by one in a row: A to IV (256, the width of an Excel
// 97-2003 sheet), wider than any table cwtrack imports. A cell further right
// is held on its own, so that a row with one value in column XFD costs one
// cell, not 16,384.
inline constexpr int kXlsxDenseColumns = 256;

struct XlsxFarCell {
  int column = 0;  // 1-based, beyond kXlsxDenseColumns
  XlsxCell cell;
};

struct XlsxRow {
  int number = 0;                // 1-based, as Excel shows it
  std::vector<XlsxCell> cells;   // columns A to IV, A first; trailing empty cells left out
  // Cells right of column IV, in column order (not "far": windows.h defines it).
  std::vector<XlsxFarCell> far_cells;
};

struct XlsxRange {
  int first_row = 0, first_column = 0, last_row = 0, last_column = 0;  // 1-based
};

struct XlsxSheet {
  std::string name;
  std::vector<XlsxRow> rows;  // rows holding at least one cell, in order
  std::vector<XlsxRange> merged;
};

// Largest part of a workbook cwtrack unpacks (a sheet's XML): well above
// 300,000 rows of training records, far below what a zip bomb unpacks to.
// What is held of it is bounded apart (kMaxXlsxHeldBytes).
inline constexpr std::size_t kMaxXlsxPartBytes = std::size_t{1} << 30;

// The longest cell (text, shared string, formula) a workbook may hold, as a
// CSV file's (kMaxCsvCellBytes): checked while the cell is read.
inline constexpr std::size_t kMaxXlsxCellBytes = 64 * 1024;

class XlsxWorkbook {
 public:
  // Fails with a reason when the bytes (or the file) are not a workbook it
  // can read: not a zip, a truncated zip, no workbook part, damaged XML, a
  // reference outside the file. An .xls (the old binary format) or a
  // password-protected workbook is named as such.
  static Expected<XlsxWorkbook> from_bytes(std::string bytes);
  static Expected<XlsxWorkbook> from_file(const std::filesystem::path& file);

  const std::vector<std::string>& sheet_names() const { return sheet_names_; }
  bool uses_1904_dates() const { return date1904_; }
  // The sheet at `index` (in the workbook's order), read whole; refused,
  // naming the cell, when a cell reference, row number or shared-string
  // index is damaged, a cell is longer than kMaxXlsxCellBytes, or the sheet
  // takes more than kMaxXlsxHeldBytes.
  Expected<XlsxSheet> sheet(std::size_t index) const;

 private:
  struct Parts;
  std::shared_ptr<const Parts> parts_;
  std::vector<std::string> sheet_names_;
  bool date1904_ = false;
};

// A column's letters: 1 -> "A", 27 -> "AA".
std::string column_letters(int column);

}  // namespace cwt
