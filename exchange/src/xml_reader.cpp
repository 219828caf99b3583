#include "xml_reader.hpp"

#include <climits>

#include "cwt/model/messages.hpp"

namespace cwt {

namespace {

std::string_view local_name(const XML_Char* name) {
  std::string_view text(name);
  const auto colon = text.rfind(':');
  return colon == std::string_view::npos ? text : text.substr(colon + 1);
}

void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
  static_cast<XmlHandler*>(data)->start(local_name(name), attributes);
}

void XMLCALL on_end(void* data, const XML_Char* name) {
  static_cast<XmlHandler*>(data)->end(local_name(name));
}

void XMLCALL on_text(void* data, const XML_Char* text, int length) {
  static_cast<XmlHandler*>(data)->text(std::string_view(text, static_cast<std::size_t>(length)));
}

}  // namespace

std::string_view attribute(const XML_Char** attributes, std::string_view name) {
  for (const XML_Char** a = attributes; a && *a; a += 2)
    if (local_name(a[0]) == name) return a[1];
  return {};
}

XmlReader::XmlReader(XmlHandler& handler) : parser_(XML_ParserCreate("UTF-8")) {
  XML_SetUserData(parser_, &handler);
  XML_SetElementHandler(parser_, on_start, on_end);
  XML_SetCharacterDataHandler(parser_, on_text);
}

XmlReader::~XmlReader() { XML_ParserFree(parser_); }

Expected<bool> XmlReader::result(int status) {
  if (status == XML_STATUS_OK) return true;
  return Expected<bool>::failure(tr("is damaged: its XML is broken at line {1} ({2})",
                                    static_cast<long>(XML_GetCurrentLineNumber(parser_)),
                                    XML_ErrorString(XML_GetErrorCode(parser_))));
}

Expected<bool> XmlReader::feed(std::string_view chunk) {
  // expat takes an int length: feed very large pieces in parts.
  while (chunk.size() > INT_MAX / 2) {
    auto part = feed(chunk.substr(0, INT_MAX / 2));
    if (!part) return part;
    chunk.remove_prefix(INT_MAX / 2);
  }
  return result(XML_Parse(parser_, chunk.data(), static_cast<int>(chunk.size()), 0));
}

Expected<bool> XmlReader::finish() { return result(XML_Parse(parser_, "", 0, 1)); }

}  // namespace cwt
