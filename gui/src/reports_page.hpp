#pragma once
// Reports: choose the report, its scope (district, street, community; for
// cards one worker or all of the scope), the 填报单位 (what the scope names,
// or the officer's own, remembered), the as-of day, the training year and
// the language; then preview it (the laid-out pages in wx's print
// preview), print it through the system's print dialog, or save it as PDF,
// Excel, CSV or HTML. Reports are built and laid out behind the cancellable
// progress dialog; what the page checks and asks lives in
// cwt/workspace/report_form.hpp.
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/panel.h>
#include <wx/print.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <memory>
#include <optional>

#include "cwt/reports/report_file.hpp"
#include "cwt/workspace/report_form.hpp"
#include "day_picker.hpp"
#include "layout_printout.hpp"
#include "shell.hpp"

namespace cwt::gui {

// The print preview window of one report (its preview, for the tests).
class ReportPreviewFrame : public wxPreviewFrame {
 public:
  ReportPreviewFrame(wxPrintPreviewBase* preview, wxWindow* parent, const wxString& title);
  wxPrintPreviewBase& preview() { return *m_printPreview; }
};

class ReportsPage : public wxPanel {
 public:
  ReportsPage(wxWindow* parent, Shell& shell);
  void refresh();  // the places on file and the as-of day of the main window

  void choose(reports::ReportKind kind);
  ReportForm form() const;
  void set_language(Language language);
  void set_worker(const wxString& id_number);
  void set_scope(const std::string& district, const std::string& street,
                 const std::string& community);

  // The actions of the buttons and of the Reports menu. Each checks the
  // form first and says what is wrong, building nothing.
  ReportPreviewFrame* preview();
  void print();
  void save(reports::ReportFormat format);  // asks for the file
  // Saves to `path` without asking (the file dialog's second half). True
  // when written; otherwise the officer was told why.
  bool save_to(reports::ReportFormat format, const std::string& path);
  wxString status_text() const { return status_->GetLabel(); }

 private:
  // The chosen report built (and laid out when `lay_out`) behind the
  // progress dialog; nothing when the form is wrong (said), the work failed
  // (said) or the officer cancelled.
  std::shared_ptr<PreparedReport> prepare(bool lay_out);
  std::optional<reports::ReportRequest> checked_request();
  void fill_streets();
  void fill_communities();
  reports::Scope chosen_scope() const;
  void show_unit();  // the 填报单位 the chosen scope and the officer's own unit give
  void on_kind_chosen();
  void show_status(const wxString& text);

  Shell& shell_;
  std::unique_ptr<ScopeChoices> places_;
  wxListBox* kinds_;
  wxStaticText* about_;
  wxChoice* district_;
  wxChoice* street_;
  wxChoice* community_;
  wxTextCtrl* worker_;
  wxTextCtrl* unit_;
  UnitField unit_field_;
  DayPicker* as_of_;
  wxSpinCtrl* year_;
  wxChoice* language_;
  wxCheckBox* full_id_;
  wxStaticText* status_;
  Date followed_day_;
  int followed_year_ = 0;
};

}  // namespace cwt::gui
