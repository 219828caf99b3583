#pragma once
// A streaming XML reader over expat for the workbook's parts: elements by
// their local name (a prefix such as "x:" some writers put on every element
// is dropped), their attributes likewise, and the character data between.
#include <expat.h>

#include <string>
#include <string_view>

#include "cwt/model/expected.hpp"

namespace cwt {

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  // `attributes`: expat's name, value, name, value, ..., null list.
  virtual void start(std::string_view name, const XML_Char** attributes) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view) {}
};

// An attribute's value by local name ("id" finds r:id), or "" when absent.
std::string_view attribute(const XML_Char** attributes, std::string_view local_name);

class XmlReader {
 public:
  explicit XmlReader(XmlHandler& handler);
  ~XmlReader();
  XmlReader(const XmlReader&) = delete;
  XmlReader& operator=(const XmlReader&) = delete;

  // Feeds the next piece of the document; a failure names the line.
  Expected<bool> feed(std::string_view chunk);
  Expected<bool> finish();

 private:
  Expected<bool> result(int status);
  XML_Parser parser_;
};

}  // namespace cwt
