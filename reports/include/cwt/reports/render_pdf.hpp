#pragma once
// The laid-out pages as a PDF (PoDoFo): each font embedded as a subset with a
// ToUnicode map (the text stays searchable), lines and text at the places
// the layout gave them.
#include <ostream>

#include "cwt/reports/document.hpp"
#include "cwt/reports/fonts.hpp"
#include "cwt/reports/layout.hpp"

namespace cwt::reports {

// Throws std::runtime_error when PoDoFo fails (the file is then not to be kept).
void write_pdf(const Document& document, const Layout& layout, const FontSet& fonts,
               std::ostream& out);

}  // namespace cwt::reports
