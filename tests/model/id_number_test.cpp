// Resident ID numbers (GB 11643-1999).
#include "cwt/model/id_number.hpp"

#include <gtest/gtest.h>

#include "support.hpp"

namespace cwt {
namespace {

using test::check_char;
using test::first17;
using test::make_id;

const Date kToday(2024, 6, 1);

TEST(IdCheckCharacter, MatchesTheStandardsExamples) {
  // The examples printed with GB 11643-1999 and widely quoted.
  EXPECT_EQ(id_check_character("11010519491231002"), 'X');
  EXPECT_EQ(id_check_character("44052418800101001"), '4');
}

TEST(IdCheckCharacter, AgreesWithAnIndependentComputation) {
  for (int sequence : {1, 2, 10, 99, 105, 123, 124, 500, 999}) {
    const std::string digits = first17("120101", 1980, 6, 15, sequence);
    EXPECT_EQ(id_check_character(digits), check_char(digits)) << digits;
  }
}

TEST(ParseIdNumber, ValidEighteenDigits) {
  const std::string id = make_id("120101", 1980, 6, 15, 123);  // 120101198006151236
  ASSERT_EQ(id, "120101198006151236");
  const auto parsed = parse_id_number(id, kToday);
  ASSERT_TRUE(parsed) << parsed.error();
  EXPECT_EQ(parsed->digits, id);
  EXPECT_EQ(parsed->birth_date, Date(1980, 6, 15));
  EXPECT_EQ(parsed->gender, Gender::male);  // sequence 123: odd
}

TEST(ParseIdNumber, EvenSequenceIsFemale) {
  const auto parsed = parse_id_number(make_id("120101", 1975, 11, 3, 124), kToday);
  ASSERT_TRUE(parsed) << parsed.error();
  EXPECT_EQ(parsed->gender, Gender::female);
  EXPECT_EQ(parsed->birth_date, Date(1975, 11, 3));
}

TEST(ParseIdNumber, CheckCharacterXAnyCase) {
  // 12010119800615105 has check character X (computed by the test's helper).
  ASSERT_EQ(check_char("12010119800615105"), 'X');
  const auto upper = parse_id_number("12010119800615105X", kToday);
  ASSERT_TRUE(upper) << upper.error();
  EXPECT_EQ(upper->digits, "12010119800615105X");
  const auto lower = parse_id_number("12010119800615105x", kToday);
  ASSERT_TRUE(lower) << lower.error();
  EXPECT_EQ(lower->digits, "12010119800615105X");  // stored upper case
  EXPECT_EQ(lower->gender, Gender::male);
  const auto standard = parse_id_number("11010519491231002x", kToday);
  ASSERT_TRUE(standard) << standard.error();
  EXPECT_EQ(standard->digits, "11010519491231002X");
  EXPECT_EQ(standard->birth_date, Date(1949, 12, 31));
  EXPECT_EQ(standard->gender, Gender::female);  // sequence 002
}

TEST(ParseIdNumber, WrongCheckCharacterFails) {
  const std::string id = make_id("120101", 1980, 6, 15, 123);  // ends in 6
  for (char wrong : {'0', '5', '7', 'X'}) {
    std::string bad = id;
    bad.back() = wrong;
    const auto parsed = parse_id_number(bad, kToday);
    EXPECT_FALSE(parsed) << bad;
    if (!parsed) {
      EXPECT_FALSE(parsed.error().empty());
    }
  }
  EXPECT_FALSE(parse_id_number("110105194912310021", kToday));  // should end in X
}

TEST(ParseIdNumber, FifteenDigitsAreConverted) {
  // 120101 800615 123 -> 120101 19 800615 123 + check character.
  const auto parsed = parse_id_number("120101800615123", kToday);
  ASSERT_TRUE(parsed) << parsed.error();
  EXPECT_EQ(parsed->digits, "120101198006151236");
  EXPECT_EQ(parsed->birth_date, Date(1980, 6, 15));
  EXPECT_EQ(parsed->gender, Gender::male);

  const auto x = parse_id_number("120101800615105", kToday);
  ASSERT_TRUE(x) << x.error();
  EXPECT_EQ(x->digits, "12010119800615105X");

  const auto female = parse_id_number("110105491231002", kToday);
  ASSERT_TRUE(female) << female.error();
  EXPECT_EQ(female->digits, "11010519491231002X");
  EXPECT_EQ(female->gender, Gender::female);
}

TEST(ParseIdNumber, ImpossibleBirthDatesFail) {
  EXPECT_FALSE(parse_id_number(make_id("120101", 2023, 2, 30, 123), kToday));
  EXPECT_FALSE(parse_id_number(make_id("120101", 1990, 2, 29, 123), kToday));  // 1990 not leap
  EXPECT_FALSE(parse_id_number(make_id("120101", 1990, 13, 1, 123), kToday));
  EXPECT_FALSE(parse_id_number(make_id("120101", 1990, 4, 31, 123), kToday));
  EXPECT_FALSE(parse_id_number(make_id("120101", 1990, 0, 10, 123), kToday));
  EXPECT_FALSE(parse_id_number("120101800230123", kToday));  // 15 digits, 1980-02-30
  // A leap day that exists is fine.
  EXPECT_TRUE(parse_id_number(make_id("120101", 1992, 2, 29, 123), kToday));
}

TEST(ParseIdNumber, FutureBirthDatesFail) {
  EXPECT_FALSE(parse_id_number(make_id("120101", 2024, 6, 2, 123), kToday));  // tomorrow
  EXPECT_FALSE(parse_id_number(make_id("120101", 2030, 1, 1, 123), kToday));
  EXPECT_TRUE(parse_id_number(make_id("120101", 2024, 6, 1, 123), kToday));  // today
}

TEST(ParseIdNumber, WrongLengthFails) {
  const std::string id = make_id("120101", 1980, 6, 15, 123);
  EXPECT_FALSE(parse_id_number("", kToday));
  EXPECT_FALSE(parse_id_number(id.substr(0, 17), kToday));
  EXPECT_FALSE(parse_id_number(id + "1", kToday));
  EXPECT_FALSE(parse_id_number(id.substr(0, 16), kToday));
  EXPECT_FALSE(parse_id_number("12010180061512", kToday));  // 14
}

TEST(ParseIdNumber, NonDigitsFail) {
  std::string letter = make_id("120101", 1980, 6, 15, 123);
  letter[3] = 'A';
  EXPECT_FALSE(parse_id_number(letter, kToday));
  std::string x_inside = make_id("120101", 1980, 6, 15, 123);
  x_inside[10] = 'X';
  EXPECT_FALSE(parse_id_number(x_inside, kToday));
  EXPECT_FALSE(parse_id_number("12010180061512X", kToday));  // 15-digit form has no X
  EXPECT_FALSE(parse_id_number("1201011980-6151236", kToday));
  const auto parsed = parse_id_number("abcdefghijklmnopqr", kToday);
  ASSERT_FALSE(parsed);
  EXPECT_FALSE(parsed.error().empty());
}

TEST(MaskIdNumber, KeepsRegionAndLastFour) {
  EXPECT_EQ(mask_id_number("12010119800615123X"), "120101********123X");
  EXPECT_EQ(mask_id_number("120101198006151236"), "120101********1236");
}

}  // namespace
}  // namespace cwt
