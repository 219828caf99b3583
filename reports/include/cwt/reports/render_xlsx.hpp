#pragma once
// A Document as an Excel workbook (libxlsxwriter): the title, organisation
// and scope rows, each table with its header row frozen, numbers and hours
// as numbers, shares as percentages, dates as dates, 小计 and 合计 rows bold,
// the notes and the signature footer; set up to print as the report's PDF
// does (A4, its orientation and margins, one page wide, the header row on
// every page, page numbers, the PDF's columns and row heights: see
// src/xlsx_paper.hpp and docs/reports.md). A data file (data_only) is one
// table with columns as wide as their texts and no page setup. Every text
// is written as a string cell, so nothing from the data runs as a formula
// in Excel (= + - @ included).
#include <filesystem>
#include <memory>
#include <vector>

#include "cwt/model/progress.hpp"
#include "cwt/reports/document.hpp"
#include "cwt/reports/layout.hpp"

namespace cwt::reports {

// Writes the workbook to `file`; throws std::runtime_error when it cannot.
// With the document's laid-out pages (the PDF's), each page after the first
// starts where the PDF's does (a manual page break: the PDF keeps a group's
// heading with its rows and names a continued group again, which Excel's
// own breaks do not know); without them Excel breaks the pages itself.
void write_xlsx(const Document& document, const std::filesystem::path& file,
                const Layout* layout = nullptr, Progress& progress = no_progress());

// One table written row by row (libxlsxwriter's constant-memory mode): the
// header in the first row, frozen; numbers, dates and texts as write_xlsx
// writes them. For exports of any size: one row is held at a time.
class XlsxTableWriter {
 public:
  XlsxTableWriter(const std::filesystem::path& file, const std::vector<Column>& columns);
  ~XlsxTableWriter();
  XlsxTableWriter(const XlsxTableWriter&) = delete;
  XlsxTableWriter& operator=(const XlsxTableWriter&) = delete;
  void add(const Row& row);
  // Finishes the workbook; throws std::runtime_error when it cannot be written.
  void close();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cwt::reports
