#pragma once
// Long work (sample data, import, backup) off the GUI thread, behind a
// progress dialog that can be cancelled: the window keeps drawing and never
// freezes. The work checks `cancelled` at points where stopping leaves
// nothing half-written; what it throws is rethrown here, on the GUI thread.
#include <wx/window.h>

#include <atomic>
#include <functional>

namespace cwt::gui {

// True when the work ran to its end, false when the user cancelled it.
bool run_in_background(wxWindow* parent, const wxString& title, const wxString& message,
                       const std::function<void(const std::atomic<bool>& cancelled)>& work);

}  // namespace cwt::gui
