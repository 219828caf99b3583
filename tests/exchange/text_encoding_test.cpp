#include "cwt/exchange/text_encoding.hpp"

#include <gtest/gtest.h>

namespace cwt {
namespace {

TEST(DecodeToUtf8, StripsTheUtf8ByteOrderMark) {
  const auto text = decode_to_utf8(
      "\xEF\xBB\xBF"
      "姓名,身份证号\n");
  ASSERT_TRUE(text.ok()) << text.error();
  EXPECT_EQ(*text, "姓名,身份证号\n");
}

TEST(DecodeToUtf8, KeepsUtf8WithoutByteOrderMark) {
  const auto text = decode_to_utf8("name,社区\n张三,开封道社区\n");
  ASSERT_TRUE(text.ok()) << text.error();
  EXPECT_EQ(*text, "name,社区\n张三,开封道社区\n");
}

TEST(DecodeToUtf8, EmptyInputIsEmptyText) {
  const auto text = decode_to_utf8("");
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(*text, "");
}

TEST(DecodeToUtf8, ConvertsGb18030) {
  // "姓名,中文" as Excel on Chinese Windows saves it (iconv -t GB18030).
  const auto text = decode_to_utf8("\xd0\xd5\xc3\xfb,\xd6\xd0\xce\xc4\r\n");
  ASSERT_TRUE(text.ok()) << text.error();
  EXPECT_EQ(*text, "姓名,中文\r\n");
}

TEST(DecodeToUtf8, ConvertsFourByteGb18030Sequences) {
  if (!gb18030_fully_supported())
    GTEST_SKIP() << "this system decodes only GBK (Wine has no code page 54936)";
  // 王𠮷 and 㐀: a name with a character outside GBK, and one from CJK extension A.
  const auto text = decode_to_utf8("\xcd\xf5\x95\x34\xb2\x35 \x81\x39\xee\x39");
  ASSERT_TRUE(text.ok()) << text.error();
  EXPECT_EQ(*text, "王𠮷 㐀");
}

TEST(DecodeToUtf8, FailsWhenNeitherUtf8NorGb18030AndNamesTheLine) {
  const auto text = decode_to_utf8("id_number,name\n\xff\xff,x\n");
  ASSERT_FALSE(text.ok());
  EXPECT_NE(text.error().find("neither UTF-8 nor GB18030"), std::string::npos) << text.error();
  EXPECT_NE(text.error().find("line 2"), std::string::npos) << text.error();
}

TEST(DecodeToUtf8, FailsOnAByteOrderMarkBeforeInvalidUtf8) {
  // Valid GB18030 after a UTF-8 BOM is a damaged file, not GB18030.
  const auto text = decode_to_utf8("\xEF\xBB\xBFname\n\xd6\xd0\xce\xc4\n");
  ASSERT_FALSE(text.ok());
  EXPECT_NE(text.error().find("line 2"), std::string::npos) << text.error();
}

TEST(DecodeToUtf8, RefusesUtf16WithAClearReason) {
  const auto text = decode_to_utf8(std::string_view("\xFF\xFEn\0a\0", 6));
  ASSERT_FALSE(text.ok());
  EXPECT_NE(text.error().find("UTF-16"), std::string::npos) << text.error();
}

TEST(InvalidUtf8Offset, AcceptsWellFormedText) {
  EXPECT_EQ(invalid_utf8_offset("abc 中文 \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF"), std::nullopt);
}

TEST(InvalidUtf8Offset, RejectsOverlongSurrogateTruncatedAndOutOfRange) {
  EXPECT_EQ(invalid_utf8_offset("ab\xC0\xAF"), 2u);        // overlong '/'
  EXPECT_EQ(invalid_utf8_offset("a\xE0\x80\xAF"), 1u);     // overlong, 3 bytes
  EXPECT_EQ(invalid_utf8_offset("\xED\xA0\x80"), 0u);      // surrogate U+D800
  EXPECT_EQ(invalid_utf8_offset("abc\xE4\xB8"), 3u);       // truncated 中
  EXPECT_EQ(invalid_utf8_offset("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
  EXPECT_EQ(invalid_utf8_offset("x\x80"), 1u);             // stray continuation byte
}

}  // namespace
}  // namespace cwt
