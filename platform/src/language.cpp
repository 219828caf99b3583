#include "cwt/platform/language.hpp"

#include <cstdlib>
#include <string_view>

#include "cwt/platform/helper_program.hpp"

#ifdef _WIN32
#include <windows.h>
#endif

namespace cwt {

Language system_language() {
#ifdef _WIN32
  return PRIMARYLANGID(GetUserDefaultUILanguage()) == LANG_CHINESE ? Language::zh : Language::en;
#else
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value && *value)
      return std::string_view(value).starts_with("zh") ? Language::zh : Language::en;
  }
  return Language::en;
#endif
}

std::vector<std::filesystem::path> catalog_folders() {
  const std::filesystem::path here = program_folder();
  return {here / "locale", here.parent_path() / "locale", here.parent_path() / "share" / "locale"};
}

}  // namespace cwt
