#pragma once
// Text between the program's UTF-8 and wxWidgets: conversions, the language
// of the interface, labels of codes and dates the local way.
#include <wx/datetime.h>
#include <wx/string.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "cwt/model/codes.hpp"
#include "cwt/model/dates.hpp"

namespace cwt::gui {

inline wxString wx(std::string_view utf8) { return wxString::FromUTF8(utf8.data(), utf8.size()); }
inline std::string utf8(const wxString& text) {
  const wxScopedCharBuffer buffer = text.utf8_str();
  return std::string(buffer.data(), buffer.length());
}

// The interface's language, chosen once at start (Settings changes it for
// the next start).
Language ui_language();
void set_ui_language(Language language);
// Sets the interface's language and installs its catalogs (cwtrack's, for
// wx's _() and the model's tr(), and wx's own) from the folders given and
// wx's usual places. Only the catalogs change, not the C locale: a Linux
// without zh_CN.UTF-8 still shows Chinese.
void use_language(Language language, const std::vector<std::filesystem::path>& catalog_folders);

template <class E>
wxString label_of(E value) {
  return wx(label(value, ui_language()));
}

wxString date_text(Date day);  // 2026年11月29日 / 29 Nov 2026
// A share as a percentage with one decimal (87.5%), a dash when `whole` is 0.
wxString percent_text(double part, double whole);
template <class Count>
wxString share_text(Count part, Count whole) {
  return percent_text(static_cast<double>(part), static_cast<double>(whole));
}
wxDateTime to_wx(Date day);
Date from_wx(const wxDateTime& day);

}  // namespace cwt::gui
