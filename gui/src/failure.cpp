#include "failure.hpp"

#include <wx/msgdlg.h>

#include <new>
#include <string>
#include <typeinfo>

#include "cwt/model/store.hpp"
#include "cwt/platform/failure_log.hpp"
#include "cwt/platform/platform.hpp"
#include "gui_text.hpp"

namespace cwt::gui {

namespace {

// The window a message belongs to: the main window while it is shown;
// none while the program starts or ends.
wxWindow* message_parent() {
  if (!wxTheApp) return nullptr;
  if (wxWindow* top = wxTheApp->GetTopWindow(); top && top->IsShown()) return top;
  return nullptr;
}

wxString with_log_named(wxString message) {
  return message + "\n\n" +
         wxString::Format(_("The details are in the log for whoever supports you: %s"),
                          wx(utf8_from_path(log_file())));
}

}  // namespace

bool log_failure_detail(const wxString& title, const std::exception& error) {
  // A StoreError's message is the officer's; its detail the database's.
  // Other failures a handler catches (a file that cannot be read, a path
  // refused) say all there is in their message.
  const auto* store_error = dynamic_cast<const StoreError*>(&error);
  if (!store_error || store_error->detail().empty()) return false;
  log_failure("cwtrack", utf8(title), store_error->detail());
  return true;
}

wxString message_of(const wxString& title, const std::exception& error) {
  const wxString message = wx(error.what());
  return log_failure_detail(title, error) ? with_log_named(message) : message;
}

void show_failure(wxWindow* parent, const wxString& title, const std::exception& error) {
  wxMessageBox(message_of(title, error), title, wxOK | wxICON_ERROR, parent);
}

void show_current_exception(const wxString& title) {
  try {
    throw;
  } catch (const StoreError& error) {
    show_failure(message_parent(), title, error);
  } catch (const std::bad_alloc&) {
    log_failure("cwtrack", utf8(title), "out of memory");
    wxMessageBox(with_log_named(_("Not enough memory to finish this; nothing was changed. Close "
                                  "other programs and try again.")),
                 title, wxOK | wxICON_ERROR, message_parent());
  } catch (const std::exception& error) {
    // Unforeseen: no handler expected it, so its type and words are logged.
    log_failure("cwtrack", utf8(title), std::string(typeid(error).name()) + ": " + error.what());
    wxMessageBox(with_log_named(wx(error.what())), title, wxOK | wxICON_ERROR, message_parent());
  } catch (...) {
    log_failure("cwtrack", utf8(title), "an exception of unknown type");
    wxMessageBox(with_log_named(_("Something unforeseen went wrong.")), title,
                 wxOK | wxICON_ERROR, message_parent());
  }
}

bool ProgramApp::OnExceptionInMainLoop() {
  // Every change is one transaction in the store: a failure inside a
  // handler has changed nothing half-way, so the program can go on.
  show_current_exception(_("The action was not completed"));
  return true;
}

void ProgramApp::OnUnhandledException() { show_current_exception(_("cwtrack has to close")); }

}  // namespace cwt::gui
