#include "cwt/exchange/source_table.hpp"

#include <algorithm>
#include <array>

#include "cwt/exchange/csv_writer.hpp"
#include "cwt/model/text.hpp"

namespace cwt {

namespace {

// Rows searched for the header: a title, a 填报单位 line and a blank row or
// two are usual above it; a few more for a notes block on top.
constexpr std::size_t kHeaderSearchRows = 30;

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// A header as compared: without spaces (ASCII and 　), line breaks and the
// parenthesised unit some sheets add ("学时（小时）" stays as written: only
// whitespace goes).
std::string compact(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (text.substr(i, 3) == "\xE3\x80\x80") {  // U+3000 ideographic space
      i += 2;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

std::string first_text(const SourceRow& row) {
  for (const auto& cell : row.cells)
    if (!cell.empty()) return compact(cell.text);
  return {};
}

bool starts_with(std::string_view text, std::string_view head) {
  return text.substr(0, head.size()) == head;
}

// A row that ends the table: its first value is a total, a note or a
// signature line.
bool ends_table(const SourceRow& row) {
  const std::string first = first_text(row);
  static constexpr std::array<std::string_view, 14> kEnds{
      "合计",   "小计",  "总计",   "共计",   "注：",       "注:",  "说明",
      "备注：", "备注:", "填表人", "审核人", "单位负责人", "制表", "报出日期"};
  return std::any_of(kEnds.begin(), kEnds.end(),
                     [&](std::string_view end) { return starts_with(first, end); }) ||
         first == "注";
}

}  // namespace

const FieldSpec* field_of_header(std::span<const FieldSpec> fields, std::string_view header) {
  const std::string name = compact(header);
  const std::string lower = ascii_lower(name);
  for (const auto& spec : fields) {
    if (lower == spec.name) return &spec;
    if (std::find(spec.headers_zh.begin(), spec.headers_zh.end(), name) != spec.headers_zh.end())
      return &spec;
  }
  return nullptr;
}

HeaderNames::HeaderNames(std::span<const FieldSpec> fields, const ColumnChoices& choices)
    : fields_(fields) {
  for (const auto& choice : choices) {
    const FieldSpec* spec = nullptr;
    for (const auto& field : fields)
      if (field.name == choice.field) spec = &field;
    chosen_.emplace_back(compact(choice.header), spec);
  }
}

const FieldSpec* HeaderNames::field_of(std::string_view header) const {
  const std::string name = compact(header);
  for (const auto& [chosen, spec] : chosen_)
    if (chosen == name) return spec;
  return field_of_header(fields_, header);
}

bool HeaderNames::chosen(std::string_view header) const {
  const std::string name = compact(header);
  return std::any_of(chosen_.begin(), chosen_.end(),
                     [&](const auto& choice) { return choice.first == name; });
}

std::size_t named_columns(const SourceRow& row, const HeaderNames& names) {
  std::size_t named = 0;
  for (const auto& cell : row.cells)
    if (cell.kind == SourceCell::Kind::text && names.field_of(cell.text)) ++named;
  return named;
}

SourceTable source_of(const CsvTable& table) {
  SourceTable source;
  if (!table.has_header()) return source;
  const auto add = [&](const CsvRow& row) {
    SourceRow out{row.line, {}, 0, 0, 0};
    for (const auto& text : row.cells)
      out.cells.push_back({SourceCell::Kind::text, csv_unguarded(text), 0, false});
    source.rows.push_back(std::move(out));
  };
  add(table.header);
  for (const auto& row : table.rows) add(row);
  return source;
}

namespace {

SourceCell source_cell(XlsxCell&& cell) {
  SourceCell value;
  switch (cell.kind) {
    case XlsxCell::Kind::empty:
      break;
    case XlsxCell::Kind::text:
      value.text = trim_blanks(cell.text).size() == cell.text.size()
                       ? std::move(cell.text)
                       : std::string(trim_blanks(cell.text));
      break;
    case XlsxCell::Kind::number:
      value.kind = cell.date_style ? SourceCell::Kind::date : SourceCell::Kind::number;
      value.text = std::move(cell.text);
      value.number = cell.number;
      break;
    case XlsxCell::Kind::boolean:
      value.text = cell.number != 0 ? "TRUE" : "FALSE";
      break;
    case XlsxCell::Kind::error:
      value.text = std::move(cell.text);
      break;
    case XlsxCell::Kind::formula:
      value.formula_without_value = true;
      break;
  }
  return value;
}

}  // namespace

SourceTable source_of(XlsxSheet&& sheet, bool date1904) {
  SourceTable source;
  source.date1904 = date1904;
  source.sheet = sheet.name;
  for (auto& row : sheet.rows) {
    SourceRow out{row.number, {}, 0, 0, 0};
    bool any = false;
    out.cells.reserve(row.cells.size());
    for (auto& cell : row.cells) {
      out.cells.push_back(source_cell(std::move(cell)));
      any = any || !out.cells.back().empty();
    }
    for (auto& beyond : row.far_cells) {
      if (source_cell(std::move(beyond.cell)).empty()) continue;
      if (out.far_values++ == 0) out.first_far_column = beyond.column;
      out.last_far_column = beyond.column;
      any = true;
    }
    row = {};  // let go: the sheet and the table are not held whole together
    if (any) source.rows.push_back(std::move(out));
  }
  return source;
}

FoundTable find_table(const SourceTable& table, const HeaderNames& names) {
  FoundTable found;
  std::size_t best = 0;
  const std::size_t search = std::min(table.rows.size(), kHeaderSearchRows);
  for (std::size_t i = 0; i < search; ++i) {
    const std::size_t named = named_columns(table.rows[i], names);
    if (named > best) {
      best = named;
      found.header = i;
    }
  }
  found.found = best > 0;
  found.skipped_above = found.header;
  found.end = table.rows.size();
  for (std::size_t i = found.header + 1; i < table.rows.size(); ++i) {
    if (ends_table(table.rows[i])) {
      found.end = i;
      break;
    }
  }
  found.skipped_below = table.rows.size() - found.end;
  return found;
}

}  // namespace cwt
