#include "cwt/workspace/import_session.hpp"

#include <algorithm>

#include "cwt/exchange/column_mapping.hpp"
#include "cwt/exchange/workbook.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/platform/platform.hpp"
#include "cwt/workspace/import_summary.hpp"

namespace cwt {

ImportSession::ImportSession(ImportKind kind, std::string file)
    : kind_(kind), file_(std::move(file)) {
  if (const auto workbook = Workbook::from_file(path_from_utf8(file_)))
    sheets_ = workbook->sheet_names();
}

void ImportSession::choose_sheet(std::string sheet) {
  if (sheet != options_.sheet) {
    // Another sheet has other columns: corrections made for one do not carry.
    options_.mapping.clear();
    mapping_changed_ = false;
  }
  options_.sheet = std::move(sheet);
}

void ImportSession::plan(Store& store, Date today, const Policy& policy, Progress& progress) {
  options_.records_on_file = &store;
  options_.progress = &progress;
  // A value for a field a column is now read as would be refused: the
  // column wins (the page offers no value for it).
  options_.every_row.clear();
  for (const auto& [field, value] : every_row_) {
    const bool read_from_column =
        std::any_of(plan_.columns.begin(), plan_.columns.end(),
                    [&](const auto& column) { return column.second == field; });
    if (!read_from_column && !value.empty()) options_.every_row.emplace_back(field, value);
  }
  try {
    plan_ = plan_import(kind_, path_from_utf8(file_), store.id_numbers(), today, policy, options_);
  } catch (...) {  // a cancel, or a failure to read: the plan before stays
    options_.records_on_file = nullptr;
    options_.progress = nullptr;
    throw;
  }
  options_.records_on_file = nullptr;
  options_.progress = nullptr;
  planned_ = true;
  mapping_changed_ = false;
  // What the title proposes is taken for a field the page offers and the
  // officer has not yet given a value for: shown, to be corrected.
  for (const auto& field : every_row_fields())
    if (!every_row_.contains(field))
      for (const auto& [proposed_field, value] : plan_.proposed)
        if (proposed_field == field) {
          every_row_[field] = value;
          mapping_changed_ = true;  // read again with it
        }
}

std::vector<std::string> ImportSession::every_row_fields() const {
  std::vector<std::string> fields;
  for (const auto& spec : import_fields(kind_)) {
    const std::string field(spec.name);
    if (!can_apply_to_every_row(field)) continue;
    if (!spec.required && !(kind_ == ImportKind::workers && field == "district")) continue;
    const bool read_from_column =
        std::any_of(plan_.columns.begin(), plan_.columns.end(),
                    [&](const auto& column) { return column.second == field; });
    if (!read_from_column) fields.push_back(field);
  }
  return fields;
}

std::string ImportSession::every_row_value(const std::string& field) const {
  const auto found = every_row_.find(field);
  return found == every_row_.end() ? std::string() : found->second;
}

void ImportSession::set_every_row_value(const std::string& field, const std::string& value) {
  const auto found = every_row_.find(field);
  if (found != every_row_.end() && found->second == value) return;
  every_row_[field] = value;
  mapping_changed_ = true;
}

std::string ImportSession::district_question() const { return without_district_question(plan_); }

std::vector<std::string> ImportSession::done_summary() const {
  return import_summary(kind_, utf8_from_path(path_from_utf8(file_).filename()), plan_);
}

std::vector<std::string> ImportSession::field_names() const {
  std::vector<std::string> names;
  for (const auto& spec : import_fields(kind_)) names.emplace_back(spec.name);
  return names;
}

std::string ImportSession::field_label(const std::string& field, Language language) const {
  for (const auto& spec : import_fields(kind_))
    if (spec.name == field)
      return cwt::field_label(spec, language);  // words: the code stays internal
  return field;
}

void ImportSession::set_field(std::size_t index, const std::string& field) {
  if (index >= plan_.columns.size() || plan_.columns[index].second == field) return;
  const std::string& header = plan_.columns[index].first;
  auto& mapping = options_.mapping;
  const auto chosen = std::find_if(mapping.begin(), mapping.end(),
                                   [&](const ColumnChoice& c) { return c.header == header; });
  if (chosen != mapping.end())
    chosen->field = field;
  else
    mapping.push_back({header, field});
  plan_.columns[index].second = field;  // shown at once; read at the next plan()
  mapping_changed_ = true;
}

Expected<bool> ImportSession::load_mapping(std::string_view bytes) {
  auto read = read_column_mapping(bytes, kind_);
  if (!read) return Expected<bool>::failure(read.error());
  options_.mapping = std::move(*read);
  for (auto& [header, field] : plan_.columns)
    for (const auto& choice : options_.mapping)
      if (choice.header == header) field = choice.field;
  mapping_changed_ = true;
  return true;
}

std::string ImportSession::mapping_text() const { return column_mapping_text(plan_.columns); }

void ImportSession::set_good_rows_only(bool good_rows_only) {
  if (good_rows_only == options_.good_rows_only) return;
  options_.good_rows_only = good_rows_only;
  mapping_changed_ = true;  // the plan's change depends on it: plan again
}

std::vector<std::size_t> ImportSession::rows(RowFilter filter) const {
  std::vector<std::size_t> kept;
  for (std::size_t i = 0; i < plan_.previews.size(); ++i) {
    const RowOutcome outcome = plan_.previews[i].outcome;
    bool keep = true;
    switch (filter) {
      case RowFilter::all:
        break;
      case RowFilter::problems:
        keep = outcome == RowOutcome::rejected;
        break;
      case RowFilter::new_rows:
        keep = outcome == RowOutcome::new_worker || outcome == RowOutcome::new_record;
        break;
      case RowFilter::updates:
        keep = outcome == RowOutcome::updated_worker;
        break;
      case RowFilter::already_recorded:
        keep = outcome == RowOutcome::already_recorded;
        break;
    }
    if (keep) kept.push_back(i);
  }
  return kept;
}

std::map<RowOutcome, std::size_t> ImportSession::counts() const {
  std::map<RowOutcome, std::size_t> counts;
  for (const auto& preview : plan_.previews) ++counts[preview.outcome];
  return counts;
}

std::string ImportSession::summary() const {
  const auto all = counts();
  const auto count = [&](RowOutcome outcome) {
    const auto found = all.find(outcome);
    return found == all.end() ? std::size_t{0} : found->second;
  };
  std::string text = trn("{1} row", "{1} rows", plan_.rows, plan_.rows);
  const auto add = [&](std::size_t n, const std::string& part) {
    if (n > 0) text += tr(", {1}", part);
  };
  add(count(RowOutcome::new_worker),
      trn("{1} new worker", "{1} new workers", count(RowOutcome::new_worker),
          count(RowOutcome::new_worker)));
  add(count(RowOutcome::updated_worker),
      trn("{1} worker on file updated", "{1} workers on file updated",
          count(RowOutcome::updated_worker), count(RowOutcome::updated_worker)));
  add(count(RowOutcome::new_record),
      trn("{1} new record", "{1} new records", count(RowOutcome::new_record),
          count(RowOutcome::new_record)));
  add(count(RowOutcome::already_recorded),
      trn("{1} already recorded", "{1} already recorded", count(RowOutcome::already_recorded),
          count(RowOutcome::already_recorded)));
  add(count(RowOutcome::rejected), trn("{1} row rejected", "{1} rows rejected",
                                       count(RowOutcome::rejected), count(RowOutcome::rejected)));
  return text;
}

std::string ImportSession::details(const RowPreview& row, Language language) const {
  std::string text;
  for (const auto& change : row.changes) {
    const auto shown = [&](const std::string& value) {
      return value.empty() ? tr("(empty)") : shown_value(change.field, value, language);
    };
    if (!text.empty()) text += "; ";
    std::string label = change.field;
    for (const auto& spec : import_fields(kind_))
      if (spec.name == change.field && language == Language::zh && !spec.headers_zh.empty())
        label = std::string(spec.headers_zh.front());
    text += label + ": " + shown(change.before) + " → " + shown(change.after);
  }
  for (const auto& problem : row.problems) {
    if (!text.empty()) text += "; ";
    if (!problem.column_name.empty()) text += problem.column_name + ": ";
    text += problem.message;
  }
  return text;
}

std::string ImportSession::full_details(const RowPreview& row, Language language) const {
  // TRANSLATORS: {1} a line of the file, {2} its worker (ID number and name), {3} its outcome.
  const std::string who = row.id_number.empty() || row.name.empty()
                              ? row.id_number + row.name
                              : row.id_number + " " + row.name;
  std::string text = tr("Line {1}: {2} ({3})", row.line, who, outcome_text(row.outcome));
  for (const auto& change : row.changes) {
    const auto shown = [&](const std::string& value) {
      return value.empty() ? tr("(empty)") : shown_value(change.field, value, language);
    };
    text += "\n" + field_label(change.field, language) + ": " + shown(change.before) + " → " +
            shown(change.after);
  }
  for (const auto& problem : row.problems) {
    text += "\n";
    if (!problem.column_name.empty()) text += problem.column_name + ": ";
    text += problem.message;
  }
  return text;
}

bool ImportSession::can_import() const { return blocked_reason().empty(); }

std::string ImportSession::blocked_reason() const {
  if (!planned_) return tr("the file has not been read yet");
  if (mapping_changed_) return tr("the choices changed: the file is read again first");
  if (!plan_.ready) {
    if (plan_.rejected > 0 && !options_.good_rows_only)
      return trn("{1} row has a problem: correct the file, or import only the good rows",
                 "{1} rows have problems: correct the file, or import only the good rows",
                 plan_.rejected, plan_.rejected);
    return tr("the file cannot be imported as it is: see its problems");
  }
  if (plan_.change.empty())
    return plan_.rejected == plan_.rows ? tr("every row has a problem: nothing to import")
                                        : tr("everything in the file is on file already");
  return {};
}

}  // namespace cwt
