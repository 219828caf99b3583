#include "cwt/exchange/text_encoding.hpp"

#include <algorithm>

#include "cwt/model/messages.hpp"
#include "encoding_evidence.hpp"
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
    return tr(
        "the file is an Excel workbook (.xlsx) or another zip file, not CSV text; in Excel "
        "choose File > Save As > \"CSV UTF-8\" and import that");
  if (bytes.starts_with("\xD0\xCF\x11\xE0"))
    return tr(
        "the file is an old Excel workbook (.xls), not CSV text; in Excel choose File > "
        "Save As > \"CSV UTF-8\" and import that");
  const std::string_view head = bytes.substr(0, 64 * 1024);
  const auto nuls = static_cast<std::size_t>(std::count(head.begin(), head.end(), '\0'));
  if (nuls * 4 >= head.size())
    return tr(
        "the file is UTF-16 (or UTF-32) text without a byte-order mark; save it as \"CSV "
        "UTF-8\" or \"CSV\" instead");
  return tr(
      "the file holds NUL bytes (line {1}), which CSV text never does: it is not a CSV "
      "file, or it is damaged",
      line_of(bytes, bytes.find('\0')));
}

}  // namespace

bool gb18030_fully_supported() { return detail::gb18030_fully_supported(); }

Expected<DecodedText> decode_text(std::string_view bytes) {
  using Result = Expected<DecodedText>;
  if (starts_with_bytes(bytes, utf8_bom)) {
    const std::string_view text = bytes.substr(utf8_bom.size());
    if (const auto bad = invalid_utf8_offset(text))
      return Result::failure(
          tr("the file starts with a UTF-8 byte-order mark but is not valid UTF-8 (line {1})",
             line_of(text, *bad)));
    return DecodedText{std::string(text), TextEncoding::utf8, std::nullopt};
  }
  // UTF-16 is what Excel's "Unicode text" saves: a common wrong choice.
  if (starts_with_bytes(bytes, "\xFF\xFE") || starts_with_bytes(bytes, "\xFE\xFF"))
    return Result::failure(
        tr("the file is UTF-16 text; save it as \"CSV UTF-8\" or \"CSV\" instead"));
  if (bytes.find('\0') != std::string_view::npos)
    return Result::failure(reason_for_nul_bytes(bytes));
  const auto bad_utf8 = invalid_utf8_offset(bytes);
  if (bad_utf8) {
    if (auto converted = detail::gb18030_to_utf8(bytes))
      return DecodedText{std::move(*converted), TextEncoding::gb18030, std::nullopt};
    return Result::failure(
        tr("the file is neither UTF-8 nor GB18030 text (the first byte that is not UTF-8 is on "
           "line {1})",
           line_of(bytes, *bad_utf8)));
  }
  DecodedText utf8{std::string(bytes), TextEncoding::utf8, std::nullopt};
  const bool ascii = std::all_of(bytes.begin(), bytes.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) return utf8;
  auto gb_reading = detail::gb18030_to_utf8(bytes);
  if (!gb_reading) return utf8;  // not GB18030: UTF-8 is the only reading
  // Valid both ways: weigh each reading's characters.
  const auto utf8_as_gb = detail::utf8_to_gb18030(bytes);
  const auto as_utf8 =
      detail::weigh_reading(bytes, utf8_as_gb ? std::string_view(*utf8_as_gb) : std::string_view());
  const auto as_gb = detail::weigh_reading(*gb_reading, bytes);
  const double margin = as_utf8.score() - as_gb.score();
  if (margin >= detail::kDecisiveScoreMargin) return utf8;
  if (margin <= -detail::kDecisiveScoreMargin)
    return DecodedText{std::move(*gb_reading), TextEncoding::gb18030, std::nullopt};
  utf8.also_gb18030 = std::move(*gb_reading);
  return utf8;
}

Expected<std::string> decode_to_utf8(std::string_view bytes) {
  auto decoded = decode_text(bytes);
  if (!decoded) return Expected<std::string>::failure(decoded.error());
  if (decoded->also_gb18030)
    return Expected<std::string>::failure(
        tr("the file reads as UTF-8 and as GB18030 text alike; save it as \"CSV UTF-8\" and "
           "import that"));
  return std::move(decoded->text);
}

}  // namespace cwt
