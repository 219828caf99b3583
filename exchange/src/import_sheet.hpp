#pragma once
// One table being imported: its header matched to a kind's fields (the
// user's choices first), each row's cells read as their fields read them,
// and every problem found recorded with its line and column.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "cwt/exchange/importer.hpp"
#include "cwt/exchange/source_table.hpp"

namespace cwt {

class ImportSheet {
 public:
  // `every_row`: values for fields the file has no column for, the same in
  // every row (ImportOptions::every_row).
  ImportSheet(std::string file, const SourceTable& table, HeaderNames names,
              std::vector<ImportProblem>& problems, FieldValues every_row = {});

  // Maps each header cell to a field; false when a required column is
  // missing (and no value is given for every row), a field has two columns,
  // or a value for every row is given for a field the file has a column for
  // (the rows then cannot be read).
  // `columns` gets every header cell: (as written, its field or "").
  bool map_header(const SourceRow& header,
                  std::vector<std::pair<std::string, std::string>>& columns);

  // The row's values by field, each cell read as its field reads it (dates
  // from serial numbers, ...); a cell that cannot be is a problem of its
  // column, and the parser's problems for that field are not added again.
  // Coded values written as a variant (大学本科) come back as their label,
  // counted in `mapped`.
  FieldValues values_of(const SourceRow& row, std::vector<ValueMapping>& mapped);

  // Whether the file gives `field`: a column, or a value for every row.
  bool gives(std::string_view field) const;

  // A problem of one field, in its column when the file has one.
  void add(int line, const FieldProblem& problem);
  void add(int line, const Problems& problems);
  void add(int line, std::optional<std::size_t> column, std::string message);

 private:
  void check_beyond_header(const SourceRow& row);
  const std::string* every_row_value(std::string_view field) const;

  std::string file_;
  std::string sheet_;
  bool date1904_ = false;
  HeaderNames names_;
  std::vector<ImportProblem>& problems_;
  int header_line_ = 0;
  std::vector<std::string> header_;
  std::map<std::string_view, std::size_t> column_of_field_;
  FieldValues every_row_;
  std::set<std::string> unreadable_;  // fields of the current row whose cell could not be read
};

}  // namespace cwt
