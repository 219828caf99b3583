#pragma once
// One worksheet's cells as its XML holds them, checked as they are read:
// rows in ascending order with valid numbers, cells in ascending columns
// with valid references inside their row, shared-string indexes that exist,
// no cell longer than kMaxXlsxCellBytes, and no more held than the read's
// budget. The first thing wrong stops the reading, naming the cell.
#include <string>
#include <string_view>
#include <vector>

#include "cwt/exchange/xlsx_reader.hpp"
#include "read_budget.hpp"
#include "xlsx_parts.hpp"
#include "xml_reader.hpp"

namespace cwt {

class SheetHandler : public XmlHandler {
 public:
  SheetHandler(XlsxSheet& sheet, const SharedStrings& strings, const std::vector<bool>& date_styles,
               ReadBudget& budget)
      : sheet_(sheet), strings_(strings), date_styles_(date_styles), budget_(budget) {}

  void start(std::string_view name, const XML_Char** attributes) override;
  void end(std::string_view name) override;
  void text(std::string_view text) override;

 private:
  void start_row(const XML_Char** attributes);
  void start_cell(const XML_Char** attributes);
  void merge(std::string_view range);
  void finish_cell();
  void keep(XlsxCell cell);
  std::string here() const;  // the cell being read, as Excel names it ("C5")

  XlsxSheet& sheet_;
  const SharedStrings& strings_;
  const std::vector<bool>& date_styles_;
  ReadBudget& budget_;
  XlsxRow row_;
  int last_row_ = 0;            // the number of the last row begun
  int last_column_ = 0;         // the column of the row's last cell
  std::size_t width_hint_ = 0;  // the last row's width, for the next one's cells
  int column_ = 1;
  int style_ = 0;
  std::string type_;
  std::string value_;
  std::string formula_;
  bool in_sheet_data_ = false, in_row_ = false, in_cell_ = false;
  bool in_value_ = false, in_formula_ = false, in_phonetic_ = false;
  bool has_value_ = false, has_formula_ = false;
};

}  // namespace cwt
