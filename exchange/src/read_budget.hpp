#pragma once
// What reading a workbook holds in memory, counted as it is stored: every
// cell's bookkeeping and the text it owns, every shared string, style and
// relationship. A workbook is a zip: a few kilobytes can unpack to a
// gigabyte of XML, and XML to far more memory than it is long (a row with
// one value in column XFD, a long shared string named by every cell). The
// count stops that at a bound whatever the file: past it the workbook is
// refused, saying where.
#include <cstddef>
#include <string>

namespace cwt {

// The bound: the workbook's parts and one sheet's cells together. A
// 300,000-row, six-column training sheet (issue 10's benchmark) takes
// about 140 MB; this leaves room for more, and an import of any workbook,
// whatever it unpacks to, stays within about four times it (docs: exchange/README.md).
inline constexpr std::size_t kMaxXlsxHeldBytes = std::size_t{256} << 20;

class ReadBudget {
 public:
  explicit ReadBudget(std::size_t limit = kMaxXlsxHeldBytes) : limit_(limit) {}

  // Counts `bytes` more held; false once the total is past the limit.
  bool charge(std::size_t bytes) {
    used_ += bytes;
    return used_ <= limit_;
  }
  std::size_t used() const { return used_; }
  std::size_t limit() const { return limit_; }

  // What a string owns beyond its own bookkeeping: nothing while it is short
  // enough to be kept inside the string object (15 bytes in libstdc++).
  static std::size_t owned(const std::string& text) {
    return text.capacity() > 15 ? text.capacity() + 1 : 0;
  }

 private:
  std::size_t limit_;
  std::size_t used_ = 0;
};

}  // namespace cwt
