#include "grouping.hpp"

#include <algorithm>
#include <tuple>

#include "report_text.hpp"

namespace cwt::reports {

std::string street_name(const OrgPath& org) {
  return org.district.empty() ? org.street : org.district + " " + org.street;
}

StreetColumn::StreetColumn(const std::vector<const WorkerStatus*>& workers) {
  with_district_ = std::ranges::any_of(workers, [&](const WorkerStatus* w) {
    return w->worker->org.district != workers.front()->worker->org.district;
  });
}

std::string StreetColumn::operator()(const OrgPath& org) const {
  return with_district_ ? street_name(org) : org.street;
}

std::vector<const WorkerStatus*> in_street_order(
    const std::vector<WorkerStatus>& statuses, const Scope& scope,
    const std::function<bool(const WorkerStatus&, const WorkerStatus&)>& before) {
  std::vector<const WorkerStatus*> chosen;
  for (const auto& status : statuses)
    if (scope.contains(*status.worker)) chosen.push_back(&status);
  std::stable_sort(chosen.begin(), chosen.end(), [&](const WorkerStatus* a, const WorkerStatus* b) {
    const OrgPath& x = a->worker->org;
    const OrgPath& y = b->worker->org;
    if (std::tie(x.district, x.street, x.community) != std::tie(y.district, y.street, y.community))
      return std::tie(x.district, x.street, x.community) <
             std::tie(y.district, y.street, y.community);
    return before && before(*a, *b);
  });
  return chosen;
}

namespace {

// A 小计 or 合计 row: the label first, then what it covers (a street or
// community, when named) before the second cell's own text.
Row labelled(RowKind kind, std::vector<Cell> cells, std::string label, const std::string& covers,
             std::size_t columns) {
  cells.resize(columns);
  cells.front() = Cell::of_text(std::move(label));
  if (!covers.empty() && columns > 1) {
    const std::string own = cell_text(cells[1]);
    cells[1] = Cell::of_text(own.empty() ? covers : covers + " " + own);
  }
  return {kind, std::move(cells)};
}

Row heading(std::string name, std::size_t columns) {
  std::vector<Cell> cells(columns);
  cells.front() = Cell::of_text(std::move(name));
  return {RowKind::heading, std::move(cells)};
}

}  // namespace

void add_grouped_rows(
    Table& table, const std::vector<const WorkerStatus*>& workers, Language language,
    const std::function<std::vector<Cell>(const WorkerStatus&, std::size_t number)>& row,
    const std::function<std::vector<Cell>(const std::vector<const WorkerStatus*>&)>& sums) {
  const std::size_t columns = table.columns.size();
  std::size_t number = 0;
  for (std::size_t i = 0; i < workers.size();) {
    const OrgPath& street = workers[i]->worker->org;
    std::size_t street_end = i;
    while (street_end < workers.size() &&
           workers[street_end]->worker->org.district == street.district &&
           workers[street_end]->worker->org.street == street.street)
      ++street_end;
    table.rows.push_back(heading(street_name(street), columns));
    for (std::size_t j = i; j < street_end;) {
      const std::string& community = workers[j]->worker->org.community;
      std::size_t community_end = j;
      while (community_end < street_end &&
             workers[community_end]->worker->org.community == community)
        ++community_end;
      table.rows.push_back(heading(community, columns));
      for (std::size_t k = j; k < community_end; ++k)
        table.rows.push_back({RowKind::data, row(*workers[k], ++number)});
      const std::vector<const WorkerStatus*> part(
          workers.begin() + static_cast<long>(j),
          workers.begin() + static_cast<long>(community_end));
      table.rows.push_back(
          labelled(RowKind::subtotal, sums(part), subtotal_label(language), community, columns));
      j = community_end;
    }
    const std::vector<const WorkerStatus*> part(workers.begin() + static_cast<long>(i),
                                                workers.begin() + static_cast<long>(street_end));
    table.rows.push_back(labelled(RowKind::subtotal, sums(part), subtotal_label(language),
                                  street_name(street), columns));
    i = street_end;
  }
  table.rows.push_back(labelled(RowKind::total, sums(workers), total_label(language), "", columns));
}

std::string scope_text(const Scope& scope, Language language) {
  std::string text;
  for (const std::string* part : {&scope.district, &scope.street, &scope.community})
    if (!part->empty()) text += (text.empty() ? "" : " ") + *part;
  return text.empty() ? pick(language, "全部", "All") : text;
}

std::string organisation_of(const Scope& scope) {
  if (!scope.community.empty()) return scope.community;
  if (!scope.street.empty())
    return scope.district.empty() ? scope.street : scope.district + " " + scope.street;
  return scope.district;
}

}  // namespace cwt::reports
