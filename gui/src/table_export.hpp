#pragma once
// A list the program shows, saved where the officer chooses as an Excel
// workbook or a CSV file (UTF-8 with BOM), whole or not at all; and the
// check every save makes first: never onto the open database.
#include <wx/string.h>
#include <wx/window.h>

#include <string>

#include "cwt/platform/output_file.hpp"
#include "cwt/reports/document.hpp"

namespace cwt::gui {

// Asks for the file (XLSX first) and saves `document` there; a failure is
// said in a message box. Returns whether the file was written.
bool export_table(wxWindow* parent, const reports::Document& document, const wxString& file_name);

// The guard of the main window `window` belongs to (its Shell, found through
// the window's parents): the open database and its journal files. Empty
// when there is none.
OutputGuard output_guard_of(const wxWindow* window);

// Whether `path` (UTF-8) may be written by a save from `parent`; when not,
// the reason (naming the file) is said in an error box titled `title`.
bool output_allowed(wxWindow* parent, const OutputGuard& guard, const std::string& path,
                    const wxString& title);

}  // namespace cwt::gui
