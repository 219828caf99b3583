#include "cwt/reports/render_xlsx.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "cwt/model/text.hpp"
#include "cwt/platform/output_file.hpp"
#include "cwt/platform/platform.hpp"
#include "report_text.hpp"

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
};

lxw_format* bordered(lxw_workbook* book, bool bold, const char* number_format) {
  lxw_format* format = workbook_add_format(book);
  format_set_border(format, LXW_BORDER_THIN);
  if (bold) format_set_bold(format);
  if (number_format) format_set_num_format(format, number_format);
  return format;
}

Formats make_formats(lxw_workbook* book) {
  Formats f{};
  f.title = workbook_add_format(book);
  format_set_bold(f.title);
  format_set_font_size(f.title, 16);
  format_set_align(f.title, LXW_ALIGN_CENTER);
  f.header = bordered(book, true, nullptr);
  format_set_align(f.header, LXW_ALIGN_CENTER);
  format_set_text_wrap(f.header);
  f.text = bordered(book, false, nullptr);
  // General, not "0.##": Excel shows 20 under "0.##" as "20." with its point.
  f.number = bordered(book, false, "General");
  f.percent = bordered(book, false, "0.0%");
  f.date = bordered(book, false, "yyyy-mm-dd");
  f.bold_text = bordered(book, true, nullptr);
  f.bold_number = bordered(book, true, "General");
  f.bold_percent = bordered(book, true, "0.0%");
  f.heading = bordered(book, true, nullptr);
  format_set_bg_color(f.heading, 0xEEEEEE);
  return f;
}

// libxlsxwriter prints its own "[ERROR]" lines on stderr where it cannot
// create or write a file; the caller's message names the file and says what
// failed, so the library's calls that touch files are made with stderr quiet.
lxw_workbook* new_workbook(const std::string& path, lxw_workbook_options* options) {
  const QuietStderr quiet;
  return options ? workbook_new_opt(path.c_str(), options) : workbook_new(path.c_str());
}

lxw_worksheet* add_worksheet(lxw_workbook* book) {
  const QuietStderr quiet;
  return workbook_add_worksheet(book, nullptr);
}

lxw_error close_workbook(lxw_workbook* book) {
  const QuietStderr quiet;
  return workbook_close(book);
}

void check(lxw_error error, const char* what) {
  if (error != LXW_NO_ERROR)
    throw std::runtime_error(std::string(what) + ": " + lxw_strerror(error));
}

constexpr lxw_row_t kMeasuredRows = 2000;

class SheetWriter {
 public:
  SheetWriter(lxw_worksheet* sheet, const Formats& formats) : sheet_(sheet), f_(formats) {}

  void line(const std::string& text, lxw_format* format = nullptr) {
    check(worksheet_write_string(sheet_, row_, 0, text.c_str(), format), "a line");
    ++row_;
  }
  void skip() { ++row_; }
  lxw_row_t row() const { return row_; }

  void cell(lxw_col_t col, const Cell& cell, bool bold) {
    switch (cell.kind) {
      case Cell::Kind::empty:
        worksheet_write_blank(sheet_, row_, col, bold ? f_.bold_text : f_.text);
        break;
      case Cell::Kind::integer:
      case Cell::Kind::hours:
        worksheet_write_number(sheet_, row_, col,
                               cell.kind == Cell::Kind::hours
                                   ? static_cast<double>(cell.value) / 2.0
                                   : static_cast<double>(cell.value),
                               bold ? f_.bold_number : f_.number);
        break;
      case Cell::Kind::percent:
        worksheet_write_number(sheet_, row_, col, cell.ratio, bold ? f_.bold_percent : f_.percent);
        break;
      case Cell::Kind::number:
        worksheet_write_number(sheet_, row_, col, cell.ratio, bold ? f_.bold_number : f_.number);
        break;
      case Cell::Kind::date: {
        const auto ymd = cell.date.year_month_day();
        lxw_datetime day{static_cast<int>(ymd.year),
                         static_cast<int>(ymd.month),
                         static_cast<int>(ymd.day),
                         0,
                         0,
                         0};
        worksheet_write_datetime(sheet_, row_, col, &day, f_.date);
        break;
      }
      case Cell::Kind::text:
        worksheet_write_string(sheet_, row_, col, cell.text.c_str(), bold ? f_.bold_text : f_.text);
        break;
    }
    widen(col, cell_text(cell));
  }

  void table(const Table& table, bool freeze) {
    if (!table.caption.empty()) {
      skip();  // as the CSV does: row for row the same sheet
      line(table.caption, f_.bold_text);
    }
    header(table.columns, freeze);
    for (const Row& r : table.rows) row(r, table.columns.size());
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
void write_data(const Document& document, SheetWriter& writer) {
  if (!document.blocks.empty() && !document.blocks[0].tables.empty())
    writer.table(document.blocks[0].tables[0], true);
  writer.set_widths();
}

// A paper: title, organisation and scope, the blocks, notes and signatures.
void write_paper(const Document& document, lxw_worksheet* sheet, const Formats& f,
                 SheetWriter& writer) {
  const std::size_t width = document.blocks.empty() || document.blocks[0].tables.empty()
                                ? 4
                                : document.blocks[0].tables[0].columns.size();
  worksheet_merge_range(sheet, 0, 0, 0, static_cast<lxw_col_t>(std::max<std::size_t>(width, 2) - 1),
                        document.title.c_str(), f.title);
  writer.skip();
  writer.line(organisation_line(document));
  writer.line(pick(document.language, "范围：", "Scope: ") + document.scope);
  // One table with a frozen header: the report's own (not a card's).
  const bool freeze = document.blocks.size() == 1 && document.blocks[0].tables.size() == 1;
  for (const Block& block : document.blocks) {
    writer.skip();
    if (!block.heading.empty()) writer.line(block.heading, f.bold_text);
    for (const auto& [label, value] : block.fields) {
      worksheet_write_string(sheet, writer.row(), 0, label.c_str(), f.bold_text);
      worksheet_write_string(sheet, writer.row(), 1, value.c_str(), f.text);
      writer.skip();
    }
    for (const Table& table : block.tables) writer.table(table, freeze);
  }
  writer.skip();
  for (const std::string& note : document.notes) writer.line(note);
  writer.line(footer_line(document.language));
  writer.set_widths();
}

}  // namespace

void write_xlsx(const Document& document, const std::filesystem::path& file) {
  const auto path = narrow_path_for_c_libraries(file);
  if (!path)
    throw std::runtime_error("the path " + utf8_from_path(file) +
                             " cannot be given to the XLSX library on this system");
  lxw_workbook* book = new_workbook(*path, nullptr);
  if (!book) throw std::runtime_error("cannot create the workbook " + utf8_from_path(file));
  try {
    const Formats f = make_formats(book);
    lxw_worksheet* sheet = add_worksheet(book);
    if (!sheet) throw std::runtime_error("cannot create the worksheet");
    SheetWriter writer(sheet, f);
    if (document.data_only)
      write_data(document, writer);
    else
      write_paper(document, sheet, f, writer);
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
  impl_->formats = make_formats(impl_->book);
  lxw_worksheet* sheet = add_worksheet(impl_->book);
  if (!sheet) {
    close_workbook(std::exchange(impl_->book, nullptr));
    throw std::runtime_error("cannot create the worksheet");
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
