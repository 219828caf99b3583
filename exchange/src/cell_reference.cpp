#include "cell_reference.hpp"

namespace cwt {

std::optional<int> parse_row_number(std::string_view text) {
  // Seven digits at most: the value is checked before it can overflow.
  if (text.empty() || text.size() > 7 || text.front() == '0') return std::nullopt;
  int row = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    row = row * 10 + (c - '0');
  }
  if (row > kXlsxLastRow) return std::nullopt;
  return row;
}

std::optional<CellReference> parse_cell_reference(std::string_view text) {
  std::size_t letters = 0;
  int column = 0;
  // Three letters at most (XFD is the last column): no sum can overflow.
  while (letters < text.size() && letters < 4 && text[letters] >= 'A' && text[letters] <= 'Z') {
    column = column * 26 + (text[letters] - 'A' + 1);
    ++letters;
  }
  if (letters == 0 || letters > 3 || column > kXlsxLastColumn) return std::nullopt;
  const auto row = parse_row_number(text.substr(letters));
  if (!row) return std::nullopt;
  return CellReference{column, *row};
}

}  // namespace cwt
