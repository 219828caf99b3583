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

// UTF-8 with a BOM (the BOM is removed), valid UTF-8, else GB18030 converted
// to UTF-8. Fails with a one-line reason when the bytes are neither.
Expected<std::string> decode_to_utf8(std::string_view bytes);

// Whether every GB18030 sequence can be decoded here. Always on Linux and on
// Windows itself; under Wine (no code page 54936) only GBK, GB18030's one- and
// two-byte part, which is all that Excel's plain "CSV" writes.
bool gb18030_fully_supported();

}  // namespace cwt
