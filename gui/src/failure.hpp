#pragma once
// What the desktop program does with a failure: the officer sees the
// message (a StoreError's is written for them: what happened, to which file,
// what to do), and its detail (the database's own words, an unforeseen
// exception's text) goes to the failure log (platform/failure_log.hpp),
// which the message and the About box name.
#include <wx/app.h>
#include <wx/string.h>
#include <wx/window.h>

#include <exception>

namespace cwt::gui {

// Logs a StoreError's detail (the database's own words) under `title`;
// false for any other failure (its message says all) or no detail.
bool log_failure_detail(const wxString& title, const std::exception& error);
// `error`'s message, with the log named when its detail went there.
wxString message_of(const wxString& title, const std::exception& error);

// Shows `error` under `title` and logs its detail.
void show_failure(wxWindow* parent, const wxString& title, const std::exception& error);

// The program's application object: a failure no handler caught (a store
// error in the middle of an editor's reads) is shown and logged, and the
// program keeps running; only one escaping the event loop itself ends it,
// shown and logged first.
class ProgramApp : public wxApp {
 public:
  bool OnExceptionInMainLoop() override;
  void OnUnhandledException() override;
};

// Shows and logs the exception being handled (inside a catch block);
// what ProgramApp does.
void show_current_exception(const wxString& title);

}  // namespace cwt::gui
