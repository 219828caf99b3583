#pragma once
// The language the programs speak: the system's by default, and the
// message catalog (po/ compiled to locale/LANG/LC_MESSAGES/cwtrack.mo) that
// turns the model's, the store's and the programs' English sentences into it.
#include <filesystem>
#include <vector>

#include "cwt/model/codes.hpp"

namespace cwt {

// Chinese on a Chinese system (Windows: the user's interface language;
// elsewhere LC_ALL, LC_MESSAGES or LANG naming zh_*), English otherwise:
// a "C" or unset locale is English, as a server's or a CI machine's is.
Language system_language();

// Where a program finds the compiled catalogs: locale/ beside it (Windows,
// the build tree), ../locale (the build tree's other programs) and
// ../share/locale (an installed Linux program), in that order.
std::vector<std::filesystem::path> catalog_folders();

// Installs cwtrack.mo of the language as the model's message catalog
// (cwt/model/messages.hpp) from the first of the folders that has it;
// English needs none. False when Chinese is asked and no catalog is found:
// the messages then stay English.
bool use_message_language(Language language,
                          const std::vector<std::filesystem::path>& folders = catalog_folders());

}  // namespace cwt
