#include "cwt/reports/data_export.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "cwt/exchange/cell_values.hpp"
#include "cwt/exchange/record_fields.hpp"

namespace cwt::reports {

namespace {

// A value as the import's field type wants it in a workbook: dates as date
// cells, numbers as numbers, ID numbers and everything else as text.
Cell cell_of(std::string_view field, const std::string& value, Language language) {
  if (value.empty()) return Cell{};
  switch (field_type(field)) {
    case FieldType::date:
      if (const auto day = parse_date(value)) return Cell::of_date(*day);
      break;
    case FieldType::number: {
      char* end = nullptr;
      const double number = std::strtod(value.c_str(), &end);
      if (end && *end == '\0' && std::isfinite(number)) return Cell::of_number(number, value);
      break;
    }
    case FieldType::id_number:
    case FieldType::text:
      break;
  }
  return Cell::of_text(shown_value(field, value, language));
}

void add_row(Table& table, std::span<const FieldSpec> specs, const FieldValues& values,
             Language language) {
  Row row{RowKind::data, {}};
  for (const FieldSpec& spec : specs) {
    const auto value = std::find_if(values.begin(), values.end(),
                                    [&](const auto& v) { return v.first == spec.name; });
    row.cells.push_back(value == values.end() ? Cell{}
                                              : cell_of(spec.name, value->second, language));
  }
  table.rows.push_back(std::move(row));
}

Cell cell_of(const SourceCell& cell, bool date1904) {
  switch (cell.kind) {
    case SourceCell::Kind::number:
      return Cell::of_number(cell.number, cell.text);
    case SourceCell::Kind::date:
      if (const auto day = date_of_serial(cell.number, date1904)) return Cell::of_date(*day);
      return Cell::of_number(cell.number, cell.text);
    case SourceCell::Kind::text:
      break;
  }
  return cell.text.empty() ? Cell{} : Cell::of_text(cell.text);
}

template <class Record>
void add_rows(Table& table, std::span<const FieldSpec> specs, const std::vector<Record>& records,
              Language language) {
  for (const Record& record : records) add_row(table, specs, fields_of(record), language);
}

}  // namespace

Document rejected_rows_document(const RejectedRows& rejected, Language language) {
  Document document;
  document.language = language;
  document.data_only = true;
  document.name = "rejected";
  document.title = language == Language::zh ? "未导入的行" : "Rows not imported";
  Table table;
  std::size_t width = rejected.header.cells.size();
  for (const auto& row : rejected.rows) width = std::max(width, row.cells.size());
  for (std::size_t c = 0; c < width; ++c)
    table.columns.push_back(
        {c < rejected.header.cells.size() ? rejected.header.cells[c].text : std::string()});
  table.columns.push_back({language == Language::zh ? "不导入原因" : "Why not imported"});
  for (std::size_t r = 0; r < rejected.rows.size(); ++r) {
    Row row{RowKind::data, {}};
    const auto& cells = rejected.rows[r].cells;
    for (std::size_t c = 0; c < width; ++c)
      row.cells.push_back(c < cells.size() ? cell_of(cells[c], rejected.date1904) : Cell{});
    row.cells.push_back(Cell::of_text(r < rejected.reasons.size() ? rejected.reasons[r] : ""));
    table.rows.push_back(std::move(row));
  }
  document.blocks.push_back({{}, {}, {std::move(table)}});
  return document;
}

std::string export_header(const FieldSpec& field, Language language) {
  return language == Language::zh && !field.headers_zh.empty() ? std::string(field.headers_zh[0])
                                                               : std::string(field.name);
}

Document records_document(const std::string& name, std::span<const FieldSpec> fields,
                          const std::vector<FieldValues>& rows, Language language) {
  Document document;
  document.language = language;
  document.data_only = true;
  document.name = name;
  document.title = name;
  Table table;
  for (const FieldSpec& spec : fields) table.columns.push_back({export_header(spec, language)});
  for (const FieldValues& values : rows) add_row(table, fields, values, language);
  document.blocks.push_back({{}, {}, {std::move(table)}});
  return document;
}

Document export_document(ImportKind kind, Store& store, Language language) {
  Document document;
  document.language = language;
  document.data_only = true;
  document.name = std::string(import_kind_name(kind));
  document.title = document.name;
  const auto specs = import_fields(kind);
  Table table;
  for (const FieldSpec& spec : specs) table.columns.push_back({export_header(spec, language)});
  const std::vector<Worker> workers = store.workers();  // ordered by ID number
  switch (kind) {
    case ImportKind::workers:
      add_rows(table, specs, workers, language);
      break;
    case ImportKind::positions:
      for (const Worker& worker : workers) {
        std::vector<PositionRow> rows;
        for (const PositionSpell& spell : worker.history)
          rows.push_back(PositionRow{worker.id_number, spell});
        add_rows(table, specs, rows, language);
      }
      break;
    case ImportKind::exams:
      for (const Worker& worker : workers)
        add_rows(table, specs, store.exams_of(worker.id_number), language);
      break;
    case ImportKind::certificates:
      for (const Worker& worker : workers)
        add_rows(table, specs, store.certificates_of(worker.id_number), language);
      break;
    case ImportKind::training:
      for (const Worker& worker : workers)
        add_rows(table, specs, store.training_of(worker.id_number), language);
      break;
  }
  document.blocks.push_back({{}, {}, {std::move(table)}});
  return document;
}

}  // namespace cwt::reports
