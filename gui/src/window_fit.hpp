// Windows that fit the officer's screen: the main window's first placement
// on the display's work area, remembered rectangles brought back onto it,
// dialogs no taller than it, list columns that stretch with the window. The
// arithmetic is cwt/workspace/window_geometry.hpp; this binds it to wx.
#pragma once

#include <wx/gdicmn.h>

#include <vector>

class wxDataViewCtrl;
class wxTopLevelWindow;
class wxWindow;

namespace cwt::gui {

// The work area (the screen less the taskbar) of the display the window is
// on, or of the primary display.
wxRect work_area_of(const wxWindow* window);

// The main window's first placement (nothing remembered yet): maximized on
// a small screen, most of a large one otherwise. `preferred` in DIPs.
void place_first_time(wxTopLevelWindow* window, wxSize preferred);

// A remembered placement brought wholly onto the display it is shown on.
void keep_on_screen(wxTopLevelWindow* window);

// After Fit(): a dialog no larger than the work area, centred on it.
void fit_dialog_to_screen(wxTopLevelWindow* dialog);

// How one column of a list shares a window's width: its designed width in
// DIPs, which it shrinks back to, and its weight in a surplus (0: fixed).
struct ColumnShare {
  int width = 0;
  int weight = 0;
};

// Gives the list's columns their designed widths (one entry per column, in
// order: the one place a list's widths are written), never narrower than
// their titles, and stretches them with the list. Call before restoring the officer's widths (wxPersistentDVC):
// columns the officer dragged keep their width. The last column is taken at
// the width set here, not as read back: GTK and wx's generic list both
// report it expanded to the list's edge.
void stretch_columns(wxDataViewCtrl* list, const std::vector<ColumnShare>& columns);

}  // namespace cwt::gui
