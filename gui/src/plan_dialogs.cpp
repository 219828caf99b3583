#include "plan_dialogs.hpp"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "cwt/model/id_number.hpp"
#include "field_form.hpp"
#include "gui_text.hpp"

namespace cwt::gui {

std::optional<NewPlan> ask_new_plan(wxWindow* parent, const Workspace& workspace) {
  wxDialog dialog(parent, wxID_ANY, _("New training plan"));
  dialog.SetName("new_plan");
  auto* grid = new wxFlexGridSizer(2, dialog.FromDIP(wxSize(8, 8)));
  grid->AddGrowableCol(1);
  // Autumn plans next year; earlier in the year, this one.
  const Date today = workspace.today();
  const int year = static_cast<int>(today.year()) + (today.month() >= 9 ? 1 : 0);
  auto* name = new wxTextCtrl(&dialog, wxID_ANY, wxString::Format(_("Training plan %d"), year),
                              wxDefaultPosition, dialog.FromDIP(wxSize(320, -1)));
  auto* year_input = new wxSpinCtrl(&dialog, wxID_ANY, wxEmptyString, wxDefaultPosition,
                                    wxDefaultSize, wxSP_ARROW_KEYS, 1900, 2999, year);
  auto* scope = new wxChoice(&dialog, wxID_ANY);
  std::vector<PlanScope> scopes{{}};
  scope->Append(_("Every street and community"));
  std::string last_street;
  for (const CommunityTally& place : workspace.tally_by_community()) {
    if (place.street != last_street) {
      scopes.push_back({place.district, place.street, ""});
      scope->Append(wx(place.district + " " + place.street));
      last_street = place.street;
    }
    scopes.push_back({place.district, place.street, place.community});
    scope->Append(wx("    " + place.street + " " + place.community));
  }
  scope->SetSelection(0);
  // TRANSLATORS: the name of a training plan (a person's name is "Name").
  grid->Add(new wxStaticText(&dialog, wxID_ANY, _("Plan name")), 0, wxALIGN_CENTER_VERTICAL);
  grid->Add(name, 1, wxEXPAND);
  grid->Add(new wxStaticText(&dialog, wxID_ANY, _("Year")), 0, wxALIGN_CENTER_VERTICAL);
  grid->Add(year_input, 0);
  grid->Add(new wxStaticText(&dialog, wxID_ANY, _("For")), 0, wxALIGN_CENTER_VERTICAL);
  grid->Add(scope, 1, wxEXPAND);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(grid, 1, wxEXPAND | wxALL, dialog.FromDIP(12));
  sizer->Add(dialog.CreateSeparatedButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL,
             dialog.FromDIP(8));
  dialog.SetSizerAndFit(sizer);
  if (dialog.ShowModal() != wxID_OK) return std::nullopt;
  const int chosen = scope->GetSelection();
  return NewPlan{utf8(name->GetValue()), year_input->GetValue(),
                 scopes.at(chosen < 0 ? 0 : static_cast<std::size_t>(chosen))};
}

std::optional<ChangeSet> ask_course(wxWindow* parent, const PlanSession& session,
                                    const PlannedCourse* course) {
  wxDialog dialog(parent, wxID_ANY, course ? _("Edit the course") : _("New course"));
  dialog.SetName("course_dialog");
  auto* form = new FieldForm(&dialog, course_fields(), {}, 2);
  if (course) {
    form->set_values(fields_of(*course));
  } else {
    form->set_value("category", "practice");
    form->set_value("audience", "all");
  }
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(
      new wxStaticText(&dialog, wxID_ANY,
                       _("Give the month it is held in, or its days (2027-03-10,2027-03-11).")),
      0, wxALL, dialog.FromDIP(8));
  sizer->Add(form, 1, wxEXPAND | wxLEFT | wxRIGHT, dialog.FromDIP(8));
  sizer->Add(dialog.CreateSeparatedButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL,
             dialog.FromDIP(8));
  dialog.SetSizerAndFit(sizer);
  std::optional<ChangeSet> change;
  // OK closes only a course the session accepts; its problems stay shown otherwise.
  dialog.Bind(
      wxEVT_BUTTON,
      [&](wxCommandEvent&) {
        auto edit = session.save_course(form->values(), course ? course->title : std::string());
        if (form->show_problems(edit.problems)) {
          dialog.Fit();
          return;
        }
        change = std::move(edit.change);
        dialog.EndModal(wxID_OK);
      },
      wxID_OK);
  if (dialog.ShowModal() != wxID_OK) return std::nullopt;
  return change;
}

std::optional<std::vector<std::string>> ask_attendance(wxWindow* parent, const PlanSession& session,
                                                       const std::string& course) {
  const TrainingPlan* plan = session.plan();
  if (!plan) return std::nullopt;
  wxDialog dialog(parent, wxID_ANY, wxString::Format(_("Attendance: %s"), wx(course)),
                  wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
  dialog.SetName("attendance_dialog");
  std::vector<std::string> ids;
  wxArrayString items;
  for (const Assignment& a : plan->assignments) {
    if (a.course != course) continue;
    ids.push_back(a.id_number);
    wxString text = wx(mask_id_number(a.id_number));
    for (const PlanWorker& worker : session.state().workers)
      if (worker.file->worker.id_number == a.id_number)
        text = wx(worker.file->worker.name) + "  " + text + "  " +
               wx(worker.file->worker.org.community);
    items.Add(text);
  }
  auto* list = new wxCheckListBox(&dialog, wxID_ANY, wxDefaultPosition,
                                  dialog.FromDIP(wxSize(420, 360)), items);
  std::size_t index = 0;
  for (const Assignment& a : plan->assignments)
    if (a.course == course)
      list->Check(static_cast<unsigned>(index++), a.attendance != Attendance::absent);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(new wxStaticText(&dialog, wxID_ANY,
                              _("Ticked: present, credited the course's hours. Untick who did not "
                                "come.")),
             0, wxALL, dialog.FromDIP(8));
  sizer->Add(list, 1, wxEXPAND | wxLEFT | wxRIGHT, dialog.FromDIP(8));
  sizer->Add(dialog.CreateSeparatedButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL,
             dialog.FromDIP(8));
  dialog.SetSizerAndFit(sizer);
  if (dialog.ShowModal() != wxID_OK) return std::nullopt;
  std::vector<std::string> absent;
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (!list->IsChecked(static_cast<unsigned>(i))) absent.push_back(ids[i]);
  return absent;
}

}  // namespace cwt::gui
