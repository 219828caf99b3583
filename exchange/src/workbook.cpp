#include "cwt/exchange/workbook.hpp"

#include "cwt/exchange/file_bytes.hpp"
#include "ole_container.hpp"

namespace cwt {

Expected<Workbook> Workbook::from_bytes(std::string bytes) {
  using Result = Expected<Workbook>;
  if (is_ole_container(bytes)) {
    if (is_encrypted_package(bytes)) return Result::failure(encrypted_package_refusal());
    auto xls = XlsWorkbook::from_bytes(bytes);
    if (!xls) return Result::failure(xls.error());
    return Workbook(std::move(xls).value());
  }
  auto xlsx = XlsxWorkbook::from_bytes(std::move(bytes));
  if (!xlsx) return Result::failure(xlsx.error());
  return Workbook(std::move(xlsx).value());
}

Expected<Workbook> Workbook::from_file(const std::filesystem::path& file) {
  auto bytes = read_file_bytes(file);
  if (!bytes) return Expected<Workbook>::failure(bytes.error());
  return from_bytes(std::move(bytes).value());
}

const std::vector<std::string>& Workbook::sheet_names() const {
  return std::visit(
      [](const auto& book) -> const auto& { return book.sheet_names(); }, book_);
}

bool Workbook::uses_1904_dates() const {
  return std::visit([](const auto& book) { return book.uses_1904_dates(); }, book_);
}

Expected<XlsxSheet> Workbook::sheet(std::size_t index) const {
  return std::visit([&](const auto& book) { return book.sheet(index); }, book_);
}

}  // namespace cwt
