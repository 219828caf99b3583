#pragma once
// Renderers that write a Document as a file of its own kind.
#include <ostream>
#include <vector>

#include "cwt/model/progress.hpp"
#include "cwt/reports/document.hpp"

namespace cwt::reports {

// CSV for spreadsheets: UTF-8 with a BOM (Excel shows the Chinese); the title,
// organisation and scope lines, each table's header and rows (numbers as
// numbers, dates as YYYY-MM-DD, a text that a spreadsheet would take for a
// formula written as text), the notes and the signature footer.
// Each renderer reports its rows written of all (a PDF its pages) and
// stops at a cancel by throwing Cancelled.
void write_csv(const Document& document, std::ostream& out, Progress& progress = no_progress());

// A data table's CSV a row at a time: the BOM and the header, then each row.
void write_csv_header(const std::vector<Column>& columns, std::ostream& out);
void write_csv_row(const Row& row, std::ostream& out);

// One self-contained HTML page (UTF-8, inline style): the same content, the
// 小计 and 合计 rows bold, printable from a browser.
void write_html(const Document& document, std::ostream& out,
                Progress& progress = no_progress());

}  // namespace cwt::reports
