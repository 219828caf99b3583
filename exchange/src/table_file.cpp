#include "cwt/exchange/table_file.hpp"

#include <fstream>
#include <string>
#include <string_view>

#include "ole_container.hpp"

namespace cwt {

TableFileKind table_file_kind(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return TableFileKind::not_a_table;
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  if (head.empty() || head.starts_with(std::string_view("SQLite format 3\0", 16)))
    return TableFileKind::not_a_table;
  if (head.starts_with("PK\x03\x04") || is_ole_container(head)) return TableFileKind::workbook;
  // A CSV file, in UTF-8, UTF-8 with a BOM or GB18030: text has no NUL byte
  // (UTF-16 text has, and the import does not read it either).
  if (head.find('\0') == std::string::npos) return TableFileKind::text;
  return TableFileKind::not_a_table;
}

}  // namespace cwt
