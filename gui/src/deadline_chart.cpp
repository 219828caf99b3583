#include "deadline_chart.hpp"

#include <wx/dcbuffer.h>
#include <wx/fontenum.h>
#include <wx/graphics.h>
#include <wx/intl.h>

#include <algorithm>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <memory>

#include "gui_text.hpp"

namespace cwt::gui {

namespace {

// GDI+ (wxGraphicsContext on Windows) does not fall back to another font for
// characters its font lacks: name a Chinese face when the system has one.
wxFont chart_font(wxFont font) {
#ifdef __WXMSW__
  for (const char* face :
       {"Microsoft YaHei UI", "Microsoft YaHei", "SimHei", "WenQuanYi Micro Hei"})
    if (wxFontEnumerator::IsValidFacename(face)) {
      font.SetFaceName(face);
      break;
    }
#endif
  return font;
}

}  // namespace

DeadlineChartPanel::DeadlineChartPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  SetMinSize(FromDIP(wxSize(460, 150)));
  Bind(wxEVT_PAINT, &DeadlineChartPanel::on_paint, this);
  Bind(wxEVT_LEFT_UP, &DeadlineChartPanel::on_click, this);
  Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    Refresh();
    event.Skip();
  });
}

void DeadlineChartPanel::set_chart(const DeadlineChart& chart) {
  chart_ = chart;
  Refresh();
}

void DeadlineChartPanel::on_click(wxMouseEvent& event) {
  if (overdue_bar_.Contains(event.GetPosition()) && on_overdue_clicked) on_overdue_clicked();
}

void DeadlineChartPanel::on_paint(wxPaintEvent&) {
  wxAutoBufferedPaintDC dc(this);
  dc.SetBackground(wxBrush(GetBackgroundColour()));
  dc.Clear();
  std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
  if (!gc) return;
  const wxSize size = GetClientSize();
  const double margin = FromDIP(8);
  const double label_height = FromDIP(34);
  const double title_height = FromDIP(22);
  const std::size_t bars = chart_.per_month.size() + 1;
  std::size_t largest = chart_.overdue;
  for (const std::size_t count : chart_.per_month) largest = std::max(largest, count);
  // Room above the tallest bar for its number.
  const double plot_top = margin + title_height + FromDIP(18);
  const double plot_height = size.y - plot_top - label_height - margin;
  // The overdue bar gets a wider slot than the months: its label is longer.
  const double overdue_share = 1.8;
  const double slot = (size.x - 2 * margin) / (static_cast<double>(bars - 1) + overdue_share);
  const double bar_width = slot * 0.62;

  wxFont font = chart_font(GetFont());
  gc->SetFont(font.Bold(), GetForegroundColour());
  gc->DrawText(_("Certification deadlines per month"), margin, margin);
  gc->SetFont(font, GetForegroundColour());
  if (plot_height <= 0) return;

  // On a narrow chart (1024x768) the month names ran together ("10月11月12月"):
  // then every other month is named, January always (it carries the year).
  double widest = 0, ignored = 0;
  gc->GetTextExtent(ui_language() == Language::zh ? wxString::FromUTF8("12月") : wxString("Sep"),
                    &widest, &ignored);
  const bool crowded = widest + FromDIP(6) > slot;
  for (std::size_t i = 0; i < bars; ++i) {
    const std::size_t count = i == 0 ? chart_.overdue : chart_.per_month[i - 1];
    const double height =
        largest == 0 ? 0 : plot_height * static_cast<double>(count) / static_cast<double>(largest);
    const double slot_left =
        i == 0 ? margin : margin + slot * (overdue_share + static_cast<double>(i - 1));
    const double slot_width = i == 0 ? slot * overdue_share : slot;
    const double x = slot_left + (slot_width - bar_width) / 2;
    const double y = plot_top + plot_height - height;
    // Overdue in red with a hatch, months in blue: told apart by more than colour.
    gc->SetPen(*wxTRANSPARENT_PEN);
    gc->SetBrush(wxBrush(i == 0 ? wxColour("#c62828") : wxColour("#1f5fa8"),
                         i == 0 ? wxBRUSHSTYLE_BDIAGONAL_HATCH : wxBRUSHSTYLE_SOLID));
    if (i == 0) {
      gc->SetBrush(wxBrush(wxColour("#f4c7c3")));
      gc->DrawRectangle(x, y, bar_width, height);
      gc->SetBrush(wxBrush(wxColour("#c62828"), wxBRUSHSTYLE_BDIAGONAL_HATCH));
    }
    gc->DrawRectangle(x, y, bar_width, height);
    if (i == 0)
      overdue_bar_ = wxRect(wxPoint(static_cast<int>(x), static_cast<int>(plot_top)),
                            wxSize(static_cast<int>(bar_width), static_cast<int>(plot_height)));

    const wxString number = wxString::Format("%zu", count);
    double w = 0, h = 0;
    gc->GetTextExtent(number, &w, &h);
    gc->DrawText(number, x + (bar_width - w) / 2, y - h - 1);

    wxString label;
    if (i == 0) {
      label = _("Overdue");
    } else {
      const Date month = chart_.first_month + boost::gregorian::months(static_cast<int>(i - 1));
      label = ui_language() == Language::zh
                  ? wxString::Format(wxString::FromUTF8("%d月"), static_cast<int>(month.month()))
                  : wxString(month.month().as_short_string());
      if (i == 1 || month.month() == 1)
        label += wxString::Format("\n%d", static_cast<int>(month.year()));
      else if (crowded && i % 2 == 0)
        label.clear();
    }
    gc->GetTextExtent(label.BeforeFirst('\n'), &w, &h);
    gc->DrawText(label, x + (bar_width - w) / 2, plot_top + plot_height + FromDIP(3));
  }
}

}  // namespace cwt::gui
