#pragma once
// A Document as an Excel workbook (libxlsxwriter): the title, organisation
// and scope rows, each table with its header row frozen, numbers and hours
// as numbers, shares as percentages, dates as dates, 小计 and 合计 rows bold,
// columns as wide as their texts, the notes and the signature footer. Every
// text is written as a string cell, so nothing from the data runs as a
// formula in Excel (= + - @ included).
#include <filesystem>

#include "cwt/reports/document.hpp"

namespace cwt::reports {

// Writes the workbook to `file`; throws std::runtime_error when it cannot.
void write_xlsx(const Document& document, const std::filesystem::path& file);

}  // namespace cwt::reports
