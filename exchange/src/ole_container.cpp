#include "ole_container.hpp"

#include <cstdint>

#include "cwt/model/messages.hpp"

namespace cwt {

namespace {

// A stream's name as the container's directory writes it: UTF-16LE.
std::string utf16le(std::string_view ascii) {
  std::string out;
  for (const char c : ascii) {
    out += c;
    out += '\0';
  }
  return out;
}

std::uint32_t little_endian(std::string_view bytes, std::size_t at, std::size_t size) {
  std::uint32_t value = 0;
  for (std::size_t i = size; i-- > 0;)
    value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

bool names_stream(std::string_view bytes, std::string_view name) {
  // Followed by the name's terminating NUL character, so that a name is
  // not found inside a longer one.
  return bytes.find(utf16le(name) + std::string(2, '\0')) != std::string_view::npos;
}

}  // namespace

bool is_ole_container(std::string_view bytes) {
  return bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

bool is_encrypted_package(std::string_view bytes) {
  return is_ole_container(bytes) && names_stream(bytes, "EncryptedPackage");
}

std::string encrypted_package_refusal() {
  return tr(
      "is protected by a password (Office encrypts such a workbook), and cwtrack cannot open "
      "it: open it in Excel or WPS, remove the password (文件 > 信息 > 保护工作簿 > "
      "用密码进行加密: "
      "clear the password), save it, then import it");
}

bool xls_has_password(std::string_view bytes) {
  // BOF: type 0x0809 (BIFF5 and BIFF8), 8 or 16 bytes of data, version
  // 0x0500 or 0x0600, stream type 0x0005 (the workbook globals); FILEPASS:
  // type 0x002F. A stream starts a sector: 512 or 4096 bytes in the file,
  // or 64 bytes inside the mini stream (a workbook under 4096 bytes): at a
  // multiple of 64 in any case.
  for (std::size_t at = 512; at + 8 <= bytes.size(); at += 64) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[at + i]); };
    if (byte(0) != 0x09 || byte(1) != 0x08) continue;
    const std::size_t length = byte(2) | (byte(3) << 8);
    if ((length != 8 && length != 16) || byte(4) != 0x00 || (byte(5) != 0x05 && byte(5) != 0x06) ||
        byte(6) != 0x05 || byte(7) != 0x00)
      continue;
    const std::size_t next = at + 4 + length;
    if (next + 2 <= bytes.size() && bytes[next] == '\x2F' && bytes[next + 1] == '\0') return true;
  }
  return false;
}

bool ole_directory_is_sound(std::string_view bytes) {
  if (bytes.size() < 512) return true;
  const auto shift = little_endian(bytes, 0x1E, 2);
  if (shift != 9 && shift != 12) return true;
  const std::uint32_t sector = std::uint32_t{1} << shift;
  const std::uint32_t directory = little_endian(bytes, 0x30, 4);
  const std::uint32_t offset = (directory + 1) * sector;  // wraps as FreeXL's does
  if (std::uint64_t{offset} + sector > bytes.size()) return true;
  for (std::uint32_t entry = offset; entry < offset + sector; entry += 128) {
    if (little_endian(bytes, entry + 64, 2) > 64) return false;             // name's length
    if (little_endian(bytes, entry + 120, 4) > bytes.size()) return false;  // stream's size
  }
  return true;
}

}  // namespace cwt
