#pragma once
// The one platform-dependent step of decoding (gb18030.cpp): glibc iconv on
// Linux, the Windows code page API (code page 54936) on Windows.
#include <optional>
#include <string>
#include <string_view>

namespace cwt::detail {

// GB18030 bytes as UTF-8; nothing when `bytes` is not valid GB18030.
std::optional<std::string> gb18030_to_utf8(std::string_view bytes);

// UTF-8 text as GB18030 bytes (GBK where only that is available); characters
// that cannot be encoded become '?'. For weighing the evidence of an
// encoding, not for writing files. Nothing when `utf8` is not valid UTF-8.
std::optional<std::string> utf8_to_gb18030(std::string_view utf8);

// False where only GBK (code page 936), GB18030's one- and two-byte part, can
// be decoded: Wine 8 has no code page 54936.
bool gb18030_fully_supported();

}  // namespace cwt::detail
