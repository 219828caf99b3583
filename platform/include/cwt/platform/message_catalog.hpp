#pragma once
// The message catalog that turns the model's, the store's and the programs'
// English sentences into the language spoken, read with wxBase's
// wxMsgCatalog: the one part of cwt::platform that needs the toolkit, a
// library of its own (cwt::message_catalog) so that storage, exchange and
// reports link the rest without it.
#include <filesystem>
#include <vector>

#include "cwt/platform/language.hpp"

namespace cwt {

// Installs cwtrack.mo of the language as the model's message catalog
// (cwt/model/messages.hpp) from the first of the folders that has it;
// English needs none. False when Chinese is asked and no catalog is found:
// the messages then stay English.
bool use_message_language(Language language,
                          const std::vector<std::filesystem::path>& folders = catalog_folders());

}  // namespace cwt
