// card: a worker's record card, everything on file, one block (page) each.
#include <algorithm>
#include <cstdio>
#include <set>
#include <unordered_map>

#include "builders.hpp"
#include "cwt/model/hours_ledger.hpp"
#include "cwt/model/terms.hpp"
#include "cwt/model/training.hpp"
#include "report_text.hpp"

namespace cwt::reports {

namespace {

// 85.5, 90: a score without trailing zeros.
std::string format_score(double score) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", score);
  return text;
}

Table positions_table(const Worker& worker, Language l) {
  Table table{pick(l, "任职经历", "Positions held"),
              {{term_text(Term::position, l), 10, Align::left},
               {pick(l, "起始日期", "From"), 6, Align::center},
               {pick(l, "截止日期", "To"), 6, Align::center}},
              {}};
  for (const auto& spell : worker.history)
    table.rows.push_back({RowKind::data,
                          {Cell::of_text(label_in(spell.position, l)), Cell::of_date(spell.start),
                           Cell::of_date(spell.end)}});
  return table;
}

Table exams_table(std::vector<ExamAttempt> exams, Language l) {
  std::ranges::stable_sort(exams, {}, &ExamAttempt::date);
  Table table{pick(l, "考试记录", "Exams"),
              {{pick(l, "考试日期", "Date"), 6, Align::center},
               {pick(l, "考试", "Exam"), 12, Align::left},
               {pick(l, "结果", "Result"), 5, Align::left},
               {pick(l, "成绩", "Score"), 4, Align::right}},
              {}};
  for (const auto& exam : exams) {
    Cell score;
    if (exam.score) score = Cell::of_text(format_score(*exam.score));
    table.rows.push_back({RowKind::data,
                          {Cell::of_date(exam.date), Cell::of_text(label_in(exam.exam, l)),
                           Cell::of_text(label_in(exam.result, l)), score}});
  }
  return table;
}

Table certificates_table(std::vector<Certificate> certificates, Language l) {
  std::ranges::stable_sort(certificates, {}, &Certificate::issue_date);
  Table table{pick(l, "证书", "Certificates"),
              {{pick(l, "证书类型", "Type"), 9, Align::left},
               {pick(l, "等级", "Level"), 4, Align::left},
               {pick(l, "证书编号", "Number"), 8, Align::left},
               {pick(l, "发证日期", "Issued"), 6, Align::center},
               {pick(l, "发证机关", "Issuer"), 9, Align::left}},
              {}};
  for (const auto& c : certificates)
    table.rows.push_back(
        {RowKind::data,
         {Cell::of_text(label_in(c.type, l)),
          c.level ? Cell::of_text(label_in(*c.level, l)) : Cell{}, Cell::of_text(c.number),
          Cell::of_date(c.issue_date), Cell::of_text(c.issuer)}});
  return table;
}

// Each year the worker has training in, and the report's year: the model's
// requirement and completed hours for it (up to the day in the report's year).
Table training_table(const Worker& worker, const std::vector<TrainingRecord>& records,
                     const Policy& policy, Date day, Language l) {
  Table table{pick(l, "各年度培训", "Training by year"),
              {{pick(l, "年度", "Year"), 4, Align::center},
               {pick(l, "应修学时", "Required"), 5, Align::right},
               {pick(l, "已修学时", "Completed"), 5, Align::right},
               {pick(l, "差额学时", "Shortfall"), 5, Align::right},
               {pick(l, "培训状态", "Status"), 6, Align::left},
               {pick(l, "培训记录条数", "Records"), 5, Align::right}},
              {}};
  const HoursLedger ledger(records);
  std::set<int> years{day.year()};
  for (const auto& record : records)
    if (record.date <= day) years.insert(record.date.year());
  for (const int year : years) {
    if (year < worker.hire_date.year()) continue;
    const Date until = std::min(day, last_of_year(year));
    const auto result =
        training_on(worker, policy, year, until, ledger.completed_half_hours(year, until));
    const auto count = std::ranges::count_if(
        records, [&](const TrainingRecord& r) { return r.date.year() == year && r.date <= until; });
    table.rows.push_back(
        {RowKind::data,
         {Cell::of_integer(year), Cell::of_hours(result.required_half_hours),
          Cell::of_hours(result.completed_half_hours), Cell::of_hours(result.shortfall_half_hours),
          Cell::of_text(label_in(result.status, l)), Cell::of_integer(count)}});
  }
  return table;
}

}  // namespace

void build_cards(Document& document, const ReportRequest& request,
                 const std::vector<WorkerStatus>& statuses, const std::vector<WorkerFile>& files,
                 const Policy& policy, Store& store) {
  const Language l = request.language;
  // The statuses point into the files' workers.
  std::unordered_map<const Worker*, const WorkerStatus*> status_of;
  for (const auto& status : statuses) status_of.emplace(status.worker, &status);
  // Every worker in scope, active or not: a card is also filed for leavers.
  for (const WorkerFile& file : files) {
    const Worker& worker = file.worker;
    if (!request.scope.contains(worker)) continue;
    const auto found = status_of.find(&worker);
    const WorkerStatus* status = found == status_of.end() ? nullptr : found->second;
    Block block;
    block.heading = worker.name;
    const auto field = [&](const char* zh, const char* en, std::string value) {
      block.fields.emplace_back(pick(l, zh, en), std::move(value));
    };
    block.fields.emplace_back(term_text(Term::name, l), worker.name);
    block.fields.emplace_back(term_text(Term::id_number, l),
                              printed_id(worker.id_number, request.full_id));
    field("性别", "Gender", label_in(worker.gender, l));
    field("出生日期", "Born", to_iso(worker.birth_date));
    field("民族", "Ethnicity", worker.ethnicity);
    field("政治面貌", "Political status",
          worker.political_status ? label_in(*worker.political_status, l) : "");
    field("学历", "Education", worker.education ? label_in(*worker.education, l) : "");
    field("联系电话", "Phone", worker.phone);
    field("所在单位", "Place", street_name(worker.org) + " " + worker.org.community);
    field("入职日期", "Hired", to_iso(worker.hire_date));
    field("离职日期", "Left", worker.leave_date ? to_iso(*worker.leave_date) : "");
    if (status) {
      const auto& c = status->certification;
      field("现任职务", "Position", label_in(status->position, l));
      std::string certification = label_in(c.status, l);
      if (c.deadline)
        certification +=
            pick(l, "（期限 ", " (deadline ") + to_iso(*c.deadline) + pick(l, "）", ")");
      if (c.action) certification += pick(l, "：", ": ") + label_in(*c.action, l);
      field("取证状态", "Certification", certification);
    } else {
      field("现任职务", "Position", pick(l, "不在职", "not active"));
      field("取证状态", "Certification", "");
    }
    block.tables.push_back(positions_table(worker, l));
    block.tables.push_back(exams_table(file.exams, l));
    block.tables.push_back(certificates_table(file.certificates, l));
    block.tables.push_back(
        training_table(worker, store.training_of(worker.id_number), policy, request.as_of, l));
    document.blocks.push_back(std::move(block));
  }
}

}  // namespace cwt::reports
