#pragma once
// A zip archive of stored (uncompressed) members, made in memory: what the
// workbook fuzz target wraps the parts it is given in, so that libFuzzer's
// mutations land in the XML rather than break the archive's checksums.
// Written from the format (PKWARE's APPNOTE.TXT, sections 4.3.7, 4.3.12,
// 4.3.16); no compression, no ZIP64, no data descriptors.
#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace cwt::fuzz {

inline std::uint32_t crc32(std::string_view bytes) {
  static const auto table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t n = 0; n < 256; ++n) {
      std::uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  std::uint32_t c = 0xFFFFFFFFu;
  for (const char byte : bytes) c = table[(c ^ static_cast<unsigned char>(byte)) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

// Members as (name, content), in that order.
inline std::string stored_zip(const std::vector<std::pair<std::string, std::string>>& members) {
  std::string out, directory;
  const auto put = [](std::string& to, std::uint32_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) to += static_cast<char>((value >> (8 * i)) & 0xFF);
  };
  for (const auto& [name, content] : members) {
    const auto offset = static_cast<std::uint32_t>(out.size());
    const std::uint32_t crc = crc32(content);
    const auto size = static_cast<std::uint32_t>(content.size());
    const auto name_size = static_cast<std::uint32_t>(name.size());
    // Local file header.
    put(out, 0x04034b50, 4);
    put(out, 20, 2);  // version needed
    put(out, 0, 2);   // flags
    put(out, 0, 2);   // stored
    put(out, 0, 4);   // time and date
    put(out, crc, 4);
    put(out, size, 4);
    put(out, size, 4);
    put(out, name_size, 2);
    put(out, 0, 2);  // extra field
    out += name;
    out += content;
    // Its central directory entry.
    put(directory, 0x02014b50, 4);
    put(directory, 20, 2);  // made by
    put(directory, 20, 2);  // version needed
    put(directory, 0, 2);
    put(directory, 0, 2);
    put(directory, 0, 4);
    put(directory, crc, 4);
    put(directory, size, 4);
    put(directory, size, 4);
    put(directory, name_size, 2);
    put(directory, 0, 2);  // extra field
    put(directory, 0, 2);  // comment
    put(directory, 0, 2);  // disk
    put(directory, 0, 2);  // internal attributes
    put(directory, 0, 4);  // external attributes
    put(directory, offset, 4);
    directory += name;
  }
  const auto directory_offset = static_cast<std::uint32_t>(out.size());
  out += directory;
  // End of central directory.
  put(out, 0x06054b50, 4);
  put(out, 0, 2);
  put(out, 0, 2);
  put(out, static_cast<std::uint32_t>(members.size()), 2);
  put(out, static_cast<std::uint32_t>(members.size()), 2);
  put(out, static_cast<std::uint32_t>(directory.size()), 4);
  put(out, directory_offset, 4);
  put(out, 0, 2);  // comment
  return out;
}

}  // namespace cwt::fuzz
