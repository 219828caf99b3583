#pragma once
// Choosing attendees in bulk: the active workers filtered by community and
// a search, several selected at once.
#include <wx/dialog.h>

#include <string>
#include <vector>

#include "cwt/workspace/workspace.hpp"

namespace cwt::gui {

// The ID numbers chosen (empty when cancelled).
std::vector<std::string> pick_workers(wxWindow* parent, const Workspace& workspace);

}  // namespace cwt::gui
