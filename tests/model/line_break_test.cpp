// Chinese line breaking: where a wrapped text may go onto the next line.
#include "cwt/model/line_break.hpp"

#include <gtest/gtest.h>

#include "cwt/model/text.hpp"

namespace cwt {
namespace {

// A monospaced measure: a Chinese character 2 units, anything else 1.
double advance(char32_t c) { return c >= 0x2E80 ? 2 : 1; }

std::vector<std::string> lines_of(std::string_view text, double width) {
  std::vector<std::string> out;
  for (const auto& line : break_lines(code_points(text), width, advance)) {
    std::string utf8;
    for (const char32_t c : line) utf8 += utf8_of(c);
    out.push_back(utf8);
  }
  return out;
}

using Lines = std::vector<std::string>;

TEST(LineBreak, ChineseBreaksBetweenAnyTwoCharacters) {
  // 10 characters of 2 units in 12: 6 characters, then 4. (Wrapped by
  // blanks only, as wx's own wrapper does, it stayed one line too wide.)
  EXPECT_EQ(lines_of("人将没有区会被排除在", 12), (Lines{"人将没有区会", "被排除在"}));
}

TEST(LineBreak, ANumberAndTheTextAroundIt) {
  // "有 7 人": the number may start a line after the blank, but the blank
  // between it and its unit holds (issue 23: no break inside "20 学时").
  EXPECT_EQ(lines_of("共有 7 人将没有区", 9), (Lines{"共有 7 人", "将没有区"}));
  EXPECT_EQ(lines_of("共有 7 人将没有区", 6), (Lines{"共有", "7 人将", "没有区"}));
  EXPECT_EQ(lines_of("应修 20 学时", 7), (Lines{"应修", "20 学时"}));
}

// The printed reports balance a cell's lines by trying narrower widths
// and must know when a width only fits by cutting a word.
TEST(LineBreak, SaysWhenARunHadToBeCut) {
  bool cut = true;
  EXPECT_EQ(break_lines(code_points("Grid worker"), 8, advance, &cut).size(), 2u);
  EXPECT_FALSE(cut);
  EXPECT_EQ(break_lines(code_points("Committee member"), 8, advance, &cut).size(), 2u);
  EXPECT_TRUE(cut);  // "Committe" / "e member"
}

TEST(LineBreak, NoLineBeginsWithAClosingMarkOrEndsWithAnOpeningOne) {
  // "区，" cannot be split: the character goes down with its comma.
  EXPECT_EQ(lines_of("没有区，会被", 6), (Lines{"没有", "区，会", "被"}));
  EXPECT_EQ(lines_of("填写区。", 6), (Lines{"填写", "区。"}));
  // An opening bracket goes down with what it opens.
  EXPECT_EQ(lines_of("期限（2027年", 6), (Lines{"期限", "（2027", "年"}));
  for (const auto& line :
       lines_of("已逾期，辞退（期限 2016年1月1日），备注：已通过考试；待领证。", 9)) {
    const std::u32string points = code_points(line);
    ASSERT_FALSE(points.empty());
    EXPECT_EQ(std::u32string_view(U"，。；：）").find(points.front()), std::u32string_view::npos)
        << line;
    EXPECT_NE(points.back(), U'（') << line;
  }
}

TEST(LineBreak, LatinWordsAndNumbersStayWhole) {
  EXPECT_EQ(lines_of("save the file as text", 10), (Lines{"save the", "file as", "text"}));
  // A number in scientific form is one unit.
  EXPECT_EQ(lines_of("数字形式保存（1.2010119920315E+17）", 24),
            (Lines{"数字形式保存", "（1.2010119920315E+17）"}));
}

TEST(LineBreak, AnUnbreakableRunWiderThanTheLineIsCutNotLost) {
  EXPECT_EQ(lines_of("120101199003070013", 10), (Lines{"1201011990", "03070013"}));
}

TEST(LineBreak, LineBreaksInTheTextAreKept) {
  EXPECT_EQ(lines_of("第 7 行：赵敏\n身份证号", 40), (Lines{"第 7 行：赵敏", "身份证号"}));
  EXPECT_EQ(lines_of("", 10), (Lines{""}));
  EXPECT_EQ(lines_of("a\n\nb", 10), (Lines{"a", "", "b"}));
}

}  // namespace
}  // namespace cwt
