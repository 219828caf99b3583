#pragma once
// The reports' laid-out pages (cwt::reports::Layout) drawn on a wxDC: what
// the print preview shows and the printer prints. Nothing is laid out here:
// every text and line is where the layout put it, so the preview, the paper
// and the PDF have the same pages with the same rows on each.
#include <wx/dc.h>
#include <wx/print.h>

#include <filesystem>
#include <memory>
#include <vector>

#include "cwt/reports/document.hpp"
#include "cwt/reports/fonts.hpp"
#include "cwt/reports/layout.hpp"

namespace cwt::gui {

// One report made ready to show, print or save: the document, its pages and
// the fonts they were measured with (each report has its own FontSet: the
// fonts cache what they measure and are used by one thread at a time).
struct PreparedReport {
  reports::Document document;
  reports::Layout layout;
  std::unique_ptr<reports::FontSet> fonts;
};

// Where the report fonts are (reports::font_folders() for the program, the
// build tree's for tests). The first LayoutPrintout makes their files known
// to the toolkit by their family names (wxFont::AddPrivateFont) where the
// system lacks them; without them the pages are drawn in the system's face,
// scaled to the same widths.
void use_report_fonts(std::vector<std::filesystem::path> folders);
// The report fonts from those folders (a FontSet of its own for each report);
// throws std::runtime_error saying they are missing.
std::unique_ptr<reports::FontSet> load_report_fonts();

// Logical units per point in which draw_page draws: the caller maps
// page.width * kUnitsPerPoint x page.height * kUnitsPerPoint onto the paper.
inline constexpr double kUnitsPerPoint = 10;

// Draws `page` on `dc`. Each face's size is fitted on this DC so that a text
// is as wide as the layout measured it with FreeType, whatever the DC's
// resolution and the toolkit's font scaling.
void draw_page(wxDC& dc, const reports::Page& page, const reports::FontSet& fonts);

class LayoutPrintout : public wxPrintout {
 public:
  explicit LayoutPrintout(std::shared_ptr<const PreparedReport> report);

  bool HasPage(int page) override;
  void GetPageInfo(int* min_page, int* max_page, int* from, int* to) override;
  bool OnPrintPage(int page) override;
  const std::shared_ptr<const PreparedReport>& report() const { return report_; }

 private:
  std::shared_ptr<const PreparedReport> report_;
};

// The paper settings for a report: A4, portrait or landscape as its first page.
wxPrintData print_data_for(const reports::Layout& layout);

// The print preview of a report, on the sheet the layout was made for (A4 at
// a nominal 600 dpi) rather than on the installed printer's page: the preview
// needs no printer (wx's Windows preview refuses to start without one), and it
// shows the pages as laid out whatever printer is chosen later. Its Print
// button prints through the native dialog.
class PaperPreview : public wxPrintPreviewBase {
 public:
  PaperPreview(LayoutPrintout* shown, LayoutPrintout* for_printing, wxPrintDialogData* data);
  bool Print(bool interactive) override;
  void DetermineScaling() override;
};

}  // namespace cwt::gui
