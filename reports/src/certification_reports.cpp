// deadlines and overdue: the certification reports.
#include <algorithm>
#include <unordered_map>

#include "builders.hpp"
#include "cwt/model/certification.hpp"
#include "cwt/model/terms.hpp"
#include "report_text.hpp"

namespace cwt::reports {

namespace {

bool uncertified_obligated(const WorkerStatus& status) {
  const auto s = status.certification.status;
  return status.certification.must_certify &&
         (s == CertificationStatus::pending || s == CertificationStatus::due_soon ||
          s == CertificationStatus::overdue);
}

bool deadline_before(const WorkerStatus& a, const WorkerStatus& b) {
  if (a.certification.deadline != b.certification.deadline)
    return a.certification.deadline < b.certification.deadline;
  return a.worker->id_number < b.worker->id_number;
}

Cell count_cell(std::size_t n, Language language) {
  return Cell::of_text(language == Language::zh
                           ? "共 " + std::to_string(n) + " 人"
                           : std::to_string(n) + (n == 1 ? " worker" : " workers"));
}

}  // namespace

void build_deadlines(Document& document, const ReportRequest& request,
                     const std::vector<WorkerStatus>& statuses) {
  const Language l = request.language;
  document.landscape = true;
  Table table;
  table.columns = {{pick(l, "序号", "No."), 3, Align::right},
                   {term_text(Term::name, l), 6, Align::left},
                   {term_text(Term::id_number, l), 12, Align::left},
                   {term_text(Term::position, l), 8, Align::left},
                   {pick(l, "入职日期", "Hired"), 7, Align::center},
                   {pick(l, "取证期限", "Deadline"), 7, Align::center},
                   {term_text(Term::days_left, l), 5, Align::right},
                   {pick(l, "状态", "Status"), 6, Align::left},
                   {term_text(Term::action, l), 7, Align::left}};
  std::vector<WorkerStatus> chosen;
  for (const auto& status : statuses)
    if (uncertified_obligated(status)) chosen.push_back(status);
  const auto workers = in_street_order(chosen, request.scope, deadline_before);
  add_grouped_rows(
      table, workers, l,
      [&](const WorkerStatus& s, std::size_t number) {
        const auto& c = s.certification;
        return std::vector<Cell>{Cell::of_integer(static_cast<std::int64_t>(number)),
                                 Cell::of_text(s.worker->name),
                                 Cell::of_text(printed_id(s.worker->id_number, request.full_id)),
                                 Cell::of_text(label_in(s.position, l)),
                                 Cell::of_date(s.worker->hire_date),
                                 Cell::of_date(c.deadline),
                                 c.days_left ? Cell::of_integer(*c.days_left) : Cell{},
                                 Cell::of_text(label_in(c.status, l)),
                                 c.action ? Cell::of_text(label_in(*c.action, l)) : Cell{}};
      },
      [&](const std::vector<const WorkerStatus*>& part) {
        std::vector<Cell> cells(table.columns.size());
        cells[1] = count_cell(part.size(), l);
        return cells;
      });
  document.blocks.push_back({{}, {}, {std::move(table)}});
  document.notes.push_back(pick(
      l, "说明：列出须取证而尚未取证的在职社区工作者，按取证期限先后排列；剩余天数为负者已逾期。",
      "Listed: active workers who must certify and have not, soonest deadline first; negative "
      "days left are overdue."));
}

void build_overdue(Document& document, const ReportRequest& request,
                   const std::vector<WorkerStatus>& statuses, const std::vector<WorkerFile>& files,
                   const Policy& policy) {
  const Language l = request.language;
  document.landscape = true;
  Table table;
  table.columns = {{pick(l, "序号", "No."), 3, Align::right},
                   {term_text(Term::name, l), 5, Align::left},
                   {term_text(Term::id_number, l), 11, Align::left},
                   {term_text(Term::street, l), 7, Align::left},
                   {term_text(Term::community, l), 7, Align::left},
                   {term_text(Term::position, l), 7, Align::left},
                   {pick(l, "入职日期", "Hired"), 6, Align::center},
                   {pick(l, "取证义务起始", "Obligation from"), 6, Align::center},
                   {pick(l, "取证期限", "Deadline"), 6, Align::center},
                   {pick(l, "逾期天数", "Days over"), 5, Align::right},
                   {pick(l, "参加考试", "Exams taken"), 5, Align::right},
                   {pick(l, "最近考试日期", "Last exam"), 6, Align::center},
                   // What the decision-maker must not miss: a passed exam whose
                   // certificate is still to be collected.
                   {pick(l, "备注", "Remarks"), 7, Align::left}};
  std::vector<WorkerStatus> overdue;
  for (const auto& status : statuses)
    if (status.certification.status == CertificationStatus::overdue &&
        request.scope.contains(*status.worker))
      overdue.push_back(status);
  // The exams a worker took are in the worker's file, which the status
  // points into.
  std::unordered_map<const Worker*, const WorkerFile*> file_of;
  for (const auto& file : files) file_of.emplace(&file.worker, &file);
  std::vector<const WorkerStatus*> listed;
  for (const auto& status : overdue) listed.push_back(&status);
  const StreetColumn street_text(listed);
  std::size_t number = 0;
  std::size_t total = 0;
  for (const Action action : {Action::recall, Action::dismiss}) {
    std::vector<WorkerStatus> group;
    for (const auto& status : overdue)
      if (status.certification.action == action) group.push_back(status);
    const auto workers = in_street_order(group, request.scope, deadline_before);
    std::vector<Cell> name(table.columns.size());
    name.front() = Cell::of_text(
        label_in(action, l) + pick(l, "（", " (") +
        label_in(action == Action::recall ? Employment::elected : Employment::hired, l) +
        pick(l, "）", ")"));
    table.rows.push_back({RowKind::heading, std::move(name)});
    for (const WorkerStatus* s : workers) {
      const Worker& w = *s->worker;
      const auto obligation = obligation_of(w, policy);
      const auto& exams = file_of.at(&w)->exams;
      std::optional<Date> last_exam;
      for (const auto& exam : exams) last_exam = std::max(last_exam.value_or(exam.date), exam.date);
      table.rows.push_back(
          {RowKind::data,
           {Cell::of_integer(static_cast<std::int64_t>(++number)), Cell::of_text(w.name),
            Cell::of_text(printed_id(w.id_number, request.full_id)),
            Cell::of_text(street_text(w.org)), Cell::of_text(w.org.community),
            Cell::of_text(label_in(s->position, l)), Cell::of_date(w.hire_date),
            Cell::of_date(obligation ? std::optional<Date>(obligation->start) : std::nullopt),
            Cell::of_date(s->certification.deadline),
            s->certification.days_left ? Cell::of_integer(-*s->certification.days_left) : Cell{},
            Cell::of_integer(static_cast<std::int64_t>(exams.size())), Cell::of_date(last_exam),
            Cell::of_text(certification_remark(s->certification, l))}});
    }
    std::vector<Cell> sums(table.columns.size());
    sums[0] = Cell::of_text(subtotal_label(l));
    sums[1] = count_cell(workers.size(), l);
    table.rows.push_back({RowKind::subtotal, std::move(sums)});
    total += workers.size();
  }
  std::vector<Cell> sums(table.columns.size());
  sums[0] = Cell::of_text(total_label(l));
  sums[1] = count_cell(total, l);
  table.rows.push_back({RowKind::total, std::move(sums)});
  document.blocks.push_back({{}, {}, {std::move(table)}});
  document.notes.push_back(pick(
      l, "说明：取证期限已过仍未取得合格证书者。选举产生的成员依法启动罢免程序，聘用人员予以辞退。",
      "Listed: workers past their certification deadline without a qualifying certificate. "
      "Elected members: recall proceedings; hired staff: dismissal."));
}

}  // namespace cwt::reports
