#pragma once
// Bytes put in a new file of their own in the system's temporary folder, for
// a C library that reads only from a named file (FreeXL opens an .xls by its
// path, while the import holds the file's bytes): created exclusively (no
// other file is ever overwritten), readable by this user only on POSIX, and
// removed when the ScratchFile goes. The name is one the library's fopen can
// open: on Windows in the ANSI code page, or the folder's 8.3 short name.
#include <filesystem>
#include <string>
#include <string_view>

#include "cwt/model/expected.hpp"

namespace cwt {

class ScratchFile {
 public:
  static Expected<ScratchFile> write(std::string_view bytes);

  ScratchFile(ScratchFile&& other) noexcept;
  ScratchFile& operator=(ScratchFile&&) = delete;
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;
  ~ScratchFile();

  // The name to hand to fopen.
  const std::string& narrow_path() const { return narrow_; }

 private:
  ScratchFile() = default;
  std::filesystem::path path_;
  std::string narrow_;
};

}  // namespace cwt
