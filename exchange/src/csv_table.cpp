#include "cwt/exchange/csv_table.hpp"

#include <csv.h>

#include <algorithm>
#include <memory>

namespace cwt {

namespace {

// What libcsv's callbacks fill in while one text is parsed.
struct Collector {
  int line = 0;       // the physical line being fed
  int row_start = 0;  // line on which the row being read started; 0 when none is open
  std::vector<std::string> cells;
  std::vector<CsvRow> rows;  // every non-blank row, header included

  static void on_field(void* data, std::size_t size, void* self) {
    auto& c = *static_cast<Collector*>(self);
    c.cells.emplace_back(trim_blanks(std::string_view(static_cast<const char*>(data), size)));
  }
  static void on_row_end(int, void* self) {
    auto& c = *static_cast<Collector*>(self);
    const bool blank = std::all_of(c.cells.begin(), c.cells.end(),
                                   [](const std::string& cell) { return cell.empty(); });
    if (!blank) c.rows.push_back(CsvRow{c.row_start, std::move(c.cells)});
    c.cells.clear();
    c.row_start = 0;
  }
};

struct ParserDeleter {
  void operator()(csv_parser* parser) const {
    csv_free(parser);
    delete parser;
  }
};

// The length of the physical line at the start of `text`, its end of line
// (LF, CR LF or a lone CR) included.
std::size_t physical_line_length(std::string_view text) {
  const std::size_t end = text.find_first_of("\r\n");
  if (end == std::string_view::npos) return text.size();
  if (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') return end + 2;
  return end + 1;
}

Expected<CsvTable> malformed(int line) {
  return Expected<CsvTable>::failure(
      "line " + std::to_string(line) +
      ": malformed quotes (a quote inside an unquoted cell, text after a closing quote, or a "
      "quote that is never closed)");
}

}  // namespace

Expected<CsvTable> read_csv_table(std::string_view utf8_text) {
  std::unique_ptr<csv_parser, ParserDeleter> parser(new csv_parser{});
  if (csv_init(parser.get(), CSV_STRICT | CSV_STRICT_FINI) != 0)
    return Expected<CsvTable>::failure("cannot start the CSV parser");

  // libcsv reports a row when it ends, possibly lines after it began (a quoted
  // cell may hold line breaks). Feeding it one physical line at a time tells
  // where each row starts: the first line with content while no row is open.
  Collector collector;
  std::string_view rest = utf8_text;
  while (!rest.empty()) {
    const std::size_t length = physical_line_length(rest);
    const std::string_view line = rest.substr(0, length);
    rest.remove_prefix(length);
    ++collector.line;
    // libcsv itself skips lines holding only spaces, tabs and line ends.
    const bool has_content = line.find_first_not_of(" \t\r\n") != std::string_view::npos;
    if (collector.row_start == 0 && has_content) collector.row_start = collector.line;
    if (csv_parse(parser.get(), line.data(), line.size(), &Collector::on_field,
                  &Collector::on_row_end, &collector) != line.size())
      return malformed(collector.line);
  }
  if (csv_fini(parser.get(), &Collector::on_field, &Collector::on_row_end, &collector) != 0)
    return malformed(collector.row_start > 0 ? collector.row_start : collector.line);

  CsvTable table;
  if (collector.rows.empty()) return table;
  table.header = std::move(collector.rows.front());
  table.rows.assign(std::make_move_iterator(collector.rows.begin() + 1),
                    std::make_move_iterator(collector.rows.end()));
  return table;
}

}  // namespace cwt
