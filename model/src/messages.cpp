#include "cwt/model/messages.hpp"

#include <atomic>
#include <utility>

namespace cwt {

namespace {
MessageCatalog installed;
std::atomic<Reader> reader{Reader::desktop};
}  // namespace

void install_message_catalog(MessageCatalog catalog) { installed = std::move(catalog); }
Language message_language() { return installed.language; }

Reader message_reader() { return reader.load(); }
void set_message_reader(Reader value) { reader.store(value); }

std::string tr(const char* msgid) { return installed.text ? installed.text(msgid) : msgid; }

std::string trn(const char* singular, const char* plural, std::size_t n) {
  if (installed.plural) return installed.plural(singular, plural, n);
  return n == 1 ? singular : plural;
}

namespace detail {

std::string fill(std::string_view pattern, std::initializer_list<std::string> arguments) {
  std::string out;
  out.reserve(pattern.size() + 16 * arguments.size());
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    // {1}..{9}; any other brace is text.
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '1' &&
        pattern[i + 1] <= '9' && pattern[i + 2] == '}') {
      const auto index = static_cast<std::size_t>(pattern[i + 1] - '1');
      if (index < arguments.size()) {
        out += *(arguments.begin() + index);
        i += 2;
        continue;
      }
    }
    out += pattern[i];
  }
  return out;
}

}  // namespace detail

}  // namespace cwt
