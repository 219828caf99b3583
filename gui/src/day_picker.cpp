#include "day_picker.hpp"

#include <wx/calctrl.h>
#include <wx/dateevt.h>
#include <wx/generic/calctrlg.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include "cwt/workspace/display.hpp"
#include "gui_text.hpp"

namespace cwt::gui {

// The calendar under the field. Wx's generic calendar behaves the same on
// every platform (the native ones differ in which clicks they report);
// picking a day applies it at once, a double click or Enter also closes.
class CalendarPopup : public wxComboPopup {
 public:
  explicit CalendarPopup(DayPicker& picker) : picker_(picker) {}

  bool Create(wxWindow* parent) override {
    calendar_ = new wxGenericCalendarCtrl(
        parent, wxID_ANY, to_wx(picker_.day()), wxDefaultPosition, wxDefaultSize,
        wxCAL_MONDAY_FIRST | wxCAL_SHOW_SURROUNDING_WEEKS | wxCAL_SEQUENTIAL_MONTH_SELECTION);
    calendar_->Bind(wxEVT_CALENDAR_SEL_CHANGED,
                    [this](wxCalendarEvent& event) { picker_.choose(from_wx(event.GetDate())); });
    calendar_->Bind(wxEVT_CALENDAR_DOUBLECLICKED, [this](wxCalendarEvent& event) {
      picker_.choose(from_wx(event.GetDate()));
      Dismiss();
    });
    calendar_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
      if (event.GetKeyCode() == WXK_RETURN || event.GetKeyCode() == WXK_NUMPAD_ENTER ||
          event.GetKeyCode() == WXK_ESCAPE)
        Dismiss();
      else
        event.Skip();
    });
    return true;
  }
  wxWindow* GetControl() override { return calendar_; }
  void SetStringValue(const wxString&) override {}
  wxString GetStringValue() const override { return date_text(picker_.day()); }
  void OnPopup() override { calendar_->SetDate(to_wx(picker_.day())); }
  wxSize GetAdjustedSize(int min_width, int, int) override {
    const wxSize best = calendar_->GetBestSize();
    return {std::max(min_width, best.x), best.y};
  }

 private:
  DayPicker& picker_;
  wxGenericCalendarCtrl* calendar_ = nullptr;
};

DayPicker::DayPicker(wxWindow* parent, Date day)
    : wxComboCtrl(parent, wxID_ANY, date_text(day), wxDefaultPosition, wxDefaultSize,
                  wxTE_PROCESS_ENTER),
      day_(day),
      popup_(new CalendarPopup(*this)) {
  SetPopupControl(popup_);  // owns it
  // Wide enough for the longest day in either language (2026年12月31日).
  // (SetInitialSize: a toolbar sizes its controls by their size, not their
  // minimum.)
  SetInitialSize(wxSize(
      GetTextExtent(wxString::FromUTF8("2026年12月31日 ")).x + GetButtonSize().x + FromDIP(16),
      -1));
  Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { read_typed_text(); });
  GetTextCtrl()->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
    read_typed_text();
    event.Skip();
  });
}

void DayPicker::set_day(Date day) {
  day_ = day;
  ChangeValue(date_text(day));
}

void DayPicker::choose(Date day) {
  const bool changed = day != day_;
  set_day(day);
  if (!changed) return;
  wxDateEvent event(this, to_wx(day), wxEVT_DATE_CHANGED);
  ProcessWindowEvent(event);
}

// A typed day that cannot be read puts the shown day back, with a beep:
// the as-of day is never left as text nobody can read.
void DayPicker::read_typed_text() {
  const auto typed = parse_local_date(utf8(GetValue()));
  if (typed && typed->year() <= 2999) {
    choose(*typed);
  } else {
    if (GetValue() != date_text(day_)) wxBell();
    set_day(day_);
  }
}

}  // namespace cwt::gui
