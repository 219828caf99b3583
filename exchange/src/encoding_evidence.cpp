#include "encoding_evidence.hpp"

namespace cwt::detail {
namespace {

// A code point of valid UTF-8 at `at`, moving `at` past it.
char32_t next_code_point(std::string_view utf8, std::size_t& at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(utf8[i]); };
  const unsigned char lead = byte(at);
  const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  char32_t c = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t k = 1; k < length && at + k < utf8.size(); ++k)
    c = (c << 6) | (byte(at + k) & 0x3F);
  at += length;
  return c;
}

bool is_cjk_ideograph(char32_t c) {
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

bool is_latin_letter(char32_t c) {
  return c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7;
}

// GB2312's commonest hanzi (level 1, rows 16-55: B0A1-D7F9) and its rows of
// punctuation (A1: 、。·“”《》…) and full-width forms (A3: ，：（）).
bool is_common_gb_code(unsigned lead, unsigned trail) {
  if (trail < 0xA1 || trail > 0xFE) return false;
  if (lead >= 0xB0 && lead <= 0xD6) return true;
  if (lead == 0xD7) return trail <= 0xF9;
  return lead == 0xA1 || lead == 0xA3;
}

}  // namespace

double ReadingEvidence::score() const {
  const std::size_t n = characters();
  if (n == 0) return 1.0;
  const double weight = static_cast<double>(common + latin) +
                        0.25 * static_cast<double>(rare_hanzi) - 2.0 * static_cast<double>(foreign);
  return weight / static_cast<double>(n);
}

ReadingEvidence weigh_reading(std::string_view utf8, std::string_view gb18030) {
  ReadingEvidence evidence;
  const auto gb = [&](std::size_t i) {
    return i < gb18030.size() ? static_cast<unsigned char>(gb18030[i]) : 0u;
  };
  std::size_t u = 0;
  std::size_t g = 0;
  while (u < utf8.size()) {
    const char32_t c = next_code_point(utf8, u);
    // The GB18030 code of the same character: 1 byte for ASCII (or a '?' where
    // it has none), 4 when the second byte is a digit, else 2.
    const unsigned lead = gb(g);
    const std::size_t length = lead < 0x80 ? 1 : (gb(g + 1) >= 0x30 && gb(g + 1) <= 0x39) ? 4 : 2;
    const unsigned trail = length == 2 ? gb(g + 1) : 0u;
    g += length;
    if (c < 0x80) continue;
    if (length == 2 && is_common_gb_code(lead, trail))
      ++evidence.common;
    else if (is_cjk_ideograph(c))
      ++evidence.rare_hanzi;
    else if (is_latin_letter(c))
      ++evidence.latin;
    else
      ++evidence.foreign;
  }
  return evidence;
}

}  // namespace cwt::detail
