#include "zip_archive.hpp"

#include <unzip.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "cwt/model/messages.hpp"

namespace cwt {

namespace {

// minizip's file functions over a string: the archive is the string, the
// "file name" is ignored, each open gets its own position.
struct MemoryFile {
  const std::string* bytes = nullptr;
  ZPOS64_T position = 0;
};

voidpf ZCALLBACK open_memory(voidpf opaque, const void*, int mode) {
  if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ) return nullptr;
  return new MemoryFile{static_cast<const std::string*>(opaque), 0};
}

uLong ZCALLBACK read_memory(voidpf, voidpf stream, void* buffer, uLong size) {
  auto* file = static_cast<MemoryFile*>(stream);
  const auto available =
      file->bytes->size() - std::min<ZPOS64_T>(file->position, file->bytes->size());
  const auto count = std::min<ZPOS64_T>(size, available);
  std::memcpy(buffer, file->bytes->data() + file->position, static_cast<std::size_t>(count));
  file->position += count;
  return static_cast<uLong>(count);
}

uLong ZCALLBACK write_memory(voidpf, voidpf, const void*, uLong) { return 0; }

ZPOS64_T ZCALLBACK tell_memory(voidpf, voidpf stream) {
  return static_cast<MemoryFile*>(stream)->position;
}

long ZCALLBACK seek_memory(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* file = static_cast<MemoryFile*>(stream);
  const ZPOS64_T size = file->bytes->size();
  ZPOS64_T target = 0;
  switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
      target = offset;
      break;
    case ZLIB_FILEFUNC_SEEK_CUR:
      target = file->position + offset;
      break;
    case ZLIB_FILEFUNC_SEEK_END:
      target = size + offset;
      break;
    default:
      return -1;
  }
  if (target > size) return -1;
  file->position = target;
  return 0;
}

int ZCALLBACK close_memory(voidpf, voidpf stream) {
  delete static_cast<MemoryFile*>(stream);
  return 0;
}

int ZCALLBACK error_memory(voidpf, voidpf) { return 0; }

// Whether the bytes end with a whole end-of-central-directory record (22
// bytes and the comment it announces; APPNOTE 4.3.16): a zip cut short has
// none, or part of one, which minizip may still open with members missing.
bool has_whole_end_record(std::string_view bytes) {
  constexpr std::size_t kRecord = 22, kMaxComment = 0xFFFF;
  const std::size_t from =
      bytes.size() > kRecord + kMaxComment ? bytes.size() - kRecord - kMaxComment : 0;
  for (std::size_t at = bytes.rfind("PK\x05\x06"); at != std::string_view::npos && at >= from;
       at = at == 0 ? std::string_view::npos : bytes.rfind("PK\x05\x06", at - 1)) {
    if (at + kRecord > bytes.size()) continue;
    const std::size_t comment = static_cast<unsigned char>(bytes[at + 20]) |
                                static_cast<std::size_t>(static_cast<unsigned char>(bytes[at + 21]))
                                    << 8;
    if (at + kRecord + comment <= bytes.size()) return true;
  }
  return false;
}

}  // namespace

struct ZipArchive::Impl {
  std::string bytes;
  zlib_filefunc64_def functions{};
  unzFile zip = nullptr;
  ~Impl() {
    if (zip) unzClose(zip);
  }
};

ZipArchive::ZipArchive(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ZipArchive::~ZipArchive() = default;

Expected<std::shared_ptr<ZipArchive>> ZipArchive::open(std::string bytes) {
  using Result = Expected<std::shared_ptr<ZipArchive>>;
  auto impl = std::make_unique<Impl>();
  impl->bytes = std::move(bytes);
  impl->functions = {open_memory, read_memory,  write_memory, tell_memory,
                     seek_memory, close_memory, error_memory, &impl->bytes};
  const bool cut_short = !has_whole_end_record(impl->bytes);
  impl->zip = cut_short ? nullptr : unzOpen2_64("workbook", &impl->functions);
  if (!impl->zip) {
    // A zip's directory is at its end: a file that starts as one without it
    // was cut short (a copy or download that stopped).
    if (impl->bytes.starts_with("PK\x03\x04"))
      return Result::failure(
          tr("is damaged: it starts as an Excel workbook (.xlsx, a zip archive) but its end is "
             "missing, as when a copy or download stops early; copy or save it again, then "
             "import it"));
    return Result::failure(tr("is not an Excel workbook (.xlsx): it is not a zip archive"));
  }
  return std::shared_ptr<ZipArchive>(new ZipArchive(std::move(impl)));
}

bool ZipArchive::has(std::string_view member) const {
  const std::string name(member);
  return unzLocateFile(impl_->zip, name.c_str(), 0) == UNZ_OK;
}

Expected<bool> ZipArchive::read(std::string_view member,
                                const std::function<bool(std::string_view)>& chunk,
                                std::size_t limit) const {
  using Result = Expected<bool>;
  const std::string name(member);
  unzFile zip = impl_->zip;
  if (unzLocateFile(zip, name.c_str(), 0) != UNZ_OK)
    return Result::failure(tr("is not an Excel workbook (.xlsx): {1} is missing", name));
  if (unzOpenCurrentFile(zip) != UNZ_OK)
    return Result::failure(tr("is damaged: {1} cannot be read", name));
  std::vector<char> buffer(1 << 16);
  std::size_t total = 0;
  for (;;) {
    const int got = unzReadCurrentFile(zip, buffer.data(), static_cast<unsigned>(buffer.size()));
    if (got < 0) {
      unzCloseCurrentFile(zip);
      return Result::failure(tr("is damaged: {1} cannot be read", name));
    }
    if (got == 0) break;
    total += static_cast<std::size_t>(got);
    if (total > limit) {
      unzCloseCurrentFile(zip);
      return Result::failure(
          tr("{1} unpacks to more than {2} MB: not a workbook cwtrack reads", name, limit >> 20));
    }
    if (!chunk(std::string_view(buffer.data(), static_cast<std::size_t>(got)))) {
      unzCloseCurrentFile(zip);
      return true;
    }
  }
  // The CRC is checked when the member is closed after reading it whole.
  if (unzCloseCurrentFile(zip) != UNZ_OK)
    return Result::failure(tr("is damaged: {1} cannot be read", name));
  return true;
}

}  // namespace cwt
