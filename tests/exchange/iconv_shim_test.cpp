// cwtrack's iconv for FreeXL on Windows (scripts/windows/iconv-shim, built
// into FreeXL's prefix; Windows builds only): the conversions FreeXL asks
// for, UTF-16LE (every .xls since Excel 97) and the code pages of older
// workbooks (CP936 for Chinese) to UTF-8, and the refusals iconv makes.
#include <gtest/gtest.h>

#include <cerrno>
#include <cstddef>
#include <string>

// The shim's header is not installed (only freexl.c includes it).
extern "C" {
typedef void* iconv_t;
iconv_t iconv_open(const char* tocode, const char* fromcode);
std::size_t iconv(iconv_t cd, char** inbuf, std::size_t* inbytesleft, char** outbuf,
                  std::size_t* outbytesleft);
int iconv_close(iconv_t cd);
}

namespace {

const iconv_t kFailed = reinterpret_cast<iconv_t>(-1);

// `bytes` in `from` as UTF-8, as FreeXL calls it (output 4 bytes per byte
// and one), or "error N" with errno.
std::string to_utf8(const char* from, const std::string& bytes, std::size_t room = 0) {
  const iconv_t cd = iconv_open("UTF-8", from);
  if (cd == kFailed) return "no converter";
  std::string in = bytes;
  std::string out(room ? room : bytes.size() * 4 + 1, '\0');
  char* in_at = in.data();
  char* out_at = out.data();
  std::size_t in_left = in.size(), out_left = out.size();
  const std::size_t result = iconv(cd, &in_at, &in_left, &out_at, &out_left);
  iconv_close(cd);
  if (result == static_cast<std::size_t>(-1)) return "error " + std::to_string(errno);
  EXPECT_EQ(in_left, 0u);
  return out.substr(0, out.size() - out_left);
}

TEST(IconvShim, TheConversionsFreexlAsksFor) {
  EXPECT_EQ(to_utf8("UTF-16LE", std::string("\xb1\x82\x0d\x54\x8c\x51", 6)), "花名册");
  EXPECT_EQ(to_utf8("UTF-16LE", std::string("\x3d\xd8\x00\xde", 4)), "\xF0\x9F\x98\x80");  // 😀
  EXPECT_EQ(to_utf8("CP936", "\xbb\xa8\xc3\xfb\xb2\xe1"), "花名册");
  EXPECT_EQ(to_utf8("CP1252", "caf\xe9"), "café");
  EXPECT_EQ(to_utf8("ASCII", "ID"), "ID");
  EXPECT_EQ(to_utf8("MacRoman", "\x8e"), "é");
}

TEST(IconvShim, WhatIconvRefusesIsRefused) {
  EXPECT_EQ(iconv_open("UTF-8", "KOI-NOTHING"), kFailed);
  EXPECT_EQ(errno, EINVAL);
  EXPECT_EQ(to_utf8("UTF-16LE", std::string("\x00\xd8", 2)), "error " + std::to_string(EILSEQ))
      << "a lone surrogate";
  EXPECT_EQ(to_utf8("UTF-16LE", std::string("\x41", 1)), "error " + std::to_string(EINVAL))
      << "half a character";
  EXPECT_EQ(to_utf8("CP936", "\xbb"), "error " + std::to_string(EILSEQ)) << "half a character";
  EXPECT_EQ(to_utf8("CP936", "\xbb\xa8\xc3\xfb", 3), "error " + std::to_string(E2BIG));
}

}  // namespace
