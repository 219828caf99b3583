#include "events_page.hpp"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/persist/splitter.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

#include "attendee_picker.hpp"
#include "cwt/app/event_edits.hpp"
#include "cwt/model/hours.hpp"
#include "cwt/model/id_number.hpp"
#include "cwt/reports/data_export.hpp"
#include "gui_text.hpp"
#include "table_export.hpp"
#include "window_fit.hpp"

namespace cwt::gui {

EventsPage::EventsPage(wxWindow* parent, Shell& shell) : wxPanel(parent, wxID_ANY), shell_(shell) {
  auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                        wxSP_LIVE_UPDATE | wxSP_3DSASH);
  splitter->SetName("events_splitter");
  auto* left = new wxPanel(splitter);
  auto* left_sizer = new wxBoxSizer(wxVERTICAL);
  events_ =
      new wxDataViewListCtrl(left, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_ROW_LINES);
  events_->SetName("events");
  events_->AppendTextColumn(_("Dates"));
  events_->AppendTextColumn(_("Course"));
  events_->AppendTextColumn(_("Hours"), wxDATAVIEW_CELL_INERT, wxCOL_WIDTH_DEFAULT, wxALIGN_RIGHT);
  events_->AppendTextColumn(_("Present"), wxDATAVIEW_CELL_INERT, wxCOL_WIDTH_DEFAULT,
                            wxALIGN_RIGHT);
  stretch_columns(events_, {{230, 1}, {150, 2}, {50, 0}, {60, 0}});
  events_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
    const int row = events_->GetSelectedRow();
    const auto& events = shell_.workspace().events();
    if (row == wxNOT_FOUND || static_cast<std::size_t>(row) >= events.size()) return;
    show_event(events[static_cast<std::size_t>(row)]);
  });
  left_sizer->Add(events_, 1, wxEXPAND | wxALL, FromDIP(6));
  auto* new_button = new wxButton(left, wxID_ANY, _("&New event"));
  new_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { new_event(); });
  // The events as listed, in the columns of the event form.
  auto* export_button = new wxButton(left, wxID_ANY, _("Export..."));
  export_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    std::vector<FieldValues> rows;
    for (const TrainingEvent& event : shell_.workspace().events()) rows.push_back(fields_of(event));
    export_table(this, reports::records_document("events", event_fields(), rows, ui_language()),
                 _("Training events"));
  });
  auto* left_buttons = new wxBoxSizer(wxHORIZONTAL);
  left_buttons->Add(new_button, 0, wxRIGHT, FromDIP(6));
  left_buttons->Add(export_button, 0);
  left_sizer->Add(left_buttons, 0, wxLEFT | wxBOTTOM, FromDIP(6));
  left->SetSizer(left_sizer);

  auto* right = new wxPanel(splitter);
  auto* right_sizer = new wxBoxSizer(wxVERTICAL);
  form_ = new FieldForm(right, event_fields(), {}, 2);
  right_sizer->Add(form_, 0, wxEXPAND);
  right_sizer->Add(new wxStaticText(right, wxID_ANY, _("Attendees")), 0, wxLEFT, FromDIP(8));
  attendees_ = new wxDataViewListCtrl(right, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                      wxDV_MULTIPLE | wxDV_ROW_LINES);
  attendees_->SetName("attendees");
  for (const wxString& title : {_("Name"), _("ID number"), _("Community"), _("Attendance")})
    attendees_->AppendTextColumn(title);
  stretch_columns(attendees_, {{90, 1}, {160, 0}, {110, 2}, {90, 1}});
  right_sizer->Add(attendees_, 1, wxEXPAND | wxALL, FromDIP(6));
  // The attendee actions wrap onto a second line in a narrow pane (1024x768);
  // Save stays at the right, never pushed off the window.
  auto* buttons = new wxWrapSizer(wxHORIZONTAL);
  const auto button = [&](const wxString& label, auto action) {
    auto* b = new wxButton(right, wxID_ANY, label);
    b->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
    buttons->Add(b, 0, wxRIGHT | wxBOTTOM, FromDIP(6));
    return b;
  };
  button(_("Add &attendees..."), [this] { pick_attendees(); });
  button(_("Mark &present"), [this] { mark_selected(Attendance::present); });
  button(_("Mark a&bsent"), [this] { mark_selected(Attendance::absent); });
  button(_("&Remove from list"), [this] {
    wxDataViewItemArray selected;
    attendees_->GetSelections(selected);
    std::vector<int> rows;
    for (const auto& item : selected) rows.push_back(attendees_->ItemToRow(item));
    std::sort(rows.rbegin(), rows.rend());
    for (const int row : rows) event_.attendees.erase(event_.attendees.begin() + row);
    dirty_ = dirty_ || !rows.empty();
    fill_attendees();
  });
  auto* save = new wxButton(right, wxID_ANY, _("&Save event"));
  save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save_event(); });
  save->SetName("save_event");
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  row->Add(buttons, 1, wxEXPAND);
  row->Add(save, 0, wxALIGN_TOP);
  right_sizer->Add(row, 0, wxEXPAND | wxALL, FromDIP(6));
  right->SetSizer(right_sizer);

  splitter->SplitVertically(left, right, FromDIP(520));
  splitter->SetMinimumPaneSize(FromDIP(200));
  wxPersistentRegisterAndRestore(splitter, "events_splitter");
  auto* main = new wxBoxSizer(wxVERTICAL);
  main->Add(splitter, 1, wxEXPAND);
  SetSizer(main);
  new_event();
}

void EventsPage::refresh() {
  fill_events();
  // Show the event being edited as stored now (its ids and credited records).
  if (event_.event_id != 0)
    for (const auto& stored : shell_.workspace().events())
      if (stored.event_id == event_.event_id && !dirty_) show_event(stored);
  fill_attendees();
}

void EventsPage::fill_events() {
  events_->DeleteAllItems();
  for (const TrainingEvent& event : shell_.workspace().events()) {
    wxVector<wxVariant> values;
    values.push_back(event.first_day == event.last_day
                         ? date_text(event.first_day)
                         : date_text(event.first_day) + wx(" – ") + date_text(event.last_day));
    values.push_back(wx(event.course));
    values.push_back(wx(format_hours(event.half_hours)));
    values.push_back(wxString::Format("%zu / %zu", count_marked(event, Attendance::present),
                                      event.attendees.size()));
    events_->AppendItem(values);
  }
}

void EventsPage::show_event(const TrainingEvent& event) {
  event_ = event;
  form_->set_values(fields_of(event));
  form_->show_problems({});
  dirty_ = false;
  fill_attendees();
}

void EventsPage::new_event() {
  TrainingEvent event;
  event.first_day = event.last_day = shell_.workspace().today();
  event.half_hours = 8;
  show_event(event);
  form_->set_value("course", "");
  form_->set_value("end_date", "");  // empty: a one-day event
}

void EventsPage::fill_attendees() {
  attendees_->DeleteAllItems();
  const Workspace& workspace = shell_.workspace();
  for (const Attendee& attendee : event_.attendees) {
    const WorkerFile* file = workspace.find(attendee.id_number);
    wxVector<wxVariant> values;
    values.push_back(file ? wx(file->worker.name) : wxString());
    values.push_back(wx(mask_id_number(attendee.id_number)));
    values.push_back(file ? wx(file->worker.org.community) : wxString());
    values.push_back(label_of(attendee.attendance));
    attendees_->AppendItem(values);
  }
}

void EventsPage::pick_attendees() { add_attendees(pick_workers(this, shell_.workspace())); }

void EventsPage::add_attendees(const std::vector<std::string>& id_numbers) {
  for (const std::string& id : id_numbers)
    if (std::none_of(event_.attendees.begin(), event_.attendees.end(),
                     [&](const Attendee& a) { return a.id_number == id; })) {
      event_.attendees.push_back({id, Attendance::registered});
      dirty_ = true;
    }
  fill_attendees();
}

void EventsPage::mark_selected(Attendance attendance) {
  wxDataViewItemArray selected;
  attendees_->GetSelections(selected);
  for (const auto& item : selected) {
    const int row = attendees_->ItemToRow(item);
    if (row >= 0) event_.attendees[static_cast<std::size_t>(row)].attendance = attendance;
  }
  dirty_ = dirty_ || !selected.empty();
  fill_attendees();
}

void EventsPage::mark_all(Attendance attendance) {
  for (Attendee& attendee : event_.attendees) attendee.attendance = attendance;
  dirty_ = true;
  fill_attendees();
}

bool EventsPage::save_event() {
  Workspace& workspace = shell_.workspace();
  auto parsed = parse_event(form_->values(), workspace.today(), workspace.policy());
  TrainingEvent event = parsed.record;
  event.event_id = event_.event_id;
  event.attendees = event_.attendees;
  const app::Edit edit =
      parsed.ok() ? app::save_event(workspace, event) : app::Edit{std::nullopt, parsed.problems};
  if (form_->show_problems(edit.problems)) {
    Layout();
    return false;
  }
  const auto applied = shell_.apply(*edit.change);
  if (!applied) return false;
  dirty_ = false;
  // A new event: select it.
  if (event.event_id == 0 && !applied->added_events.empty())
    event_.event_id = applied->added_events.front();
  refresh();
  return true;
}

}  // namespace cwt::gui
