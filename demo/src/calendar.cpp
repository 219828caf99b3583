#include "calendar.hpp"

#include <algorithm>

namespace cwt::demo_detail {
namespace {

using boost::gregorian::Saturday;

// The n-th Saturday (1-based) of a month.
Date nth_saturday(int year, int month, int n) {
  Date day = make_date(year, month, 1);
  while (day.day_of_week() != Saturday) day = plus_days(day, 1);
  return plus_days(day, 7 * (n - 1));
}

}  // namespace

Date make_date(int year, int month, int day) {
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
              static_cast<unsigned short>(day));
}

Date plus_days(Date day, int count) { return day + boost::gregorian::days(count); }

int days_between(Date from, Date to) { return static_cast<int>((to - from).days()); }

Date random_day(Rng& rng, Date first, Date last) {
  return plus_days(first, rng.between(0, days_between(first, last)));
}

std::vector<Date> random_days(Rng& rng, Date first, Date last, int count) {
  std::vector<Date> days;
  days.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) days.push_back(random_day(rng, first, last));
  std::sort(days.begin(), days.end());
  return days;
}

std::vector<int> election_years(int up_to) {
  std::vector<int> years;
  for (int year = 2003; year <= up_to; year += year < 2021 ? 3 : 5) years.push_back(year);
  return years;
}

std::vector<ExamSession> exam_sessions(int up_to_year) {
  std::vector<ExamSession> sessions;
  for (int year = 2008; year <= up_to_year; ++year) {
    const Date national = nth_saturday(year, 6, 2);
    sessions.push_back({national, plus_days(national, 150), true});
    if (year >= 2014) {
      const Date city = nth_saturday(year, 11, 1);
      sessions.push_back({city, plus_days(city, 56), false});
    }
  }
  return sessions;
}

}  // namespace cwt::demo_detail
