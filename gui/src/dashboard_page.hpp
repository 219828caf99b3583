#pragma once
// The Dashboard: tiles with the counts that matter, streets and their
// communities with the same counts, the deadlines chart, the act-first
// list and the year's training plans, planned against done. Every count clicks through to the
// Workers page with those workers.
#include <wx/dataview.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/treelist.h>

#include <string>
#include <vector>

#include "shell.hpp"

namespace cwt::gui {

class DeadlineChartPanel;

class DashboardPage : public wxPanel {
 public:
  DashboardPage(wxWindow* parent, Shell& shell);
  void refresh();
  // The year's training plans only (after a change of plans alone).
  void fill_plans();

 private:
  struct Tile {
    wxStaticText* value;
    wxWindow* detail;
    WorkerQuery query;
  };
  void add_tile(wxSizer* sizer, const wxString& caption, WorkerQuery query);
  void fill_places();
  void fill_act_first();

  Shell& shell_;
  std::vector<Tile> tiles_;
  wxTreeListCtrl* places_ = nullptr;
  std::vector<WorkerQuery> place_queries_;   // by the item's client data index
  std::vector<wxTreeListItem> place_items_;  // streets and communities, in order
  std::vector<std::string> place_layout_;    // what those rows are
  DeadlineChartPanel* chart_ = nullptr;
  wxDataViewListCtrl* act_first_ = nullptr;
  std::vector<std::string> act_first_ids_;
  wxStaticText* plans_title_ = nullptr;
  wxStaticText* plans_caption_ = nullptr;  // whom a plan's numbers count
  wxDataViewListCtrl* plans_ = nullptr;
  std::vector<std::string> plan_names_;
};

}  // namespace cwt::gui
