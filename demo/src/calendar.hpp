#pragma once
// Date arithmetic the generator needs, and the fixed days of the year on which
// things happen to everybody: community elections and qualification exams.
#include <vector>

#include "cwt/model/codes.hpp"
#include "cwt/model/dates.hpp"
#include "rng.hpp"

namespace cwt::demo_detail {

Date make_date(int year, int month, int day);
Date plus_days(Date day, int count);
int days_between(Date from, Date to);              // to - from
Date random_day(Rng& rng, Date first, Date last);  // first <= last
// `count` days drawn from [first, last] (a day may repeat), sorted.
std::vector<Date> random_days(Rng& rng, Date first, Date last, int count);

// Years of the residents' committee elections (换届): every three years up to
// 2021, every five years since.
std::vector<int> election_years(int up_to);

// A qualification exam held on one day across the city. Certificates for a
// pass are issued on one later day.
struct ExamSession {
  Date exam_date;
  Date issue_date;
  bool national = true;  // national social-worker exam, else Tianjin community-worker exam
};

// Every session from 2008 until the end of `up_to_year`, by date: the national
// exam each June, the city exam each November since 2014.
std::vector<ExamSession> exam_sessions(int up_to_year);

}  // namespace cwt::demo_detail
