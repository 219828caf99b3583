#pragma once
// Wrapping a static text to a width the way Chinese is typeset. wx's own
// wxStaticText::Wrap breaks at blanks only, so a Chinese sentence (which has
// none but around numbers) stayed one line too wide, or broke after "有 7".
// The rules are cwt/model/line_break.hpp's; this measures with the control's
// font.
class wxStaticText;
class wxString;

namespace cwt::gui {

// Sets `text` on `label`, broken into lines no wider than `width` pixels.
void set_wrapped(wxStaticText* label, const wxString& text, int width);

}  // namespace cwt::gui
