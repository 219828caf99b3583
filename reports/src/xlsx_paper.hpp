#pragma once
// A report's workbook set up to print like its PDF (issue 23): the PDF's
// paper (paper.hpp: A4, the report's orientation, its margins), fitted to
// one page wide and as many tall as it takes, the table's header row at the
// top of every page, "第 X 页 / 共 Y 页" in the footer as the PDF has it, the
// sheet named after the report, title and author in the file's properties.
// The sheet's columns are the PDF's and each row is as tall as the PDF sets
// it, so that a printed page holds what a PDF page holds.
#include <xlsxwriter.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "cwt/reports/document.hpp"

namespace cwt::reports::xlsx {

// The sheet's columns: in the proportions the PDF gives the report's main
// table (the one that fills the most paper, whose pages decide the count),
// together a little narrower than the PDF's (kFill: Excel and LibreOffice
// measure columns differently); a column only another table has takes the
// share the PDF gives it there.
class PaperGrid {
 public:
  explicit PaperGrid(const Document& document);

  std::size_t columns() const { return widths_.size(); }
  // The width of columns first to last, in points as the sheet holds them.
  double width(std::size_t first, std::size_t last) const;
  double total() const { return width(0, widths_.size() - 1); }
  const Table* main_table() const { return main_; }
  // Whether the main table fills most of the report's paper (three
  // quarters): then its header row, repeated at the top of every page, heads
  // its own rows on nearly all of them (Excel repeats one set of rows a
  // sheet, also over the pages of the tables after it).
  bool main_table_fills_the_pages() const { return main_share_ >= 0.75; }
  // How much taller each row is set than the PDF's: a grid wider than the
  // paper is printed smaller (fit to the page's width), and its rows must
  // come out as tall as the PDF's.
  double stretch() const { return stretch_; }

  void set_widths(lxw_worksheet* sheet) const;

 private:
  void keep_numbers_whole(const std::vector<const Table*>& tables);

  std::vector<double> widths_;
  const Table* main_ = nullptr;
  double main_height_ = 0;
  double main_share_ = 0;
  double stretch_ = 1;
};

// The type size the sheet sets for the PDF's `size` (points): smaller as its
// columns are narrower (PaperGrid), to the half point.
double sheet_size(double size);

// The height (points) the PDF gives a table row whose cells hold `texts`
// in cells `widths` points wide, at the PDF's `size`: its tallest cell's
// lines (broken as the PDF breaks them, at the sheet's size in the sheet's
// widths) and the cell's padding.
double row_height(const std::vector<std::string>& texts, const std::vector<double>& widths,
                  double size);
// The height of a text set in lines `width` points wide at `size`.
double text_height(const std::string& text, double width, double size);

// The report's title as a sheet name: at most 31 characters, none of
// []:*?/\ (Excel's rules); `part` > 1 numbers the further sheets of a
// report too long for one (cards: Excel allows 1,023 page breaks a sheet).
std::string sheet_name(const Document& document, int part);

// The page: A4, the report's orientation and margins, one page wide (a
// print scale of 100 / `stretch` per cent: Excel ignores manual page breaks
// under "fit to pages", and the cards and the PDF's breaks are manual), the
// footer with the page numbers; `header_row` repeated on every page.
void set_up_page(lxw_worksheet* sheet, const Document& document,
                 std::optional<lxw_row_t> header_row, double stretch);

// Title, author (cwtrack, as the PDF's creator) and company (the
// organisation filing the report, where known).
void set_properties(lxw_workbook* book, const Document& document);

}  // namespace cwt::reports::xlsx
