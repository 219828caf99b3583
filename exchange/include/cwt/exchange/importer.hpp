#pragma once
// Import from CSV files and Excel workbooks (.xlsx): a file becomes a
// ChangeSet, all or nothing. The table is found in the file (title rows,
// 填报单位 lines, 合计 rows, notes and signatures around it are skipped:
// source_table.hpp), every row is validated and every problem is listed with
// its line (a sheet's row) and column; the change is filled only when there
// is none.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cwt/exchange/record_fields.hpp"
#include "cwt/exchange/source_table.hpp"
#include "cwt/model/dates.hpp"
#include "cwt/model/policy.hpp"
#include "cwt/model/progress.hpp"
#include "cwt/model/store.hpp"

namespace cwt {

enum class ImportKind { workers, positions, exams, certificates, training };

// "workers", "positions", "exams", "certificates", "training".
std::optional<ImportKind> parse_import_kind(std::string_view text);
std::string_view import_kind_name(ImportKind kind);

// The columns of a file of that kind (DOMAIN.md's order).
std::span<const FieldSpec> import_fields(ImportKind kind);

struct ImportProblem {
  std::string file;         // as given, UTF-8
  int line = 0;             // 1-based physical line; 0 for the file as a whole
  int column = 0;           // 1-based; 0 for a whole row or the header
  std::string column_name;  // the header as written in the file
  std::string message;
  std::string sheet;  // a workbook's sheet; empty for CSV
  // "FILE: line L, column C (NAME): reason", without the column part for a
  // whole row or the header and without the line part for the whole file;
  // in the program's language, like `message`.
  std::string to_string() const;
};

// A variant of a coded value read as its label (code_variants.hpp).
struct ValueMapping {
  std::string field;        // education
  std::string column_name;  // the header as written: 文化程度
  std::string from;         // 大学本科
  std::string to;           // 本科
  std::size_t rows = 0;     // how many rows had it
};

// What importing a row does.
enum class RowOutcome {
  new_worker,        // a worker not on file
  updated_worker,    // a worker on file whose fields change (`changes`)
  new_record,        // a position, exam, certificate or training record added
  already_recorded,  // the same as on file: skipped
  rejected,          // a problem in the row: not imported
};
// "new_worker", "updated_worker", "new_record", "already_recorded", "rejected".
std::string_view outcome_code(RowOutcome outcome);
// The same in the program's language.
std::string outcome_text(RowOutcome outcome);

// A field of a worker on file that the row changes, as fields_of writes it
// (codes, ISO dates).
struct FieldChange {
  std::string field;
  std::string before;
  std::string after;
  bool operator==(const FieldChange&) const = default;
};

// One data row of the file and what importing it does.
struct RowPreview {
  int line = 0;
  RowOutcome outcome = RowOutcome::new_record;
  std::string id_number;                // the 18-character number when it could be read
  std::string name;                     // workers: the name in the file
  std::vector<ImportProblem> problems;  // every problem of the row (rejected rows)
  std::vector<FieldChange> changes;     // updated_worker
};

// The rejected rows as the file holds them, for handing back to be fixed:
// the header row and each rejected row with the reason it was rejected.
struct RejectedRows {
  SourceRow header;
  std::vector<SourceRow> rows;
  std::vector<std::string> reasons;  // one per row: its problems
  bool date1904 = false;
};

struct ImportPlan {
  // The rows to write: empty unless `ready`.
  ChangeSet change;
  // Whether `change` is what the import writes: there is no problem, or only
  // problems of single rows and ImportOptions::good_rows_only (the change then
  // holds the good rows).
  bool ready = false;
  // In file order. Repeats are summarised so that the list stays readable
  // whatever the file: at most kMaxProblemsPerColumn per column, then one
  // line counting the rest of that column, and at most kMaxProblemsListed in
  // all, then one line counting the rest.
  std::vector<ImportProblem> problems;
  std::size_t problem_count = 0;            // every problem found, listed or not
  std::size_t rows = 0;                     // data rows read (blank rows not counted)
  std::string sheet;                        // the workbook's sheet read; empty for CSV
  int header_line = 0;                      // the header's line (a sheet's row)
  std::size_t skipped_rows = 0;             // title, 填报单位, 合计, notes and signature rows
  std::vector<ValueMapping> mapped_values;  // in the order first met
  std::size_t already_recorded = 0;         // rows equal to a record on file: skipped
  // The header's columns in order: (header as written, field read from it;
  // empty for a column the import does not use, such as 序号, 籍贯 or 备注).
  std::vector<std::pair<std::string, std::string>> columns;
  // Every data row in file order, with what importing it does.
  std::vector<RowPreview> previews;
  std::size_t rejected = 0;  // rows with a problem
  RejectedRows rejected_rows;
  // The district and street the rows around the table name (its title, the
  // 填报单位 line: title_values.hpp), as (field, value), found whether or not
  // the file has such columns: what the wizard proposes as the value for
  // every row of a column the file lacks.
  FieldValues proposed;
  // Workers the change would save without a district (new ones, and ones on
  // file that have none): they fall out of every report by district, so the
  // front ends ask before writing them.
  std::size_t without_district = 0;
};

struct ImportOptions {
  std::string sheet;  // a workbook's sheet by name; empty: the one that fits the kind best
  // Where exams, certificates and training rows are looked up: a row equal
  // to a record on file (the same worker, every field the same) was
  // imported before and is skipped, counted in already_recorded. Null: none
  // is looked up.
  Store* records_on_file = nullptr;
  // Columns matched by hand, ahead of the names cwtrack knows (a mapping
  // saved from an earlier workbook of the same shape).
  ColumnChoices mapping;
  // Import the good rows even when others are rejected (the rejected ones
  // are listed in the plan, to be handed back); a problem of the file or its
  // header still stops everything.
  bool good_rows_only = false;
  // Values for columns the file lacks, each the same for every row, as
  // (field, value): the street a roster names only in its title. A value
  // for a field the file has a column for is a problem of the file (which
  // of the two is meant cannot be guessed), and so is one for a field the
  // kind does not have or that no two rows share (can_apply_to_every_row).
  FieldValues every_row;
  // Told the rows checked of all (the stage "Checking the rows"); a cancel
  // there throws Cancelled, and nothing was written anyway. Null: nobody
  // watches.
  Progress* progress = nullptr;
};

// Whether one value can stand for a field in every row: any field but the
// ID number and the name, which differ from row to row.
bool can_apply_to_every_row(std::string_view field);

inline constexpr std::size_t kMaxProblemsPerColumn = 10;
inline constexpr std::size_t kMaxProblemsListed = 100;

// Reads and checks `file`: a workbook (by its content, whatever its name) or
// CSV text, decoded (UTF-8 with or without BOM, GB18030). Headers in English
// or Chinese, in any order; unknown columns are ignored.
// ID numbers of positions, exams, certificates and training rows must be in
// `known_id_numbers` (18-character form). A file without a header, or with a
// header and no data row, is a problem (most likely the wrong file).
// `policy` supplies the limits a record must keep (max_record_hours).
ImportPlan plan_import(ImportKind kind, const std::filesystem::path& file,
                       const std::set<std::string>& known_id_numbers, Date today,
                       const Policy& policy, const ImportOptions& options = {});

// The same for bytes already read; `file_label` names them in problems. The
// whole reading path (decoding, header matching, row validation) without the
// file system: what the fuzz target drives.
ImportPlan plan_import_bytes(ImportKind kind, std::string_view bytes, const std::string& file_label,
                             const std::set<std::string>& known_id_numbers, Date today,
                             const Policy& policy, const ImportOptions& options = {});

}  // namespace cwt
