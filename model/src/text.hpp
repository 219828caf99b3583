#pragma once
// Small text helpers private to the model's sources.
#include <cctype>
#include <optional>
#include <string_view>

namespace cwt::detail {

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
