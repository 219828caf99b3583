#pragma once
// The members of a zip archive held in memory (an .xlsx workbook is one),
// read through minizip's unzip with its file functions pointed at the bytes:
// no narrow path ever reaches the C library, so any file name works on
// Windows too.
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "cwt/model/expected.hpp"

namespace cwt {

class ZipArchive {
 public:
  // Fails when `bytes` are not a zip archive, saying so, or when they start
  // as one but its directory (at the end) is missing: a file cut short.
  static Expected<std::shared_ptr<ZipArchive>> open(std::string bytes);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool has(std::string_view member) const;
  // Hands the member's uncompressed bytes to `chunk` piece by piece (so a
  // large sheet is never held whole) until it returns false (the reader has
  // seen enough: the rest is not unpacked); stops at `limit` bytes with a
  // failure (a zip bomb, or not a workbook). Fails when the member is
  // missing or damaged.
  Expected<bool> read(std::string_view member, const std::function<bool(std::string_view)>& chunk,
                      std::size_t limit) const;

 private:
  struct Impl;
  explicit ZipArchive(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace cwt
