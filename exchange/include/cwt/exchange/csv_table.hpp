#pragma once
#include "cwt/model/text.hpp"  // trim_blanks, used on every cell
// A CSV text (already UTF-8) as a header and data rows, each row knowing the
// physical line it starts on so that problems can name it.
#include <string>
#include <string_view>
#include <vector>

#include "cwt/model/expected.hpp"

namespace cwt {

struct CsvRow {
  int line = 0;                    // 1-based physical line on which the row starts
  std::vector<std::string> cells;  // trimmed of blanks
};

struct CsvTable {
  CsvRow header;             // the first non-empty row; empty cells when the text has none
  std::vector<CsvRow> rows;  // the rows after it, blank rows left out
  bool has_header() const { return header.line > 0; }
};

// No cell of a file cwtrack reads is longer (bytes): the longest value it
// keeps is 200 characters. A longer cell means the wrong file or a broken one.
inline constexpr std::size_t kMaxCsvCellBytes = 64 * 1024;

// Parses with libcsv (RFC 4180 quoting: fields with commas, doubled quotes and
// line breaks inside quotes). Rows whose cells are all blank are left out.
// Fails, naming the line, when quoting is malformed (a quote inside an
// unquoted field, text after a closing quote, a quote never closed) or a cell
// is longer than `max_cell_bytes`. Time and memory grow linearly with the
// text, whatever its cells.
Expected<CsvTable> read_csv_table(std::string_view utf8_text,
                                  std::size_t max_cell_bytes = kMaxCsvCellBytes);

}  // namespace cwt
