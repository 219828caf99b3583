#pragma once
// The records of one kind as a data table: the import's own columns (DOMAIN.md's
// order; Chinese headers and code labels in Chinese, the English field names
// and codes in English), one row per record. What `cwtrack-cli export` and the
// desktop program's exports write, and what the import reads back unchanged.
#include "cwt/exchange/importer.hpp"
#include "cwt/model/store.hpp"
#include "cwt/reports/document.hpp"

namespace cwt::reports {

// Every record of `kind` on file, ordered by ID number (each worker's records
// in the store's order), as a data_only document.
Document export_document(ImportKind kind, Store& store, Language language);

// Records given as their fields (fields_of) in the columns of `fields`, as
// export_document writes them: what the desktop program's lists export.
Document records_document(const std::string& name, std::span<const FieldSpec> fields,
                          const std::vector<FieldValues>& rows, Language language);

// Rows an import rejected, in the file's own layout: its header and cells
// (texts as text, numbers as numbers, dates as dates) and a last column
// saying why (不导入原因 / Why not imported: a header no import reads, so the
// file imports as it is once fixed).
Document rejected_rows_document(const RejectedRows& rejected, Language language);

// The header a column of `field` gets in `language`: its first Chinese name, or the field.
std::string export_header(const FieldSpec& field, Language language);

}  // namespace cwt::reports
