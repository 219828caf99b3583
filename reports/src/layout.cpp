#include "cwt/reports/layout.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <tuple>

#include "cwt/model/line_break.hpp"
#include "cwt/model/text.hpp"
#include "cwt/reports/paper.hpp"
#include "report_text.hpp"

namespace cwt::reports {

namespace {

// The paper's sizes (paper.hpp), shared with the workbook's page setup.
using paper::kCaptionSize;
using paper::kHeadingSize;
using paper::kLeading;
using paper::kLineSize;
using paper::kPad;
using paper::kTableSize;
using paper::kTitleSize;

struct Geometry {
  double width, height, top, bottom, left, right;
  double content_width() const { return width - left - right; }
};

Geometry geometry(bool landscape) {
  constexpr double mm = paper::kPointsPerMm;
  const double a4_short = paper::kA4ShortMm * mm, a4_long = paper::kA4LongMm * mm;
  const paper::Margins m = paper::margins(landscape);
  return {landscape ? a4_long : a4_short,
          landscape ? a4_short : a4_long,
          m.top * mm,
          m.bottom * mm,
          m.left * mm,
          m.right * mm};
}

class Composer {
 public:
  Composer(const Document& document, const FontSet& fonts)
      : document_(document), fonts_(fonts), g_(geometry(document.landscape)) {}

  Layout run() {
    new_page();
    title_lines();
    for (std::size_t b = 0; b < document_.blocks.size(); ++b) {
      // Each card (block after the first) starts a page of its own.
      if (b > 0) new_page();
      if (document_.blocks[b].fields.empty()) {
        block(b);
        continue;
      }
      // A card is one page with its signature line: when its records do not
      // fit, it is set again smaller (down to 80 %), and only past that runs
      // on to a second page.
      const std::size_t pages = layout_.pages.size();
      const Page start = layout_.pages.back();
      const double top = y_;
      const std::size_t missing = layout_.missing_characters;
      for (const double scale : {1.0, 0.92, 0.86, 0.8}) {
        scale_ = scale;
        block(b);
        if (layout_.pages.size() == pages || scale == 0.8) break;
        layout_.pages.resize(pages);
        layout_.pages.back() = start;
        y_ = top;
        layout_.missing_characters = missing;
      }
      scale_ = 1;
    }
    if (!has_cards()) closing_lines();
    number_pages();
    for (Page& page : layout_.pages) join_lines(page);
    return std::move(layout_);
  }

 private:
  bool has_cards() const {
    return std::ranges::any_of(document_.blocks,
                               [](const Block& block) { return !block.fields.empty(); });
  }
  double table_size() const { return kTableSize * scale_; }
  double pad() const { return kPad * scale_; }

  void block(std::size_t b) {
    const Block& block = document_.blocks[b];
    if (!block.heading.empty()) {
      line_of_text(block.heading, kHeadingSize * scale_, true, Align::left);
      y_ += 4 * scale_;
    }
    if (!block.fields.empty()) fields_table(block);
    for (std::size_t t = 0; t < block.tables.size(); ++t) table(block.tables[t], b, t);
    // A card is a paper of its own: its notes and signature line on its page.
    if (!block.fields.empty()) closing_lines();
  }

  Page& page() { return layout_.pages.back(); }
  double bottom_limit() const { return g_.height - g_.bottom; }
  double space_left() const { return bottom_limit() - y_; }

  void new_page() {
    layout_.pages.push_back({g_.width, g_.height, {}, {}, {}});
    y_ = g_.top;
  }

  // Text starting at x on a baseline, split into runs of one face each.
  void draw(double x, double baseline, double size, bool bold, std::u32string_view text) {
    draw_on(page(), x, baseline, size, bold, text);
  }
  void draw_on(Page& target, double x, double baseline, double size, bool bold,
               std::u32string_view text) {
    std::u32string run;
    int run_face = -1;
    double run_x = x;
    const auto flush = [&] {
      if (!run.empty()) {
        std::string utf8;
        for (char32_t c : run) utf8 += utf8_of(c);
        target.texts.push_back({run_x, baseline, size, run_face, bold, std::move(utf8)});
      }
      run.clear();
    };
    for (char32_t c : text) {
      const char32_t asked = c;
      const int face = fonts_.face_for(c);
      if (c != asked) ++layout_.missing_characters;
      if (face != run_face) {
        flush();
        run_face = face;
        run_x = x;
      }
      run += c;
      x += fonts_.face(face).advance(c) * size;
    }
    flush();
  }

  // Lines of at most `width` points, broken where Chinese typesetting
  // allows (model/line_break.hpp: never before ，。；） nor after （, not
  // inside "20 学时", a date or an ID number), the rule the desktop
  // program's wrapped texts follow too.
  std::vector<std::u32string> wrap(const std::u32string& text, double size, double width) const {
    return break_lines(
        text, width, [&](char32_t c) { return fonts_.face(fonts_.face_for(c)).advance(c) * size; });
  }

  // A cell's lines as even as the same number of lines allows: at its
  // blanks where they give as many lines ("东丽区" / "张贵庄街道"), else
  // 取证义/务起始, not 取证义务起/始 (a header's or a position's last
  // character alone on a line reads as a slip): the narrowest width that
  // still gives as many lines without cutting a word, found by halving (a
  // few wraps of a short text).
  std::vector<std::u32string> balanced_wrap(const std::u32string& text, double size,
                                            double width) const {
    const auto advance = [&](char32_t c) {
      return fonts_.face(fonts_.face_for(c)).advance(c) * size;
    };
    bool cut = false;
    std::vector<std::u32string> lines = break_lines(text, width, advance, &cut);
    if (lines.size() < 2 || cut) return lines;
    if (auto at_blanks = lines_at_blanks(text, size, width); at_blanks.size() == lines.size())
      return at_blanks;
    double fits = width;
    double too_narrow = fonts_.width(text, size) / static_cast<double>(lines.size()) - 1;
    for (int step = 0; step < 8 && fits - too_narrow > 0.5; ++step) {
      const double middle = (fits + too_narrow) / 2;
      std::vector<std::u32string> tried = break_lines(text, middle, advance, &cut);
      if (tried.size() == lines.size() && !cut) {
        fits = middle;
        lines = std::move(tried);
      } else {
        too_narrow = middle;
      }
    }
    return lines;
  }

  // The text's blank-separated parts packed into lines of `width`; none
  // when a part is wider.
  std::vector<std::u32string> lines_at_blanks(const std::u32string& text, double size,
                                              double width) const {
    std::vector<std::u32string> lines;
    if (text.find(U' ') == std::u32string::npos) return lines;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find(U' ', start);
      if (end == std::u32string::npos) end = text.size();
      const std::u32string part = text.substr(start, end - start);
      if (fonts_.width(part, size) > width) return {};
      if (!part.empty()) {
        if (!lines.empty() && fonts_.width(lines.back() + U' ' + part, size) <= width)
          lines.back() += U' ' + part;
        else
          lines.push_back(part);
      }
      start = end + 1;
    }
    return lines;
  }

  double line_height(double size) const { return size * kLeading; }
  double ascent(double size) const { return fonts_.face(0).ascent() * size; }

  // One line across the content width (wrapped when longer), moving y down.
  void line_of_text(const std::string& text, double size, bool bold, Align align) {
    for (const auto& line : wrap(code_points(text), size, g_.content_width())) {
      if (space_left() < line_height(size)) new_page();
      const double width = fonts_.width(line, size);
      const double x = align == Align::center  ? g_.left + (g_.content_width() - width) / 2
                       : align == Align::right ? g_.left + g_.content_width() - width
                                               : g_.left;
      draw(x, y_ + (line_height(size) - size) / 2 + ascent(size), size, bold, line);
      y_ += line_height(size);
    }
  }

  void title_lines() {
    line_of_text(document_.title, kTitleSize, true, Align::center);
    y_ += 6;
    line_of_text(organisation_line(document_), kLineSize, false, Align::left);
    line_of_text(pick(document_.language, "范围：", "Scope: ") + document_.scope, kLineSize, false,
                 Align::left);
    y_ += 6;
  }

  static constexpr double kBeforeNotes = 6;
  static constexpr double kBeforeFooter = 10;

  void closing_lines() {
    y_ += kBeforeNotes;
    for (const std::string& note : document_.notes)
      line_of_text(note, kLineSize, false, Align::left);
    y_ += kBeforeFooter;
    line_of_text(footer_line(document_.language), kLineSize, false, Align::left);
  }

  // How far closing_lines() reaches down the page.
  double closing_height() const {
    std::size_t lines = 1;  // the footer
    for (const std::string& note : document_.notes)
      lines += wrap(code_points(note), kLineSize, g_.content_width()).size();
    return kBeforeNotes + kBeforeFooter + static_cast<double>(lines) * line_height(kLineSize);
  }

  void number_pages() {
    const int pages = static_cast<int>(layout_.pages.size());
    for (int i = 0; i < pages; ++i) {
      Page& p = layout_.pages[static_cast<std::size_t>(i)];
      const auto text = code_points(page_line(document_.language, i + 1, pages));
      const double width = fonts_.width(text, kLineSize - 1);
      draw_on(p, (g_.width - width) / 2, g_.height - g_.bottom / 2, kLineSize - 1, false, text);
    }
  }

  // Rows draw their own borders, so neighbours share edges and columns run
  // on from row to row: the same drawing as a few long lines (a 30,000-row
  // PDF writes a tenth of the numbers).
  static void join_lines(Page& page) {
    std::map<std::tuple<bool, long, double>, std::vector<std::pair<double, double>>> runs;
    const auto key = [](double v) { return std::lround(v * 100); };
    for (const LineItem& l : page.lines) {
      const bool vertical = std::abs(l.x1 - l.x2) < 0.005;
      if (vertical)
        runs[{true, key(l.x1), l.width}].push_back(std::minmax(l.y1, l.y2));
      else
        runs[{false, key(l.y1), l.width}].push_back(std::minmax(l.x1, l.x2));
    }
    std::vector<LineItem> joined;
    for (auto& [line, spans] : runs) {
      const auto& [vertical, at, width] = line;
      std::sort(spans.begin(), spans.end());
      std::pair<double, double> current = spans.front();
      const auto emit = [&, vertical = vertical, at = at, width = width] {
        const double c = static_cast<double>(at) / 100;
        joined.push_back(vertical ? LineItem{c, current.first, c, current.second, width}
                                  : LineItem{current.first, c, current.second, c, width});
      };
      for (std::size_t i = 1; i < spans.size(); ++i) {
        if (spans[i].first <= current.second + 0.01) {
          current.second = std::max(current.second, spans[i].second);
        } else {
          emit();
          current = spans[i];
        }
      }
      emit();
    }
    page.lines = std::move(joined);
  }

  // A row's cells, each wrapped to its column; the row's height.
  struct PlacedRow {
    std::vector<std::vector<std::u32string>> cells;
    double height = 0;
  };

  PlacedRow place(const std::vector<std::string>& texts, const std::vector<double>& widths,
                  double size) const {
    PlacedRow row;
    std::size_t most = 1;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      row.cells.push_back(
          balanced_wrap(code_points(texts[i]), size, std::max(widths[i] - 2 * pad(), size)));
      most = std::max(most, row.cells.back().size());
    }
    row.height = static_cast<double>(most) * line_height(size) + 2 * pad();
    return row;
  }

  void draw_row(const PlacedRow& row, const std::vector<double>& widths,
                const std::vector<Align>& aligns, double size, bool bold) {
    const double top = y_;
    const double bottom = y_ + row.height;
    double x = g_.left;
    const double right = g_.left + std::accumulate(widths.begin(), widths.end(), 0.0);
    page().lines.push_back({g_.left, top, right, top, 0.5});
    page().lines.push_back({g_.left, bottom, right, bottom, 0.5});
    page().lines.push_back({g_.left, top, g_.left, bottom, 0.5});
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      const double width = widths[i];
      double baseline = top + pad() + (line_height(size) - size) / 2 + ascent(size);
      for (const auto& line : row.cells[i]) {
        const double w = fonts_.width(line, size);
        const double left = aligns[i] == Align::right    ? x + width - pad() - w
                            : aligns[i] == Align::center ? x + (width - w) / 2
                                                         : x + pad();
        draw(left, baseline, size, bold, line);
        baseline += line_height(size);
      }
      x += width;
      page().lines.push_back({x, top, x, bottom, 0.5});
    }
    y_ = bottom;
  }

  // Whether row r must stand on the same page as row r + 1: a group's
  // heading goes with what it heads, a 小计 or 合计 with the row above it
  // (so that no page ends on a heading and none holds only totals).
  static bool keeps_with_next(const Table& table, std::size_t r) {
    if (r + 1 >= table.rows.size()) return false;
    const RowKind next = table.rows[r + 1].kind;
    return table.rows[r].kind == RowKind::heading || next == RowKind::subtotal ||
           next == RowKind::total;
  }

  // A heading row again at the top of a page its group continues on:
  // "劝业场街道（续）".
  std::string continued(const std::string& heading) const {
    return heading + pick(document_.language, "（续）", " (continued)");
  }

  void table(const Table& table, std::size_t block, std::size_t index) {
    const double total = std::accumulate(table.columns.begin(), table.columns.end(), 0.0,
                                         [](double sum, const Column& c) { return sum + c.width; });
    std::vector<double> widths;
    std::vector<Align> aligns;
    std::vector<std::string> titles;
    for (const Column& column : table.columns) {
      widths.push_back(g_.content_width() * column.width / total);
      aligns.push_back(column.align);
      titles.push_back(column.title);
    }
    const double table_width = g_.content_width();
    const std::vector<Align> centred(table.columns.size(), Align::center);
    const std::vector<Align> left(1, Align::left);
    // The last table of a report that is not cards: its closing lines follow it.
    const bool closes = document_.blocks[block].fields.empty() &&
                        block + 1 == document_.blocks.size() &&
                        index + 1 == document_.blocks[block].tables.size() && !has_cards();
    const PlacedRow header = place(titles, widths, table_size());
    // Cells as drawn: a group's heading spans the table; in a 小计 or 合计
    // row a text runs on over the empty cells to its right.
    struct DrawnRow {
      PlacedRow placed;
      std::vector<double> widths;
      std::vector<Align> aligns;
    };
    const auto drawn_row = [&](std::size_t r) {
      const Row& row = table.rows[r];
      DrawnRow out;
      std::vector<std::string> texts;
      for (const DrawnCell& drawn : drawn_cells(row, widths.size())) {
        double width = 0;
        for (std::size_t c = drawn.first_column; c <= drawn.last_column; ++c) width += widths[c];
        texts.push_back(cell_text(*drawn.cell));
        out.widths.push_back(width);
        out.aligns.push_back(row.kind == RowKind::heading ? Align::left
                                                          : aligns[drawn.first_column]);
      }
      out.placed = place(texts, out.widths, table_size());
      return out;
    };
    // Rows laid out ahead of drawing them (to see whether the rows kept
    // together fit), each once.
    std::map<std::size_t, DrawnRow> ahead;
    const auto row_at = [&](std::size_t r) -> const DrawnRow& {
      auto at = ahead.find(r);
      if (at == ahead.end()) at = ahead.emplace(r, drawn_row(r)).first;
      return at->second;
    };
    // The headings of the groups open at the row being placed (the street,
    // then the community), repeated with （续） on a page they continue on.
    std::vector<std::string> open_headings;
    const auto continued_headings = [&] {
      std::vector<PlacedRow> rows;
      for (const std::string& heading : open_headings)
        rows.push_back(place({continued(heading)}, {table_width}, table_size()));
      return rows;
    };
    const double page_room = bottom_limit() - g_.top;
    // The height the rows from r that must share its page need: with the
    // report's last row (its 合计) the notes and the signature footer, so
    // that a signature never stands on a page without rows. Rows kept
    // together that would not fit even a page of their own (with `above`)
    // are set one by one: then row r alone.
    const auto kept_from = [&](std::size_t r, double above) {
      double kept = 0;
      std::size_t last = r;
      for (;; ++last) {
        kept += row_at(last).placed.height;
        if (!keeps_with_next(table, last)) break;
      }
      if (closes && last + 1 == table.rows.size()) kept += closing_height();
      return kept + above <= page_room ? kept : row_at(r).placed.height;
    };
    if (!table.caption.empty()) {
      // A caption stays with the header and the rows that open the table.
      const double caption = line_height(kCaptionSize * scale_) + 6;
      const double first = table.rows.empty() ? 0 : kept_from(0, caption + header.height);
      if (space_left() < caption + header.height + first) new_page();
      y_ += 6;
      line_of_text(table.caption, kCaptionSize * scale_, true, Align::left);
    }
    bool header_on_page = false;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      double on_new_page = header.height;
      const std::vector<PlacedRow> repeated = continued_headings();
      for (const PlacedRow& heading : repeated) on_new_page += heading.height;
      const double needed = kept_from(r, on_new_page);
      if (space_left() < needed + (header_on_page ? 0 : header.height)) {
        new_page();
        header_on_page = false;
      }
      if (!header_on_page) {
        draw_row(header, widths, centred, table_size(), true);
        header_on_page = true;
        // A group that runs on from the page before is named again.
        for (const PlacedRow& heading : repeated)
          draw_row(heading, {table_width}, left, table_size(), true);
      }
      const DrawnRow& row = row_at(r);
      draw_row(row.placed, row.widths, row.aligns, table_size(),
               table.rows[r].kind != RowKind::data);
      page().rows.push_back({block, index, r});
      switch (table.rows[r].kind) {
        case RowKind::heading:
          open_headings.push_back(cell_text(table.rows[r].cells.front()));
          break;
        case RowKind::subtotal:
          if (!open_headings.empty()) open_headings.pop_back();
          break;
        case RowKind::total:
          open_headings.clear();
          break;
        case RowKind::data:
          break;
      }
      ahead.erase(ahead.begin(), ahead.upper_bound(r));
    }
    if (!header_on_page) {  // a table without rows still shows its header
      if (space_left() < header.height) new_page();
      draw_row(header, widths, centred, table_size(), true);
    }
  }

  // A card's profile: label and value pairs, two pairs a line.
  void fields_table(const Block& block) {
    Table fields;
    const std::string none;
    fields.columns = {{none, 2, Align::left},
                      {none, 4, Align::left},
                      {none, 2, Align::left},
                      {none, 4, Align::left}};
    const double total = 12;
    std::vector<double> widths;
    for (const Column& c : fields.columns) widths.push_back(g_.content_width() * c.width / total);
    const std::vector<Align> aligns(4, Align::left);
    for (std::size_t i = 0; i < block.fields.size(); i += 2) {
      std::vector<std::string> texts{block.fields[i].first, block.fields[i].second, "", ""};
      if (i + 1 < block.fields.size()) {
        texts[2] = block.fields[i + 1].first;
        texts[3] = block.fields[i + 1].second;
      }
      const PlacedRow row = place(texts, widths, table_size());
      if (space_left() < row.height) new_page();
      draw_row(row, widths, aligns, table_size(), false);
    }
  }

  const Document& document_;
  const FontSet& fonts_;
  Geometry g_;
  Layout layout_;
  double y_ = 0;
  double scale_ = 1;  // a card set smaller to fit its page
};

}  // namespace

Layout lay_out(const Document& document, const FontSet& fonts) {
  return Composer(document, fonts).run();
}

std::vector<DrawnCell> drawn_cells(const Row& row, std::size_t columns) {
  std::vector<DrawnCell> drawn;
  const bool totals = row.kind == RowKind::subtotal || row.kind == RowKind::total;
  for (std::size_t c = 0; c < row.cells.size() && c < columns; ++c) {
    const bool spans_heading = row.kind == RowKind::heading && c > 0;
    const bool text_runs_on = totals && c > 0 && row.cells[c].kind == Cell::Kind::empty &&
                              row.cells[c - 1].kind == Cell::Kind::text;
    if (!drawn.empty() && (spans_heading || text_runs_on)) {
      drawn.back().last_column = c;
      continue;
    }
    drawn.push_back({c, c, &row.cells[c]});
  }
  return drawn;
}

}  // namespace cwt::reports
