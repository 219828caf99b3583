#pragma once
// A workbook the import reads, of either format, told by its first bytes
// whatever its name: a zip is an .xlsx (xlsx_reader.hpp), an OLE container
// an Excel 97-2003 .xls (xls_reader.hpp) or a password-protected .xlsx,
// which is refused saying how to remove the password. Both give their
// sheets as the same cells.
#include <cstddef>
#include <filesystem>
#include <string>
#include <variant>
#include <vector>

#include "cwt/exchange/xls_reader.hpp"
#include "cwt/exchange/xlsx_reader.hpp"
#include "cwt/model/expected.hpp"

namespace cwt {

class Workbook {
 public:
  static Expected<Workbook> from_bytes(std::string bytes);
  static Expected<Workbook> from_file(const std::filesystem::path& file);

  const std::vector<std::string>& sheet_names() const;
  bool uses_1904_dates() const;
  // The sheet at `index` (in the workbook's order), or why it is refused.
  Expected<XlsxSheet> sheet(std::size_t index) const;

 private:
  explicit Workbook(std::variant<XlsxWorkbook, XlsWorkbook> book) : book_(std::move(book)) {}
  std::variant<XlsxWorkbook, XlsWorkbook> book_;
};

}  // namespace cwt
