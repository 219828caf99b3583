#pragma once
// A cell's reference as a worksheet writes it ("C5": the column's letters,
// then the row's number), read strictly: anything else is no reference, so
// that a damaged or hand-made sheet is refused rather than read with its
// values moved (E0, 2E, c5, XFE2, AAAAAAA1 and 05 are no cells).
#include <optional>
#include <string_view>

namespace cwt {

// Excel's sheet: columns A to XFD, rows 1 to 1048576.
inline constexpr int kXlsxLastColumn = 16384;
inline constexpr int kXlsxLastRow = 1048576;

struct CellReference {
  int column = 0;  // 1-based
  int row = 0;     // 1-based
};

// "C5" -> column 3, row 5: one to three capital letters naming a column up
// to XFD, then a row number from 1 to 1048576 without leading zeros.
std::optional<CellReference> parse_cell_reference(std::string_view text);

// A row number as <row r="..."> writes it: 1 to 1048576, digits only, no
// leading zero.
std::optional<int> parse_row_number(std::string_view text);

}  // namespace cwt
