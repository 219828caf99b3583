#include "background.hpp"

#include <wx/intl.h>
#include <wx/progdlg.h>  // wxGenericProgressDialog too, on every port
#include <wx/utils.h>

#include <exception>
#include <mutex>
#include <thread>

#include "gui_text.hpp"

namespace cwt::gui {

namespace {

// What the work reports, read by the dialog's loop on the GUI thread.
class SharedProgress : public Progress {
 public:
  void stage(const std::string& text) override {
    const std::lock_guard lock(mutex_);
    stage_ = text;
  }
  void advance(std::uint64_t done, std::uint64_t total) override {
    const std::lock_guard lock(mutex_);
    done_ = done;
    total_ = total;
  }
  bool cancelled() const override { return cancelled_; }

  void cancel() { cancelled_ = true; }
  bool was_cancelled() const { return cancelled_; }
  const std::atomic<bool>& flag() const { return cancelled_; }

  struct Seen {
    std::string stage;
    std::uint64_t done = 0, total = 0;
  };
  Seen seen() const {
    const std::lock_guard lock(mutex_);
    return {stage_, done_, total_};
  }

 private:
  mutable std::mutex mutex_;
  std::string stage_;
  std::uint64_t done_ = 0, total_ = 0;
  std::atomic<bool> cancelled_{false};
};

// The dialog and its loop; `reports_amount`: the work says "N of M", so the
// time left is shown (for work that only pulses it would say "unknown").
bool run_dialog(wxWindow* parent, const wxString& title, const wxString& message,
                const std::function<void(Progress& progress)>& work,
                const std::function<void()>& on_cancel, bool reports_amount) {
  SharedProgress progress;
  std::atomic<bool> done{false};
  std::exception_ptr failure;
  std::thread worker([&] {
    try {
      work(progress);
    } catch (...) {
      failure = std::current_exception();
    }
    done = true;
  });
  // Work done within a blink shows no window: a dialog that flashed up and
  // away on every small file opened or report saved would only distract
  // (and under Wine each costs a round of window creation).
  for (int waited = 0; !done && waited < 250; waited += 10) wxMilliSleep(10);
  if (!done) {
    // wx's generic dialog, not Windows' native one: that one runs on a thread
    // of its own, took seconds to come and go under Wine and once never
    // came back (a GUI test hung in CI); the generic one is drawn by this
    // loop, the same on every system. A thousand steps: the bar moves by
    // tenths of a percent; the time left is the dialog's estimate from them.
    constexpr int kRange = 1000;
    wxGenericProgressDialog dialog(title, message, kRange, parent,
                                   wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME |
                                       wxPD_AUTO_HIDE | (reports_amount ? wxPD_REMAINING_TIME : 0));
    // The dialog's own button takes GTK's stock label, in the system's
    // language rather than the program's: labelled here like every other.
    if (wxWindow* cancel = dialog.FindWindow(wxID_CANCEL)) cancel->SetLabel(_("Cancel"));
    while (!done) {
      const auto seen = progress.seen();
      const wxString text = seen.stage.empty() ? message : wx(seen.stage);
      // Update and Pulse run the event loop: the windows repaint, Cancel is
      // seen. Pulse while the work has not said how much there is.
      const bool going = seen.total > 0
                             ? dialog.Update(static_cast<int>(std::min<std::uint64_t>(
                                                 kRange - 1, seen.done * kRange / seen.total)),
                                             text)
                             : dialog.Pulse(text);
      if (!going && !progress.was_cancelled()) {
        progress.cancel();
        if (on_cancel) on_cancel();
      }
      // Keep interrupting: a write started after the first call stops too.
      if (progress.was_cancelled() && on_cancel) on_cancel();
      wxMilliSleep(40);
    }
  }
  worker.join();
  if (progress.was_cancelled()) return false;
  if (failure) std::rethrow_exception(failure);
  return true;
}

}  // namespace

bool run_with_progress(wxWindow* parent, const wxString& title, const wxString& message,
                       const std::function<void(Progress& progress)>& work,
                       const std::function<void()>& on_cancel) {
  return run_dialog(parent, title, message, work, on_cancel, true);
}

bool run_in_background(wxWindow* parent, const wxString& title, const wxString& message,
                       const std::function<void(const std::atomic<bool>& cancelled)>& work,
                       const std::function<void()>& on_cancel) {
  return run_dialog(
      parent, title, message,
      // The progress handed to the work is run_dialog's own.
      [&](Progress& progress) { work(static_cast<SharedProgress&>(progress).flag()); }, on_cancel,
      false);
}

}  // namespace cwt::gui
