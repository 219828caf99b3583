#pragma once
// The bytes of an imported file as UTF-8 text. Officers' files come either as
// UTF-8 (with or without a byte-order mark: "CSV UTF-8" in Excel) or in the
// Chinese Windows code page (Excel's plain "CSV"), which GB18030 covers.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "cwt/model/expected.hpp"
#include "cwt/model/text.hpp"  // invalid_utf8_offset

namespace cwt {

enum class TextEncoding { utf8, gb18030 };

// A file's text, and how it was decided.
struct DecodedText {
  std::string text;  // UTF-8
  TextEncoding encoding = TextEncoding::utf8;
  // Set when the bytes are valid UTF-8 and valid GB18030 and both readings
  // look like real Chinese text (or neither does and they look alike): the
  // GB18030 reading, `text` holding the UTF-8 one. The caller weighs what it
  // knows (the headers it expects) or asks the user.
  std::optional<std::string> also_gb18030;
};

// UTF-8 with a BOM (the BOM is removed); valid UTF-8 that is not also valid
// GB18030; GB18030 that is not valid UTF-8; and bytes valid as both decided
// on the evidence of their characters (encoding_evidence.hpp): the reading
// that looks like Chinese text wins, and where both do the result is
// ambiguous (also_gb18030). Fails with a one-line reason for anything else:
// invalid in both, UTF-16/UTF-32, a workbook or binary file.
Expected<DecodedText> decode_text(std::string_view bytes);

// decode_text's text; an ambiguous file fails with a generic reason.
Expected<std::string> decode_to_utf8(std::string_view bytes);

// Whether every GB18030 sequence can be decoded here. Always on Linux and on
// Windows itself; under Wine (no code page 54936) only GBK, GB18030's one- and
// two-byte part, which is all that Excel's plain "CSV" writes.
bool gb18030_fully_supported();

}  // namespace cwt
