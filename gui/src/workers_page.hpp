#pragma once
// The Workers page: filters, search as you type, and the virtual list of the
// workers they select, sortable by any column.
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include <set>
#include <string>

#include "shell.hpp"
#include "workers_model.hpp"

namespace cwt::gui {

class WorkersPage : public wxPanel {
 public:
  WorkersPage(wxWindow* parent, Shell& shell);

  // New data (another file, an edit): the filter choices and the list.
  void refresh();
  // Lists no row until the next refresh: while another file loads, GTK
  // then has no tens of thousands of rows to measure again.
  void empty_lists();
  // Shows exactly the workers of `query` (its sort and search included).
  void show(const WorkerQuery& query);
  const WorkerQuery& query() const { return query_; }
  const WorkersModel& model() const { return *model_; }
  // The ID number of the selected worker ("" when none).
  std::string selected_id() const;

 private:
  void fill_choices();
  void read_filters();  // controls -> query_
  void show_filters();  // query_ -> controls
  void run_query();
  void on_header_click(wxDataViewEvent& event);
  void update_titles();

  Shell& shell_;
  WorkerQuery query_;
  wxChoice* employment_;
  wxChoice* district_;
  wxChoice* street_;
  wxChoice* community_;
  wxChoice* position_;
  wxChoice* certification_;
  wxChoice* training_;
  wxSearchCtrl* search_;
  wxCheckBox* full_id_;
  wxStaticText* count_;
  wxStaticText* hidden_;    // how many the search finds that the filters hide
  wxBoxSizer* hidden_row_;  // that sentence and the button showing them
  wxDataViewCtrl* list_;
  wxObjectDataPtr<WorkersModel> model_;
  std::vector<wxString> base_titles_;
  std::set<std::string> districts_, streets_, communities_;  // in the filter choices
  bool filling_ = false;
};

}  // namespace cwt::gui
