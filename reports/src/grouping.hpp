#pragma once
// What several reports share: the workers in scope in street and community
// order, and the heading, data, 小计 and 合计 rows of grouped tables.
#include <functional>
#include <string>
#include <vector>

#include "cwt/model/status.hpp"
#include "cwt/reports/document.hpp"
#include "cwt/reports/report.hpp"

namespace cwt::reports {

// "和平区 劝业场街道" (the district only when there is one).
std::string street_name(const OrgPath& org);

// The 街道 column of a table whose rows are these workers: the street
// alone when they are all of one district (the district is the scope's, or
// the same on every row: "和平区 劝业场街道" on each row only made every
// row wrap), with its district when they span several.
class StreetColumn {
 public:
  explicit StreetColumn(const std::vector<const WorkerStatus*>& workers);
  std::string operator()(const OrgPath& org) const;

 private:
  bool with_district_ = false;
};

// The statuses of the workers in scope, ordered by district, street,
// community, then by `before` (ID number order when it says nothing).
std::vector<const WorkerStatus*> in_street_order(
    const std::vector<WorkerStatus>& statuses, const Scope& scope,
    const std::function<bool(const WorkerStatus&, const WorkerStatus&)>& before = {});

// Adds the rows of a table grouped by street, then community: a heading per
// street and per community, each worker's row (`row`), a 小计 row per
// community and per street, and one 合计 row. `sums` makes the cells of a
// 小计 or 合计 row from the workers it covers (its first cell is replaced by
// the label). Returns nothing; fills table.rows.
void add_grouped_rows(
    Table& table, const std::vector<const WorkerStatus*>& workers, Language language,
    const std::function<std::vector<Cell>(const WorkerStatus&, std::size_t number)>& row,
    const std::function<std::vector<Cell>(const std::vector<const WorkerStatus*>&)>& sums);

// The scope as the title lines print it (全部 / All when nothing is named).
std::string scope_text(const Scope& scope, Language language);

}  // namespace cwt::reports
