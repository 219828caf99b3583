#include "cwt/exchange/column_mapping.hpp"

#include <algorithm>

#include "cwt/exchange/csv_table.hpp"
#include "cwt/exchange/csv_writer.hpp"
#include "cwt/exchange/text_encoding.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"

namespace cwt {

std::string column_mapping_text(const std::vector<std::pair<std::string, std::string>>& columns) {
  std::string text =
      "\xEF\xBB\xBF"
      "column,field\r\n";
  for (const auto& [header, field] : columns)
    if (!header.empty()) text += csv_field(header) + "," + field + "\r\n";
  return text;
}

Expected<ColumnChoices> read_column_mapping(std::string_view bytes, ImportKind kind) {
  using Result = Expected<ColumnChoices>;
  const auto text = decode_to_utf8(bytes);
  if (!text) return Result::failure(text.error());
  const auto table = read_csv_table(*text);
  if (!table) return Result::failure(table.error());
  const auto& header = table->header.cells;
  const bool english = header.size() >= 2 && header[0] == "column" && header[1] == "field";
  const bool chinese = header.size() >= 2 && header[0] == "表头" && header[1] == "字段";
  if (!english && !chinese)
    return Result::failure(
        tr("is no column mapping: its first line should be column,field (or 表头,字段)"));
  const auto fields = import_fields(kind);
  ColumnChoices choices;
  for (const auto& row : table->rows) {
    const std::string header_text = row.cells.empty() ? std::string() : csv_unguarded(row.cells[0]);
    const std::string field = row.cells.size() > 1 ? row.cells[1] : std::string();
    if (header_text.empty()) continue;
    if (!field.empty() && std::none_of(fields.begin(), fields.end(),
                                       [&](const FieldSpec& spec) { return spec.name == field; })) {
      std::string known;
      for (const auto& spec : fields) known += (known.empty() ? "" : ", ") + std::string(spec.name);
      // TRANSLATORS: {1} a line of the mapping file, {2} the field written there, {3} the kind of
      // records, {4} the fields it has.
      return Result::failure(tr("line {1}: {2} is no field of {3} (they are: {4})", row.line,
                                shown(field), import_kind_name(kind), known));
    }
    choices.push_back({header_text, field});
  }
  return choices;
}

}  // namespace cwt
