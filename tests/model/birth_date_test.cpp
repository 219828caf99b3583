// A roster's birth date or month beside the ID number (model/birth_date.hpp):
// agreeing is no problem; disagreeing names the ID number's birth month or
// day; a month read two ways agrees when either reading does.
#include "cwt/model/birth_date.hpp"

#include <gtest/gtest.h>

namespace cwt {
namespace {

const Date kBorn(1985, 8, 12);

TEST(LocalMonth, ChineseAndEnglish) {
  EXPECT_EQ(local_month({1985, 8}, Language::zh), "1985年8月");
  EXPECT_EQ(local_month({1994, 10}, Language::en), "October 1994");
  EXPECT_EQ(local_month({1994, 13}, Language::en), "");
}

TEST(BirthDisagreement, AMonthAgreesWithTheIdNumbersMonth) {
  EXPECT_FALSE(birth_disagreement({"1985.08", std::nullopt, {{1985, 8}}}, kBorn));
  const auto wrong = birth_disagreement({"1985.03", std::nullopt, {{1985, 3}}}, kBorn);
  ASSERT_TRUE(wrong);
  EXPECT_EQ(*wrong,
            "birth month March 1985 does not match the ID number (born August 1985 by the ID)");
  // The same month of another year is another month.
  EXPECT_TRUE(birth_disagreement({"1986.08", std::nullopt, {{1986, 8}}}, kBorn));
}

TEST(BirthDisagreement, AMonthReadTwoWaysAgreesWhenEitherReadingDoes) {
  const GivenBirth written{"1994.1", std::nullopt, {{1994, 1}, {1994, 10}}};
  EXPECT_FALSE(birth_disagreement(written, Date(1994, 1, 20)));
  EXPECT_FALSE(birth_disagreement(written, Date(1994, 10, 5)));
  const auto neither = birth_disagreement(written, Date(1994, 8, 15));
  ASSERT_TRUE(neither);
  EXPECT_EQ(*neither,
            "birth month 1994.1 reads as January 1994, or as October 1994 where Excel dropped the "
            "0 of .10; neither matches the ID number (born August 1994 by the ID)");
}

TEST(BirthDisagreement, AWholeDayMustBeTheIdNumbersDay) {
  EXPECT_FALSE(birth_disagreement({"1985-08-12", kBorn, {}}, kBorn));
  const auto wrong = birth_disagreement({"1985-08-21", Date(1985, 8, 21), {}}, kBorn);
  ASSERT_TRUE(wrong);
  EXPECT_EQ(*wrong,
            "birth date 1985-08-21 does not match the ID number (born 1985-08-12 by the ID)");
}

}  // namespace
}  // namespace cwt
