#include "cwt/reports/render_pdf.hpp"

#include <podofo/podofo.h>

#include <stdexcept>

#include "cwt/platform/platform.hpp"
#include "write_ticks.hpp"

namespace cwt::reports {

namespace {

// Fill and stroke: bold drawn by outlining the glyphs (the faces have no
// bold cut), at this stroke width relative to the font size.
constexpr double kBoldStroke = 0.03;

}  // namespace

void write_pdf(const Document& document, const Layout& layout, const FontSet& fonts,
               std::ostream& out, Progress& progress) {
  using namespace PoDoFo;
  try {
    PdfMemDocument pdf;
    pdf.GetInfo()->SetTitle(PdfString(reinterpret_cast<const pdf_utf8*>(document.title.c_str())));
    pdf.GetInfo()->SetCreator(PdfString("cwtrack"));
    // Each face embedded once, as a subset of the glyphs drawn, with a
    // ToUnicode map so the text can be searched and copied.
    PdfFont* faces[2] = {nullptr, nullptr};
    const auto face = [&](int index) {
      if (!faces[index]) {
        const std::string file = fonts.face(index).file().string();
        faces[index] =
            pdf.CreateFontSubset(index == 0 ? "cwtrack-song" : "cwtrack-fallback", false, false,
                                 false, new PdfIdentityEncoding(0, 0xffff, true), file.c_str());
        if (!faces[index]) throw std::runtime_error("the PDF cannot embed the font " + file);
      }
      return faces[index];
    };
    ProgressSteps pages(progress, layout.pages.size());
    for (const Page& page : layout.pages) {
      PdfPage* pdf_page = pdf.CreatePage(PdfRect(0, 0, page.width, page.height));
      PdfPainter painter;
      painter.SetPage(pdf_page);
      for (const LineItem& line : page.lines) {
        painter.SetStrokeWidth(line.width);
        painter.DrawLine(line.x1, page.height - line.y1, line.x2, page.height - line.y2);
      }
      for (const TextItem& text : page.texts) {
        PdfFont* font = face(text.face);
        font->SetFontSize(static_cast<float>(text.size));
        painter.SetFont(font);
        if (text.bold) {
          painter.SetStrokeWidth(text.size * kBoldStroke);
          painter.SetTextRenderingMode(ePdfTextRenderingMode_FillAndStroke);
        }
        painter.DrawText(text.x, page.height - text.baseline,
                         PdfString(reinterpret_cast<const pdf_utf8*>(text.text.c_str())));
        if (text.bold) painter.SetTextRenderingMode(ePdfTextRenderingMode_Fill);
      }
      painter.FinishPage();
      pages.done_one();
    }
    pages.finish();
    // Into PoDoFo's own buffer, then onto `out`: on Windows PoDoFo is a DLL
    // with a C++ runtime of its own, and a stream of ours handed to it would
    // be worked with that runtime's locale (PdfOutputDevice imbues it).
    PdfRefCountedBuffer buffer;
    PdfOutputDevice device(&buffer);
    pdf.Write(&device);
    out.write(buffer.GetBuffer(), static_cast<std::streamsize>(device.GetLength()));
  } catch (const PdfError& error) {
    throw std::runtime_error(std::string("the PDF could not be made: ") +
                             PdfError::ErrorMessage(error.GetError()));
  }
}

}  // namespace cwt::reports
