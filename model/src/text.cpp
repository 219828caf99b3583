#include "cwt/model/text.hpp"

#include "cwt/model/messages.hpp"

namespace cwt {
namespace {

// One code point decoded from valid UTF-8 at `at`; its byte length in `length`.
char32_t decode_at(std::string_view bytes, std::size_t at, std::size_t& length) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  const unsigned char lead = byte(at);
  length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  char32_t c = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (byte(at + k) & 0x3F);
  return c;
}

// Valid UTF-8 from `at` of this many bytes (0: not valid there).
std::size_t valid_sequence_length(std::string_view bytes, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return 1;
  // The second byte's allowed range excludes overlong forms (E0, F0),
  // surrogates (ED) and code points above U+10FFFF (F4) (Unicode table 3-7).
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (at + length > bytes.size()) return 0;
  if (byte(at + 1) < low || byte(at + 1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k)
    if (byte(at + k) < 0x80 || byte(at + k) > 0xBF) return 0;
  return length;
}

std::string hex(unsigned value, int digits) {
  static constexpr char digit_chars[] = "0123456789ABCDEF";
  std::string out(static_cast<std::size_t>(digits), '0');
  for (int i = digits - 1; i >= 0; --i, value >>= 4)
    out[static_cast<std::size_t>(i)] = digit_chars[value & 0xF];
  return out;
}

}  // namespace

std::optional<std::size_t> invalid_utf8_offset(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    // ASCII runs dominate real files: skip them byte by byte without decoding.
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t length = valid_sequence_length(bytes, i);
    if (length == 0) return i;
    i += length;
  }
  return std::nullopt;
}

std::u32string code_points(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const std::size_t length = valid_sequence_length(utf8, i);
    if (length == 0) {
      out += U'\uFFFD';
      ++i;
      continue;
    }
    std::size_t ignored = 0;
    out += decode_at(utf8, i, ignored);
    i += length;
  }
  return out;
}

std::string utf8_of(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

bool is_forbidden_in_text(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

std::optional<std::string> text_problem(std::string_view text, std::size_t max_chars) {
  // One pass: every cell of every import comes through here.
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++chars) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte < 0x7F) {  // printable ASCII: most of every file
      ++i;
      continue;
    }
    const std::size_t length = byte < 0x80 ? 1 : valid_sequence_length(text, i);
    if (length == 0)
      return tr("the value is not valid UTF-8 text (byte {1} starts no character)", i + 1);
    // The forbidden characters above ASCII all begin with C2 (C1 controls)
    // or E2 (U+2028-U+202E, U+2066-U+2069): hanzi need no decoding.
    if (length > 1 && byte != 0xC2 && byte != 0xE2) {
      i += length;
      continue;
    }
    std::size_t ignored = 0;
    const char32_t c = decode_at(text, i, ignored);
    if (c == '\n' || c == '\r')
      return tr(
          "the value holds a line break at character {1}; a value must be one line (in "
          "Excel, remove the Alt+Enter breaks in the cell)",
          chars + 1);
    if (is_forbidden_in_text(c))
      return tr(
          "the value holds a control character (U+{1}) at character {2}; line breaks, "
          "tabs and other invisible control characters are not allowed here",
          hex(static_cast<unsigned>(c), 4), chars + 1);
    i += length;
  }
  if (chars > max_chars)
    return tr("the value is {1} characters long; at most {2} are allowed here", chars, max_chars);
  return std::nullopt;
}

std::string escaped(std::string_view value, std::size_t max_chars) {
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < value.size();) {
    if (chars >= max_chars) return out + "…";
    const std::size_t length = valid_sequence_length(value, i);
    if (length == 0) {  // a byte that starts no character
      out += "\\x" + hex(static_cast<unsigned char>(value[i]), 2);
      ++i;
      ++chars;
      continue;
    }
    std::size_t ignored = 0;
    const char32_t c = decode_at(value, i, ignored);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x80 && is_forbidden_in_text(c)) {
      out += "\\x" + hex(static_cast<unsigned>(c), 2);
    } else if (is_forbidden_in_text(c)) {
      out += "\\u" + hex(static_cast<unsigned>(c), 4);
    } else {
      out.append(value.substr(i, length));
    }
    i += length;
    ++chars;
  }
  return out;
}

std::string shown(std::string_view value) { return "\"" + escaped(value) + "\""; }

}  // namespace cwt
