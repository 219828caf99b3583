#pragma once
// A Document laid out on A4 pages, once, by this one code path: what the
// PDF draws, the print preview draws and the tests count. Text is measured
// with the font files the PDF embeds (FontSet), so every renderer breaks
// pages and lines at the same places. Units are points (1/72 inch), y down
// from the page's top edge.
//
// Paper: A4; portrait with GB/T 9704's margins (top 37 mm, bottom 35 mm,
// binding side 28 mm, other side 26 mm); landscape (wide tables) with
// 25 mm at the binding side and 20 mm elsewhere. The title is centred and
// larger; under it "填报单位（盖章）：" with the organisation and the day, and
// the scope; each table's header row repeats at the top of every page it
// continues on; no row is split across pages; "第 X 页 / 共 Y 页" centred in
// the bottom margin; the notes and the signature footer after the last table.
#include <cstddef>
#include <string>
#include <vector>

#include "cwt/reports/document.hpp"
#include "cwt/reports/fonts.hpp"

namespace cwt::reports {

struct TextItem {
  double x = 0;
  double baseline = 0;
  double size = 0;
  int face = 0;  // FontSet::face
  bool bold = false;
  std::string text;  // UTF-8, every character in `face`
};

struct LineItem {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
};

// Which row of which table a page holds (for tests and the preview).
struct RowRef {
  std::size_t block = 0;
  std::size_t table = 0;
  std::size_t row = 0;
  bool operator==(const RowRef&) const = default;
};

struct Page {
  double width = 0;
  double height = 0;
  std::vector<LineItem> lines;
  std::vector<TextItem> texts;
  std::vector<RowRef> rows;
};

struct Layout {
  std::vector<Page> pages;
  std::size_t missing_characters = 0;  // drawn as 〓: in neither font
};

Layout lay_out(const Document& document, const FontSet& fonts);

// One cell of a table row as drawn: the columns it covers, first to last.
struct DrawnCell {
  std::size_t first_column = 0;
  std::size_t last_column = 0;
  const Cell* cell = nullptr;
};

// How a row's cells are drawn (every renderer with columns uses it): a
// group's heading spans the table; in a 小计 or 合计 row a text (the label,
// "小计 万隆园社区 14 人") runs on over the empty cell to its right; a
// number never does: it stands under its own header (joined, a
// right-aligned 1000 slid under the next column's header).
std::vector<DrawnCell> drawn_cells(const Row& row, std::size_t columns);

}  // namespace cwt::reports
