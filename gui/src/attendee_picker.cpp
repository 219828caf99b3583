#include "attendee_picker.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include <set>

#include "gui_text.hpp"
#include "workers_model.hpp"

namespace cwt::gui {

std::vector<std::string> pick_workers(wxWindow* parent, const Workspace& workspace) {
  wxDialog dialog(parent, wxID_ANY, _("Add attendees"), wxDefaultPosition, wxDefaultSize,
                  wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
  auto* main = new wxBoxSizer(wxVERTICAL);
  auto* filters = new wxBoxSizer(wxHORIZONTAL);
  auto* community = new wxChoice(&dialog, wxID_ANY);
  community->Append(_("All communities"));
  std::set<std::string> names;
  for (const auto& c : workspace.tally_by_community()) names.insert(c.community);
  for (const auto& name : names) community->Append(wx(name));
  community->SetSelection(0);
  auto* search = new wxSearchCtrl(&dialog, wxID_ANY);
  filters->Add(community, 0, wxRIGHT, dialog.FromDIP(6));
  filters->Add(search, 1);
  main->Add(filters, 0, wxEXPAND | wxALL, dialog.FromDIP(6));

  wxObjectDataPtr<WorkersModel> model(new WorkersModel(workspace));
  auto* list = new wxDataViewCtrl(&dialog, wxID_ANY, wxDefaultPosition,
                                  dialog.FromDIP(wxSize(640, 380)), wxDV_MULTIPLE | wxDV_ROW_LINES);
  list->AssociateModel(model.get());
  list->AppendTextColumn(_("Name"), 0, wxDATAVIEW_CELL_INERT, dialog.FromDIP(90));
  list->AppendTextColumn(_("ID number"), 1, wxDATAVIEW_CELL_INERT, dialog.FromDIP(160));
  list->AppendTextColumn(_("Community"), 4, wxDATAVIEW_CELL_INERT, dialog.FromDIP(110));
  list->AppendTextColumn(_("Position"), 5, wxDATAVIEW_CELL_INERT, dialog.FromDIP(100));
  list->AppendTextColumn(_("Shortfall hours"), 11, wxDATAVIEW_CELL_INERT, dialog.FromDIP(90));
  main->Add(list, 1, wxEXPAND | wxLEFT | wxRIGHT, dialog.FromDIP(6));
  auto* hint = new wxStaticText(&dialog, wxID_ANY,
                                _("Select several with Ctrl or Shift; Ctrl+A selects all shown."));
  main->Add(hint, 0, wxALL, dialog.FromDIP(6));
  main->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL,
            dialog.FromDIP(8));
  dialog.SetSizerAndFit(main);

  const auto run = [&] {
    WorkerQuery query;
    if (community->GetSelection() > 0) query.community = utf8(community->GetStringSelection());
    query.search = utf8(search->GetValue());
    query.sort_by = WorkerColumn::community;
    model->set_rows(workspace.select(query));
  };
  community->Bind(wxEVT_CHOICE, [&](wxCommandEvent&) { run(); });
  search->Bind(wxEVT_TEXT, [&](wxCommandEvent&) { run(); });
  run();
  if (dialog.ShowModal() != wxID_OK) return {};
  wxDataViewItemArray selected;
  list->GetSelections(selected);
  std::vector<std::string> ids;
  for (const wxDataViewItem& item : selected)
    ids.push_back(model->status_at(model->GetRow(item)).worker->id_number);
  return ids;
}

}  // namespace cwt::gui
