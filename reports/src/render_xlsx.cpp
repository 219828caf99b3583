#include "cwt/reports/render_xlsx.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "cwt/model/text.hpp"
#include "cwt/platform/output_file.hpp"
#include "cwt/platform/platform.hpp"
#include "cwt/reports/layout.hpp"
#include "cwt/reports/paper.hpp"
#include "report_text.hpp"
#include "write_ticks.hpp"
#include "xlsx_paper.hpp"

namespace cwt::reports {

namespace {

// Excel's column width is in characters of its default font; a CJK
// character takes about two.
double display_width(const std::string& text) {
  double width = 0;
  for (char32_t c : code_points(text)) width += c < 0x1100 ? 1.0 : 2.0;
  return width;
}

struct Formats {
  lxw_format* title;
  lxw_format* header;
  lxw_format* text;
  lxw_format* number;
  lxw_format* percent;
  lxw_format* date;
  lxw_format* bold_text;
  lxw_format* bold_number;
  lxw_format* bold_percent;
  lxw_format* heading;
  lxw_format* line;           // a paper's lines: organisation, scope, notes, signatures
  lxw_format* caption;        // a table's caption
  lxw_format* block_heading;  // a card's worker
};

// A paper's cells in the PDF's type sizes, wrapped within their columns as
// the PDF wraps them; a data file's in Excel's own size, unwrapped.
lxw_format* bordered(lxw_workbook* book, bool paper, bool bold, const char* number_format) {
  lxw_format* format = workbook_add_format(book);
  format_set_border(format, LXW_BORDER_THIN);
  if (bold) format_set_bold(format);
  if (number_format) format_set_num_format(format, number_format);
  if (paper) {
    format_set_font_size(format, xlsx::sheet_size(paper::kTableSize));
    format_set_text_wrap(format);
    format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
  }
  return format;
}

lxw_format* paper_line(lxw_workbook* book, double size, bool bold) {
  lxw_format* format = workbook_add_format(book);
  format_set_font_size(format, xlsx::sheet_size(size));
  if (bold) format_set_bold(format);
  format_set_text_wrap(format);
  format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
  return format;
}

Formats make_formats(lxw_workbook* book, bool paper) {
  Formats f{};
  f.title = workbook_add_format(book);
  format_set_bold(f.title);
  format_set_font_size(f.title, paper ? xlsx::sheet_size(paper::kTitleSize) : 16);
  format_set_align(f.title, LXW_ALIGN_CENTER);
  format_set_align(f.title, LXW_ALIGN_VERTICAL_CENTER);
  f.header = bordered(book, paper, true, nullptr);
  format_set_align(f.header, LXW_ALIGN_CENTER);
  format_set_text_wrap(f.header);
  f.text = bordered(book, paper, false, nullptr);
  // General, not "0.##": Excel shows 20 under "0.##" as "20." with its point.
  f.number = bordered(book, paper, false, "General");
  f.percent = bordered(book, paper, false, "0.0%");
  f.date = bordered(book, paper, false, "yyyy-mm-dd");
  f.bold_text = bordered(book, paper, true, nullptr);
  f.bold_number = bordered(book, paper, true, "General");
  f.bold_percent = bordered(book, paper, true, "0.0%");
  f.heading = bordered(book, paper, true, nullptr);
  format_set_bg_color(f.heading, 0xEEEEEE);
  f.line = paper_line(book, paper::kLineSize, false);
  f.caption = paper_line(book, paper::kCaptionSize, true);
  f.block_heading = paper_line(book, paper::kHeadingSize, true);
  return f;
}

// libxlsxwriter prints its own "[ERROR]" lines on stderr where it cannot
// create or write a file; the caller's message names the file and says what
// failed, so the library's calls that touch files are made with stderr quiet.
lxw_workbook* new_workbook(const std::string& path, lxw_workbook_options* options) {
  const QuietStderr quiet;
  return options ? workbook_new_opt(path.c_str(), options) : workbook_new(path.c_str());
}

lxw_worksheet* add_worksheet(lxw_workbook* book, const std::string& name = {}) {
  const QuietStderr quiet;
  lxw_worksheet* sheet = workbook_add_worksheet(book, name.empty() ? nullptr : name.c_str());
  if (!sheet) throw std::runtime_error("cannot create the worksheet");
  return sheet;
}

lxw_error close_workbook(lxw_workbook* book) {
  const QuietStderr quiet;
  return workbook_close(book);
}

void check(lxw_error error, const char* what) {
  if (error != LXW_NO_ERROR)
    throw std::runtime_error(std::string(what) + ": " + lxw_strerror(error));
}

void write_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const Cell& cell, bool bold,
                const Formats& f) {
  switch (cell.kind) {
    case Cell::Kind::empty:
      worksheet_write_blank(sheet, row, col, bold ? f.bold_text : f.text);
      break;
    case Cell::Kind::integer:
    case Cell::Kind::hours:
      worksheet_write_number(sheet, row, col,
                             cell.kind == Cell::Kind::hours ? static_cast<double>(cell.value) / 2.0
                                                            : static_cast<double>(cell.value),
                             bold ? f.bold_number : f.number);
      break;
    case Cell::Kind::percent:
      worksheet_write_number(sheet, row, col, cell.ratio, bold ? f.bold_percent : f.percent);
      break;
    case Cell::Kind::number:
      worksheet_write_number(sheet, row, col, cell.ratio, bold ? f.bold_number : f.number);
      break;
    case Cell::Kind::date: {
      const auto ymd = cell.date.year_month_day();
      lxw_datetime day{static_cast<int>(ymd.year),
                       static_cast<int>(ymd.month),
                       static_cast<int>(ymd.day),
                       0,
                       0,
                       0};
      worksheet_write_datetime(sheet, row, col, &day, f.date);
      break;
    }
    case Cell::Kind::text:
      worksheet_write_string(sheet, row, col, cell.text.c_str(), bold ? f.bold_text : f.text);
      break;
  }
}

constexpr lxw_row_t kMeasuredRows = 2000;

// A data file's sheet: a header row, frozen, and rows below, the columns as
// wide as their texts (for working on the screen, not for paper).
class SheetWriter {
 public:
  SheetWriter(lxw_worksheet* sheet, const Formats& formats) : sheet_(sheet), f_(formats) {}

  void cell(lxw_col_t col, const Cell& cell, bool bold) {
    write_cell(sheet_, row_, col, cell, bold, f_);
    widen(col, cell_text(cell));
  }

  void table(const Table& table, ProgressSteps& ticks) {
    header(table.columns, true);
    for (const Row& r : table.rows) {
      ticks.done_one();
      row(r, table.columns.size());
    }
  }

  void header(const std::vector<Column>& columns, bool freeze) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      worksheet_write_string(sheet_, row_, static_cast<lxw_col_t>(c), columns[c].title.c_str(),
                             f_.header);
      widen(static_cast<lxw_col_t>(c), columns[c].title);
    }
    if (freeze) worksheet_freeze_panes(sheet_, row_ + 1, 0);
    ++row_;
  }

  void row(const Row& r, std::size_t columns) {
    if (r.kind == RowKind::heading) {
      const std::string name = r.cells.empty() ? std::string() : cell_text(r.cells.front());
      if (columns > 1)
        worksheet_merge_range(sheet_, row_, 0, row_, static_cast<lxw_col_t>(columns - 1),
                              name.c_str(), f_.heading);
      else
        worksheet_write_string(sheet_, row_, 0, name.c_str(), f_.heading);
    } else {
      for (std::size_t c = 0; c < r.cells.size(); ++c)
        cell(static_cast<lxw_col_t>(c), r.cells[c], r.kind != RowKind::data);
    }
    ++row_;
  }

  void set_widths() {
    for (std::size_t c = 0; c < widths_.size(); ++c)
      worksheet_set_column(sheet_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                           std::min(60.0, widths_[c] + 2), nullptr);
  }

 private:
  void widen(lxw_col_t col, const std::string& text) {
    // The first rows show how wide a column's values are; measuring 300,000
    // more would only cost time.
    if (row_ > kMeasuredRows) return;
    if (widths_.size() <= col) widths_.resize(col + 1, 4);
    widths_[col] = std::max(widths_[col], display_width(text));
  }

  lxw_worksheet* sheet_;
  const Formats& f_;
  lxw_row_t row_ = 0;
  std::vector<double> widths_;
};

// A data file: the table's header in the first row, frozen, its rows below.
void write_data(const Document& document, SheetWriter& writer, ProgressSteps& ticks) {
  if (!document.blocks.empty() && !document.blocks[0].tables.empty())
    writer.table(document.blocks[0].tables[0], ticks);
  writer.set_widths();
}

// Excel keeps at most 1,023 page breaks a sheet; each card after the first
// starts a page, so a report of more cards goes on in further sheets.
constexpr std::size_t kBreaksPerSheet = 1000;

// The blank rows between the parts of a paper, as tall as the PDF's gaps.
constexpr double kGap = 6;

// A paper: title, organisation and scope, the blocks, notes and signatures,
// row for row what its CSV holds, set up to print as its PDF does
// (xlsx_paper.hpp): the PDF's columns and row heights, a group's heading
// and a total's label over the cells the PDF gives them, each block after
// the first on a page of its own.
class PaperWriter {
 public:
  PaperWriter(lxw_workbook* book, const Document& document, const Formats& formats,
              const Layout* layout, ProgressSteps& ticks)
      : book_(book), document_(document), f_(formats), ticks_(ticks), grid_(document) {
    // The row of the main table each of the PDF's pages after the first
    // starts with (cards start their pages themselves). Another table's
    // rows, in the main table's columns, are taller than in the PDF: Excel
    // breaks their pages itself.
    if (layout && !has_cards())
      for (std::size_t p = 1; p < layout->pages.size(); ++p)
        if (!layout->pages[p].rows.empty()) {
          const RowRef& first = layout->pages[p].rows.front();
          if (&document.blocks[first.block].tables[first.table] == grid_.main_table())
            page_starts_.insert({first.block, first.table, first.row});
        }
  }

  void write() {
    xlsx::set_properties(book_, document_);
    new_sheet();
    across(document_.title, f_.title, paper::kTitleSize, kGap);  // the PDF's gap under it
    across(organisation_line(document_), f_.line, paper::kLineSize);
    across(pick(document_.language, "范围：", "Scope: ") + document_.scope, f_.line,
           paper::kLineSize);
    set_heights(1);
    const bool cards = has_cards();
    for (std::size_t b = 0; b < document_.blocks.size(); ++b) {
      if (b > 0) page_break();
      block(b);
      // The last card's page holds the notes and signatures too.
      if (b + 1 < document_.blocks.size()) set_heights(cards ? card_scale() : 1);
    }
    gap();
    for (const std::string& note : document_.notes) across(note, f_.line, paper::kLineSize);
    across(footer_line(document_.language), f_.line, paper::kLineSize);
    set_heights(cards ? card_scale() : 1);
    finish_sheet();
  }

 private:
  bool has_cards() const {
    return std::ranges::any_of(document_.blocks,
                               [](const Block& block) { return !block.fields.empty(); });
  }

  bool one_table() const {
    return document_.blocks.size() == 1 && document_.blocks[0].tables.size() == 1 &&
           document_.blocks[0].fields.empty();
  }

  void new_sheet() {
    sheet_ = add_worksheet(book_, xlsx::sheet_name(document_, ++part_));
    row_ = 0;
    page_used_ = 0;
    breaks_.emplace_back();
    header_row_.reset();
  }

  void finish_sheet() {
    grid_.set_widths(sheet_);
    // The main table's header on every page. Excel repeats one set of rows
    // a sheet: a report of several tables (the plan's courses, workers and
    // coverage) repeats its main table's only when that table fills most of
    // the paper, rather than carry one table's header over another's pages;
    // a card's tables are on its one page.
    const bool repeat = !has_cards() && grid_.main_table_fills_the_pages();
    xlsx::set_up_page(sheet_, document_, repeat ? header_row_ : std::nullopt, grid_.stretch());
    std::vector<lxw_row_t>& breaks = breaks_.back();
    if (!breaks.empty()) {
      breaks.push_back(0);  // the list's end
      check(worksheet_set_h_pagebreaks(sheet_, breaks.data()), "the page breaks");
    }
  }

  void page_break() {
    if (breaks_.back().size() < kBreaksPerSheet) {
      breaks_.back().push_back(row_);
      page_used_ = 0;
      return;
    }
    finish_sheet();
    new_sheet();
  }

  // A row's height is held until its block is written (a card taller than
  // its page is set smaller), then set in whole pixels (at 96 dpi): Excel
  // shows rows so, and LibreOffice drops the fraction (a row set 15.7
  // points tall came out 15).
  void height(double points) { pending_.emplace_back(row_, points * grid_.stretch()); }

  // A page of the PDF's starts here: a manual page break (as many as Excel
  // keeps; past them Excel breaks the pages itself).
  void pdf_page_break(lxw_row_t row) {
    if (row > 0 && breaks_.back().size() < kBreaksPerSheet) breaks_.back().push_back(row);
  }

  bool starts_pdf_page(std::size_t block, std::size_t table, std::size_t row) const {
    return page_starts_.contains({block, table, row});
  }

  // Rows as tall as the PDF's, rounded up to whole pixels, or down where the
  // pages break where the PDF's do (so that a page's rows never outgrow it).
  bool round_up() const { return page_starts_.empty(); }

  static double pixels(double points, double scale, bool round_up) {
    const double exact = points * scale * 96 / 72;
    return round_up ? std::ceil(exact - 1e-9) : std::floor(exact);
  }

  void set_heights(double scale) {
    for (const auto& [row, points] : pending_) {
      const double set = pixels(points, scale, scale == 1 && round_up()) * 72 / 96;
      check(worksheet_set_row(sheet_, row, set, nullptr), "a row's height");
      page_used_ += set;
    }
    pending_.clear();
  }

  // As the PDF sets a card that does not fit its page: again smaller, down
  // to 80 %, and only past that onto a second page. Here the rows are made
  // shorter (their text stays the size it is: a row keeps room for it).
  double card_scale() const {
    const double room = paper::content_height(document_.landscape) - page_used_;
    for (const double scale : {1.0, 0.92, 0.86}) {
      double height = 0;
      for (const auto& pending : pending_)
        height += pixels(pending.second, scale, scale == 1 && round_up());
      if (height * 72 / 96 <= room) return scale;
    }
    return 0.8;
  }

  lxw_col_t last_column() const { return static_cast<lxw_col_t>(grid_.columns() - 1); }

  // A line of text across the page, wrapped as the PDF wraps it.
  void across(const std::string& text, lxw_format* format, double size, double below = 0) {
    if (grid_.columns() > 1)
      check(worksheet_merge_range(sheet_, row_, 0, row_, last_column(), text.c_str(), format),
            "a line");
    else
      check(worksheet_write_string(sheet_, row_, 0, text.c_str(), format), "a line");
    height(xlsx::text_height(text, grid_.total(), size) + below);
    ++row_;
  }

  void gap() {
    height(kGap);
    ++row_;
  }

  void block(std::size_t b) {
    const Block& block = document_.blocks[b];
    gap();
    if (!block.heading.empty()) across(block.heading, f_.block_heading, paper::kHeadingSize);
    for (const auto& [label, value] : block.fields) {
      worksheet_write_string(sheet_, row_, 0, label.c_str(), f_.bold_text);
      worksheet_write_string(sheet_, row_, 1, value.c_str(), f_.text);
      height(xlsx::row_height({label, value}, {grid_.width(0, 0), grid_.width(1, 1)},
                              paper::kTableSize));
      ++row_;
    }
    // One table with a frozen header: the report's own (not a card's).
    const bool freeze = one_table();
    for (std::size_t t = 0; t < block.tables.size(); ++t) {
      const Table& table = block.tables[t];
      // A table that opens a page of the PDF's opens it with its caption.
      if (starts_pdf_page(b, t, 0)) pdf_page_break(row_);
      if (!table.caption.empty()) {
        gap();  // as the CSV does: row for row the same sheet
        across(table.caption, f_.caption, paper::kCaptionSize);
      }
      header(table, freeze);
      for (std::size_t r = 0; r < table.rows.size(); ++r) {
        ticks_.done_one();
        if (r > 0 && starts_pdf_page(b, t, r)) pdf_page_break(row_);
        row(table.rows[r], table.columns.size());
      }
    }
  }

  void header(const Table& table, bool freeze) {
    std::vector<std::string> titles;
    std::vector<double> widths;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      worksheet_write_string(sheet_, row_, static_cast<lxw_col_t>(c),
                             table.columns[c].title.c_str(), f_.header);
      titles.push_back(table.columns[c].title);
      widths.push_back(grid_.width(c, c));
    }
    height(xlsx::row_height(titles, widths, paper::kTableSize));
    if (&table == grid_.main_table()) header_row_ = row_;
    if (freeze) worksheet_freeze_panes(sheet_, row_ + 1, 0);
    ++row_;
  }

  void row(const Row& r, std::size_t columns) {
    std::vector<std::string> texts;
    std::vector<double> widths;
    if (r.kind == RowKind::heading) {
      // A group's heading spans the table.
      const std::string name = r.cells.empty() ? std::string() : cell_text(r.cells.front());
      const auto last = static_cast<lxw_col_t>(std::max<std::size_t>(columns, 1) - 1);
      if (last > 0)
        worksheet_merge_range(sheet_, row_, 0, row_, last, name.c_str(), f_.heading);
      else
        worksheet_write_string(sheet_, row_, 0, name.c_str(), f_.heading);
      texts.push_back(name);
      widths.push_back(grid_.width(0, last));
    } else {
      const bool bold = r.kind != RowKind::data;
      // The one rule of every columned renderer: a total's label runs on over
      // the empty cells to its right, a number stands under its own header.
      for (const DrawnCell& drawn : drawn_cells(r, columns)) {
        const auto first = static_cast<lxw_col_t>(drawn.first_column);
        const auto last = static_cast<lxw_col_t>(drawn.last_column);
        if (last > first)
          worksheet_merge_range(sheet_, row_, first, row_, last, drawn.cell->text.c_str(),
                                bold ? f_.bold_text : f_.text);
        else
          write_cell(sheet_, row_, first, *drawn.cell, bold, f_);
        texts.push_back(cell_text(*drawn.cell));
        widths.push_back(grid_.width(first, last));
      }
    }
    height(xlsx::row_height(texts, widths, paper::kTableSize));
    ++row_;
  }

  lxw_workbook* book_;
  const Document& document_;
  const Formats& f_;
  ProgressSteps& ticks_;
  const xlsx::PaperGrid grid_;
  lxw_worksheet* sheet_ = nullptr;
  lxw_row_t row_ = 0;
  int part_ = 0;
  std::optional<lxw_row_t> header_row_;
  std::vector<std::pair<lxw_row_t, double>> pending_;  // rows and their heights, to be set
  double page_used_ = 0;  // points of the page filled before the pending rows
  std::set<std::tuple<std::size_t, std::size_t, std::size_t>> page_starts_;  // block, table, row
  // Each sheet's page breaks, kept until the workbook is written.
  std::vector<std::vector<lxw_row_t>> breaks_;
};

}  // namespace

void write_xlsx(const Document& document, const std::filesystem::path& file, const Layout* layout,
                Progress& progress) {
  const auto path = narrow_path_for_c_libraries(file);
  if (!path)
    throw std::runtime_error("the path " + utf8_from_path(file) +
                             " cannot be given to the XLSX library on this system");
  lxw_workbook* book = new_workbook(*path, nullptr);
  if (!book) throw std::runtime_error("cannot create the workbook " + utf8_from_path(file));
  const Formats f = make_formats(book, !document.data_only);
  std::unique_ptr<PaperWriter> paper;  // kept to the close: the page breaks are its
  try {
    ProgressSteps ticks(progress, table_rows(document));
    if (document.data_only) {
      SheetWriter writer(add_worksheet(book), f);
      write_data(document, writer, ticks);
    } else {
      paper = std::make_unique<PaperWriter>(book, document, f, layout, ticks);
      paper->write();
    }
    ticks.finish();
  } catch (...) {
    close_workbook(book);
    throw;
  }
  check(close_workbook(book), "the workbook could not be written");
}

struct XlsxTableWriter::Impl {
  lxw_workbook* book = nullptr;
  Formats formats{};
  std::unique_ptr<SheetWriter> writer;
  std::size_t columns = 0;
};

XlsxTableWriter::XlsxTableWriter(const std::filesystem::path& file,
                                 const std::vector<Column>& columns)
    : impl_(std::make_unique<Impl>()) {
  const auto path = narrow_path_for_c_libraries(file);
  if (!path)
    throw std::runtime_error("the path " + utf8_from_path(file) +
                             " cannot be given to the XLSX library on this system");
  // Constant memory: each row goes to a scratch file as it is written, so an
  // export of 300,000 records holds one row, not a heap of cells (Wine's heap
  // took minutes over the cells of a 200,000-row export).
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  impl_->book = new_workbook(*path, &options);
  if (!impl_->book) throw std::runtime_error("cannot create the workbook " + utf8_from_path(file));
  impl_->formats = make_formats(impl_->book, false);
  lxw_worksheet* sheet = nullptr;
  try {
    sheet = add_worksheet(impl_->book);
  } catch (...) {
    close_workbook(std::exchange(impl_->book, nullptr));
    throw;
  }
  impl_->writer = std::make_unique<SheetWriter>(sheet, impl_->formats);
  impl_->columns = columns.size();
  impl_->writer->header(columns, true);
}

XlsxTableWriter::~XlsxTableWriter() {
  if (impl_->book) close_workbook(impl_->book);  // unfinished: the caller drops the file
}

void XlsxTableWriter::add(const Row& row) { impl_->writer->row(row, impl_->columns); }

void XlsxTableWriter::close() {
  impl_->writer->set_widths();
  lxw_workbook* book = std::exchange(impl_->book, nullptr);
  check(close_workbook(book), "the workbook could not be written");
}

}  // namespace cwt::reports
