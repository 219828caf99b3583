#include "table_export.hpp"

#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>

#include "cwt/reports/report_file.hpp"
#include "gui_text.hpp"

namespace cwt::gui {

bool export_table(wxWindow* parent, const reports::Document& document, const wxString& file_name) {
  wxFileDialog dialog(parent, _("Export"), wxEmptyString, file_name + ".xlsx",
                      _("Excel workbook (*.xlsx)|*.xlsx|CSV, UTF-8 (*.csv)|*.csv"),
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return false;
  const bool csv =
      dialog.GetFilterIndex() == 1 || wxFileName(dialog.GetPath()).GetExt().Lower() == "csv";
  try {
    reports::save_report(document, csv ? reports::ReportFormat::csv : reports::ReportFormat::xlsx,
                         utf8(dialog.GetPath()));
  } catch (const std::exception& error) {
    wxMessageBox(wx(error.what()), _("Export"), wxOK | wxICON_ERROR, parent);
    return false;
  }
  return true;
}

}  // namespace cwt::gui
