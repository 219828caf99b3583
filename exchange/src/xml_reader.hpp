#pragma once
// A streaming XML reader over expat for the workbook's parts: elements by
// their local name (a prefix such as "x:" some writers put on every element
// is dropped), their attributes likewise, and the character data between.
// What a workbook never holds is refused rather than skipped: a reference to
// anything outside the file (an external entity or DTD), and a single tag,
// comment or declaration so long that expat would have to hold it whole.
#include <expat.h>

#include <cstddef>
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

  // Stops reading: the part is refused with `reason` (the first one given),
  // which the reader's feed() or finish() then returns as it is.
  void refuse(std::string reason);
  bool refused() const { return !refusal_.empty(); }
  const std::string& refusal() const { return refusal_; }

 private:
  friend class XmlReader;
  XML_Parser parser_ = nullptr;
  std::string refusal_;
};

// An attribute's value by local name ("id" finds r:id), or "" when absent.
std::string_view attribute(const XML_Char** attributes, std::string_view local_name);

// The most bytes fed without any element or text coming out of them: what
// expat may have to buffer (and, before expat 2.6, scan again with every
// piece fed) for one token. Far above any tag a workbook has (a row's start
// tag is tens of bytes; text comes out as it is read, however long); a 16 MB
// token took 5 s of rescanning.
inline constexpr std::size_t kMaxXmlTokenBytes = std::size_t{1} << 20;

class XmlReader {
 public:
  explicit XmlReader(XmlHandler& handler);
  ~XmlReader();
  XmlReader(const XmlReader&) = delete;
  XmlReader& operator=(const XmlReader&) = delete;

  // Feeds the next piece of the document; a failure names the line, or is
  // the handler's refusal.
  Expected<bool> feed(std::string_view chunk);
  Expected<bool> finish();

 private:
  friend struct XmlCallbacks;
  Expected<bool> result(int status);
  void refuse(std::string reason);

  XML_Parser parser_;
  XmlHandler& handler_;
  std::string problem_;          // the reader's own refusal (an external reference, ...)
  std::size_t callbacks_ = 0;    // elements and texts handed on so far
  std::size_t quiet_bytes_ = 0;  // bytes fed since the last of them
};

}  // namespace cwt
