#pragma once
// The laid-out pages as a PDF (PoDoFo): each font embedded as a subset with a
// ToUnicode map (the text stays searchable), lines and text at the places
// the layout gave them.
#include <ostream>

#include "cwt/model/progress.hpp"
#include "cwt/reports/document.hpp"
#include "cwt/reports/fonts.hpp"
#include "cwt/reports/layout.hpp"

namespace cwt::reports {

// Throws std::runtime_error when PoDoFo fails (the file is then not to be
// kept); reports the pages drawn of all and throws Cancelled at a cancel.
void write_pdf(const Document& document, const Layout& layout, const FontSet& fonts,
               std::ostream& out, Progress& progress = no_progress());

}  // namespace cwt::reports
