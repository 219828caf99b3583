// Class hours as text and half hours.
#include "cwt/model/hours.hpp"

#include <gtest/gtest.h>

namespace cwt {
namespace {

int half_hours_of(std::string_view text) {
  const auto parsed = parse_hours(text);
  EXPECT_TRUE(parsed) << "'" << text << "': " << (parsed ? "" : parsed.error());
  return parsed ? *parsed : -1;
}

TEST(ParseHours, WholeAndHalfHours) {
  EXPECT_EQ(half_hours_of("4"), 8);
  EXPECT_EQ(half_hours_of("2.5"), 5);
  EXPECT_EQ(half_hours_of("2.50"), 5);
  EXPECT_EQ(half_hours_of(" 3 "), 6);
  EXPECT_EQ(half_hours_of("0.5"), 1);
  EXPECT_EQ(half_hours_of("40"), 80);
  EXPECT_EQ(half_hours_of("17.5"), 35);
  EXPECT_EQ(half_hours_of("2.0"), 4);
}

TEST(ParseHours, RejectsZeroNegativeAndOtherSteps) {
  for (std::string_view text : {"0", "0.0", "-1", "-0.5", "2.3", "2.25", "0.1", "abc", "", "  ",
                                "2.5h", "4学时", "1,5", "2..5"}) {
    const auto parsed = parse_hours(text);
    EXPECT_FALSE(parsed) << "'" << text << "' gave " << (parsed ? *parsed : 0);
    if (!parsed) {
      EXPECT_FALSE(parsed.error().empty()) << text;
    }
  }
}

// Issue 7: a large number is read (and then refused by max_record_hours with
// that reason), not turned away as "not a number of class hours".
TEST(ParseHours, ReadsLargeNumbersForTheLimitToJudge) {
  EXPECT_EQ(half_hours_of("100000"), 200000);
  EXPECT_EQ(half_hours_of("99999"), 199998);
  EXPECT_FALSE(parse_hours("12345678901"));
}

TEST(FormatHours, SumsBeyond32Bits) {
  EXPECT_EQ(format_hours(std::int64_t{10800} * 199998), "1079989200");
  EXPECT_EQ(format_hours(std::int64_t{5000000001}), "2500000000.5");
}

TEST(FormatHours, WholeAndHalf) {
  EXPECT_EQ(format_hours(40), "20");
  EXPECT_EQ(format_hours(35), "17.5");
  EXPECT_EQ(format_hours(1), "0.5");
  EXPECT_EQ(format_hours(0), "0");
  EXPECT_EQ(format_hours(80), "40");
}

TEST(FormatHours, RoundTripsThroughParse) {
  for (int half_hours : {1, 2, 3, 35, 40, 81, 1999}) {
    EXPECT_EQ(half_hours_of(format_hours(half_hours)), half_hours);
  }
}

TEST(HoursValue, ExactNumbers) {
  EXPECT_EQ(hours_value(40), 20.0);
  EXPECT_EQ(hours_value(35), 17.5);
  EXPECT_EQ(hours_value(0), 0.0);
}

}  // namespace
}  // namespace cwt
