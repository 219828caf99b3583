// The main window on the screen it starts on, and the Workers list's
// list columns stretching with it (issue 22, item 5).
#include "window_fit.hpp"

#include <wx/dataview.h>
#include <wx/frame.h>
#include <wx/statusbr.h>

#include "gui_fixture.hpp"

namespace cwt::gui {
namespace {

// Lets the toolkit lay the windows out after a resize.
void settle() {
  for (int i = 0; i < 10; ++i) {
    wxTheApp->ProcessPendingEvents();
    wxTheApp->Yield(true);
    wxMilliSleep(10);
  }
}

// The fixture starts with no remembered placement: the window is placed for
// the display (1280x800 under the tests' Xvfb: too small for 1280x800 with
// a margin, so it is maximized on the work area), and what it shows, the
// status bar included, is on it. (A maximized window's frame lies outside
// the screen on Windows: its inside is compared.)
TEST_F(GuiTest, TheFirstWindowLiesWhollyOnTheScreen) {
  settle();
  const wxRect area = work_area_of(frame_);
  const wxRect inside(frame_->ClientToScreen(wxPoint(0, 0)), frame_->GetClientSize());
  EXPECT_TRUE(area.Contains(inside)) << inside.x << "," << inside.y << " " << inside.width << "x"
                                     << inside.height << " on " << area.width << "x" << area.height;
  const wxRect status = frame_->GetStatusBar()->GetScreenRect();
  EXPECT_LE(status.GetBottom(), area.GetBottom());
  EXPECT_GE(status.GetTop(), area.GetTop());
}

// A list of three columns (designed 80 + 110 + 250 DIPs) alone in a window,
// as the dashboard's act-first list: the third column takes most of a wider
// window, the first none; a narrower one gives the width back, never below
// the designed widths.
TEST_F(GuiTest, ListColumnsStretchWithTheWindowAndShrinkBack) {
  auto* window = new wxFrame(frame_, wxID_ANY, "columns");
  auto* list = new wxDataViewListCtrl(window, wxID_ANY);
  for (const char* title : {"name", "community", "why"}) list->AppendTextColumn(title);
  stretch_columns(list, {{80, 0}, {110, 1}, {250, 3}});
  window->Show();
  const auto width = [&](unsigned column) { return list->GetColumn(column)->GetWidth(); };

  window->SetClientSize(list->FromDIP(300), list->FromDIP(200));
  settle();
  EXPECT_EQ(width(0), list->FromDIP(80));
  EXPECT_EQ(width(1), list->FromDIP(110));
  EXPECT_EQ(width(2), list->FromDIP(250));

  window->SetClientSize(list->FromDIP(800), list->FromDIP(200));
  settle();
  EXPECT_EQ(width(0), list->FromDIP(80));
  EXPECT_GT(width(1), list->FromDIP(110));
  EXPECT_GT(width(2), list->FromDIP(250) + (width(1) - list->FromDIP(110)) * 2)
      << "the third column did not take three quarters of the surplus";

  window->SetClientSize(list->FromDIP(300), list->FromDIP(200));
  settle();
  EXPECT_EQ(width(1), list->FromDIP(110)) << "did not shrink back";
  EXPECT_EQ(width(2), list->FromDIP(250));
  window->Destroy();
}

}  // namespace
}  // namespace cwt::gui
