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

// What a file holding NUL bytes is, as a reason to refuse it: neither UTF-8
// nor GB18030 text has any. UTF-16 text (Excel's "Unicode text") has one in
// every ASCII character; UTF-32 even more, and is reported the same way.
std::string reason_for_nul_bytes(std::string_view bytes) {
  if (bytes.starts_with("PK\x03\x04"))
    return "the file is an Excel workbook (.xlsx) or another zip file, not CSV text; in Excel "
           "choose File > Save As > \"CSV UTF-8\" and import that";
  if (bytes.starts_with("\xD0\xCF\x11\xE0"))
    return "the file is an old Excel workbook (.xls), not CSV text; in Excel choose File > Save "
           "As > \"CSV UTF-8\" and import that";
  const std::string_view head = bytes.substr(0, 64 * 1024);
  const auto nuls = static_cast<std::size_t>(std::count(head.begin(), head.end(), '\0'));
  if (nuls * 4 >= head.size())
    return "the file is UTF-16 (or UTF-32) text without a byte-order mark; save it as \"CSV "
           "UTF-8\" or \"CSV\" instead";
  return "the file holds NUL bytes (line " + std::to_string(line_of(bytes, bytes.find('\0'))) +
         "), which CSV text never does: it is not a CSV file, or it is damaged";
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
  if (bytes.find('\0') != std::string_view::npos)
    return Expected<std::string>::failure(reason_for_nul_bytes(bytes));
  const auto bad_utf8 = invalid_utf8_offset(bytes);
  if (!bad_utf8) return std::string(bytes);
  if (auto converted = detail::gb18030_to_utf8(bytes)) return std::move(*converted);
  return Expected<std::string>::failure(
      "the file is neither UTF-8 nor GB18030 text (the first byte that is not UTF-8 is on line " +
      std::to_string(line_of(bytes, *bad_utf8)) + ")");
}

}  // namespace cwt
