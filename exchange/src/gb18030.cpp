#include "gb18030.hpp"

#include <climits>

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <iconv.h>

#include <cerrno>
#endif

namespace cwt::detail {

#ifdef _WIN32

namespace {
constexpr UINT gb18030_code_page = 54936;
constexpr UINT gbk_code_page = 936;
}  // namespace

bool gb18030_fully_supported() { return IsValidCodePage(gb18030_code_page) != 0; }

namespace {

UINT gb_code_page() { return gb18030_fully_supported() ? gb18030_code_page : gbk_code_page; }

// `bytes` from code page `from` to code page `to`, through UTF-16.
// MB_ERR_INVALID_CHARS makes an invalid sequence fail instead of turning
// into U+FFFD.
std::optional<std::string> convert(UINT from, UINT to, std::string_view bytes) {
  if (bytes.empty()) return std::string();
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) return std::nullopt;
  const int in_size = static_cast<int>(bytes.size());
  const int wide_size =
      MultiByteToWideChar(from, MB_ERR_INVALID_CHARS, bytes.data(), in_size, nullptr, 0);
  if (wide_size <= 0) return std::nullopt;
  std::wstring wide(static_cast<std::size_t>(wide_size), L'\0');
  if (MultiByteToWideChar(from, MB_ERR_INVALID_CHARS, bytes.data(), in_size, wide.data(),
                          wide_size) != wide_size)
    return std::nullopt;
  const int out_size =
      WideCharToMultiByte(to, 0, wide.data(), wide_size, nullptr, 0, nullptr, nullptr);
  if (out_size <= 0) return std::nullopt;
  std::string out(static_cast<std::size_t>(out_size), '\0');
  if (WideCharToMultiByte(to, 0, wide.data(), wide_size, out.data(), out_size, nullptr, nullptr) !=
      out_size)
    return std::nullopt;
  return out;
}

}  // namespace

// Without code page 54936 (Wine), GBK is what remains: every character
// Excel's plain "CSV" writes on Chinese Windows.
std::optional<std::string> gb18030_to_utf8(std::string_view bytes) {
  return convert(gb_code_page(), CP_UTF8, bytes);
}

std::optional<std::string> utf8_to_gb18030(std::string_view utf8) {
  return convert(CP_UTF8, gb_code_page(), utf8);
}

#else

namespace {
// Closes the conversion descriptor on every path out.
class IconvHandle {
 public:
  IconvHandle(const char* to, const char* from) : cd_(iconv_open(to, from)) {}
  ~IconvHandle() {
    if (ok()) iconv_close(cd_);
  }
  IconvHandle(const IconvHandle&) = delete;
  IconvHandle& operator=(const IconvHandle&) = delete;
  bool ok() const { return cd_ != reinterpret_cast<iconv_t>(-1); }
  iconv_t get() const { return cd_; }

 private:
  iconv_t cd_;
};
}  // namespace

bool gb18030_fully_supported() { return true; }

// `bytes` converted by iconv from `from` to `to`; nothing on an invalid or
// incomplete sequence.
std::optional<std::string> convert(const char* to, const char* from, std::string_view bytes) {
  IconvHandle converter(to, from);
  if (!converter.ok()) return std::nullopt;
  std::string in(bytes);  // iconv wants a mutable char*
  char* in_ptr = in.data();
  std::size_t in_left = in.size();
  // A character of 1 to 4 bytes becomes at most 4 bytes either way.
  std::string out(in.size() * 2 + 16, '\0');
  std::size_t used = 0;
  while (in_left > 0) {
    char* out_ptr = out.data() + used;
    std::size_t out_left = out.size() - used;
    const std::size_t result = iconv(converter.get(), &in_ptr, &in_left, &out_ptr, &out_left);
    used = out.size() - out_left;
    if (result != static_cast<std::size_t>(-1)) break;
    if (errno != E2BIG) return std::nullopt;  // EILSEQ or EINVAL: not valid input
    out.resize(out.size() * 2);
  }
  out.resize(used);
  return out;
}

std::optional<std::string> gb18030_to_utf8(std::string_view bytes) {
  return convert("UTF-8", "GB18030", bytes);
}

std::optional<std::string> utf8_to_gb18030(std::string_view utf8) {
  // Every Unicode character has a GB18030 form, so nothing becomes '?' here.
  return convert("GB18030", "UTF-8", utf8);
}

#endif

}  // namespace cwt::detail
