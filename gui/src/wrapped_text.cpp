#include "wrapped_text.hpp"

#include <wx/dcclient.h>
#include <wx/stattext.h>

#include <map>

#include "cwt/model/line_break.hpp"
#include "cwt/model/text.hpp"
#include "gui_text.hpp"

namespace cwt::gui {

void set_wrapped(wxStaticText* label, const wxString& text, int width) {
  wxClientDC dc(label);
  dc.SetFont(label->GetFont());
  std::map<char32_t, double> widths;  // one measure per distinct character
  const auto advance = [&](char32_t c) {
    const auto [at, added] = widths.try_emplace(c, 0.0);
    if (added) at->second = dc.GetTextExtent(wx(utf8_of(c))).x;
    return at->second;
  };
  wxString wrapped;
  for (const std::u32string& line : break_lines(code_points(utf8(text)), width, advance)) {
    if (!wrapped.empty()) wrapped += '\n';
    std::string utf8_line;
    for (const char32_t c : line) utf8_line += utf8_of(c);
    wrapped += wx(utf8_line);
  }
  label->SetLabelText(wrapped);
}

}  // namespace cwt::gui
