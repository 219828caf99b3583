#pragma once
// Icons for the statuses, drawn from SVG so that they are sharp at any DPI.
// Each status has its own shape as well as its own colour (a cross for
// overdue, a clock for due soon, a tick for certified or met, ...), so that
// no one needs to tell colours apart.
#include <wx/bmpbndl.h>
#include <wx/colour.h>

#include "cwt/model/codes.hpp"

namespace cwt::gui {

wxBitmapBundle status_icon(CertificationStatus status);
wxBitmapBundle status_icon(TrainingStatus status);
// The text colour of a status in lists (dark enough on white to read).
wxColour status_colour(CertificationStatus status);
wxColour status_colour(TrainingStatus status);
// The application's icon.
wxBitmapBundle app_icon();

}  // namespace cwt::gui
