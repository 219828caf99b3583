#pragma once
// How the program reads a typed value (blanks around it are not part of it),
// which texts it stores (valid UTF-8, no control characters, a sane length),
// and how it shows a value inside a message (escaped and shortened).
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
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

// The offset of the first byte that does not belong to well-formed UTF-8
// (no overlong forms, surrogates or code points above U+10FFFF), or nothing
// when all of `bytes` is valid.
std::optional<std::size_t> invalid_utf8_offset(std::string_view bytes);

// Whether a code point is one a stored text must not hold: C0 controls
// (tab and line breaks included), DEL, C1 controls, the line and paragraph
// separators U+2028/U+2029, and the bidirectional embedding, override and
// isolate controls (U+202A-U+202E, U+2066-U+2069), which reorder what a
// terminal or a printed report shows.
bool is_forbidden_in_text(char32_t code_point);

// The code points of UTF-8 text (an invalid byte becomes U+FFFD), and one
// code point as UTF-8: what text layout measures and draws character by
// character.
std::u32string code_points(std::string_view utf8);
std::string utf8_of(char32_t code_point);

// Why `text` cannot be stored as a value, or nothing when it can: not valid
// UTF-8, a forbidden character (named by its position and U+ code), or more
// than `max_chars` characters (code points). One sentence about "the value",
// in the program's language.
std::optional<std::string> text_problem(std::string_view text, std::size_t max_chars);

// A value as it appears inside a message: control characters and invalid
// bytes made visible (\n, \r, \t, \x1B, \u202E), at most `max_chars` characters
// and then "…". A message holding it stays one line of bounded length however
// hostile the value. `shown` adds the double quotes messages put around values.
std::string escaped(std::string_view value, std::size_t max_chars = 60);
std::string shown(std::string_view value);

}  // namespace cwt
