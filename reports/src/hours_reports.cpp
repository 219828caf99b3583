// training and summary: the yearly training table and the statistical summary.
#include <map>
#include <tuple>

#include "builders.hpp"
#include "cwt/model/tally.hpp"
#include "cwt/model/terms.hpp"
#include "report_text.hpp"

namespace cwt::reports {

void build_training(Document& document, const ReportRequest& request,
                    const std::vector<WorkerStatus>& statuses) {
  const Language l = request.language;
  Table table;
  table.columns = {{pick(l, "序号", "No."), 3, Align::right},
                   {term_text(Term::name, l), 6, Align::left},
                   {term_text(Term::id_number, l), 12, Align::left},
                   {term_text(Term::position, l), 8, Align::left},
                   {pick(l, "应修学时", "Required"), 5, Align::right},
                   {pick(l, "已修学时", "Completed"), 5, Align::right},
                   {pick(l, "差额学时", "Shortfall"), 5, Align::right},
                   {pick(l, "培训状态 / 达标率", "Status / met"), 7, Align::left}};
  const auto workers = in_street_order(statuses, request.scope);
  add_grouped_rows(
      table, workers, l,
      [&](const WorkerStatus& s, std::size_t number) {
        const auto& t = s.training;
        return std::vector<Cell>{Cell::of_integer(static_cast<std::int64_t>(number)),
                                 Cell::of_text(s.worker->name),
                                 Cell::of_text(printed_id(s.worker->id_number, request.full_id)),
                                 Cell::of_text(label_in(s.position, l)),
                                 Cell::of_hours(t.required_half_hours),
                                 Cell::of_hours(t.completed_half_hours),
                                 Cell::of_hours(t.shortfall_half_hours),
                                 Cell::of_text(label_in(t.status, l))};
      },
      [&](const std::vector<const WorkerStatus*>& part) {
        std::int64_t required = 0, completed = 0, shortfall = 0;
        Tally tally;
        for (const WorkerStatus* s : part) {
          required += s->training.required_half_hours;
          completed += s->training.completed_half_hours;
          shortfall += s->training.shortfall_half_hours;
          tally.add(*s);
        }
        std::vector<Cell> cells(table.columns.size());
        cells[1] = Cell::of_text(l == Language::zh ? std::to_string(part.size()) + " 人"
                                                   : std::to_string(part.size()) + " workers");
        cells[4] = Cell::of_hours(required);
        cells[5] = Cell::of_hours(completed);
        cells[6] = Cell::of_hours(shortfall);
        cells[7] = Cell::of_share(static_cast<std::int64_t>(tally.training_met),
                                  static_cast<std::int64_t>(tally.training_required));
        return cells;
      });
  document.blocks.push_back({{}, {}, {std::move(table)}});
  document.notes.push_back(
      pick(l,
           "说明：书记、主任每年应修 40 学时，其他人员 20 "
           "学时（以设置为准，年中入职或离职者按设置折算）；"
           "已修学时为截至统计日已核实的培训学时；小计、合计行的达标率为达标人数占应修人数的比例。",
           "Required: 40 class hours a year for Party secretaries and committee directors, 20 for "
           "the others (as set, prorated for those hired or leaving during the year); completed: "
           "verified hours up to the day; a subtotal's or total's rate is the share of workers "
           "with required hours who met them."));
}

void build_summary(Document& document, const ReportRequest& request,
                   const std::vector<WorkerStatus>& statuses) {
  const Language l = request.language;
  document.landscape = true;
  Table table;
  table.columns = {{term_text(Term::street, l), 9, Align::left},
                   {term_text(Term::community, l), 8, Align::left},
                   {pick(l, "在职人数", "Active"), 4, Align::right},
                   {pick(l, "应取证人数", "Must certify"), 4, Align::right},
                   {pick(l, "已取证人数", "Certified"), 4, Align::right},
                   {pick(l, "持证率", "Certified %"), 4, Align::right},
                   {pick(l, "逾期人数", "Overdue"), 4, Align::right},
                   {pick(l, "培训达标人数", "Training met"), 4, Align::right},
                   {pick(l, "达标率", "Met %"), 4, Align::right}};
  // One tally per community, in street order; the counting is the model's.
  std::map<std::tuple<std::string, std::string, std::string>, Tally> by_community;
  for (const auto& status : statuses) {
    const OrgPath& org = status.worker->org;
    if (request.scope.contains(*status.worker))
      by_community[{org.district, org.street, org.community}].add(status);
  }
  const auto counts = [](std::vector<Cell> cells, const Tally& t) {
    cells.push_back(Cell::of_integer(static_cast<std::int64_t>(t.active)));
    cells.push_back(Cell::of_integer(static_cast<std::int64_t>(t.must_certify)));
    cells.push_back(Cell::of_integer(static_cast<std::int64_t>(t.certified)));
    cells.push_back(Cell::of_share(static_cast<std::int64_t>(t.certified),
                                   static_cast<std::int64_t>(t.must_certify)));
    cells.push_back(Cell::of_integer(static_cast<std::int64_t>(t.overdue())));
    cells.push_back(Cell::of_integer(static_cast<std::int64_t>(t.training_met)));
    cells.push_back(Cell::of_share(static_cast<std::int64_t>(t.training_met),
                                   static_cast<std::int64_t>(t.training_required)));
    return cells;
  };
  const StreetColumn street_text(in_street_order(statuses, request.scope));
  Tally total;
  for (auto at = by_community.begin(); at != by_community.end();) {
    const auto& [district, street, community] = at->first;
    const OrgPath place{district, street, community};
    Tally street_tally;
    for (; at != by_community.end() && std::get<0>(at->first) == district &&
           std::get<1>(at->first) == street;
         ++at) {
      table.rows.push_back({RowKind::data, counts({Cell::of_text(street_text(place)),
                                                   Cell::of_text(std::get<2>(at->first))},
                                                  at->second)});
      street_tally += at->second;
    }
    table.rows.push_back({RowKind::subtotal, counts({Cell::of_text(subtotal_label(l)),
                                                     Cell::of_text(street_text(place))},
                                                    street_tally)});
    total += street_tally;
  }
  table.rows.push_back({RowKind::total, counts({Cell::of_text(total_label(l)), Cell{}}, total)});
  document.blocks.push_back({{}, {}, {std::move(table)}});
  document.notes.push_back(
      pick(l,
           "说明：持证率 = 已取证人数 / 应取证人数；达标率 = 培训达标人数 / 本年度应修学时人数；"
           "逾期人数含启动罢免程序和辞退两类。",
           "Certified % = certified / must certify; met % = training met / workers with required "
           "hours this year; overdue counts both recall and dismissal."));
}

}  // namespace cwt::reports
