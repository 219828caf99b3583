// Which texts the program stores and how it shows a value inside a message
// (issue 7: invalid UTF-8, control characters, forged and huge values).
#include "cwt/model/text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace cwt {
namespace {

TEST(TextProblem, AcceptsChineseLatinAndPunctuation) {
  EXPECT_EQ(text_problem("", 10), std::nullopt);
  EXPECT_EQ(text_problem("阿依古丽·买买提", 10), std::nullopt);
  EXPECT_EQ(text_problem("José Müller", 20), std::nullopt);
  EXPECT_EQ(text_problem("社区实务（第一期）“网格化”", 20), std::nullopt);
}

TEST(TextProblem, RefusesInvalidUtf8NamingTheByte) {
  const auto problem = text_problem("\xd1\xa7\xcf", 10);  // a GBK 学 and half a character
  ASSERT_TRUE(problem);
  EXPECT_NE(problem->find("not valid UTF-8"), std::string::npos) << *problem;
  EXPECT_NE(problem->find("byte 3"), std::string::npos) << *problem;
  EXPECT_TRUE(text_problem("bad\xff\xfename", 20));
  EXPECT_TRUE(text_problem("\xc0\xaf", 20));      // overlong '/'
  EXPECT_TRUE(text_problem("\xed\xa0\x80", 20));  // a surrogate
}

TEST(TextProblem, RefusesControlCharactersLineBreaksAndBidiOverrides) {
  for (const std::string& text :
       {std::string("A\0B", 3), std::string("A\x1b[31mRED"), std::string("s\x07"),
        std::string("two\nlines"), std::string("cr\rhere"), std::string("tab\there"),
        std::string("del\x7f"), std::string("c1\xc2\x85"), std::string("ls\xe2\x80\xa8"),
        std::string("rlo\xe2\x80\xae"), std::string("isolate\xe2\x81\xa6")}) {
    const auto problem = text_problem(text, 100);
    ASSERT_TRUE(problem) << escaped(text);
    EXPECT_EQ(problem->find('\n'), std::string::npos);
  }
  const auto line_break = text_problem("第一行\n第二行", 100);
  ASSERT_TRUE(line_break);
  EXPECT_NE(line_break->find("line break at character 4"), std::string::npos) << *line_break;
  const auto escape = text_problem("A\x1b[31m", 100);
  ASSERT_TRUE(escape);
  EXPECT_NE(escape->find("U+001B"), std::string::npos) << *escape;
}

TEST(TextProblem, CountsCharactersNotBytes) {
  const std::string fifty_chinese = [] {
    std::string text;
    for (int i = 0; i < 50; ++i) text += "张";
    return text;
  }();
  EXPECT_EQ(text_problem(fifty_chinese, 50), std::nullopt);
  const auto problem = text_problem(fifty_chinese + "三", 50);
  ASSERT_TRUE(problem);
  EXPECT_NE(problem->find("51 characters"), std::string::npos) << *problem;
}

TEST(Escaped, MakesControlCharactersAndBadBytesVisibleOnOneLine) {
  EXPECT_EQ(escaped("2025-03-01\r\nfake.csv: line 9: forged"),
            "2025-03-01\\r\\nfake.csv: line 9: forged");
  EXPECT_EQ(escaped("A\x1b[31mRED\x07"), "A\\x1B[31mRED\\x07");
  EXPECT_EQ(escaped("bad\xff\xfe"), "bad\\xFF\\xFE");
  EXPECT_EQ(escaped("tab\t\xe2\x80\xae"), "tab\\t\\u202E");
  EXPECT_EQ(escaped("张三"), "张三");
}

TEST(Escaped, ShortensLongValuesWithAnEllipsis) {
  const std::string huge(50 * 1024 * 1024, '9');
  const std::string shown_value = shown(huge);
  EXPECT_EQ(shown_value, "\"" + std::string(60, '9') + "…\"");
  std::string chinese;
  for (int i = 0; i < 100; ++i) chinese += "课";
  std::string sixty;
  for (int i = 0; i < 60; ++i) sixty += "课";
  EXPECT_EQ(escaped(chinese), sixty + "…");
  EXPECT_EQ(escaped(std::string(60, 'a')), std::string(60, 'a'));  // exactly the limit: whole
  EXPECT_EQ(escaped("abcdef", 3), "abc…");
}

TEST(InvalidUtf8Offset, FindsTheFirstBadByte) {
  EXPECT_EQ(invalid_utf8_offset("abc"), std::nullopt);
  EXPECT_EQ(invalid_utf8_offset("学习"), std::nullopt);
  EXPECT_EQ(invalid_utf8_offset("ab\xd1\xa7\xcf"), 4u);    // \xd1\xa7 is U+0467: valid
  EXPECT_EQ(invalid_utf8_offset("\xf4\x90\x80\x80"), 0u);  // above U+10FFFF
}

}  // namespace
}  // namespace cwt
