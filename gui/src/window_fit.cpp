#include "window_fit.hpp"

#include <wx/dataview.h>
#include <wx/display.h>
#include <wx/settings.h>
#include <wx/toplevel.h>

#include <algorithm>
#include <cstddef>
#include <memory>

#include "cwt/workspace/window_geometry.hpp"

namespace cwt::gui {

namespace {

ScreenRect to_screen_rect(const wxRect& rect) { return {rect.x, rect.y, rect.width, rect.height}; }

wxRect to_wx(const ScreenRect& rect) { return {rect.x, rect.y, rect.width, rect.height}; }

}  // namespace

wxRect work_area_of(const wxWindow* window) {
  const int index = window ? wxDisplay::GetFromWindow(window) : wxNOT_FOUND;
  return wxDisplay(index == wxNOT_FOUND ? 0U : static_cast<unsigned>(index)).GetClientArea();
}

void place_first_time(wxTopLevelWindow* window, wxSize preferred) {
  const wxSize wanted = window->FromDIP(preferred);
  const WindowPlacement placed =
      first_window_placement(to_screen_rect(work_area_of(window)), wanted.x, wanted.y);
  window->SetSize(to_wx(placed.rect));
  if (placed.maximized) window->Maximize();
}

void keep_on_screen(wxTopLevelWindow* window) {
  if (window->IsMaximized()) return;
  const ScreenRect fitted =
      fit_into(to_screen_rect(window->GetRect()), to_screen_rect(work_area_of(window)));
  if (to_wx(fitted) != window->GetRect()) window->SetSize(to_wx(fitted));
}

void fit_dialog_to_screen(wxTopLevelWindow* dialog) {
  const wxRect area = work_area_of(dialog->GetParent() ? dialog->GetParent() : dialog);
  const wxSize size = dialog->GetSize();
  const wxSize fitted(fit_length(size.x, area.width), fit_length(size.y, area.height));
  if (fitted != size) {
    // The minimum the sizer computed would hold the dialog off-screen.
    dialog->SetMinSize(wxSize(std::min(dialog->GetMinSize().x, fitted.x),
                              std::min(dialog->GetMinSize().y, fitted.y)));
    dialog->SetSize(fitted);
  }
  dialog->CentreOnScreen();
}

void stretch_columns(wxDataViewCtrl* list, const std::vector<ColumnShare>& columns) {
  std::vector<int> floors, weights;
  for (unsigned i = 0; i < list->GetColumnCount() && i < columns.size(); ++i) {
    // Never narrower than its title (English titles are longer than the
    // Chinese the widths were designed on), room left for the sort arrow.
    const int title = list->GetTextExtent(list->GetColumn(i)->GetTitle()).x + list->FromDIP(24);
    floors.push_back(std::max(list->FromDIP(columns[i].width), title));
    weights.push_back(columns[i].weight);
    list->GetColumn(i)->SetWidth(floors.back());
  }
  // The widths as last set here: what a column is taken to be while GTK
  // reports 0 (not yet drawn), and always for the last column.
  auto set = std::make_shared<std::vector<int>>(floors);
  list->Bind(wxEVT_SIZE, [list, set, floors = std::move(floors),
                          weights = std::move(weights)](wxSizeEvent& event) {
    event.Skip();
    // The width the columns can have: the client area less a vertical
    // scroll bar (always counted: the bar appearing must not make the
    // columns overflow and bring a horizontal one).
    const int available =
        list->GetClientSize().x - wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, list) - 2;
    if (available <= 0) return;
    std::vector<int> current = *set;
    for (std::size_t i = 0; i + 1 < current.size(); ++i) {
      const int shown = list->GetColumn(static_cast<unsigned>(i))->GetWidth();
      if (shown > 0) current[i] = shown;
    }
    const std::vector<int> fitted = fitted_widths(current, floors, weights, available);
    for (unsigned i = 0; i < fitted.size(); ++i)
      if (fitted[i] != (*set)[i] || fitted[i] != current[i])
        list->GetColumn(i)->SetWidth(fitted[i]);
    *set = fitted;
  });
}

}  // namespace cwt::gui
