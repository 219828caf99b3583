#include "cwt/platform/message_catalog.hpp"

#include <wx/translation.h>

#include "cwt/model/messages.hpp"

namespace cwt {

namespace {

// A catalog, once loaded, stays for the life of the program: the installed
// lookups read it from any thread, and a later switch back finds it here.
// (It is never deleted: wx's shared library does not export the destructor
// of one of its members.)
const wxMsgCatalog* chinese_catalog = nullptr;

std::string utf8_of(const wxString& text) {
  const wxScopedCharBuffer buffer = text.utf8_str();
  return std::string(buffer.data(), buffer.length());
}

}  // namespace

bool use_message_language(Language language, const std::vector<std::filesystem::path>& folders) {
  install_message_catalog({});
  if (language == Language::en) return true;
  for (const auto& folder : folders) {
    if (chinese_catalog) break;
    const auto file = folder / "zh_CN" / "LC_MESSAGES" / "cwtrack.mo";
    std::error_code error;
    if (std::filesystem::is_regular_file(file, error))
      chinese_catalog = wxMsgCatalog::CreateFromFile(wxString(file.wstring()), "cwtrack");
  }
  if (!chinese_catalog) return false;
  const wxMsgCatalog* catalog = chinese_catalog;
  install_message_catalog({[catalog](const char* msgid) {
                             const wxString* found = catalog->GetString(wxString::FromUTF8(msgid));
                             return found ? utf8_of(*found) : std::string(msgid);
                           },
                           [catalog](const char* singular, const char* plural, std::size_t n) {
                             const wxString* found = catalog->GetString(
                                 wxString::FromUTF8(singular), static_cast<unsigned>(n));
                             if (found) return utf8_of(*found);
                             return std::string(n == 1 ? singular : plural);
                           },
                           Language::zh});
  return true;
}

}  // namespace cwt
