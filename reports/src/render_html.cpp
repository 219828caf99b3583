#include <string>
#include <string_view>

#include "cwt/reports/render.hpp"
#include "report_text.hpp"

namespace cwt::reports {

namespace {

std::string escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

const char* align_class(Align align) {
  switch (align) {
    case Align::right:
      return "r";
    case Align::center:
      return "c";
    case Align::left:
      break;
  }
  return "l";
}

const char* row_class(RowKind kind) {
  switch (kind) {
    case RowKind::heading:
      return "group";
    case RowKind::subtotal:
      return "subtotal";
    case RowKind::total:
      return "total";
    case RowKind::data:
      break;
  }
  return "data";
}

void write_table(const Table& table, std::ostream& out) {
  if (!table.caption.empty()) out << "<h3>" << escaped(table.caption) << "</h3>\n";
  out << "<table>\n<thead><tr>";
  for (const Column& column : table.columns) out << "<th>" << escaped(column.title) << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  for (const Row& row : table.rows) {
    out << "<tr class=\"" << row_class(row.kind) << "\">";
    if (row.kind == RowKind::heading) {
      out << "<td colspan=\"" << table.columns.size() << "\">"
          << escaped(row.cells.empty() ? "" : cell_text(row.cells.front())) << "</td>";
    } else {
      for (std::size_t i = 0; i < row.cells.size(); ++i)
        out << "<td class=\"" << align_class(table.columns.at(i).align) << "\">"
            << escaped(cell_text(row.cells[i])) << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

}  // namespace

void write_html(const Document& document, std::ostream& out) {
  const Language l = document.language;
  out << "<!DOCTYPE html>\n<html lang=\"" << (l == Language::zh ? "zh-CN" : "en")
      << "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" << escaped(document.title)
      << "</title>\n<style>\n"
      << "@page { size: A4 " << (document.landscape ? "landscape" : "portrait")
      << "; margin: 25mm 20mm; }\n"
      << "body { font-family: \"FangSong\", \"STFangsong\", \"Songti SC\", \"SimSun\", serif; }\n"
      << "h1 { text-align: center; font-size: 22pt; }\n"
      << "table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }\n"
      << "th, td { border: 1px solid #000; padding: 2px 4px; }\n"
      << "thead { display: table-header-group; }\n"
      << "tr { page-break-inside: avoid; }\n"
      << ".r { text-align: right; } .c { text-align: center; }\n"
      << ".group td { font-weight: bold; background: #eee; }\n"
      << ".subtotal td, .total td { font-weight: bold; }\n"
      << ".card { page-break-before: always; }\n"
      << "</style>\n</head>\n<body>\n"
      << "<h1>" << escaped(document.title) << "</h1>\n"
      << "<p class=\"organisation\">" << escaped(organisation_line(document)) << "</p>\n"
      << "<p class=\"scope\">" << escaped(pick(l, "范围：", "Scope: ") + document.scope)
      << "</p>\n";
  for (std::size_t b = 0; b < document.blocks.size(); ++b) {
    const Block& block = document.blocks[b];
    out << "<section" << (b > 0 ? " class=\"card\"" : "") << ">\n";
    if (!block.heading.empty()) out << "<h2>" << escaped(block.heading) << "</h2>\n";
    if (!block.fields.empty()) {
      out << "<table class=\"fields\">\n";
      for (const auto& [label, value] : block.fields)
        out << "<tr><th>" << escaped(label) << "</th><td>" << escaped(value) << "</td></tr>\n";
      out << "</table>\n";
    }
    for (const Table& table : block.tables) write_table(table, out);
    out << "</section>\n";
  }
  for (const std::string& note : document.notes)
    out << "<p class=\"note\">" << escaped(note) << "</p>\n";
  out << "<p class=\"footer\">" << escaped(footer_line(l)) << "</p>\n</body>\n</html>\n";
}

}  // namespace cwt::reports
