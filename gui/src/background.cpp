#include "background.hpp"

#include <wx/progdlg.h>  // wxGenericProgressDialog too, on every port
#include <wx/utils.h>

#include <exception>
#include <thread>

namespace cwt::gui {

bool run_in_background(wxWindow* parent, const wxString& title, const wxString& message,
                       const std::function<void(const std::atomic<bool>& cancelled)>& work,
                       const std::function<void()>& on_cancel) {
  std::atomic<bool> cancelled{false};
  std::atomic<bool> done{false};
  std::exception_ptr failure;
  std::thread worker([&] {
    try {
      work(cancelled);
    } catch (...) {
      failure = std::current_exception();
    }
    done = true;
  });
  {
    // wx's generic dialog, not Windows' native one: that one runs on a thread
    // of its own, took seconds to come and go under Wine and once never
    // came back (a GUI test hung in CI); the generic one is drawn by this
    // loop, the same on every system.
    wxGenericProgressDialog progress(
        title, message, 100, parent,
        wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME | wxPD_AUTO_HIDE);
    while (!done) {
      // Pulse runs the event loop: the windows repaint, Cancel is seen.
      if (!progress.Pulse() && !cancelled) {
        cancelled = true;
        if (on_cancel) on_cancel();
      }
      // Keep interrupting: a write started after the first call stops too.
      if (cancelled && on_cancel) on_cancel();
      wxMilliSleep(40);
    }
  }
  worker.join();
  if (cancelled) return false;
  if (failure) std::rethrow_exception(failure);
  return true;
}

}  // namespace cwt::gui
