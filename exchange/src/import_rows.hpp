#pragma once
// Each kind's rows read into records, with what each row would do if
// accepted (new worker, update, new record, already recorded). Which rows
// are rejected is settled afterwards, from the problems of all rows.
#include <map>
#include <set>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "cwt/exchange/importer.hpp"
#include "import_sheet.hpp"

namespace cwt {

template <class Record>
using ByLine = std::vector<std::pair<int, Record>>;  // (line, record) in file order

struct PlannedRows {
  std::vector<RowPreview> previews;  // one per data row, in file order
  ByLine<Worker> workers;
  std::map<std::string, ByLine<PositionSpell>> positions;  // by worker, sorted by start
  ByLine<ExamAttempt> exams;
  ByLine<Certificate> certificates;
  ByLine<TrainingRecord> training;
  std::vector<ValueMapping> mapped_values;
};

struct RowContext {
  ImportSheet& sheet;
  Date today;
  const Policy& policy;
  const std::set<std::string>& known_id_numbers;
  Store* store;                // what is on file; may be null
  ProgressSteps rows_checked;  // of the rows given, every 256
};

PlannedRows plan_rows_of(ImportKind kind, std::span<const SourceRow> rows, RowContext& context);

}  // namespace cwt
