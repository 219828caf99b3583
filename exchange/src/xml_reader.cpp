#include "xml_reader.hpp"

#include <climits>

#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"

namespace cwt {

namespace {

std::string_view local_name(const XML_Char* name) {
  std::string_view text(name);
  const auto colon = text.rfind(':');
  return colon == std::string_view::npos ? text : text.substr(colon + 1);
}

// Expat takes an int length; pieces this size also keep the token check
// (kMaxXmlTokenBytes) close to what expat holds.
constexpr std::size_t kFeedBytes = std::size_t{1} << 20;

}  // namespace

// expat's callbacks, with the reader as user data.
struct XmlCallbacks {
  static XmlReader& reader(void* data) { return *static_cast<XmlReader*>(data); }

  static void XMLCALL start(void* data, const XML_Char* name, const XML_Char** attributes) {
    auto& r = reader(data);
    ++r.callbacks_;
    if (!r.handler_.refused()) r.handler_.start(local_name(name), attributes);
  }
  static void XMLCALL end(void* data, const XML_Char* name) {
    auto& r = reader(data);
    ++r.callbacks_;
    if (!r.handler_.refused()) r.handler_.end(local_name(name));
  }
  static void XMLCALL text(void* data, const XML_Char* text, int length) {
    auto& r = reader(data);
    ++r.callbacks_;
    if (!r.handler_.refused())
      r.handler_.text(std::string_view(text, static_cast<std::size_t>(length)));
  }

  // Whatever names something outside the part (a file, an address) is
  // refused: cwtrack fetches nothing, and skipping it silently would read a
  // different sheet from the one the file describes.
  static void outside(XmlReader& r, const XML_Char* system_id) {
    r.refuse(tr(
        "refers to {1}, outside the workbook (XML line {2}): cwtrack reads nothing from "
        "outside the file, and Excel and WPS never write such a reference; save the "
        "workbook again in Excel or WPS",
        shown(system_id ? system_id : ""), static_cast<long>(XML_GetCurrentLineNumber(r.parser_))));
  }
  static void XMLCALL doctype(void* data, const XML_Char*, const XML_Char* system_id,
                              const XML_Char*, int) {
    if (system_id) outside(reader(data), system_id);
  }
  static void XMLCALL entity(void* data, const XML_Char*, int, const XML_Char*, int,
                             const XML_Char*, const XML_Char* system_id, const XML_Char*,
                             const XML_Char*) {
    if (system_id) outside(reader(data), system_id);
  }
  static int XMLCALL external(XML_Parser parser, const XML_Char*, const XML_Char*,
                              const XML_Char* system_id, const XML_Char*) {
    outside(reader(XML_GetUserData(parser)), system_id);
    return XML_STATUS_ERROR;
  }
};

void XmlHandler::refuse(std::string reason) {
  if (refused()) return;
  refusal_ = std::move(reason);
  if (parser_) XML_StopParser(parser_, XML_FALSE);
}

std::string_view attribute(const XML_Char** attributes, std::string_view name) {
  for (const XML_Char** a = attributes; a && *a; a += 2)
    if (local_name(a[0]) == name) return a[1];
  return {};
}

XmlReader::XmlReader(XmlHandler& handler) : parser_(XML_ParserCreate("UTF-8")), handler_(handler) {
  handler_.parser_ = parser_;
  XML_SetUserData(parser_, this);
  XML_SetElementHandler(parser_, XmlCallbacks::start, XmlCallbacks::end);
  XML_SetCharacterDataHandler(parser_, XmlCallbacks::text);
  XML_SetStartDoctypeDeclHandler(parser_, XmlCallbacks::doctype);
  XML_SetEntityDeclHandler(parser_, XmlCallbacks::entity);
  XML_SetExternalEntityRefHandler(parser_, XmlCallbacks::external);
}

XmlReader::~XmlReader() {
  handler_.parser_ = nullptr;
  XML_ParserFree(parser_);
}

void XmlReader::refuse(std::string reason) {
  if (!problem_.empty() || handler_.refused()) return;
  problem_ = std::move(reason);
  XML_StopParser(parser_, XML_FALSE);
}

Expected<bool> XmlReader::result(int status) {
  if (handler_.refused()) return Expected<bool>::failure(handler_.refusal());
  if (!problem_.empty()) return Expected<bool>::failure(problem_);
  if (status == XML_STATUS_OK) return true;
  return Expected<bool>::failure(tr("is damaged: its XML is broken at line {1} ({2})",
                                    static_cast<long>(XML_GetCurrentLineNumber(parser_)),
                                    XML_ErrorString(XML_GetErrorCode(parser_))));
}

Expected<bool> XmlReader::feed(std::string_view chunk) {
  while (!chunk.empty()) {
    const std::string_view piece = chunk.substr(0, kFeedBytes);
    chunk.remove_prefix(piece.size());
    const std::size_t before = callbacks_;
    auto fed = result(XML_Parse(parser_, piece.data(), static_cast<int>(piece.size()), 0));
    if (!fed) return fed;
    quiet_bytes_ = callbacks_ == before ? quiet_bytes_ + piece.size() : 0;
    if (quiet_bytes_ > kMaxXmlTokenBytes) {
      refuse(
          tr("is damaged: it holds an XML tag, comment or declaration longer than {1} MB "
             "(from XML line {2}), which no workbook has",
             kMaxXmlTokenBytes >> 20, static_cast<long>(XML_GetCurrentLineNumber(parser_))));
      return result(XML_STATUS_ERROR);
    }
  }
  return true;
}

Expected<bool> XmlReader::finish() { return result(XML_Parse(parser_, "", 0, 1)); }

}  // namespace cwt
