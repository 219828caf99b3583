#pragma once
// The three presentations of `status`: JSON (the stable interface of
// DOMAIN.md), CSV (English headers and codes, for spreadsheets) and a table
// for the terminal (Chinese or English labels).
#include <ostream>
#include <vector>

#include "cwt/model/status.hpp"
#include "cwt/reports/document.hpp"

namespace cwt::cli {


void write_status_json(std::ostream& out, const std::vector<WorkerStatus>& statuses);
void write_status_csv(std::ostream& out, const std::vector<WorkerStatus>& statuses);
// The table's columns and a few more (district, employment, whether the
// worker must certify, certified late, the training year) as a data
// workbook: numbers as numbers, dates as dates, labels in `language`.
reports::Document status_document(const std::vector<WorkerStatus>& statuses, Language language,
                                  Date day);
void write_status_table(std::ostream& out, const std::vector<WorkerStatus>& statuses,
                        Language language);

}  // namespace cwt::cli
