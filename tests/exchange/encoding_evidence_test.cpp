// Issue 7: GBK files whose bytes happen to be valid UTF-8 were imported as
// mojibake without a word. The encoding is now decided on the evidence, and
// a file that could be either is refused naming both readings.
#include <gtest/gtest.h>

#include <random>

#include "cwt/exchange/importer.hpp"
#include "cwt/exchange/text_encoding.hpp"
#include "support.hpp"

namespace cwt {
namespace {

std::string s(std::string_view text) { return std::string(text); }

const std::string kHeader = "id_number,date,hours,category,course,provider\n";

std::string training_row(std::string_view course, std::string_view provider) {
  return s(test::id_a) + ",2025-03-01,2," + "skills," + s(course) + "," + s(provider) + "\n";
}

ImportPlan plan_bytes(std::string_view bytes) {
  return plan_import_bytes(ImportKind::training, bytes, "g.csv", {s(test::id_a)}, test::today,
                           Policy{});
}

// GB2312 level 1: the 3,755 commonest characters, rows B0-D7.
std::vector<std::string> level_one_gb_codes() {
  std::vector<std::string> codes;
  for (int lead = 0xB0; lead <= 0xD7; ++lead)
    for (int trail = 0xA1; trail <= 0xFE; ++trail)
      if (lead != 0xD7 || trail <= 0xF9)
        codes.push_back(std::string{static_cast<char>(lead), static_cast<char>(trail)});
  return codes;
}

TEST(EncodingEvidence, GbkThatIsValidUtf8IsReadAsGbk) {
  // 学习,志愿 and 卢露 as GBK bytes: valid UTF-8 ("ѧϰ", "־Ը", "¬¶").
  const std::string xuexi = "\xd1\xa7\xcf\xb0";
  const std::string zhiyuan = "\xd6\xbe\xd4\xb8";
  const std::string lulu = "\xc2\xac\xc2\xb6";
  const std::string bytes = kHeader + training_row(xuexi, zhiyuan) + training_row(lulu, zhiyuan);
  ASSERT_EQ(invalid_utf8_offset(bytes), std::nullopt) << "the fixture must be valid UTF-8";
  const auto plan = plan_bytes(bytes);
  ASSERT_TRUE(plan.problems.empty()) << plan.problems.front().to_string();
  ASSERT_EQ(plan.change.add_training.size(), 2u);
  EXPECT_EQ(plan.change.add_training[0].course, "学习");
  EXPECT_EQ(plan.change.add_training[0].provider, "志愿");
  EXPECT_EQ(plan.change.add_training[1].course, "卢露");
}

TEST(EncodingEvidence, Utf8ThatIsValidGbkIsReadAsUtf8) {
  // "中文" in UTF-8 is the GBK "涓枃": rare characters, so UTF-8 it is.
  const std::string bytes = kHeader + training_row("中文", "区民政局");
  const auto decoded = decode_text(bytes);
  ASSERT_TRUE(decoded) << decoded.error();
  EXPECT_EQ(decoded->encoding, TextEncoding::utf8);
  EXPECT_FALSE(decoded->also_gb18030);
  EXPECT_EQ(decoded->text, bytes);
}

TEST(EncodingEvidence, BothPlausibleIsRefusedNamingBothReadingsOfTheFirstDifferingCell) {
  // UTF-8 "José" is the GBK "Jos茅": alone, either could be right. With
  // Chinese text beside it the file is plainly UTF-8.
  const auto with_chinese =
      plan_bytes(kHeader + training_row("社区治理", "") + training_row("José", ""));
  ASSERT_TRUE(with_chinese.problems.empty()) << with_chinese.problems.front().to_string();
  EXPECT_EQ(with_chinese.change.add_training[1].course, "José");
  const auto only_jose = plan_bytes(kHeader + training_row("José", ""));
  ASSERT_EQ(only_jose.problems.size(), 1u);
  EXPECT_TRUE(only_jose.change.empty());
  EXPECT_NE(only_jose.problems[0].message.find("CSV UTF-8"), std::string::npos);
  EXPECT_NE(only_jose.problems[0].message.find(
                "line 2, column 5 reads \"José\" as UTF-8 but \"Jos茅\" as GB18030"),
            std::string::npos)
      << only_jose.problems[0].message;
}

TEST(EncodingEvidence, NoCommonCharacterValidAsUtf8IsTakenForUtf8) {
  // The 682 level-1 characters whose GBK bytes are valid UTF-8, each alone
  // in a file: read as GBK, or refused as ambiguous, never as UTF-8.
  std::size_t valid_as_utf8 = 0;
  std::size_t read_as_gbk = 0;
  for (const auto& code : level_one_gb_codes()) {
    const std::string bytes = kHeader + training_row(code, "");
    if (invalid_utf8_offset(bytes)) continue;
    ++valid_as_utf8;
    const auto decoded = decode_text(bytes);
    ASSERT_TRUE(decoded) << decoded.error();
    const bool ambiguous = decoded->also_gb18030.has_value();
    EXPECT_TRUE(decoded->encoding == TextEncoding::gb18030 || ambiguous) << decoded->text;
    if (!ambiguous) ++read_as_gbk;
  }
  EXPECT_EQ(valid_as_utf8, 682u);
  EXPECT_GE(read_as_gbk, 450u);  // the rest read as Latin letters or symbols: refused
}

TEST(EncodingEvidence, RandomUtf8NamesAreNeverTakenForGbk) {
  // Names of two to four common characters, in UTF-8 (converted from their
  // GBK codes), a row or two per file.
  const auto codes = level_one_gb_codes();
  std::mt19937 random(7);
  const auto name = [&] {
    std::string gbk;
    const int length = std::uniform_int_distribution(2, 4)(random);
    for (int i = 0; i < length; ++i)
      gbk += codes[std::uniform_int_distribution<std::size_t>(0, codes.size() - 1)(random)];
    const auto utf8 = decode_to_utf8(gbk);
    return utf8 ? *utf8 : std::string("名字");
  };
  int ambiguous = 0;
  constexpr int files = 2000;
  for (int f = 0; f < files; ++f) {
    std::string bytes = kHeader + training_row(name(), name());
    if (f % 2 == 0) bytes += training_row(name(), name());
    const auto decoded = decode_text(bytes);
    ASSERT_TRUE(decoded) << decoded.error();
    ASSERT_EQ(decoded->encoding, TextEncoding::utf8) << bytes;
    if (decoded->also_gb18030) ++ambiguous;
  }
  EXPECT_LT(ambiguous, files / 50) << "more than 2% of UTF-8 files refused as ambiguous";
}

}  // namespace
}  // namespace cwt
