#include "xlsx_paper.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "cwt/model/line_break.hpp"
#include "cwt/model/text.hpp"
#include "cwt/reports/layout.hpp"
#include "cwt/reports/paper.hpp"

namespace cwt::reports::xlsx {

namespace {

constexpr double kPixelsPerPoint = 96.0 / 72.0;  // how Excel sizes columns on the screen
// The share of the paper's width the sheet's columns take. Excel keeps a
// column's width in whole pixels of Calibri's digit (7 at 96 dpi) and
// LibreOffice in its exact width (7.4): the same sheet is 6 % wider in
// LibreOffice, and fitted to the page it would print smaller there, its
// rows shorter and its pages fewer than the PDF's. At 94 % both print it
// at full size; the type is as much smaller (sheet_size), so that a cell's
// text breaks into as many lines as in the PDF, and each row is as tall.
constexpr double kFill = 0.94;
constexpr uint8_t kA4 = 9;  // Excel's paper size code
constexpr std::size_t kSheetNameMax = 31;

void check(lxw_error error, const char* what) {
  if (error != LXW_NO_ERROR)
    throw std::runtime_error(std::string(what) + ": " + lxw_strerror(error));
}

// The PDF's face (AR PL UMing) sets Latin letters, digits and their marks
// half an em wide and Chinese a whole em: the advances the PDF's line
// breaks come from, without the font file at hand.
double advance(char32_t c, double size) { return (c < 0x1100 ? 0.5 : 1.0) * size; }

// Lines of `text` at the sheet's size for the PDF's `size`.
std::size_t line_count(const std::string& text, double width, double size) {
  const double sheet = sheet_size(size);
  return break_lines(code_points(text), std::max(width, sheet),
                     [sheet](char32_t c) { return advance(c, sheet); })
      .size();
}

std::vector<double> pdf_widths(const Table& table, double content) {
  const double total = std::accumulate(table.columns.begin(), table.columns.end(), 0.0,
                                       [](double sum, const Column& c) { return sum + c.width; });
  std::vector<double> widths;
  for (const Column& column : table.columns)
    widths.push_back(total > 0 ? content * column.width / total : content);
  return widths;
}

// The height of a table's rows as the PDF sets them, in its own columns.
double pdf_height(const Table& table, double content) {
  const auto widths = pdf_widths(table, content);
  double height = 0;
  for (const Row& row : table.rows) {
    std::size_t lines = 1;
    for (const DrawnCell& drawn : drawn_cells(row, widths.size())) {
      double width = 0;
      for (std::size_t c = drawn.first_column; c <= drawn.last_column; ++c) width += widths[c];
      const double size = paper::kTableSize;
      lines = std::max(lines, break_lines(code_points(cell_text(*drawn.cell)),
                                          std::max(width - 2 * paper::kPad, size),
                                          [size](char32_t c) { return advance(c, size); })
                                  .size());
    }
    height += static_cast<double>(lines) * paper::kTableSize * paper::kLeading + 2 * paper::kPad;
  }
  return height;
}

// A width in points as the sheet holds it: whole pixels, rounded down so
// that the columns together are never wider than the PDF's table.
double whole_pixels(double points) {
  return std::floor(points * kPixelsPerPoint) / kPixelsPerPoint;
}

}  // namespace

double sheet_size(double size) { return std::round(size * kFill * 2) / 2; }

PaperGrid::PaperGrid(const Document& document) {
  const double content = kFill * paper::content_width(document.landscape);
  std::vector<const Table*> tables;
  for (const Block& block : document.blocks)
    for (const Table& table : block.tables) tables.push_back(&table);
  // The main table: the one that fills the most paper in the PDF.
  std::vector<double> heights;
  for (const Table* table : tables)
    heights.push_back(
        tables.size() == 1 ? 1.0 : pdf_height(*table, paper::content_width(document.landscape)));
  const double all = std::accumulate(heights.begin(), heights.end(), 0.0);
  for (std::size_t t = 0; t < tables.size(); ++t)
    if (!main_ || heights[t] > main_height_) {
      main_ = tables[t];
      main_height_ = heights[t];
    }
  main_share_ = all > 0 ? main_height_ / all : 0;
  const bool cards = std::ranges::any_of(document.blocks,
                                         [](const Block& block) { return !block.fields.empty(); });
  if (cards) {
    // Each card is a page whatever its tables' rows: every table gets the
    // widest share the PDF gives a column of its place, scaled together to
    // the paper's width, so that no table's texts wrap more than they must
    // (the card's label and value, too, in the first two).
    for (const Table* table : tables) {
      const auto widths = pdf_widths(*table, content);
      widths_.resize(std::max(widths_.size(), widths.size()), 0.0);
      for (std::size_t c = 0; c < widths.size(); ++c) widths_[c] = std::max(widths_[c], widths[c]);
    }
    const double sum = std::accumulate(widths_.begin(), widths_.end(), 0.0);
    for (double& width : widths_) width *= content / sum;
  } else {
    if (main_) widths_ = pdf_widths(*main_, content);
    for (const Table* table : tables)
      if (table->columns.size() > widths_.size()) {
        const auto widths = pdf_widths(*table, content);
        widths_.insert(widths_.end(), widths.begin() + static_cast<long>(widths_.size()),
                       widths.end());
      }
  }
  if (widths_.empty()) widths_ = {content / 3, content * 2 / 3};  // label and value
  keep_numbers_whole(tables);
  for (double& width : widths_) width = whole_pixels(width);
  // Fitted to the page's width, a grid wider than the paper prints smaller:
  // rows set taller by as much come out as tall as the PDF's.
  if (total() > content) stretch_ = total() / content;
}

// A number or a date is never broken in a cell (Excel shows ### instead):
// its column is made as wide as the widest of them, the room taken from the
// columns wider than their own numbers need.
void PaperGrid::keep_numbers_whole(const std::vector<const Table*>& tables) {
  const double size = sheet_size(paper::kTableSize);
  std::vector<double> least(widths_.size(), 0.0);
  for (const Table* table : tables)
    for (const Row& row : table->rows)
      for (const DrawnCell& drawn : drawn_cells(row, std::min(table->columns.size(), least.size())))
        if (drawn.first_column == drawn.last_column && drawn.cell->kind != Cell::Kind::text &&
            drawn.cell->kind != Cell::Kind::empty) {
          double width = 2 * paper::kPad + 1;
          for (char32_t c : code_points(cell_text(*drawn.cell))) width += advance(c, size);
          least[drawn.first_column] = std::max(least[drawn.first_column], width);
        }
  double missing = 0, spare = 0;
  for (std::size_t c = 0; c < widths_.size(); ++c) {
    missing += std::max(0.0, least[c] - widths_[c]);
    spare += std::max(0.0, widths_[c] - least[c]);
  }
  if (missing <= 0) return;
  const double take = std::min(1.0, missing / spare);
  for (std::size_t c = 0; c < widths_.size(); ++c)
    widths_[c] = widths_[c] < least[c] ? least[c] : widths_[c] - (widths_[c] - least[c]) * take;
}

double PaperGrid::width(std::size_t first, std::size_t last) const {
  double sum = 0;
  for (std::size_t c = first; c <= last && c < widths_.size(); ++c) sum += widths_[c];
  return sum;
}

void PaperGrid::set_widths(lxw_worksheet* sheet) const {
  for (std::size_t c = 0; c < widths_.size(); ++c)
    check(worksheet_set_column_pixels(
              sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
              static_cast<uint32_t>(std::lround(widths_[c] * kPixelsPerPoint)), nullptr),
          "a column's width");
}

double row_height(const std::vector<std::string>& texts, const std::vector<double>& widths,
                  double size) {
  std::size_t most = 1;
  for (std::size_t i = 0; i < texts.size() && i < widths.size(); ++i)
    most = std::max(most, line_count(texts[i], widths[i] - 2 * paper::kPad, size));
  return static_cast<double>(most) * size * paper::kLeading + 2 * paper::kPad;
}

double text_height(const std::string& text, double width, double size) {
  return static_cast<double>(line_count(text, width, size)) * size * paper::kLeading;
}

std::string sheet_name(const Document& document, int part) {
  std::u32string name;
  for (char32_t c : code_points(document.title)) {
    if (std::u32string_view(U"[]:*?/\\").find(c) != std::u32string_view::npos) c = U' ';
    if (c == U' ' && (name.empty() || name.back() == U' ')) continue;
    name += c;
  }
  std::u32string suffix;
  if (part > 1) {
    const std::u32string number = code_points(std::to_string(part));
    suffix = document.language == Language::zh ? U"（" + number + U"）" : U" (" + number + U")";
  }
  const std::size_t room = kSheetNameMax - suffix.size();
  if (name.size() > room) {
    // An English title is cut at a blank rather than inside a word.
    const bool at_word_end = name[room] == U' ';
    name.resize(room);
    const auto blank = name.find_last_of(U' ');
    if (!at_word_end && blank != std::u32string::npos && blank >= room / 2) name.resize(blank);
  }
  // Excel refuses a name that starts or ends with an apostrophe.
  while (!name.empty() && (name.back() == U' ' || name.back() == U'\'')) name.pop_back();
  while (!name.empty() && name.front() == U'\'') name.erase(0, 1);
  if (name.empty()) name = U"Sheet";
  std::string utf8;
  for (char32_t c : name + suffix) utf8 += utf8_of(c);
  return utf8;
}

void set_up_page(lxw_worksheet* sheet, const Document& document,
                 std::optional<lxw_row_t> header_row, double stretch) {
  worksheet_set_paper(sheet, kA4);
  if (document.landscape)
    worksheet_set_landscape(sheet);
  else
    worksheet_set_portrait(sheet);
  // One page wide by a scale, not by "fit to pages": Excel (and WPS) ignore
  // manual page breaks when a sheet is fitted, and each card, and the PDF's
  // own breaks, are manual breaks. The grid is no wider than the paper
  // unless stretched (PaperGrid).
  // 96 %: LibreOffice measures a column a little wider than Excel does, and
  // a page's manual break leaves no room for a row pushed over (a card of
  // many records, measured: one card in twelve ran onto a second page at
  // 100 %); the few points lost at the page's foot cost no page.
  const int scale = std::clamp(static_cast<int>(96.0 / std::max(stretch, 1.0)), 10, 96);
  worksheet_set_print_scale(sheet, static_cast<std::uint16_t>(scale));
  const paper::Margins m = paper::margins(document.landscape);
  const auto inches = [](double mm) { return mm / 25.4; };
  worksheet_set_margins(sheet, inches(m.left), inches(m.right), inches(m.top), inches(m.bottom));
  // The page line in the middle of the bottom margin, as the PDF sets it.
  lxw_header_footer_options footer{};
  footer.margin = inches(m.bottom / 2 - 2);
  const std::string text = "&C" + page_line(document.language, "&P", "&N");
  check(worksheet_set_footer_opt(sheet, text.c_str(), &footer), "the footer");
  if (header_row) check(worksheet_repeat_rows(sheet, *header_row, *header_row), "the header row");
}

void set_properties(lxw_workbook* book, const Document& document) {
  std::string title = document.title;
  std::string author = "cwtrack";
  std::string company = document.organisation;
  lxw_doc_properties properties{};
  properties.title = title.data();
  properties.author = author.data();
  if (!company.empty()) properties.company = company.data();
  check(workbook_set_properties(book, &properties), "the workbook's properties");
}

}  // namespace cwt::reports::xlsx
