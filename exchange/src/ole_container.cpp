#include "ole_container.hpp"

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

bool names_stream(std::string_view bytes, std::string_view name) {
  // Followed by the name's terminating NUL character, so that "Book" is
  // not found inside "Workbook" alone.
  return bytes.find(utf16le(name) + std::string(2, '\0')) != std::string_view::npos;
}

}  // namespace

bool is_ole_container(std::string_view bytes) {
  return bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

std::string ole_container_refusal(std::string_view bytes) {
  if (names_stream(bytes, "EncryptedPackage"))
    return tr(
        "is protected by a password (Office encrypts such a workbook), and cwtrack cannot open "
        "it: open it in Excel or WPS, remove the password (文件 > 信息 > 保护工作簿 > "
        "用密码进行加密: "
        "clear the password), save it, then import it");
  if (names_stream(bytes, "Workbook") || names_stream(bytes, "Book"))
    return tr(
        "is an Excel 97-2003 workbook (.xls), which cwtrack does not read: open it in Excel or "
        "WPS, save it as \"Excel 工作簿 (*.xlsx)\", then import that file");
  return tr(
      "is an Excel 97-2003 workbook (.xls) or one protected by a password: open it in Excel or "
      "WPS, save it as \"Excel 工作簿 (*.xlsx)\" without a password, then import that file");
}

}  // namespace cwt
