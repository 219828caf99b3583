#pragma once
// Long work (sample data, import, backup) off the GUI thread, behind a
// progress dialog that can be cancelled: the window keeps drawing and never
// freezes. The work checks `cancelled` at points where stopping leaves
// nothing half-written; what it throws is rethrown here, on the GUI thread.
#include <wx/window.h>

#include <atomic>
#include <functional>

#include "cwt/model/progress.hpp"

namespace cwt::gui {

// True when the work ran to its end, false when the user cancelled it
// (whatever the cancelled work then threw is dropped: cancelling is how it was
// meant to end). `on_cancel` runs on the GUI thread at the click, e.g. to
// interrupt the store's write (Store::interrupt) so that it stops at once.
// The same for work that reports how far it is (model/progress.hpp): a
// bar that fills, the stage as its line, the time elapsed and left; a
// cancel is the work's `progress.cancelled()`, and the work that sees it
// throws Cancelled, which is dropped here like anything cancelled work
// throws.
bool run_with_progress(wxWindow* parent, const wxString& title, const wxString& message,
                       const std::function<void(Progress& progress)>& work,
                       const std::function<void()>& on_cancel = {});

bool run_in_background(wxWindow* parent, const wxString& title, const wxString& message,
                       const std::function<void(const std::atomic<bool>& cancelled)>& work,
                       const std::function<void()>& on_cancel = {});

}  // namespace cwt::gui
