#include <string>

#include "cwt/exchange/csv_writer.hpp"
#include "cwt/reports/render.hpp"
#include "report_text.hpp"
#include "write_ticks.hpp"

namespace cwt::reports {

namespace {

// Numbers, hours and dates as the spreadsheet should read them; texts (and
// shares, which carry their % sign) through the formula guard.
std::string csv_cell(const Cell& cell) {
  switch (cell.kind) {
    case Cell::Kind::integer:
    case Cell::Kind::hours:
    case Cell::Kind::date:
    case Cell::Kind::number:
      return cell_text(cell);
    default:
      return csv_field(cell_text(cell));
  }
}

void write_line(std::ostream& out, const std::string& text) { out << csv_field(text) << "\r\n"; }

void write_table(const Table& table, std::ostream& out, ProgressSteps& ticks) {
  for (std::size_t i = 0; i < table.columns.size(); ++i)
    out << (i ? "," : "") << csv_field(table.columns[i].title);
  out << "\r\n";
  for (const Row& row : table.rows) {
    write_csv_row(row, out);
    ticks.done_one();
  }
}

}  // namespace

void write_csv_header(const std::vector<Column>& columns, std::ostream& out) {
  out << "\xEF\xBB\xBF";
  for (std::size_t i = 0; i < columns.size(); ++i)
    out << (i ? "," : "") << csv_field(columns[i].title);
  out << "\r\n";
}

void write_csv_row(const Row& row, std::ostream& out) {
  for (std::size_t i = 0; i < row.cells.size(); ++i)
    out << (i ? "," : "") << csv_cell(row.cells[i]);
  out << "\r\n";
}

void write_csv(const Document& document, std::ostream& out, Progress& progress) {
  ProgressSteps ticks(progress, table_rows(document));
  const Language l = document.language;
  out << "\xEF\xBB\xBF";
  if (document.data_only) {
    if (!document.blocks.empty() && !document.blocks[0].tables.empty())
      write_table(document.blocks[0].tables[0], out, ticks);
    ticks.finish();
    return;
  }
  write_line(out, document.title);
  write_line(out, organisation_line(document));
  write_line(out, pick(l, "范围：", "Scope: ") + document.scope);
  for (const Block& block : document.blocks) {
    out << "\r\n";
    if (!block.heading.empty()) write_line(out, block.heading);
    for (const auto& [label, value] : block.fields)
      out << csv_field(label) << ',' << csv_field(value) << "\r\n";
    for (const Table& table : block.tables) {
      if (!table.caption.empty()) {
        out << "\r\n";
        write_line(out, table.caption);
      }
      write_table(table, out, ticks);
    }
  }
  out << "\r\n";
  for (const std::string& note : document.notes) write_line(out, note);
  write_line(out, footer_line(l));
  ticks.finish();
}

}  // namespace cwt::reports
