#pragma once
// The language the programs speak: the system's by default, and where the
// message catalogs are (po/ compiled to locale/LANG/LC_MESSAGES/cwtrack.mo).
// Installing one is message_catalog.hpp's (it reads the catalog with
// wxBase; this part needs no toolkit).
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

}  // namespace cwt
