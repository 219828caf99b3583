#pragma once
// The Training events page: the events on the left; on the right the chosen
// event's fields and its attendees, added in bulk from a filtered worker list
// and marked present or absent. Saving writes the event, its list and the
// credited training records in one transaction.
#include <wx/dataview.h>
#include <wx/panel.h>

#include "field_form.hpp"
#include "shell.hpp"

namespace cwt::gui {

class EventsPage : public wxPanel {
 public:
  EventsPage(wxWindow* parent, Shell& shell);
  void refresh();

  // What the buttons do, callable by tests.
  void new_event();
  void add_attendees(const std::vector<std::string>& id_numbers);
  void mark_all(Attendance attendance);
  bool save_event();
  FieldForm& form() { return *form_; }
  const TrainingEvent& event() const { return event_; }

 private:
  void show_event(const TrainingEvent& event);
  void fill_events();
  void fill_attendees();
  void pick_attendees();
  void mark_selected(Attendance attendance);

  Shell& shell_;
  wxDataViewListCtrl* events_;
  FieldForm* form_;
  wxDataViewListCtrl* attendees_;
  TrainingEvent event_;  // being edited (event_id 0: new)
  bool dirty_ = false;
};

}  // namespace cwt::gui
