#pragma once
// The import wizard without its widgets: the kind and file, the workbook's
// sheets, the columns as read and the officer's corrections, the plan with
// every row's outcome, the preview's filters and texts. gui/ binds it to the
// wizard's pages; tests drive it without a display.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "cwt/exchange/importer.hpp"
#include "cwt/model/codes.hpp"
#include "cwt/model/expected.hpp"

namespace cwt {

// The rows the preview shows.
enum class RowFilter { all, problems, new_rows, updates, already_recorded };

class ImportSession {
 public:
  ImportSession(ImportKind kind, std::string file);

  ImportKind kind() const { return kind_; }
  const std::string& file() const { return file_; }

  // The workbook's sheets (empty for a CSV file or a file that is no
  // workbook: the plan then says what is wrong with it).
  const std::vector<std::string>& sheets() const { return sheets_; }
  // "" lets the import take the sheet whose header fits the kind best.
  void choose_sheet(std::string sheet);

  // Reads and checks the file with the choices made so far (seconds for a
  // large file: the GUI runs it off its thread). Nothing is written.
  // Tells `progress` the rows checked; a cancel throws Cancelled and keeps
  // the plan before.
  void plan(Store& store, Date today, const Policy& policy, Progress& progress = no_progress());
  const ImportPlan& result() const { return plan_; }
  bool planned() const { return planned_; }

  // The columns of the header as the plan read them: the header as written
  // and the field (empty: ignored).
  const std::vector<std::pair<std::string, std::string>>& columns() const { return plan_.columns; }
  // The fields a column can be read as, in DOMAIN.md's order.
  std::vector<std::string> field_names() const;
  // A field's name as the officer knows it: 身份证号 (id_number) / id_number.
  std::string field_label(const std::string& field, Language language) const;
  // Reads column `index` as `field` ("" ignores it); takes effect at the
  // next plan(). Two columns read as one field is a problem the plan names.
  void set_field(std::size_t index, const std::string& field);
  bool mapping_changed() const { return mapping_changed_; }
  // A saved mapping (column_mapping.hpp), applied at the next plan().
  Expected<bool> load_mapping(std::string_view bytes);
  // The columns as they will be read, as a mapping file's text.
  std::string mapping_text() const;

  // Values for every row of a column the file lacks (a roster that names
  // its street only in its title): the fields the columns page offers one
  // for: every required field and the district that no column is read as
  // (but the ID number and the name, which differ from row to row).
  std::vector<std::string> every_row_fields() const;
  // The value given for `field`: typed by the officer, or else proposed by
  // the file's title or 填报单位 line (taken at plan(), and shown to be
  // corrected); "" for none.
  std::string every_row_value(const std::string& field) const;
  // Sets it ("" gives none); takes effect at the next plan(). A value for a
  // field a column is read as is not used.
  void set_every_row_value(const std::string& field, const std::string& value);

  // The question to ask before Finish writes workers without a district, or
  // "" when there is none to ask.
  std::string district_question() const;
  // What the import wrote, once written: import_summary.hpp's lines.
  std::vector<std::string> done_summary() const;

  void set_good_rows_only(bool good_rows_only);
  bool good_rows_only() const { return options_.good_rows_only; }

  // The rows `filter` keeps, as indexes into result().previews.
  std::vector<std::size_t> rows(RowFilter filter) const;
  // How many rows have each outcome.
  std::map<RowOutcome, std::size_t> counts() const;
  // One line for the preview's summary: 新增 3 人，更新 1 人，已有记录 2 行，有问题 1 行.
  std::string summary() const;
  // What a row does, in words: the changed fields (联系电话：138… → 139…)
  // or its problems.
  std::string details(const RowPreview& row, Language language) const;
  // The same whole, for the pane under the preview: the row (line, ID
  // number, name, outcome) on the first line, then each change and each
  // problem on a line of its own, uncut.
  std::string full_details(const RowPreview& row, Language language) const;

  // Whether Finish imports something: the plan is ready and has rows to write.
  bool can_import() const;
  // Why it cannot, for the wizard's page; empty when it can.
  std::string blocked_reason() const;

 private:
  ImportKind kind_;
  std::string file_;
  std::vector<std::string> sheets_;
  ImportOptions options_;
  ImportPlan plan_;
  bool planned_ = false;
  bool mapping_changed_ = false;
  // Values for every row by field, typed or taken from the title; a field
  // absent here has had none.
  std::map<std::string, std::string> every_row_;
};

}  // namespace cwt
