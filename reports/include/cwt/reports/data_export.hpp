#pragma once
// The records of one kind as a data table: the import's own columns (DOMAIN.md's
// order; Chinese headers and code labels in Chinese, the English field names
// and codes in English), one row per record. What `cwtrack-cli export` and the
// desktop program's exports write, and what the import reads back unchanged.
#include "cwt/exchange/importer.hpp"
#include "cwt/model/store.hpp"
#include "cwt/reports/document.hpp"
#include "cwt/reports/report_file.hpp"

namespace cwt::reports {

// Every record of `kind` on file, ordered by ID number (each worker's records
// in the store's order), written to `target` as CSV or XLSX a row at a time
// (a city's 300,000 training records are never held as one document).
void save_export(ImportKind kind, Store& store, Language language, ReportFormat format,
                 const std::string& target);

// Records given as their fields (fields_of) in the columns of `fields`, as
// export_document writes them: what the desktop program's lists export.
Document records_document(const std::string& name, std::span<const FieldSpec> fields,
                          const std::vector<FieldValues>& rows, Language language);

// Rows an import rejected, in the file's own layout: its header and cells
// (texts as text, numbers as numbers, dates as dates) and a last column
// saying why (不导入原因 / Why not imported: a header no import reads, so the
// file imports as it is once fixed).
// Written to `target` as CSV or XLSX, a row at a time.
void save_rejected_rows(const RejectedRows& rejected, Language language, ReportFormat format,
                        const std::string& target);

// The header a column of `field` gets in `language`: its first Chinese name, or the field.
std::string export_header(const FieldSpec& field, Language language);

}  // namespace cwt::reports
