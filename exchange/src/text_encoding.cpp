#include "cwt/exchange/text_encoding.hpp"

#include <algorithm>

#include "gb18030.hpp"

namespace cwt {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

bool starts_with_bytes(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

// 1-based line of a byte offset; '\n' is a single byte in UTF-8 and GB18030 alike.
std::size_t line_of(std::string_view bytes, std::size_t offset) {
  const auto end = bytes.begin() + static_cast<std::ptrdiff_t>(std::min(offset, bytes.size()));
  return 1 + static_cast<std::size_t>(std::count(bytes.begin(), end, '\n'));
}

}  // namespace

bool gb18030_fully_supported() { return detail::gb18030_fully_supported(); }

Expected<std::string> decode_to_utf8(std::string_view bytes) {
  if (starts_with_bytes(bytes, utf8_bom)) {
    const std::string_view text = bytes.substr(utf8_bom.size());
    if (const auto bad = invalid_utf8_offset(text))
      return Expected<std::string>::failure(
          "the file starts with a UTF-8 byte-order mark but is not valid UTF-8 (line " +
          std::to_string(line_of(text, *bad)) + ")");
    return std::string(text);
  }
  // UTF-16 is what Excel's "Unicode text" saves: a common wrong choice.
  if (starts_with_bytes(bytes, "\xFF\xFE") || starts_with_bytes(bytes, "\xFE\xFF"))
    return Expected<std::string>::failure(
        "the file is UTF-16 text; save it as \"CSV UTF-8\" or \"CSV\" instead");
  const auto bad_utf8 = invalid_utf8_offset(bytes);
  if (!bad_utf8) return std::string(bytes);
  if (auto converted = detail::gb18030_to_utf8(bytes)) return std::move(*converted);
  return Expected<std::string>::failure(
      "the file is neither UTF-8 nor GB18030 text (the first byte that is not UTF-8 is on line " +
      std::to_string(line_of(bytes, *bad_utf8)) + ")");
}

}  // namespace cwt
