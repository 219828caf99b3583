#pragma once
// Excel workbooks (.xlsx, as Excel, WPS and LibreOffice write them) read
// cell by cell: the sheets by name, each cell with what the file holds
// (shared, inline and rich-text strings; numbers as written; booleans;
// error values) and whether its style shows a date, the workbook's date
// system (1900 or 1904) and the merged ranges. Nothing is interpreted here:
// which row is the header and what a cell means is the import's business.
// Reads through minizip (unzip, from memory) and expat.
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cwt/model/expected.hpp"

namespace cwt {

struct XlsxCell {
  enum class Kind { empty, text, number, boolean, error };
  Kind kind = Kind::empty;
  // text: the string; number: the number as the file writes it (e.g.
  // "45352" or "1.20101199003071E+17": what tells an ID number that lost its
  // last digits); boolean: "0" or "1"; error: "#N/A" and the like.
  std::string text;
  double number = 0;        // number and boolean
  bool date_style = false;  // a number whose format shows a date or time
};

struct XlsxRow {
  int number = 0;               // 1-based, as Excel shows it
  std::vector<XlsxCell> cells;  // by column, A first; trailing empty cells left out
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
inline constexpr std::size_t kMaxXlsxPartBytes = std::size_t{1} << 30;

class XlsxWorkbook {
 public:
  // Fails with a reason when the bytes (or the file) are not a workbook it
  // can read: not a zip, no workbook part, damaged XML. An .xls (the old
  // binary format) or an encrypted workbook is named as such.
  static Expected<XlsxWorkbook> from_bytes(std::string bytes);
  static Expected<XlsxWorkbook> from_file(const std::filesystem::path& file);

  const std::vector<std::string>& sheet_names() const { return sheet_names_; }
  bool uses_1904_dates() const { return date1904_; }
  // The sheet at `index` (in the workbook's order), read whole.
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
