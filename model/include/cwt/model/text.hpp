#pragma once
// How the program reads a typed value: blanks around it are not part of it.
#include <cctype>
#include <string_view>

namespace cwt {

// Without leading and trailing ASCII blanks and ideographic spaces (U+3000),
// which Chinese input methods leave around cells.
inline std::string_view trim_blanks(std::string_view text) {
  constexpr std::string_view ideographic_space = "\xE3\x80\x80";
  for (;;) {
    if (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
      text.remove_prefix(1);
    else if (text.starts_with(ideographic_space))
      text.remove_prefix(ideographic_space.size());
    else if (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
      text.remove_suffix(1);
    else if (text.ends_with(ideographic_space))
      text.remove_suffix(ideographic_space.size());
    else
      return text;
  }
}

}  // namespace cwt
