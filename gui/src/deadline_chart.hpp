#pragma once
// The dashboard's chart: workers already overdue, then the open certification
// deadlines of each of the next twelve months, as bars drawn with
// wxGraphicsContext. Clicking the overdue bar shows those workers.
#include <wx/panel.h>

#include <functional>

#include "cwt/model/tally.hpp"

namespace cwt::gui {

class DeadlineChartPanel : public wxPanel {
 public:
  explicit DeadlineChartPanel(wxWindow* parent);
  void set_chart(const DeadlineChart& chart);
  std::function<void()> on_overdue_clicked;

 private:
  void on_paint(wxPaintEvent& event);
  void on_click(wxMouseEvent& event);
  DeadlineChart chart_;
  wxRect overdue_bar_;
};

}  // namespace cwt::gui
