#include "gui_text.hpp"

#include <wx/translation.h>

#include "cwt/platform/message_catalog.hpp"
#include "cwt/workspace/display.hpp"

namespace cwt::gui {

namespace {
Language current_language = Language::zh;
}

Language ui_language() { return current_language; }
void set_ui_language(Language language) { current_language = language; }

void use_language(Language language, const std::vector<std::filesystem::path>& catalog_folders) {
  set_ui_language(language);
  // The model's and the store's sentences from the same catalog.
  use_message_language(language, catalog_folders);
  for (const auto& folder : catalog_folders)
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxString(folder.wstring()));
  auto* translations = new wxTranslations;
  translations->SetLanguage(language == Language::zh ? wxLANGUAGE_CHINESE_SIMPLIFIED
                                                     : wxLANGUAGE_ENGLISH_US);
  if (language == Language::zh) {
    translations->AddStdCatalog();
    translations->AddCatalog("cwtrack");
  }
  wxTranslations::Set(translations);  // owns it
}

wxString date_text(Date day) { return wx(local_date(day, current_language)); }

wxString percent_text(double part, double whole) {
  if (whole == 0) return wx("—");
  return wxString::Format("%.1f%%", 100.0 * part / whole);
}

wxDateTime to_wx(Date day) {
  const auto ymd = day.year_month_day();
  return wxDateTime(static_cast<wxDateTime::wxDateTime_t>(ymd.day),
                    static_cast<wxDateTime::Month>(ymd.month - 1), static_cast<int>(ymd.year));
}

Date from_wx(const wxDateTime& day) {
  return Date(static_cast<unsigned short>(day.GetYear()),
              static_cast<unsigned short>(day.GetMonth() + 1),
              static_cast<unsigned short>(day.GetDay()));
}

}  // namespace cwt::gui
