#include "cwt/workspace/import_summary.hpp"

#include "cwt/model/messages.hpp"

namespace cwt {

std::vector<std::string> import_summary(ImportKind kind, const std::string& file_name,
                                        const ImportPlan& plan) {
  std::size_t added = 0, updated = 0, unchanged = 0;
  for (const auto& row : plan.previews) {
    if (row.outcome == RowOutcome::new_worker || row.outcome == RowOutcome::new_record) ++added;
    if (row.outcome == RowOutcome::updated_worker) ++updated;
    if (row.outcome == RowOutcome::already_recorded) ++unchanged;
  }
  const std::size_t written = added + updated;
  const bool workers = kind == ImportKind::workers;
  std::string headline = workers
                             ? trn("Imported {1} worker from {2}", "Imported {1} workers from {2}",
                                   written, written, file_name)
                             : trn("Imported {1} record from {2}", "Imported {1} records from {2}",
                                   written, written, file_name);
  std::string parts;
  const auto part = [&](std::size_t n, const std::string& text) {
    if (n == 0) return;
    parts += parts.empty() ? text : tr(", {1}", text);
  };
  // TRANSLATORS: how many of the rows imported were not on file yet.
  part(added, trn("{1} new", "{1} new", added, added));
  // TRANSLATORS: how many workers on file the import changed.
  part(updated, trn("{1} updated", "{1} updated", updated, updated));
  // TRANSLATORS: {1} the headline (Imported 7 workers from X), {2} the new and updated counts.
  std::vector<std::string> lines{parts.empty() ? headline : tr("{1}: {2}", headline, parts)};
  if (unchanged > 0)
    lines.push_back(workers ? trn("{1} worker unchanged: on file as the file has them",
                                  "{1} workers unchanged: on file as the file has them", unchanged,
                                  unchanged)
                            : trn("{1} row already recorded, skipped",
                                  "{1} rows already recorded, skipped", unchanged, unchanged));
  if (plan.rejected > 0)
    lines.push_back(trn("{1} row with problems not imported", "{1} rows with problems not imported",
                        plan.rejected, plan.rejected));
  if (plan.skipped_rows > 0)
    lines.push_back(
        trn("{1} row around the table skipped (title, 填报单位, 合计, notes, signatures)",
            "{1} rows around the table skipped (title, 填报单位, 合计, notes, signatures)",
            plan.skipped_rows, plan.skipped_rows));
  if (workers && plan.without_district > 0)
    lines.push_back(trn("{1} worker saved without a district (区)",
                        "{1} workers saved without a district (区)", plan.without_district,
                        plan.without_district));
  return lines;
}

std::string without_district_question(const ImportPlan& plan) {
  if (plan.without_district == 0) return {};
  return trn(
      "{1} worker would be saved without a district (区) and left out of every report by "
      "district. Give the district for every row on the columns page, or import without one?",
      "{1} workers would be saved without a district (区) and left out of every report by "
      "district. Give the district for every row on the columns page, or import them without "
      "one?",
      plan.without_district, plan.without_district);
}

}  // namespace cwt
