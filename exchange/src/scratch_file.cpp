#include "scratch_file.hpp"

#include <cstdio>

#include "cwt/model/messages.hpp"
#include "cwt/platform/platform.hpp"

#ifdef _WIN32
#include <windows.h>
#else
#include <unistd.h>

#include <cstdlib>
#endif

namespace cwt {

namespace {

// A new, empty file of our own in the temporary folder.
std::filesystem::path create_unique() {
  std::error_code error;
  const auto folder = std::filesystem::temp_directory_path(error);
  if (error) return {};
#ifdef _WIN32
  // GetTempFileNameW creates the file, under a name no other file has.
  wchar_t name[MAX_PATH + 1];
  if (GetTempFileNameW(folder.wstring().c_str(), L"cwt", 0, name) == 0) return {};
  return std::filesystem::path(name);
#else
  std::string name = (folder / "cwtrack-xls-XXXXXX").string();
  const int fd = mkstemp(name.data());  // O_EXCL, mode 0600
  if (fd < 0) return {};
  close(fd);
  return name;
#endif
}

}  // namespace

Expected<ScratchFile> ScratchFile::write(std::string_view bytes) {
  using Result = Expected<ScratchFile>;
  ScratchFile file;
  file.path_ = create_unique();
  if (file.path_.empty())
    return Result::failure(tr("cannot be read: no temporary file could be made for it"));
  const auto narrow = narrow_path_for_c_libraries(file.path_);
  if (!narrow) return Result::failure(tr("cannot be read: no temporary file could be made for it"));
  file.narrow_ = *narrow;
  std::FILE* out = std::fopen(file.narrow_.c_str(), "wb");
  bool written = out && std::fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size();
  if (out) written = std::fclose(out) == 0 && written;
  if (!written)
    return Result::failure(tr("cannot be read: no temporary file could be made for it"));
  return file;
}

ScratchFile::ScratchFile(ScratchFile&& other) noexcept
    : path_(std::move(other.path_)), narrow_(std::move(other.narrow_)) {
  other.path_.clear();
}

ScratchFile::~ScratchFile() {
  if (path_.empty()) return;
  std::error_code ignored;
  std::filesystem::remove(path_, ignored);
}

}  // namespace cwt
