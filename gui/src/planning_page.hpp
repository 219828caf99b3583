#pragma once
// The Planning page: a year's training plan. At the top the plan chosen, its
// actions and how far it covers its workers and has been carried out; the
// warnings (over-full courses, workers not covered, courses to mark); on the
// left the courses by month with seats and attendance; on the right the
// workers filtered (place, search, not covered, on the course, could join
// it) with required / completed / planned / missing hours, added to the
// chosen course by a button or by dragging them onto a course, and the
// coverage per community. The logic lives in cwt/workspace/plan_session.hpp.
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/listbox.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <memory>

#include "cwt/reports/report_file.hpp"
#include "cwt/workspace/plan_session.hpp"
#include "plan_models.hpp"
#include "shell.hpp"

namespace cwt::gui {

class PlanningPage : public wxPanel {
 public:
  PlanningPage(wxWindow* parent, Shell& shell);
  void refresh();
  // Lists no row until the next refresh: while another file loads, GTK
  // then has no tens of thousands of rows to measure again.
  void empty_lists();

  // What the buttons and the drop do, callable by tests (the dialogs'
  // answers as arguments). Each edit is one transaction; false when
  // refused (the officer is told why) or nothing changed.
  bool choose_plan(const std::string& name);
  bool create_plan(const std::string& name, int year, const PlanScope& scope);
  bool save_course(const FieldValues& fields, const std::string& replacing);
  void select_course(const std::string& course);
  std::string selected_course() const;
  bool assign(const std::vector<std::string>& id_numbers);  // to the chosen course
  bool unassign(const std::vector<std::string>& id_numbers);
  // Fills the plan and shows what it did (the explanation also stays on the page).
  FillExplanation fill();
  bool mark_attendance(const std::vector<std::string>& absent);
  void set_filter(const PlanWorkerFilter& filter);
  bool save_report(reports::ReportFormat format, const std::string& path);

  PlanSession& session() { return *session_; }
  const PlanWorkersModel& workers_model() const { return *workers_model_; }
  wxString summary_text() const { return summary_->GetLabel(); }
  std::vector<wxString> warning_texts() const;
  wxString explanation_text() const { return explanation_->GetLabel(); }

 private:
  wxWindow* build_courses(wxWindow* parent);
  wxWindow* build_workers(wxWindow* parent);
  void fill_plans();
  void show_plan();  // every part anew from the session
  void fill_workers();
  void fill_places();
  void fill_coverage();
  void show_worker_detail();
  std::vector<std::string> selected_workers() const;
  bool apply(const PlanSession::Edit& edit);
  void on_new_plan();
  void on_delete_plan();
  void on_course_dialog(bool edit);
  void on_delete_course();
  void on_attendance();
  void on_report();
  void on_warning_chosen();

  Shell& shell_;
  std::unique_ptr<PlanSession> session_;
  wxChoice* plans_;
  wxStaticText* summary_;
  wxListBox* warnings_;
  std::vector<PlanWarning> shown_warnings_;
  wxStaticText* explanation_;
  wxDataViewCtrl* courses_;
  wxObjectDataPtr<PlanCoursesModel> courses_model_;
  wxChoice* street_;
  wxChoice* community_;
  wxChoice* show_;
  wxTextCtrl* search_;
  wxDataViewCtrl* workers_;
  wxObjectDataPtr<PlanWorkersModel> workers_model_;
  wxStaticText* worker_detail_;
  wxDataViewCtrl* coverage_;
  wxObjectDataPtr<PlanCoverageModel> coverage_model_;
  std::vector<std::pair<std::string, std::string>> places_;  // (street, community) offered
  PlanWorkerFilter filter_;
};

}  // namespace cwt::gui
