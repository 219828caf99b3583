#pragma once
// The standard buttons (OK, Cancel, Yes, No) in the interface's language on
// every platform. wxGTK hands a button whose label is wx's stock label
// (取消(&C)) to GTK's stock item, and GTK's message box uses GTK's stock
// items: GTK translates those by the C locale, which the program leaves
// alone (a Linux without the zh_CN locale still shows Chinese), so a Chinese
// window got English buttons. Given as text from wx's own catalog (wxstd,
// gui_text.hpp's use_language loads it), the labels show as they are.
#include <wx/modalhook.h>
#include <wx/window.h>

namespace cwt::gui {

// A message box's buttons labelled from wx's catalog (unless the code gave
// its own); on GTK, every button of `window` and its children that carries
// a stock label given it as plain text (without its mnemonic).
void translate_stock_buttons(wxWindow* window);

// Does that to every modal dialog before it shows: register once at start.
class StockButtonLabels : public wxModalDialogHook {
 public:
  int Enter(wxDialog* dialog) override;
  void Exit(wxDialog*) override {}
};

}  // namespace cwt::gui
