#pragma once
// What an import wrote, in the officer's language: the wizard's last page,
// the status bar after it, and `cwtrack-cli import` say it with the same
// sentences.
//   Imported 7 workers from 花名册.xlsx: 6 new, 1 updated
//   1 row with problems not imported
//   5 rows around the table skipped (title, 填报单位, 合计, notes, signatures)
#include <string>
#include <vector>

#include "cwt/exchange/importer.hpp"

namespace cwt {

// The lines for a plan that was written (`plan.change` applied): the
// headline with the rows written (new, updated), then, when there are any,
// the rows left as they were (already on file), the rejected rows not
// imported, the rows around the table skipped, and the workers saved
// without a district. `file_name` as the officer knows the file (its name).
std::vector<std::string> import_summary(ImportKind kind, const std::string& file_name,
                                        const ImportPlan& plan);

// The question the wizard asks before writing workers without a district,
// or "" when every worker written has one.
std::string without_district_question(const ImportPlan& plan);

}  // namespace cwt
