// The laid-out pages: every row on exactly one page, in order, inside the
// margins; the table header at the top of every page a table continues on;
// the page lines; the uncommon characters of real names drawn from the
// report fonts; the PDF made from the pages holds them as text.
#include "cwt/reports/layout.hpp"

#include <gtest/gtest.h>
#include <podofo/podofo.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include "cwt/model/text.hpp"
#include "cwt/reports/fonts.hpp"
#include "cwt/reports/render_pdf.hpp"

namespace cwt::reports {
namespace {

std::unique_ptr<FontSet> fonts() {
  auto found = find_report_fonts({CWTRACK_FONT_DIR});
  EXPECT_TRUE(found) << "no report fonts in " << CWTRACK_FONT_DIR;
  return found;
}

// A training-like table of `rows` workers, some with long texts that wrap.
Document sample(std::size_t rows, Language language) {
  Document document;
  document.language = language;
  document.title = "社区工作者年度培训学时统计表";
  document.scope = "全部";
  document.as_of = Date(2026, 6, 30);
  Table table;
  table.columns = {{"序号", 3, Align::right}, {"姓名", 6, Align::left}, {"职务", 8, Align::left}};
  for (std::size_t i = 0; i < rows; ++i) {
    Row row{RowKind::data,
            {Cell::of_integer(static_cast<std::int64_t>(i + 1)),
             Cell::of_text(i % 7 == 0 ? "王喆堃" : "李玥昇"),
             Cell::of_text(i % 5 == 0 ? "书记、主任“一肩挑”兼社区党组织副书记和居委会委员"
                                      : "网格员")}};
    table.rows.push_back(row);
  }
  table.rows.push_back({RowKind::total, {Cell::of_text("合计"), Cell::of_text("共 N 人"), {}}});
  document.blocks.push_back({{}, {}, {table}});
  document.notes.push_back("说明：测试。");
  return document;
}

bool has_text(const Page& page, const std::string& text) {
  return std::ranges::any_of(page.texts, [&](const TextItem& t) { return t.text == text; });
}

TEST(Layout, EveryRowOnOnePageInOrderWithTheHeaderOnEachPage) {
  const auto set = fonts();
  ASSERT_TRUE(set);
  const Document document = sample(400, Language::zh);
  const Layout layout = lay_out(document, *set);
  ASSERT_GT(layout.pages.size(), 5u);
  std::vector<RowRef> seen;
  for (const Page& page : layout.pages) {
    for (const RowRef& row : page.rows) seen.push_back(row);
    if (!page.rows.empty()) {
      EXPECT_TRUE(has_text(page, "序号") && has_text(page, "职务"));
    }
    // Everything but the page line stays above the bottom margin (35 mm).
    const double bottom = page.height - 35 * 72 / 25.4;
    for (const TextItem& text : page.texts) {
      if (text.text.find("页") == std::string::npos) {
        EXPECT_LE(text.baseline, bottom) << text.text;
      }
    }
    for (const LineItem& line : page.lines) EXPECT_LE(std::max(line.y1, line.y2), bottom + 0.01);
  }
  ASSERT_EQ(seen.size(), document.blocks[0].tables[0].rows.size());
  for (std::size_t i = 0; i < seen.size(); ++i) EXPECT_EQ(seen[i].row, i);
  const std::size_t pages = layout.pages.size();
  for (std::size_t i = 0; i < pages; ++i)
    EXPECT_TRUE(has_text(layout.pages[i], "第 " + std::to_string(i + 1) + " 页 / 共 " +
                                              std::to_string(pages) + " 页"));
  EXPECT_EQ(layout.missing_characters, 0u);
}

TEST(Layout, TheSignatureFooterNeverStandsOnAPageWithoutRows) {
  const auto set = fonts();
  ASSERT_TRUE(set);
  // Every length from one row to several pages: somewhere the last row ends
  // a page exactly, and the footer must not go over alone.
  for (std::size_t rows = 1; rows <= 130; ++rows) {
    const Layout layout = lay_out(sample(rows, Language::zh), *set);
    EXPECT_FALSE(layout.pages.back().rows.empty()) << rows << " rows";
  }
}

TEST(Layout, EnglishPagesSayPageXOfY) {
  const auto set = fonts();
  ASSERT_TRUE(set);
  const Layout layout = lay_out(sample(3, Language::en), *set);
  ASSERT_EQ(layout.pages.size(), 1u);
  EXPECT_TRUE(has_text(layout.pages[0], "Page 1 of 1"));
}

TEST(Layout, EachCardIsOnePageWithItsSignatureLine) {
  const auto set = fonts();
  ASSERT_TRUE(set);
  Document document = sample(0, Language::zh);
  document.blocks.clear();
  for (int worker = 0; worker < 3; ++worker) {
    Block card;
    card.heading = "王喆堃";
    for (int i = 0; i < 12; ++i) card.fields.emplace_back("项目", "内容内容内容");
    // Records that need the card set smaller to stay on one page.
    Table years = sample(26 + 4 * worker, Language::zh).blocks[0].tables[0];
    years.caption = "各年度培训";
    card.tables.push_back(years);
    document.blocks.push_back(card);
  }
  const Layout layout = lay_out(document, *set);
  ASSERT_EQ(layout.pages.size(), 3u);
  for (std::size_t p = 0; p < 3; ++p) {
    for (const RowRef& row : layout.pages[p].rows) EXPECT_EQ(row.block, p);
    EXPECT_EQ(layout.pages[p].rows.size(), document.blocks[p].tables[0].rows.size());
    EXPECT_TRUE(std::ranges::any_of(
        layout.pages[p].texts, [](const TextItem& t) { return t.text.starts_with("单位负责人"); }));
  }
}

// Issue 23: in a total row an empty cell joined the cell on its left, so a
// right-aligned number slid under the next header (the plan report printed
// 已安排 1000 under 出席). Only a text runs on; every number keeps its column.
TEST(Layout, ANumberInATotalRowStandsUnderItsOwnHeader) {
  const Row total{RowKind::total,
                  {Cell::of_text("合计"), Cell::of_text("5 门课程"), Cell{}, Cell::of_integer(1000),
                   Cell{}, Cell::of_integer(5310), Cell{}, Cell::of_hours(12), Cell{}}};
  const auto drawn = drawn_cells(total, total.cells.size());
  for (const DrawnCell& cell : drawn) {
    if (cell.cell->kind == Cell::Kind::text) continue;
    EXPECT_EQ(cell.first_column, cell.last_column)
        << "the cell of column " << cell.first_column << " spans to " << cell.last_column;
  }
  // The label still runs on over the empty cell after it.
  ASSERT_GE(drawn.size(), 2u);
  EXPECT_EQ(drawn[1].first_column, 1u);
  EXPECT_EQ(drawn[1].last_column, 2u);
  // A group heading spans the table.
  const Row heading{RowKind::heading, {Cell::of_text("7月"), Cell{}, Cell{}}};
  ASSERT_EQ(drawn_cells(heading, 3).size(), 1u);
  EXPECT_EQ(drawn_cells(heading, 3).front().last_column, 2u);
}

// A table grouped as the deadlines and training reports are: per street a
// heading, per community a heading, the rows, a 小计 per community and per
// street, and the 合计; the first community holds `first` workers so that
// the group boundaries fall at every place on the pages.
Document grouped(std::size_t first) {
  Document document = sample(0, Language::zh);
  Table& table = document.blocks[0].tables[0];
  table.rows.clear();
  const auto heading = [](std::string name) {
    return Row{RowKind::heading, {Cell::of_text(std::move(name)), {}, {}}};
  };
  const auto subtotal = [](std::string name) {
    return Row{RowKind::subtotal, {Cell::of_text("小计"), Cell::of_text(std::move(name)), {}}};
  };
  std::int64_t number = 0;
  for (const std::string street : {"劝业场街道", "小白楼街道"}) {
    table.rows.push_back(heading(street));
    for (const std::string community : {"万隆园社区", "新文化社区", "滨西社区"}) {
      table.rows.push_back(heading(community));
      const std::size_t rows = number == 0 ? first : 7;
      for (std::size_t i = 0; i < rows; ++i)
        table.rows.push_back(
            {RowKind::data, {Cell::of_integer(++number), Cell::of_text("李玥昇"), {}}});
      table.rows.push_back(subtotal(community));
    }
    table.rows.push_back(subtotal(street));
  }
  table.rows.push_back({RowKind::total, {Cell::of_text("合计"), Cell::of_text("共 N 人"), {}}});
  return document;
}

// Issue 23: a group heading stood alone at the foot of a page, a group ran
// on to the next page without its name, and a last page held only the
// header and the 合计 row.
TEST(Layout, GroupsAreHeadedOnEveryPageAndNoPageHoldsOnlyTotals) {
  const auto set = fonts();
  ASSERT_TRUE(set);
  std::size_t continued_pages = 0;
  for (std::size_t first = 1; first <= 90; ++first) {
    const Document document = grouped(first);
    const auto& rows = document.blocks[0].tables[0].rows;
    const Layout layout = lay_out(document, *set);
    for (std::size_t p = 0; p < layout.pages.size(); ++p) {
      const Page& page = layout.pages[p];
      ASSERT_FALSE(page.rows.empty()) << first << ": page " << p + 1 << " without rows";
      EXPECT_NE(rows[page.rows.back().row].kind, RowKind::heading)
          << first << ": page " << p + 1 << " ends on a heading";
      EXPECT_TRUE(std::ranges::any_of(
          page.rows, [&](const RowRef& r) { return rows[r.row].kind == RowKind::data; }))
          << first << ": page " << p + 1 << " holds only headings and totals";
      if (p == 0) continue;
      // The groups open above the page's first row, each named with （续）.
      std::vector<std::string> open;
      for (std::size_t r = 0; r < page.rows.front().row; ++r) {
        if (rows[r].kind == RowKind::heading) open.push_back(rows[r].cells[0].text);
        if (rows[r].kind == RowKind::subtotal) open.pop_back();
      }
      for (const std::string& heading : open)
        EXPECT_TRUE(has_text(page, heading + "（续）"))
            << first << ": page " << p + 1 << " lacks " << heading << "（续）";
      continued_pages += open.empty() ? 0 : 1;
    }
  }
  EXPECT_GT(continued_pages, 50u);  // the cases above do continue groups
}

// Issue 23: the plan report's last caption (三、各社区计划覆盖情况) stood at
// the foot of a page, its table (one community, 小计, 合计, the notes) on
// the next.
TEST(Layout, ACaptionStaysWithTheRowsThatOpenItsTable) {
  const auto set = fonts();
  ASSERT_TRUE(set);
  for (std::size_t rows = 1; rows <= 70; ++rows) {
    Document document = sample(rows, Language::zh);
    document.blocks[0].tables[0].caption = "一、人员学时";
    Table coverage = grouped(1).blocks[0].tables[0];
    coverage.rows.erase(coverage.rows.begin(), coverage.rows.end() - 4);  // a row, 小计 ×2, 合计
    coverage.caption = "三、各社区计划覆盖情况";
    document.blocks[0].tables.push_back(coverage);
    const Layout layout = lay_out(document, *set);
    for (const Page& page : layout.pages)
      if (has_text(page, coverage.caption))
        EXPECT_TRUE(std::ranges::any_of(page.rows, [](const RowRef& r) { return r.table == 1; }))
            << rows << " rows: the caption without its table";
  }
}

// Issue 23: a cell that needs two lines breaks at its blank where that
// gives two lines, and else as evenly as it can without cutting a word
// (取证义务起/始 and Committe/e member were printed).
TEST(Layout, ACellOfTwoLinesBreaksAtItsBlankOrEvenlyWithoutCuttingAWord) {
  const auto set = fonts();
  ASSERT_TRUE(set);
  Document document = sample(0, Language::zh);
  Table& table = document.blocks[0].tables[0];
  table.columns = {{"街道", 6, Align::left},
                   {"职务", 6, Align::left},
                   {"取证义务起始", 4, Align::left},
                   {"", 22, Align::left}};
  table.rows = {
      {RowKind::data,
       {Cell::of_text("东丽区 张贵庄街道"), Cell::of_text("Committee member"), Cell{}, Cell{}}}};
  const Page page = lay_out(document, *set).pages.at(0);
  for (const char* line : {"东丽区", "张贵庄街道", "取证义", "务起始"})
    EXPECT_TRUE(has_text(page, line)) << line;
  EXPECT_TRUE(std::ranges::any_of(
      page.texts, [](const TextItem& t) { return t.text.starts_with("Committee"); }));
}

// Issue 23: a line of a cell began with ；or ）, ended with （, or broke
// "20 学时" apart. The table's one column is left-aligned, so each line of
// a cell begins at the column's left edge.
TEST(Layout, NoLineOfACellBeginsWithAClosingMarkOrEndsWithAnOpeningOne) {
  const auto set = fonts();
  ASSERT_TRUE(set);
  Document document = sample(0, Language::zh);
  Table& table = document.blocks[0].tables[0];
  table.columns = {{"备注", 1, Align::left}, {"", 12, Align::left}};
  table.rows.clear();
  std::string text;
  for (int i = 0; i < 12; ++i) text += "已通过考试（待领证）；应修 20 学时，已修 12 学时。";
  // The same text shifted by one character more each row, so that the
  // breaks fall everywhere in it.
  std::string shift;
  for (std::size_t row = 0; row < 24; ++row, shift += "第")
    table.rows.push_back({RowKind::data, {Cell::of_text(shift + text), Cell{}}});
  const Layout layout = lay_out(document, *set);
  const double column_left = 28 * 72 / 25.4 + 2;
  std::size_t line_starts = 0;
  for (const Page& page : layout.pages) {
    std::map<double, std::string> lines;  // by baseline: the column's line
    for (const TextItem& item : page.texts)
      if (item.x < column_left + 30 && item.x >= column_left - 0.01) {
        if (std::abs(item.x - column_left) < 0.01) ++line_starts;
        lines[item.baseline] += item.text;
      }
    for (const auto& [baseline, line] : lines) {
      const std::u32string chars = code_points(line);
      if (chars.empty()) continue;
      EXPECT_EQ(std::u32string(U"；）,，。").find(chars.front()), std::u32string::npos) << line;
      EXPECT_NE(chars.back(), U'（') << line;
      EXPECT_FALSE(line.starts_with("学时")) << line;
    }
  }
  EXPECT_GT(line_starts, 100u);
}

TEST(Fonts, TheUncommonCharactersOfRealNamesAreInTheSongFace) {
  const auto set = fonts();
  ASSERT_TRUE(set);
  for (char32_t c : std::u32string(U"喆堃玥昇祎颢旻珺琤犇垚淼燚龑")) {
    char32_t drawn = c;
    EXPECT_EQ(set->face_for(drawn), 0) << static_cast<unsigned>(c);
    EXPECT_EQ(drawn, c);
  }
  char32_t none = U'\U0010FFFD';  // a private-use character no font has
  set->face_for(none);
  EXPECT_EQ(none, U'\u3013');
}

TEST(Pdf, ThePagesAsAPdfWithTheFontEmbeddedAsASubset) {
  const auto set = fonts();
  ASSERT_TRUE(set);
  const Document document = sample(60, Language::zh);
  const Layout layout = lay_out(document, *set);
  std::ostringstream pdf;
  write_pdf(document, layout, *set, pdf);
  const std::string bytes = pdf.str();
  ASSERT_TRUE(bytes.starts_with("%PDF-"));
  EXPECT_LT(bytes.size(), 200u * 1024) << "a subset, not the whole 13 MB face";
  EXPECT_NE(bytes.find("/FontFile2"), std::string::npos);
  EXPECT_NE(bytes.find("/ToUnicode"), std::string::npos);
}

// On Windows PoDoFo is a DLL with a C++ runtime of its own (the LGPL's
// replaceable library): an error it raises inside must still reach the
// program's catch as PoDoFo's own type, as write_pdf relies on.
TEST(Pdf, AnErrorRaisedInsidePoDoFoIsCaughtAsItsOwnType) {
  PoDoFo::PdfError::EnableLogging(false);
  PoDoFo::PdfMemDocument document;
  try {
    document.Load("no such file.pdf");
    ADD_FAILURE() << "a missing file was loaded";
  } catch (const PoDoFo::PdfError& error) {
    EXPECT_EQ(error.GetError(), PoDoFo::ePdfError_FileNotFound);
  }
}

}  // namespace
}  // namespace cwt::reports
