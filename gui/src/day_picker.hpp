#pragma once
// The as-of day: a field showing the day the local way (2026年6月30日 /
// 30 Jun 2026, whatever the system's date format), where a day can be typed
// in that form or as 2026-06-30, with a calendar dropping down from it.
// Sends wxEVT_DATE_CHANGED (a wxDateEvent) when the officer picks a day, as
// wxDatePickerCtrl would; set_day() sends nothing.
#include <wx/combo.h>

#include "cwt/model/dates.hpp"

namespace cwt::gui {

class CalendarPopup;

class DayPicker : public wxComboCtrl {
 public:
  DayPicker(wxWindow* parent, Date day);
  Date day() const { return day_; }
  void set_day(Date day);

 private:
  friend class CalendarPopup;
  void choose(Date day);  // from the calendar or the typed text
  void read_typed_text();
  Date day_;
  CalendarPopup* popup_;
};

}  // namespace cwt::gui
