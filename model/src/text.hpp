#pragma once
// Small text helpers private to the model's sources.
#include <cctype>
#include <optional>
#include <string_view>

namespace cwt::detail {

// Blanks around a cell are not part of the value: ASCII blanks and U+3000.
inline std::string_view trim(std::string_view text) {
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

// Leading decimal digits of `text` as a number (at most `max_digits`), moving
// `text` past them; nothing when there is no digit or too many.
inline std::optional<int> take_number(std::string_view& text, std::size_t max_digits) {
  std::size_t n = 0;
  int value = 0;
  while (n < text.size() && std::isdigit(static_cast<unsigned char>(text[n]))) {
    if (n == max_digits) return std::nullopt;
    value = value * 10 + (text[n] - '0');
    ++n;
  }
  if (n == 0) return std::nullopt;
  text.remove_prefix(n);
  return value;
}

}  // namespace cwt::detail
