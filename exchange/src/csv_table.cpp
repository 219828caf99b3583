#include "cwt/exchange/csv_table.hpp"

#include <csv.h>

#include <algorithm>
#include <memory>

#include "cwt/model/messages.hpp"

namespace cwt {

namespace {

// What libcsv's callbacks fill in while one text is parsed.
struct Collector {
  int line = 0;       // the physical line being fed
  int row_start = 0;  // line on which the row being read started; 0 when none is open
  std::vector<std::string> cells;
  std::vector<CsvRow> rows;  // every non-blank row, header included

  std::size_t max_cell_bytes = 0;
  int too_long_column = 0;  // 1-based column of the first cell over the limit; 0: none
  int too_long_line = 0;    // the line its row starts on

  static void on_field(void* data, std::size_t size, void* self) {
    auto& c = *static_cast<Collector*>(self);
    if (size > c.max_cell_bytes && c.too_long_column == 0) {
      c.too_long_column = static_cast<int>(c.cells.size()) + 1;
      c.too_long_line = c.row_start > 0 ? c.row_start : c.line;
    }
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

Expected<CsvTable> too_long(int line, int column, std::size_t limit) {
  if (column <= 0)
    return Expected<CsvTable>::failure(
        tr("line {1}: a cell is longer than {2} KB, far more than any value cwtrack reads (is "
           "this the right file?)",
           line, limit / 1024));
  return Expected<CsvTable>::failure(
      tr("line {1}, column {2}: a cell is longer than {3} KB, far more than any value cwtrack "
         "reads (is this the right file?)",
         line, column, limit / 1024));
}

Expected<CsvTable> malformed(int line) {
  return Expected<CsvTable>::failure(
      tr("line {1}: malformed quotes (a quote inside an unquoted cell, text after a closing "
         "quote, or a quote that is never closed)",
         line));
}

}  // namespace

Expected<CsvTable> read_csv_table(std::string_view utf8_text, std::size_t max_cell_bytes) {
  std::unique_ptr<csv_parser, ParserDeleter> parser(new csv_parser{});
  if (csv_init(parser.get(), CSV_STRICT | CSV_STRICT_FINI) != 0)
    return Expected<CsvTable>::failure(tr("cannot start the CSV parser"));

  // libcsv reports a row when it ends, possibly lines after it began (a quoted
  // cell may hold line breaks). Feeding it one physical line at a time tells
  // where each row starts: the first line with content while no row is open.
  Collector collector;
  collector.max_cell_bytes = max_cell_bytes;
  // libcsv grows its cell buffer by a fixed block, which makes one long cell
  // cost the square of its length. Fed in chunks with the block set to the
  // buffer's size before each, the buffer doubles instead; and between chunks
  // a cell past the limit stops the parse before it is read to its end.
  constexpr std::size_t chunk_bytes = 4096;
  std::string_view rest = utf8_text;
  while (!rest.empty()) {
    const std::size_t length = physical_line_length(rest);
    std::string_view line = rest.substr(0, length);
    rest.remove_prefix(length);
    ++collector.line;
    // libcsv itself skips lines holding only spaces, tabs and line ends.
    const bool has_content = line.find_first_not_of(" \t\r\n") != std::string_view::npos;
    if (collector.row_start == 0 && has_content) collector.row_start = collector.line;
    while (!line.empty()) {
      const std::string_view chunk = line.substr(0, chunk_bytes);
      line.remove_prefix(chunk.size());
      csv_set_blk_size(parser.get(), std::max(chunk_bytes, csv_get_buffer_size(parser.get())));
      if (csv_parse(parser.get(), chunk.data(), chunk.size(), &Collector::on_field,
                    &Collector::on_row_end, &collector) != chunk.size())
        return malformed(collector.line);
      if (collector.too_long_column > 0)
        return too_long(collector.too_long_line, collector.too_long_column, max_cell_bytes);
      // The buffer doubles only when a cell outgrows it, so a cell longer
      // than half the buffer is being read: past the limit, stop here. Memory
      // thus stays under twice the limit plus a chunk.
      if (csv_get_buffer_size(parser.get()) / 2 > max_cell_bytes)
        return too_long(collector.row_start, static_cast<int>(collector.cells.size()) + 1,
                        max_cell_bytes);
    }
  }
  if (csv_fini(parser.get(), &Collector::on_field, &Collector::on_row_end, &collector) != 0)
    return malformed(collector.row_start > 0 ? collector.row_start : collector.line);
  if (collector.too_long_column > 0)
    return too_long(collector.too_long_line, collector.too_long_column, max_cell_bytes);

  CsvTable table;
  if (collector.rows.empty()) return table;
  table.header = std::move(collector.rows.front());
  table.rows.assign(std::make_move_iterator(collector.rows.begin() + 1),
                    std::make_move_iterator(collector.rows.end()));
  return table;
}

}  // namespace cwt
