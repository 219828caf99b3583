#pragma once
// A report as a document that knows nothing of how it is drawn: its title,
// organisation, scope and day, and blocks of tables whose rows are data,
// 小计 (subtotal) or 合计 (total) rows. Builders (report.hpp) fill it from the
// model's results; renderers (CSV, HTML; pages, PDF and XLSX to come) turn
// one document into one file.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cwt/model/codes.hpp"
#include "cwt/model/dates.hpp"

namespace cwt::reports {

// One table cell with its type, so that each renderer writes numbers as
// numbers and dates as dates.
struct Cell {
  enum class Kind { empty, text, integer, hours, percent, date, number };
  Kind kind = Kind::empty;
  std::string text;        // text
  std::int64_t value = 0;  // integer; hours in half hours
  double ratio = 0;        // percent: 0..1; number: its value (`text` as written)
  Date date;               // date

  static Cell of_text(std::string text) { return {Kind::text, std::move(text), 0, 0, {}}; }
  static Cell of_integer(std::int64_t n) { return {Kind::integer, {}, n, 0, {}}; }
  static Cell of_hours(std::int64_t half_hours) { return {Kind::hours, {}, half_hours, 0, {}}; }
  // A share of `whole`; empty when there is nothing to share (0 of 0).
  static Cell of_share(std::int64_t part, std::int64_t whole);
  static Cell of_date(std::optional<Date> day);
  // A decimal as written ("87.5"), shown so and stored as a number.
  static Cell of_number(double value, std::string written) {
    return {Kind::number, std::move(written), 0, value, {}};
  }
  bool operator==(const Cell&) const = default;
};

enum class RowKind {
  heading,   // a group's name (街道, 社区, 处理方式) over the rows that follow
  data,      // one worker or one record
  subtotal,  // 小计 of the group above
  total,     // 合计 of the table
};

struct Row {
  RowKind kind = RowKind::data;
  std::vector<Cell> cells;  // one per column; a heading row holds its name in the first
};

enum class Align { left, right, center };

struct Column {
  std::string title;
  double width = 1;  // relative to the table's other columns
  Align align = Align::left;
};

struct Table {
  std::string caption;  // may be empty
  std::vector<Column> columns;
  std::vector<Row> rows;
};

// What starts a page in a paginated report: a card's worker, or the whole
// report's one block.
struct Block {
  std::string heading;                                      // may be empty
  std::vector<std::pair<std::string, std::string>> fields;  // label, value (a card's profile)
  std::vector<Table> tables;
};

struct Document {
  Language language = Language::zh;
  std::string name;          // deadlines, training, overdue, summary, card
  std::string title;         // 社区工作者取证期限表
  std::string organisation;  // who files it (填报单位); may be empty, then left to be filled in
  std::string scope;         // 全部 / 和平区 劝业场街道 ...
  Date as_of;
  std::optional<int> year;  // the training year, where the report is about one
  bool landscape = false;   // the paper's orientation the tables need
  std::vector<Block> blocks;
  std::vector<std::string> notes;
  // A data file rather than a paper: the first table's header in the first
  // row and its rows below, without title, organisation, scope, notes or
  // signature lines (CSV and XLSX), so that the import reads it straight back.
  bool data_only = false;
};

// The fixed lines every report carries, in its language.
std::string organisation_line(const Document& document);  // 填报单位（盖章）：… 截至 …
std::string footer_line(
    Language language);  // 单位负责人：  审核人：  填表人：  报出日期： 年 月 日
std::string page_line(Language language, int page, int pages);  // 第 X 页 / 共 Y 页
// The same line with the numbers as given: a workbook's footer passes
// Excel's fields &P and &N.
std::string page_line(Language language, const std::string& page, const std::string& pages);
std::string subtotal_label(Language language);  // 小计
std::string total_label(Language language);     // 合计
// A cell as every renderer shows it as text: hours 12.5, shares 85.1%,
// dates 2026-06-30.
std::string cell_text(const Cell& cell);

}  // namespace cwt::reports
