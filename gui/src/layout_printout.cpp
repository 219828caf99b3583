#include "layout_printout.hpp"

#include <wx/dcscreen.h>
#include <wx/font.h>
#include <wx/fontenum.h>
#include <wx/pen.h>

#include <cmath>
#include <map>
#include <tuple>

#include "cwt/model/text.hpp"
#include "cwt/platform/platform.hpp"
#include "cwt/reports/report_file.hpp"
#include "gui_text.hpp"

namespace cwt::gui {

namespace {

// What the fitting measures: the kinds of characters reports hold.
constexpr std::string_view kSample = "社区工作者培训学时统计表 0123456789 ABCDEFG abcdefg";
constexpr double kReferencePoints = 100;

// The wx fonts of one page's drawing, fitted to the DC: for each face, bold
// and size, a wxFont whose texts are as wide as the layout's, and its ascent.
class FittedFonts {
 public:
  FittedFonts(wxDC& dc, const reports::FontSet& fonts) : dc_(dc), fonts_(fonts) {}

  struct Fitted {
    wxFont font;
    double ascent = 0;  // logical units
  };

  const Fitted& get(int face, bool bold, double size) {
    const auto key = std::make_tuple(face, bold, size);
    if (const auto found = fitted_.find(key); found != fitted_.end()) return found->second;
    const double points = size * points_per_point(face, bold);
    Fitted fitted{font(face, bold, points), 0};
    dc_.SetFont(fitted.font);
    wxCoord width = 0, height = 0, descent = 0;
    dc_.GetTextExtent(wx(kSample), &width, &height, &descent);
    fitted.ascent = static_cast<double>(height - descent);
    return fitted_.emplace(key, fitted).first->second;
  }

 private:
  wxFont font(int face, bool bold, double points) const {
    return wxFont(wxFontInfo(points).FaceName(wx(fonts_.face(face).family_name())).Bold(bold));
  }

  // How many wx points draw one layout point as wide as FreeType measured:
  // the sample's width at 100 pt on this DC against its FreeType width.
  double points_per_point(int face, bool bold) {
    const auto key = std::make_pair(face, bold);
    if (const auto found = scale_.find(key); found != scale_.end()) return found->second;
    dc_.SetFont(font(face, bold, kReferencePoints));
    wxCoord drawn = 0, height = 0;
    dc_.GetTextExtent(wx(kSample), &drawn, &height);
    double em = 0;
    for (const char32_t c : code_points(kSample)) em += fonts_.face(face).advance(c);
    const double wanted = em * kReferencePoints * kUnitsPerPoint;
    const double scale = drawn > 0 ? wanted / static_cast<double>(drawn) : 1.0;
    return scale_.emplace(key, scale).first->second;
  }

  wxDC& dc_;
  const reports::FontSet& fonts_;
  std::map<std::pair<int, bool>, double> scale_;
  std::map<std::tuple<int, bool, double>, Fitted> fitted_;
};

wxCoord units(double points) { return static_cast<wxCoord>(std::lround(points * kUnitsPerPoint)); }

}  // namespace

namespace {
std::vector<std::filesystem::path>& font_folders_used() {
  static std::vector<std::filesystem::path> folders = reports::font_folders();
  return folders;
}
}  // namespace

void use_report_fonts(std::vector<std::filesystem::path> folders) {
  font_folders_used() = std::move(folders);
}

namespace {
// Makes the report fonts' files known to the toolkit, once, when the first
// report is drawn (on the GUI thread; not at start, where reading both files
// to learn their names would cost every start). Only faces the system lacks
// (Windows; Linux has them from the same Debian packages): a private font
// added under GTK joins fontconfig's fallbacks and would set the whole
// interface in the Song face.
void make_known(const reports::FontSet& fonts) {
  static bool done = false;
  if (done) return;
  done = true;
  for (int face = 0; face < 2; ++face)
    if (!wxFontEnumerator::IsValidFacename(wx(fonts.face(face).family_name())))
      wxFont::AddPrivateFont(wx(utf8_from_path(fonts.face(face).file())));
}
}  // namespace

std::unique_ptr<reports::FontSet> load_report_fonts() {
  return reports::report_fonts(font_folders_used());
}

void draw_page(wxDC& dc, const reports::Page& page, const reports::FontSet& fonts) {
  dc.SetBackgroundMode(wxBRUSHSTYLE_TRANSPARENT);
  dc.SetTextForeground(*wxBLACK);
  for (const auto& line : page.lines) {
    dc.SetPen(wxPen(*wxBLACK, std::max<wxCoord>(1, units(line.width))));
    dc.DrawLine(units(line.x1), units(line.y1), units(line.x2), units(line.y2));
  }
  FittedFonts fitted(dc, fonts);
  for (const auto& text : page.texts) {
    const auto& font = fitted.get(text.face, text.bold, text.size);
    dc.SetFont(font.font);
    dc.DrawText(wx(text.text), units(text.x),
                static_cast<wxCoord>(std::lround(text.baseline * kUnitsPerPoint - font.ascent)));
  }
}

LayoutPrintout::LayoutPrintout(std::shared_ptr<const PreparedReport> report)
    : wxPrintout(wx(report->document.title)), report_(std::move(report)) {
  if (report_->fonts) make_known(*report_->fonts);
}

bool LayoutPrintout::HasPage(int page) {
  return page >= 1 && static_cast<std::size_t>(page) <= report_->layout.pages.size();
}

void LayoutPrintout::GetPageInfo(int* min_page, int* max_page, int* from, int* to) {
  *min_page = 1;
  *max_page = static_cast<int>(report_->layout.pages.size());
  *from = 1;
  *to = *max_page;
}

bool LayoutPrintout::OnPrintPage(int page) {
  if (!HasPage(page)) return false;
  const auto& laid_out = report_->layout.pages[static_cast<std::size_t>(page - 1)];
  // The whole sheet is the page: the layout's margins are on it already.
  FitThisSizeToPaper(wxSize(units(laid_out.width), units(laid_out.height)));
  wxDC* dc = GetDC();
  if (!dc) return false;
  draw_page(*dc, laid_out, *report_->fonts);
  return true;
}

wxPrintData print_data_for(const reports::Layout& layout) {
  wxPrintData data;
  data.SetPaperId(wxPAPER_A4);
  const bool landscape =
      !layout.pages.empty() && layout.pages.front().width > layout.pages.front().height;
  data.SetOrientation(landscape ? wxLANDSCAPE : wxPORTRAIT);
  return data;
}

PaperPreview::PaperPreview(LayoutPrintout* shown, LayoutPrintout* for_printing,
                           wxPrintDialogData* data)
    : wxPrintPreviewBase(shown, for_printing, data) {
  DetermineScaling();
}

bool PaperPreview::Print(bool interactive) {
  if (!m_printPrintout) return false;
  wxPrinter printer(&m_printDialogData);
  return printer.Print(m_previewFrame, m_printPrintout, interactive);
}

void PaperPreview::DetermineScaling() {
  constexpr int kPrinterDotsPerInch = 600;
  const auto& report = *static_cast<LayoutPrintout*>(m_previewPrintout)->report();
  const auto& pages = report.layout.pages;
  // Every page of a report has the first one's sheet (A4, one orientation).
  const double width = pages.empty() ? 595.28 : pages.front().width;
  const double height = pages.empty() ? 841.89 : pages.front().height;
  const wxSize screen = wxScreenDC().GetPPI();
  m_pageWidth = static_cast<int>(std::lround(width / 72 * kPrinterDotsPerInch));
  m_pageHeight = static_cast<int>(std::lround(height / 72 * kPrinterDotsPerInch));
  m_previewPrintout->SetPPIScreen(screen.x, screen.y);
  m_previewPrintout->SetPPIPrinter(kPrinterDotsPerInch, kPrinterDotsPerInch);
  m_previewPrintout->SetPageSizePixels(m_pageWidth, m_pageHeight);
  m_previewPrintout->SetPaperRectPixels(wxRect(0, 0, m_pageWidth, m_pageHeight));
  m_previewPrintout->SetPageSizeMM(static_cast<int>(std::lround(width / 72 * 25.4)),
                                   static_cast<int>(std::lround(height / 72 * 25.4)));
  // At 100 % the sheet is its own size on the screen.
  m_previewScaleX = static_cast<float>(screen.x) / kPrinterDotsPerInch;
  m_previewScaleY = static_cast<float>(screen.y) / kPrinterDotsPerInch;
}

}  // namespace cwt::gui
