#include "plan_models.hpp"

#include <wx/datetime.h>
#include <wx/intl.h>

#include "cwt/model/hours.hpp"
#include "cwt/model/id_number.hpp"
#include "gui_text.hpp"
#include "status_icons.hpp"

namespace cwt::gui {

namespace {

wxDataViewItem item_for(std::uintptr_t id) { return wxDataViewItem(reinterpret_cast<void*>(id)); }
std::uintptr_t id_of(const wxDataViewItem& item) {
  return reinterpret_cast<std::uintptr_t>(item.GetID());
}

}  // namespace

wxString month_name(int month) {
  if (ui_language() == Language::zh) return wxString::Format("%d", month) + wx("月");
  return wxDateTime::GetEnglishMonthName(static_cast<wxDateTime::Month>(month - 1));
}

wxString course_when(const PlannedCourse& course, int year) {
  (void)year;  // the plan's: not repeated on every row
  const bool zh = ui_language() == Language::zh;
  if (course.dates.empty())
    return zh ? month_name(course.month) + wx("内")
              : wxString::Format(_("in %s"), month_name(course.month));
  // Compact, the month once per run of days in it: 7月12日、13日 / 12, 13 Jul.
  wxString text;
  for (std::size_t i = 0; i < course.dates.size(); ++i) {
    const Date day = course.dates[i];
    const bool month_starts = i == 0 || course.dates[i - 1].month() != day.month();
    const bool month_ends =
        i + 1 == course.dates.size() || course.dates[i + 1].month() != day.month();
    if (i > 0) text += wx(zh ? "、" : ", ");
    if (zh) {
      if (month_starts) text += wxString::Format("%d", static_cast<int>(day.month())) + wx("月");
      text += wxString::Format("%d", static_cast<int>(day.day())) + wx("日");
    } else {
      text += wxString::Format("%d", static_cast<int>(day.day()));
      if (month_ends)
        text += " " + wxDateTime::GetEnglishMonthName(
                          static_cast<wxDateTime::Month>(day.month() - 1), wxDateTime::Name_Abbr);
    }
  }
  return text;
}

// The courses by month.

void PlanCoursesModel::rebuild() {
  months_ = session_.courses_by_month();
  Cleared();
}

std::string PlanCoursesModel::course_at(const wxDataViewItem& item) const {
  const auto id = id_of(item);
  const TrainingPlan* plan = session_.plan();
  if (!plan || id < kCourse || id - kCourse >= plan->courses.size()) return {};
  return plan->courses[id - kCourse].title;
}

wxDataViewItem PlanCoursesModel::item_of(const std::string& course) const {
  const TrainingPlan* plan = session_.plan();
  if (!plan) return {};
  for (std::size_t i = 0; i < plan->courses.size(); ++i)
    if (plan->courses[i].title == course) return item_for(kCourse + i);
  return {};
}

std::vector<wxDataViewItem> PlanCoursesModel::month_items() const {
  std::vector<wxDataViewItem> items;
  for (const CourseMonth& month : months_)
    items.push_back(item_for(static_cast<std::uintptr_t>(month.month)));
  return items;
}

void PlanCoursesModel::GetValue(wxVariant& value, const wxDataViewItem& item,
                                unsigned column) const {
  value = wxString();
  const TrainingPlan* plan = session_.plan();
  if (!plan) return;
  const auto id = id_of(item);
  if (id >= 1 && id <= 12) {  // a month: its courses' totals
    for (const CourseMonth& month : months_) {
      if (month.month != static_cast<int>(id)) continue;
      int taken = 0, capacity = 0;
      for (const std::size_t index : month.courses) {
        taken += session_.state().courses[index].seats_taken;
        capacity += plan->courses[index].capacity;
      }
      if (column == title)
        value = wxString::Format(wxPLURAL("%s (%zu course)", "%s (%zu courses)",
                                          static_cast<unsigned>(month.courses.size())),
                                 month_name(month.month), month.courses.size());
      else if (column == seats)
        value = wxString::Format("%d / %d", taken, capacity);
    }
    return;
  }
  if (id < kCourse || id - kCourse >= plan->courses.size()) return;
  const PlannedCourse& course = plan->courses[id - kCourse];
  const PlanCourseSeats& taken = session_.state().courses[id - kCourse];
  switch (column) {
    case title:
      value = wx(course.title);
      break;
    case when:
      value = course_when(course, plan->year);
      break;
    case hours:
      value = wx(format_hours(course.half_hours));
      break;
    case audience:
      value = label_of(course.audience);
      break;
    case seats:
      value = wxString::Format("%d / %d", taken.seats_taken, course.capacity);
      break;
    case attendance:
      if (taken.held())
        value = wxString::Format(_("%d present, %d absent"), taken.present, taken.absent);
      else if (course.taken_place(plan->year, session_.today()) && taken.seats_taken > 0)
        value = _("to be marked");
      break;
    default:
      break;
  }
}

bool PlanCoursesModel::GetAttr(const wxDataViewItem& item, unsigned column,
                               wxDataViewItemAttr& attr) const {
  const auto id = id_of(item);
  if (id >= 1 && id <= 12) {
    attr.SetBold(true);
    return true;
  }
  const TrainingPlan* plan = session_.plan();
  if (!plan || id < kCourse || id - kCourse >= plan->courses.size()) return false;
  const PlanCourseSeats& taken = session_.state().courses[id - kCourse];
  if (column == seats && taken.over_full()) {
    attr.SetColour(status_colour(TrainingStatus::not_met));
    attr.SetBold(true);
    return true;
  }
  if (column == attendance && !taken.held()) {
    attr.SetColour(status_colour(TrainingStatus::behind));
    return true;
  }
  return false;
}

wxDataViewItem PlanCoursesModel::GetParent(const wxDataViewItem& item) const {
  const auto id = id_of(item);
  const TrainingPlan* plan = session_.plan();
  if (!plan || id < kCourse || id - kCourse >= plan->courses.size()) return {};
  return item_for(
      static_cast<std::uintptr_t>(plan->courses[id - kCourse].first_day(plan->year).month()));
}

bool PlanCoursesModel::IsContainer(const wxDataViewItem& item) const {
  const auto id = id_of(item);
  return id == 0 || (id >= 1 && id <= 12);
}

unsigned PlanCoursesModel::GetChildren(const wxDataViewItem& item,
                                       wxDataViewItemArray& children) const {
  const auto id = id_of(item);
  for (const CourseMonth& month : months_) {
    if (id == 0)
      children.push_back(item_for(static_cast<std::uintptr_t>(month.month)));
    else if (static_cast<std::uintptr_t>(month.month) == id)
      for (const std::size_t index : month.courses) children.push_back(item_for(kCourse + index));
  }
  return static_cast<unsigned>(children.size());
}

// The workers shown.

void PlanWorkersModel::set_rows(std::vector<std::size_t> rows) {
  rows_ = std::move(rows);
  Reset(static_cast<unsigned>(rows_.size()));
}

void PlanWorkersModel::GetValueByRow(wxVariant& value, unsigned row, unsigned column) const {
  value = wxString();
  if (row >= rows_.size()) return;
  const PlanWorker& entry = worker_at(row);
  const Worker& worker = entry.file->worker;
  switch (column) {
    case name:
      value = wx(worker.name);
      break;
    case id_number:
      value = wx(mask_id_number(worker.id_number));
      break;
    case community:
      value = wx(worker.org.community);
      break;
    case required:
      value = wx(format_hours(entry.required_half_hours));
      break;
    case completed:
      value = wx(format_hours(entry.completed_half_hours));
      break;
    case planned:
      value = wx(format_hours(entry.planned_half_hours));
      break;
    case missing:
      value = wx(format_hours(entry.missing_half_hours));
      break;
    case courses: {
      // Why not covered first (when known), then the courses still to attend.
      wxString text;
      if (const auto reason = reasons_.find(worker.id_number);
          !entry.covered() && reason != reasons_.end())
        text = wx(reason_text(reason->second)) + wx(entry.courses.empty() ? "" : ": ");
      for (std::size_t i = 0; i < entry.courses.size(); ++i)
        text += wx(i == 0                          ? ""
                   : ui_language() == Language::zh ? "、"
                                                   : ", ") +
                wx(entry.courses[i]);
      value = text;
      break;
    }
    default:
      break;
  }
}

bool PlanWorkersModel::GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const {
  if (row >= rows_.size() || column != missing) return false;
  const PlanWorker& entry = worker_at(row);
  attr.SetColour(status_colour(entry.covered() ? TrainingStatus::met : TrainingStatus::not_met));
  attr.SetBold(!entry.covered());
  return true;
}

// The communities' coverage.

void PlanCoverageModel::set_state(const PlanState& state) {
  rows_.clear();
  for (const PlanCoverage& total : state.streets) {
    for (const PlanCoverage& c : state.communities)
      if (c.district == total.district && c.street == total.street) rows_.push_back(c);
    rows_.push_back(total);
  }
  Reset(static_cast<unsigned>(rows_.size()));
}

void PlanCoverageModel::GetValueByRow(wxVariant& value, unsigned row, unsigned column) const {
  value = wxString();
  if (row >= rows_.size()) return;
  const PlanCoverage& c = rows_[row];
  switch (column) {
    case street:
      value = wx(c.street);
      break;
    case community:
      value = c.community.empty() ? _("Subtotal") : wx(c.community);
      break;
    case workers:
      value = wxString::Format("%d", c.workers);
      break;
    case covered:
      value = wxString::Format("%d", c.covered);
      break;
    case share:
      value = share_text(c.covered, c.workers);
      break;
    case met:
      value = wxString::Format("%d (%s)", c.met, share_text(c.met, c.workers));
      break;
    default:
      break;
  }
}

bool PlanCoverageModel::GetAttrByRow(unsigned row, unsigned, wxDataViewItemAttr& attr) const {
  if (row >= rows_.size() || !rows_[row].community.empty()) return false;
  attr.SetBold(true);  // a street's subtotal
  return true;
}

}  // namespace cwt::gui
