#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "cwt/reports/render.hpp"
#include "report_text.hpp"
#include "write_ticks.hpp"

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

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A character of a run a browser must not break: letters, digits and the
// marks inside dates, times, numbers and masked ID numbers.
bool is_token_char(char c) {
  return is_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '/' ||
         c == '.' || c == ':' || c == '*' || c == '%';
}

// The length of the Chinese character (U+4E00-U+9FFF, three bytes) at `at`,
// or 0.
std::size_t chinese_at(std::string_view text, std::size_t at) {
  if (at + 3 > text.size()) return 0;
  const auto lead = static_cast<unsigned char>(text[at]);
  return lead >= 0xE4 && lead <= 0xE9 ? 3 : 0;
}

// `text` escaped, with the runs a browser would break but a reader must
// not see broken held together (white-space: nowrap): a date or number with
// its marks (2024-11-01, 12:30, 85.5%: Chromium breaks after a hyphen) and
// a number with the Chinese unit after it ("20 学时", "3 人").
std::string unbroken(std::string_view text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_token_char(text[i])) {
      out += escaped(text.substr(i, 1));
      ++i;
      continue;
    }
    std::size_t end = i;
    bool digits = true;
    bool marks = false;
    while (end < text.size() && is_token_char(text[end])) {
      digits = digits && is_digit(text[end]);
      marks = marks || !std::isalnum(static_cast<unsigned char>(text[end]));
      ++end;
    }
    // "20 学时": the number, its blank and up to two characters of its unit.
    if (digits && end + 1 < text.size() && text[end] == ' ' && chinese_at(text, end + 1)) {
      std::size_t unit_end = end + 1 + 3;
      if (chinese_at(text, unit_end)) unit_end += 3;
      out += "<span class=\"nw\">" + escaped(text.substr(i, unit_end - i)) + "</span>";
      i = unit_end;
      continue;
    }
    const std::string_view run = text.substr(i, end - i);
    if (marks && run.size() > 1 && std::any_of(run.begin(), run.end(), is_digit))
      out += "<span class=\"nw\">" + escaped(run) + "</span>";
    else
      out += escaped(run);
    i = end;
  }
  return out;
}

// Whether a cell is one value that must stay on one line: a date, a number,
// or a text without a blank or a Chinese character (an ID number, a
// certificate number).
bool one_value(const Cell& cell) {
  if (cell.kind != Cell::Kind::text) return cell.kind != Cell::Kind::empty;
  return !cell.text.empty() && std::all_of(cell.text.begin(), cell.text.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x80 && c != ' ';
  });
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

void write_table(const Table& table, std::ostream& out, ProgressSteps& ticks) {
  if (!table.caption.empty()) out << "<h3>" << escaped(table.caption) << "</h3>\n";
  out << "<table>\n<thead><tr>";
  for (const Column& column : table.columns) out << "<th>" << escaped(column.title) << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  for (const Row& row : table.rows) {
    ticks.done_one();
    out << "<tr class=\"" << row_class(row.kind) << "\">";
    if (row.kind == RowKind::heading) {
      out << "<td colspan=\"" << table.columns.size() << "\">"
          << unbroken(row.cells.empty() ? "" : cell_text(row.cells.front())) << "</td>";
    } else {
      for (std::size_t i = 0; i < row.cells.size(); ++i) {
        // One value is held whole by its cell; a text by its runs.
        const bool whole = one_value(row.cells[i]);
        const std::string text = cell_text(row.cells[i]);
        out << "<td class=\"" << align_class(table.columns.at(i).align) << (whole ? " nw" : "")
            << "\">" << (whole ? escaped(text) : unbroken(text)) << "</td>";
      }
    }
    out << "</tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

}  // namespace

void write_html(const Document& document, std::ostream& out, Progress& progress) {
  ProgressSteps ticks(progress, table_rows(document));
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
      << ".nw { white-space: nowrap; }\n"
      << ".group td { font-weight: bold; background: #eee; }\n"
      << ".subtotal td, .total td { font-weight: bold; }\n"
      << ".card { page-break-before: always; }\n"
      << "</style>\n</head>\n<body>\n"
      << "<h1>" << escaped(document.title) << "</h1>\n"
      << "<p class=\"organisation\">" << unbroken(organisation_line(document)) << "</p>\n"
      << "<p class=\"scope\">" << escaped(pick(l, "范围：", "Scope: ") + document.scope)
      << "</p>\n";
  for (std::size_t b = 0; b < document.blocks.size(); ++b) {
    const Block& block = document.blocks[b];
    out << "<section" << (b > 0 ? " class=\"card\"" : "") << ">\n";
    if (!block.heading.empty()) out << "<h2>" << escaped(block.heading) << "</h2>\n";
    if (!block.fields.empty()) {
      out << "<table class=\"fields\">\n";
      for (const auto& [label, value] : block.fields)
        out << "<tr><th>" << escaped(label) << "</th><td>" << unbroken(value) << "</td></tr>\n";
      out << "</table>\n";
    }
    for (const Table& table : block.tables) write_table(table, out, ticks);
    out << "</section>\n";
  }
  for (const std::string& note : document.notes)
    out << "<p class=\"note\">" << unbroken(note) << "</p>\n";
  out << "<p class=\"footer\">" << escaped(footer_line(l)) << "</p>\n</body>\n</html>\n";
  ticks.finish();
}

}  // namespace cwt::reports
