// Calendar rules: the period rule at month ends, ages in full years, date text.
#include "cwt/model/dates.hpp"

#include <gtest/gtest.h>

#include "support.hpp"

namespace cwt {
namespace {

TEST(AddYears, SameMonthAndDayLater) {
  EXPECT_EQ(add_years(Date(2024, 3, 15), 2), Date(2026, 3, 15));
  EXPECT_EQ(add_years(Date(2014, 1, 1), 2), Date(2016, 1, 1));
  EXPECT_EQ(add_years(Date(2014, 1, 1), 0), Date(2014, 1, 1));
}

TEST(AddYears, LastDayOfFebruaryDoesNotSnapToTheTwentyNinth) {
  // boost's date + years(2) gives 2024-02-29 here; the Civil Code period ends on the 28th.
  EXPECT_EQ(add_years(Date(2022, 2, 28), 2), Date(2024, 2, 28));
  EXPECT_EQ(add_years(Date(2023, 2, 28), 1), Date(2024, 2, 28));
  EXPECT_EQ(add_years(Date(2021, 2, 28), 3), Date(2024, 2, 28));
}

TEST(AddYears, TwentyNinthOfFebruaryEndsOnTheLastDayOfFebruary) {
  EXPECT_EQ(add_years(Date(2016, 2, 29), 2), Date(2018, 2, 28));
  EXPECT_EQ(add_years(Date(2020, 2, 29), 3), Date(2023, 2, 28));
  // Into another leap year the day exists.
  EXPECT_EQ(add_years(Date(2016, 2, 29), 4), Date(2020, 2, 29));
}

TEST(AddYears, OtherMonthEndsKeepTheirDay) {
  EXPECT_EQ(add_years(Date(2020, 1, 31), 2), Date(2022, 1, 31));
  EXPECT_EQ(add_years(Date(2021, 8, 31), 2), Date(2023, 8, 31));
  EXPECT_EQ(add_years(Date(2021, 4, 30), 2), Date(2023, 4, 30));
  EXPECT_EQ(add_years(Date(2023, 12, 31), 2), Date(2025, 12, 31));
  EXPECT_EQ(add_years(Date(2022, 3, 1), 2), Date(2024, 3, 1));
}

TEST(AgeOn, FullYearsAroundTheBirthday) {
  // Born 1968-01-01: 46 on 2014-01-01 (the birthday itself counts).
  EXPECT_EQ(age_on(Date(1968, 1, 1), Date(2014, 1, 1)), 46);
  EXPECT_EQ(age_on(Date(1968, 1, 1), Date(2013, 12, 31)), 45);
  // Born 1968-01-02: still 45 on 2014-01-01.
  EXPECT_EQ(age_on(Date(1968, 1, 2), Date(2014, 1, 1)), 45);
  EXPECT_EQ(age_on(Date(1969, 1, 1), Date(2014, 1, 1)), 45);
  EXPECT_EQ(age_on(Date(1980, 6, 15), Date(1980, 6, 15)), 0);
  EXPECT_EQ(age_on(Date(1980, 6, 15), Date(2024, 6, 14)), 43);
  EXPECT_EQ(age_on(Date(1980, 6, 15), Date(2024, 6, 15)), 44);
}

TEST(AgeOn, BornOnTwentyNinthOfFebruary) {
  const Date birth(2000, 2, 29);
  EXPECT_EQ(age_on(birth, Date(2001, 2, 27)), 0);
  EXPECT_EQ(age_on(birth, Date(2001, 2, 28)), 1);  // a year older on 28 February in common years
  EXPECT_EQ(age_on(birth, Date(2001, 3, 1)), 1);
  EXPECT_EQ(age_on(birth, Date(2004, 2, 28)), 3);  // leap year: not yet
  EXPECT_EQ(age_on(birth, Date(2004, 2, 29)), 4);
  EXPECT_EQ(age_on(Date(1968, 2, 29), Date(2014, 2, 28)), 46);
  EXPECT_EQ(age_on(Date(1968, 2, 29), Date(2014, 2, 27)), 45);
}

TEST(ParseDate, AcceptsTheThreeForms) {
  EXPECT_EQ(parse_date("2024-03-01"), Date(2024, 3, 1));
  EXPECT_EQ(parse_date("2024/3/1"), Date(2024, 3, 1));
  EXPECT_EQ(parse_date("2024年3月1日"), Date(2024, 3, 1));
  EXPECT_EQ(parse_date("2024/12/31"), Date(2024, 12, 31));
  EXPECT_EQ(parse_date("2024年12月31日"), Date(2024, 12, 31));
  EXPECT_EQ(parse_date("2024-02-29"), Date(2024, 2, 29));
}

TEST(ParseDate, IgnoresSurroundingBlanks) {
  EXPECT_EQ(parse_date("  2024-03-01 "), Date(2024, 3, 1));
  EXPECT_EQ(parse_date("\t2024/3/1"), Date(2024, 3, 1));
}

TEST(ParseDate, RejectsImpossibleDays) {
  EXPECT_FALSE(parse_date("2023-02-30"));
  EXPECT_FALSE(parse_date("2023/2/30"));
  EXPECT_FALSE(parse_date("2023年2月30日"));
  EXPECT_FALSE(parse_date("2023-02-29"));  // not a leap year
  EXPECT_FALSE(parse_date("2024-13-01"));
  EXPECT_FALSE(parse_date("2024-04-31"));
  EXPECT_FALSE(parse_date("2024-00-10"));
}

TEST(ParseDate, RejectsOtherText) {
  EXPECT_FALSE(parse_date(""));
  EXPECT_FALSE(parse_date("   "));
  EXPECT_FALSE(parse_date("garbage"));
  EXPECT_FALSE(parse_date("2024-03"));
  EXPECT_FALSE(parse_date("2024-03-01x"));
  EXPECT_FALSE(parse_date("2024-03-01 2024-03-02"));
  EXPECT_FALSE(parse_date("2024/3/"));
  EXPECT_FALSE(parse_date("2024年3月"));
  EXPECT_FALSE(parse_date("-2024-03-01"));
}

TEST(ToIso, PadsMonthAndDay) {
  EXPECT_EQ(to_iso(Date(2024, 3, 1)), "2024-03-01");
  EXPECT_EQ(to_iso(Date(1999, 12, 31)), "1999-12-31");
}

TEST(YearBounds, FirstAndLastDay) {
  EXPECT_EQ(first_of_year(2024), Date(2024, 1, 1));
  EXPECT_EQ(last_of_year(2024), Date(2024, 12, 31));
  EXPECT_EQ(last_of_year(2023), Date(2023, 12, 31));
}

}  // namespace
}  // namespace cwt
