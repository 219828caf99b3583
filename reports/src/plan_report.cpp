#include "cwt/reports/plan_report.hpp"

#include <map>

#include "cwt/model/hours.hpp"
#include "cwt/model/terms.hpp"
#include "cwt/reports/report.hpp"
#include "grouping.hpp"
#include "report_text.hpp"

namespace cwt::reports {

namespace {

std::string when_text(const PlannedCourse& course, Language l) {
  if (course.dates.empty())
    return l == Language::zh ? std::to_string(course.month) + "月"
                             : "month " + std::to_string(course.month);
  std::string text;
  for (const Date day : course.dates) text += (text.empty() ? "" : ", ") + to_iso(day);
  return text;
}

// Why a worker is not covered, in the report's own language (which may
// differ from the program's).
std::string reason_in(UncoveredReason reason, Language l) {
  switch (reason) {
    case UncoveredReason::no_course_for_audience:
      return pick(l, "无面向其人员类别的课程", "no course for their audience");
    case UncoveredReason::joins_too_late:
      return pick(l, "入职晚于可参加的课程", "joins after the courses");
    case UncoveredReason::leaves_too_early:
      return pick(l, "离职早于可参加的课程", "leaves before the courses");
    case UncoveredReason::not_assigned:
      return pick(l, "尚未安排", "not assigned yet");
    case UncoveredReason::not_enough_seats:
      break;
  }
  return pick(l, "可参加的课程名额不足", "not enough seats");
}

Table courses_table(const TrainingPlan& plan, const PlanState& state, Language l) {
  Table table;
  table.caption = pick(l, "一、课程安排", "1. Courses");
  table.columns = {{pick(l, "时间", "When"), 7, Align::left},
                   {pick(l, "课程", "Course"), 10, Align::left},
                   {pick(l, "类别", "Category"), 5, Align::left},
                   {pick(l, "学时", "Hours"), 3, Align::right},
                   {pick(l, "对象", "Audience"), 5, Align::left},
                   {pick(l, "名额", "Seats"), 3, Align::right},
                   {pick(l, "已安排", "Taken"), 3, Align::right},
                   {pick(l, "出席", "Present"), 3, Align::right},
                   {pick(l, "培训机构", "Provider"), 7, Align::left}};
  // By month, then first day, then title.
  std::vector<const PlanCourseSeats*> order;
  for (const auto& seats : state.courses) order.push_back(&seats);
  std::stable_sort(order.begin(), order.end(), [&](const auto* a, const auto* b) {
    return std::pair(a->course->first_day(plan.year), a->course->title) <
           std::pair(b->course->first_day(plan.year), b->course->title);
  });
  std::int64_t seats = 0, taken = 0, present = 0;
  for (const PlanCourseSeats* s : order) {
    const PlannedCourse& c = *s->course;
    std::int64_t here = 0;
    for (const Assignment& a : plan.assignments)
      if (a.course == c.title && a.attendance == Attendance::present) ++here;
    seats += c.capacity;
    taken += s->seats_taken;
    present += here;
    table.rows.push_back(
        {RowKind::data,
         {Cell::of_text(when_text(c, l)), Cell::of_text(c.title),
          Cell::of_text(label_in(c.category, l)), Cell::of_hours(c.half_hours),
          Cell::of_text(label_in(c.audience, l)), Cell::of_integer(c.capacity),
          Cell::of_integer(s->seats_taken), c.event_id ? Cell::of_integer(here) : Cell{},
          Cell::of_text(c.provider)}});
  }
  table.rows.push_back(
      {RowKind::total,
       {Cell::of_text(total_label(l)), Cell{}, Cell{}, Cell{}, Cell{}, Cell::of_integer(seats),
        Cell::of_integer(taken), present > 0 ? Cell::of_integer(present) : Cell{}, Cell{}}});
  return table;
}

Table workers_table(const PlanState& state, const std::vector<UncoveredWorker>& uncovered,
                    Language l, bool full_id) {
  std::map<std::string, const UncoveredWorker*> short_of;
  for (const auto& u : uncovered) short_of.emplace(u.id_number, &u);
  Table table;
  table.caption = pick(l, "二、人员学时", "2. Workers' hours");
  table.columns = {
      {term_text(Term::community, l), 6, Align::left},
      {term_text(Term::name, l), 4, Align::left},
      {term_text(Term::id_number, l), 9, Align::left},
      {pick(l, "应修", "Required"), 3, Align::right},
      {pick(l, "已修", "Completed"), 3, Align::right},
      {pick(l, "已安排", "Planned"), 3, Align::right},
      {pick(l, "仍缺", "Missing"), 3, Align::right},
      {pick(l, "课程 / 未能安排的原因", "Courses / why not covered"), 14, Align::left}};
  std::vector<const PlanWorker*> workers;
  for (const auto& w : state.workers) workers.push_back(&w);
  std::stable_sort(workers.begin(), workers.end(), [](const auto* a, const auto* b) {
    const OrgPath& x = a->file->worker.org;
    const OrgPath& y = b->file->worker.org;
    return std::tie(x.district, x.street, x.community) <
           std::tie(y.district, y.street, y.community);
  });
  std::int64_t required = 0, completed = 0, planned = 0, missing = 0;
  for (const PlanWorker* w : workers) {
    std::string courses;
    for (const auto& title : w->courses)
      courses += (courses.empty() ? "" : l == Language::zh ? "、" : ", ") + title;
    if (const auto found = short_of.find(w->file->worker.id_number); found != short_of.end())
      courses += (courses.empty() ? "" : "; ") + reason_in(found->second->reason, l);
    required += w->required_half_hours;
    completed += w->completed_half_hours;
    planned += w->planned_half_hours;
    missing += w->missing_half_hours;
    table.rows.push_back(
        {RowKind::data,
         {Cell::of_text(w->file->worker.org.community), Cell::of_text(w->file->worker.name),
          Cell::of_text(printed_id(w->file->worker.id_number, full_id)),
          Cell::of_hours(w->required_half_hours), Cell::of_hours(w->completed_half_hours),
          Cell::of_hours(w->planned_half_hours), Cell::of_hours(w->missing_half_hours),
          Cell::of_text(courses)}});
  }
  table.rows.push_back({RowKind::total,
                        {Cell::of_text(total_label(l)),
                         Cell::of_text(std::to_string(workers.size()) + pick(l, " 人", " workers")),
                         Cell{}, Cell::of_hours(required), Cell::of_hours(completed),
                         Cell::of_hours(planned), Cell::of_hours(missing), Cell{}}});
  return table;
}

Table coverage_table(const PlanState& state, Language l) {
  Table table;
  table.caption = pick(l, "三、各社区计划覆盖情况", "3. Coverage by community");
  table.columns = {{term_text(Term::street, l), 8, Align::left},
                   {term_text(Term::community, l), 8, Align::left},
                   {pick(l, "人数", "Workers"), 3, Align::right},
                   {pick(l, "学时可达标", "Covered"), 4, Align::right},
                   {pick(l, "覆盖率", "Share"), 4, Align::right}};
  int workers = 0, covered = 0;
  for (const PlanCoverage& street : state.streets) {
    for (const PlanCoverage& c : state.communities) {
      if (c.district != street.district || c.street != street.street) continue;
      table.rows.push_back(
          {RowKind::data,
           {Cell::of_text(c.street), Cell::of_text(c.community), Cell::of_integer(c.workers),
            Cell::of_integer(c.covered), Cell::of_share(c.covered, c.workers)}});
    }
    table.rows.push_back({RowKind::subtotal,
                          {Cell::of_text(subtotal_label(l)), Cell::of_text(street.street),
                           Cell::of_integer(street.workers), Cell::of_integer(street.covered),
                           Cell::of_share(street.covered, street.workers)}});
    workers += street.workers;
    covered += street.covered;
  }
  table.rows.push_back({RowKind::total,
                        {Cell::of_text(total_label(l)), Cell{}, Cell::of_integer(workers),
                         Cell::of_integer(covered), Cell::of_share(covered, workers)}});
  return table;
}

}  // namespace

Document plan_report(const TrainingPlan& plan, const PlanState& state,
                     const std::vector<UncoveredWorker>& uncovered, Language language, Date as_of,
                     bool full_id, const std::optional<std::string>& organisation) {
  const Language l = language;
  Document document;
  document.language = l;
  document.name = "plan";
  document.title = l == Language::zh
                       ? std::to_string(plan.year) + "年度社区工作者培训计划"
                       : "Community workers' training plan " + std::to_string(plan.year);
  document.as_of = as_of;
  document.year = plan.year;
  Scope scope;
  scope.district = plan.scope.district;
  scope.street = plan.scope.street;
  scope.community = plan.scope.community;
  document.scope = scope_text(scope, l) + pick(l, "　计划：", "  Plan: ") + plan.name;
  document.organisation = organisation.value_or(organisation_of(scope));
  document.landscape = true;
  document.blocks.push_back(
      {{},
       {},
       {courses_table(plan, state, l), workers_table(state, uncovered, l, full_id),
        coverage_table(state, l)}});
  document.notes.push_back(pick(
      l,
      "说明：应修学时按设置计算（书记、主任 40 学时，其他人员 20 学时，年中入职或离职者折算）；"
      "已修为本年度已核实学时；已安排为尚未举办或尚未登记出勤的课程学时；仍缺 = 应修 － 已修 － "
      "已安排。",
      "Note: required hours per the settings (40 for party secretaries and committee "
      "directors, 20 for the others, prorated for hires and leavers); completed: verified "
      "hours of the year; planned: courses not yet held or not yet marked; missing = "
      "required - completed - planned."));
  return document;
}

}  // namespace cwt::reports
