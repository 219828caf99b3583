#include "stock_buttons.hpp"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/msgdlg.h>
#include <wx/stockitem.h>

namespace cwt::gui {

void translate_stock_buttons(wxWindow* window) {
  if (auto* box = dynamic_cast<wxMessageDialog*>(window)) {
    if (!box->HasCustomLabels()) {
      box->SetYesNoCancelLabels(wxGetStockLabel(wxID_YES), wxGetStockLabel(wxID_NO),
                                wxGetStockLabel(wxID_CANCEL));
      box->SetOKLabel(wxGetStockLabel(wxID_OK));
      box->SetHelpLabel(wxGetStockLabel(wxID_HELP));
    }
    return;
  }
#ifdef __WXGTK__
  if (auto* button = dynamic_cast<wxButton*>(window)) {
    const wxWindowID id = button->GetId();
    // wxGTK takes a label equal to the stock label for the stock item.
    if (wxIsStockID(id) && button->GetLabel() == wxGetStockLabel(id))
      button->SetLabel(wxGetStockLabel(id, wxSTOCK_NOFLAGS));
  }
  for (wxWindow* child : window->GetChildren()) translate_stock_buttons(child);
#endif
}

int StockButtonLabels::Enter(wxDialog* dialog) {
  translate_stock_buttons(dialog);
  return wxID_NONE;  // shown as usual
}

}  // namespace cwt::gui
