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
    case FieldType::birth_date:
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

Row row_of(std::span<const FieldSpec> specs, const FieldValues& values, Language language) {
  Row row{RowKind::data, {}};
  for (const FieldSpec& spec : specs) {
    const auto value = std::find_if(values.begin(), values.end(),
                                    [&](const auto& v) { return v.first == spec.name; });
    row.cells.push_back(value == values.end() ? Cell{}
                                              : cell_of(spec.name, value->second, language));
  }
  return row;
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

}  // namespace

void save_rejected_rows(const RejectedRows& rejected, Language language, ReportFormat format,
                        const std::string& target) {
  std::size_t width = rejected.header.cells.size();
  for (const auto& row : rejected.rows) width = std::max(width, row.cells.size());
  std::vector<Column> columns;
  for (std::size_t c = 0; c < width; ++c)
    columns.push_back(
        {c < rejected.header.cells.size() ? rejected.header.cells[c].text : std::string()});
  columns.push_back({language == Language::zh ? "不导入原因" : "Why not imported"});
  save_table(columns, format, target, [&](const RowSink& sink) {
    for (std::size_t r = 0; r < rejected.rows.size(); ++r) {
      Row row{RowKind::data, {}};
      const auto& cells = rejected.rows[r].cells;
      for (std::size_t c = 0; c < width; ++c)
        row.cells.push_back(c < cells.size() ? cell_of(cells[c], rejected.date1904) : Cell{});
      row.cells.push_back(Cell::of_text(r < rejected.reasons.size() ? rejected.reasons[r] : ""));
      sink(row);
    }
  });
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
  for (const FieldValues& values : rows) table.rows.push_back(row_of(fields, values, language));
  document.blocks.push_back({{}, {}, {std::move(table)}});
  return document;
}

void save_export(ImportKind kind, Store& store, Language language, ReportFormat format,
                 const std::string& target) {
  const auto specs = import_fields(kind);
  std::vector<Column> columns;
  for (const FieldSpec& spec : specs) columns.push_back({export_header(spec, language)});
  save_table(columns, format, target, [&](const RowSink& sink) {
    const auto put = [&](const auto& records) {
      for (const auto& record : records) sink(row_of(specs, fields_of(record), language));
    };
    const std::vector<Worker> workers = store.workers();  // ordered by ID number
    for (const Worker& worker : workers) {
      switch (kind) {
        case ImportKind::workers:
          put(std::vector<Worker>{worker});
          break;
        case ImportKind::positions: {
          std::vector<PositionRow> rows;
          for (const PositionSpell& spell : worker.history)
            rows.push_back(PositionRow{worker.id_number, spell});
          put(rows);
          break;
        }
        case ImportKind::exams:
          put(store.exams_of(worker.id_number));
          break;
        case ImportKind::certificates:
          put(store.certificates_of(worker.id_number));
          break;
        case ImportKind::training:
          put(store.training_of(worker.id_number));
          break;
      }
    }
  });
}

}  // namespace cwt::reports
