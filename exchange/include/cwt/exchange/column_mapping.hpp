#pragma once
// A column mapping saved for the next workbook of the same shape: a small
// CSV file (UTF-8 with BOM, so that Excel shows it) with one row per column
// of the workbook:
//
//   column,field
//   证件号码,id_number
//   参工时间,hire_date
//   籍贯,
//
// `field` is the field's English name (as in DOMAIN.md's file columns), or
// empty for a column to ignore. The Chinese header 表头,字段 is accepted too.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cwt/exchange/importer.hpp"
#include "cwt/exchange/source_table.hpp"
#include "cwt/model/expected.hpp"

namespace cwt {

// The mapping's text from a plan's columns (header as written, field or "").
std::string column_mapping_text(const std::vector<std::pair<std::string, std::string>>& columns);

// Reads a mapping for `kind` from a file's bytes; fails naming the line of
// a field that `kind` does not have, or a file that is no mapping.
Expected<ColumnChoices> read_column_mapping(std::string_view bytes, ImportKind kind);

}  // namespace cwt
