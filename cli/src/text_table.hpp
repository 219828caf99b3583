#pragma once
// A plain-text table for the terminal that lines up Chinese text: CJK
// characters take two columns.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace cwt::cli {

// Terminal columns taken by UTF-8 text (East Asian wide characters count 2).
std::size_t display_width(std::string_view utf8);

class TextTable {
 public:
  explicit TextTable(std::vector<std::string> header) : rows_{std::move(header)} {}
  // Cells are shown escaped (control characters and invalid bytes made
  // visible), so that no stored value can break the table or the terminal.
  void add_row(std::vector<std::string> row);
  void write(std::ostream& out) const;

 private:
  std::vector<std::vector<std::string>> rows_;
};


}  // namespace cwt::cli
