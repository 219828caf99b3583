#pragma once
// The Planning page's two lists as wxDataViewModels over the PlanSession:
// the courses grouped under their months (a tree: month rows with their
// totals, course rows with dates, hours, audience, seats and attendance),
// and the workers shown (virtual: rows are indices into the plan state's
// workers, so a city's list costs nothing until drawn).
#include <wx/dataview.h>

#include <map>
#include <string>
#include <vector>

#include "cwt/workspace/plan_session.hpp"

namespace cwt::gui {

class PlanCoursesModel : public wxDataViewModel {
 public:
  enum Column { title, when, hours, audience, seats, attendance, column_count };
  explicit PlanCoursesModel(const PlanSession& session) : session_(session) {}

  // After the session changed: every row anew.
  void rebuild();
  // The course of a row ("" for a month row or none).
  std::string course_at(const wxDataViewItem& item) const;
  wxDataViewItem item_of(const std::string& course) const;
  std::vector<wxDataViewItem> month_items() const;

  unsigned GetColumnCount() const override { return column_count; }
  wxString GetColumnType(unsigned) const override { return "string"; }
  void GetValue(wxVariant& value, const wxDataViewItem& item, unsigned column) const override;
  bool SetValue(const wxVariant&, const wxDataViewItem&, unsigned) override { return false; }
  bool GetAttr(const wxDataViewItem& item, unsigned column,
               wxDataViewItemAttr& attr) const override;
  wxDataViewItem GetParent(const wxDataViewItem& item) const override;
  bool IsContainer(const wxDataViewItem& item) const override;
  bool HasContainerColumns(const wxDataViewItem&) const override { return true; }
  unsigned GetChildren(const wxDataViewItem& item, wxDataViewItemArray& children) const override;

 private:
  // Item ids: a month m is m (1..12), the course of index i is kCourse + i; 0 is the root.
  static constexpr std::uintptr_t kCourse = 1000;
  const PlanSession& session_;
  std::vector<CourseMonth> months_;
};

class PlanWorkersModel : public wxDataViewVirtualListModel {
 public:
  enum Column {
    name,
    id_number,
    community,
    required,
    completed,
    planned,
    missing,
    courses,
    column_count
  };
  explicit PlanWorkersModel(const PlanSession& session) : session_(session) {}

  void set_rows(std::vector<std::size_t> rows);
  const std::vector<std::size_t>& rows() const { return rows_; }
  const PlanWorker& worker_at(unsigned row) const { return session_.state().workers[rows_[row]]; }
  // Why each not covered worker is not covered, once known (by ID number).
  void set_reasons(std::map<std::string, UncoveredReason> reasons) {
    reasons_ = std::move(reasons);
  }

  unsigned GetColumnCount() const override { return column_count; }
  wxString GetColumnType(unsigned) const override { return "string"; }
  void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override;
  bool GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const override;
  bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }

 private:
  const PlanSession& session_;
  std::vector<std::size_t> rows_;
  std::map<std::string, UncoveredReason> reasons_;
};

// Each community's coverage, each street's after its communities (virtual:
// a city has 2,000 communities, and GTK appends rows one by one slowly).
class PlanCoverageModel : public wxDataViewVirtualListModel {
 public:
  enum Column { street, community, workers, covered, share, met, column_count };
  void set_state(const PlanState& state);
  unsigned GetColumnCount() const override { return column_count; }
  wxString GetColumnType(unsigned) const override { return "string"; }
  void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override;
  bool GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const override;
  bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }

 private:
  std::vector<PlanCoverage> rows_;  // a street's total has no community
};

// "3月" / "March".
wxString month_name(int month);
// The course's days (7月12日、13日 / 12, 13 Jul) or its month (7月内 / in July).
wxString course_when(const PlannedCourse& course, int year);

}  // namespace cwt::gui
