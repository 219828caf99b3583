#include "table_export.hpp"

#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>

#include "background.hpp"
#include "cwt/reports/report_file.hpp"
#include "failure.hpp"
#include "gui_text.hpp"
#include "shell.hpp"

namespace cwt::gui {

OutputGuard output_guard_of(const wxWindow* window) {
  for (; window; window = window->GetParent())
    if (const auto* shell = dynamic_cast<const Shell*>(window)) return shell->output_guard();
  return {};
}

bool output_allowed(wxWindow* parent, const OutputGuard& guard, const std::string& path,
                    const wxString& title) {
  const auto why = guard.refusal(path);
  if (!why) return true;
  wxMessageBox(wx(*why), title, wxOK | wxICON_ERROR, parent);
  return false;
}

bool export_table(wxWindow* parent, const reports::Document& document, const wxString& file_name) {
  wxFileDialog dialog(parent, _("Export"), wxEmptyString, file_name + ".xlsx",
                      _("Excel workbook (*.xlsx)|*.xlsx|CSV, UTF-8 (*.csv)|*.csv"),
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return false;
  const bool csv =
      dialog.GetFilterIndex() == 1 || wxFileName(dialog.GetPath()).GetExt().Lower() == "csv";
  if (!output_allowed(parent, output_guard_of(parent), utf8(dialog.GetPath()), _("Export")))
    return false;
  try {
    // Off the GUI thread, rows of all; a cancel leaves the file as it was.
    const std::string path = utf8(dialog.GetPath());
    const std::string writing = utf8(_("Writing the file"));
    return run_with_progress(
        parent, _("Export"), _("Writing the file..."), [&](Progress& progress) {
          progress.stage(writing);
          reports::save_report(document,
                               csv ? reports::ReportFormat::csv : reports::ReportFormat::xlsx, path,
                               nullptr, nullptr, progress);
        });
  } catch (const std::exception& error) {
    show_failure(parent, _("Export"), error);
    return false;
  }
}

}  // namespace cwt::gui
