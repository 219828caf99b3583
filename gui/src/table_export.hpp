#pragma once
// A list the program shows, saved where the officer chooses as an Excel
// workbook or a CSV file (UTF-8 with BOM), whole or not at all.
#include <wx/string.h>
#include <wx/window.h>

#include "cwt/reports/document.hpp"

namespace cwt::gui {

// Asks for the file (XLSX first) and saves `document` there; a failure is
// said in a message box. Returns whether the file was written.
bool export_table(wxWindow* parent, const reports::Document& document, const wxString& file_name);

}  // namespace cwt::gui
