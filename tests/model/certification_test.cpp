// Who must certify, by when, and the certification status on a day.
#include "cwt/model/certification.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "support.hpp"

namespace cwt {
namespace {

using test::make_certificate;
using test::make_exam;
using test::make_worker;

// ---- obligation -------------------------------------------------------------

TEST(Obligation, NewHireWhateverTheAge) {
  const Policy policy;
  // Hired on the effective date itself, aged 53.
  const auto on_day = obligation_of(make_worker(Date(1960, 3, 1), Date(2014, 1, 1)), policy);
  ASSERT_TRUE(on_day);
  EXPECT_EQ(on_day->start, Date(2014, 1, 1));
  EXPECT_EQ(on_day->deadline, Date(2016, 1, 1));
  // Hired later, aged 65.
  const auto later = obligation_of(make_worker(Date(1950, 3, 1), Date(2015, 6, 10)), policy);
  ASSERT_TRUE(later);
  EXPECT_EQ(later->start, Date(2015, 6, 10));
  EXPECT_EQ(later->deadline, Date(2017, 6, 10));
}

TEST(Obligation, HiredBeforeAndAged45OrUnder) {
  const Policy policy;
  // Born 1968-01-02: 45 on 2014-01-01 -> obligated from the effective date.
  const auto aged45 = obligation_of(make_worker(Date(1968, 1, 2), Date(2010, 3, 1)), policy);
  ASSERT_TRUE(aged45);
  EXPECT_EQ(aged45->start, Date(2014, 1, 1));
  EXPECT_EQ(aged45->deadline, Date(2016, 1, 1));
  // Born 1969-01-01: turns 45 on the effective date itself -> 45, obligated.
  const auto birthday = obligation_of(make_worker(Date(1969, 1, 1), Date(2010, 3, 1)), policy);
  ASSERT_TRUE(birthday);
  EXPECT_EQ(birthday->start, Date(2014, 1, 1));
  // Hired the day before the effective date, aged 30.
  const auto young = obligation_of(make_worker(Date(1983, 7, 7), Date(2013, 12, 31)), policy);
  ASSERT_TRUE(young);
  EXPECT_EQ(young->start, Date(2014, 1, 1));
  EXPECT_EQ(young->deadline, Date(2016, 1, 1));
}

TEST(Obligation, HiredBeforeAndOlderIsExempt) {
  const Policy policy;
  // Born 1968-01-01: turns 46 on the effective date itself -> exempt.
  EXPECT_FALSE(obligation_of(make_worker(Date(1968, 1, 1), Date(2010, 3, 1)), policy));
  EXPECT_FALSE(obligation_of(make_worker(Date(1955, 8, 8), Date(2000, 1, 1)), policy));
}

TEST(Obligation, AgeLimitNotInclusive) {
  Policy policy;
  policy.exam_age_inclusive = false;
  // 45 on the effective date: no longer included.
  EXPECT_FALSE(obligation_of(make_worker(Date(1969, 1, 1), Date(2010, 3, 1)), policy));
  EXPECT_FALSE(obligation_of(make_worker(Date(1968, 1, 2), Date(2010, 3, 1)), policy));
  // Born 1969-01-02: 44 on 2014-01-01.
  EXPECT_TRUE(obligation_of(make_worker(Date(1969, 1, 2), Date(2010, 3, 1)), policy));
  // New hires are obligated whatever the age.
  EXPECT_TRUE(obligation_of(make_worker(Date(1960, 1, 1), Date(2014, 1, 1)), policy));
}

TEST(Obligation, BornOnTwentyNinthOfFebruary) {
  Policy policy;
  const Worker worker = make_worker(Date(1968, 2, 29), Date(2010, 3, 1));
  // 2014-02-28: a year older on 28 February in a common year -> 46 -> exempt.
  policy.policy_effective_date = Date(2014, 2, 28);
  EXPECT_FALSE(obligation_of(worker, policy));
  // 2014-02-27: still 45 -> obligated from that day.
  policy.policy_effective_date = Date(2014, 2, 27);
  const auto obligation = obligation_of(worker, policy);
  ASSERT_TRUE(obligation);
  EXPECT_EQ(obligation->start, Date(2014, 2, 27));
  EXPECT_EQ(obligation->deadline, Date(2016, 2, 27));
}

TEST(Obligation, DeadlinesAtMonthEnds) {
  const Policy policy;
  const Date birth(1990, 5, 5);
  struct Case {
    Date hire;
    Date deadline;
  };
  const Case cases[] = {
      {Date(2022, 2, 28), Date(2024, 2, 28)},  // not 2024-02-29
      {Date(2016, 2, 29), Date(2018, 2, 28)}, {Date(2020, 2, 29), Date(2022, 2, 28)},
      {Date(2020, 1, 31), Date(2022, 1, 31)}, {Date(2021, 8, 31), Date(2023, 8, 31)},
      {Date(2021, 4, 30), Date(2023, 4, 30)}, {Date(2019, 12, 31), Date(2021, 12, 31)},
  };
  for (const auto& c : cases) {
    const auto obligation = obligation_of(make_worker(birth, c.hire), policy);
    ASSERT_TRUE(obligation);
    EXPECT_EQ(obligation->start, c.hire);
    EXPECT_EQ(obligation->deadline, c.deadline) << to_iso(c.hire);
  }
}

TEST(Obligation, ThreeYearPeriod) {
  Policy policy;
  policy.certification_period_years = 3;
  const Date birth(1990, 5, 5);
  const auto feb28 = obligation_of(make_worker(birth, Date(2021, 2, 28)), policy);
  ASSERT_TRUE(feb28);
  EXPECT_EQ(feb28->deadline, Date(2024, 2, 28));  // boost would say 2024-02-29
  const auto feb29 = obligation_of(make_worker(birth, Date(2020, 2, 29)), policy);
  ASSERT_TRUE(feb29);
  EXPECT_EQ(feb29->deadline, Date(2023, 2, 28));
  const auto old_hand = obligation_of(make_worker(birth, Date(2009, 9, 1)), policy);
  ASSERT_TRUE(old_hand);
  EXPECT_EQ(old_hand->deadline, Date(2017, 1, 1));  // from the effective date
}

// ---- status on a day ----------------------------------------------------------

// Hired 2022-02-28 as community staff (hired, not elected): deadline 2024-02-28.
class CertificationOn : public ::testing::Test {
 protected:
  Worker worker_ = make_worker(Date(1990, 5, 5), Date(2022, 2, 28));
  Policy policy_;
  std::vector<Certificate> certificates_;
  std::vector<ExamAttempt> exams_;

  CertificationResult on(Date day) const {
    return certification_on(worker_, certificates_, exams_, policy_, day);
  }
};

TEST_F(CertificationOn, PendingFarFromTheDeadline) {
  const auto result = on(Date(2023, 4, 30));
  EXPECT_EQ(result.status, CertificationStatus::pending);
  EXPECT_TRUE(result.must_certify);
  EXPECT_EQ(result.deadline, Date(2024, 2, 28));
  EXPECT_EQ(result.days_left, 304);  // 2023-04-30 .. 2024-02-28
  EXPECT_FALSE(result.action);
  EXPECT_FALSE(result.certified_late);
  EXPECT_FALSE(result.certified_on);
  EXPECT_FALSE(result.certificate_to_collect);
}

TEST_F(CertificationOn, DueSoonBoundary) {
  // 2023-11-30 .. 2024-02-28: 31 (to 31 Dec) + 31 (to 31 Jan) + 28 = 90 days left.
  const auto ninety = on(Date(2023, 11, 30));
  EXPECT_EQ(ninety.status, CertificationStatus::due_soon);
  EXPECT_EQ(ninety.days_left, 90);
  const auto ninety_one = on(Date(2023, 11, 29));
  EXPECT_EQ(ninety_one.status, CertificationStatus::pending);
  EXPECT_EQ(ninety_one.days_left, 91);
}

TEST_F(CertificationOn, DeadlineDayAndTheDayAfter) {
  const auto deadline = on(Date(2024, 2, 28));
  EXPECT_EQ(deadline.status, CertificationStatus::due_soon);  // still in time
  EXPECT_EQ(deadline.days_left, 0);
  EXPECT_FALSE(deadline.action);

  const auto after = on(Date(2024, 2, 29));
  EXPECT_EQ(after.status, CertificationStatus::overdue);
  EXPECT_EQ(after.days_left, -1);
  EXPECT_EQ(after.action, Action::dismiss);  // community staff are hired
  EXPECT_EQ(after.deadline, Date(2024, 2, 28));
  EXPECT_TRUE(after.must_certify);

  const auto later = on(Date(2025, 2, 28));
  EXPECT_EQ(later.status, CertificationStatus::overdue);
  EXPECT_EQ(later.days_left, -366);  // 2024-02-28 .. 2025-02-28 spans 29 February
}

TEST_F(CertificationOn, AnotherDueSoonDays) {
  policy_.due_soon_days = 30;
  const auto thirty = on(Date(2024, 1, 29));  // Jan 29 .. Feb 28 = 2 + 28 = 30
  EXPECT_EQ(thirty.status, CertificationStatus::due_soon);
  EXPECT_EQ(thirty.days_left, 30);
  const auto thirty_one = on(Date(2024, 1, 28));
  EXPECT_EQ(thirty_one.status, CertificationStatus::pending);
  EXPECT_EQ(thirty_one.days_left, 31);
  EXPECT_EQ(on(Date(2023, 11, 30)).status, CertificationStatus::pending);  // 90 days left
}

TEST_F(CertificationOn, CertifiedInTime) {
  certificates_.push_back(make_certificate(worker_, CertificateType::city_cw, Date(2023, 5, 1)));
  const auto result = on(Date(2023, 6, 1));
  EXPECT_EQ(result.status, CertificationStatus::certified);
  EXPECT_TRUE(result.must_certify);
  EXPECT_EQ(result.deadline, Date(2024, 2, 28));  // given for every obligated worker
  EXPECT_FALSE(result.days_left);
  EXPECT_FALSE(result.action);
  EXPECT_FALSE(result.certified_late);
  EXPECT_EQ(result.certified_on, Date(2023, 5, 1));
  // The day before the issue date the certificate does not count yet.
  const auto before = on(Date(2023, 4, 30));
  EXPECT_EQ(before.status, CertificationStatus::pending);
  EXPECT_EQ(before.days_left, 304);
  EXPECT_FALSE(before.certified_on);
  // Long after the deadline a worker certified in time stays certified.
  EXPECT_EQ(on(Date(2030, 1, 1)).status, CertificationStatus::certified);
}

TEST_F(CertificationOn, NationalCertificateQualifiesToo) {
  certificates_.push_back(
      make_certificate(worker_, CertificateType::national_sw, Date(2023, 5, 1)));
  certificates_.back().level = CertificateLevel::assistant;
  EXPECT_EQ(on(Date(2023, 5, 1)).status, CertificationStatus::certified);
}

TEST_F(CertificationOn, CertificateIssuedOnTheDeadlineIsInTime) {
  certificates_.push_back(make_certificate(worker_, CertificateType::city_cw, Date(2024, 2, 28)));
  const auto result = on(Date(2024, 2, 28));
  EXPECT_EQ(result.status, CertificationStatus::certified);
  EXPECT_FALSE(result.certified_late);
  EXPECT_EQ(result.certified_on, Date(2024, 2, 28));
  EXPECT_FALSE(on(Date(2024, 6, 1)).certified_late);
  EXPECT_EQ(on(Date(2024, 2, 27)).status, CertificationStatus::due_soon);
}

TEST_F(CertificationOn, CertificateIssuedAfterTheDeadlineIsLate) {
  certificates_.push_back(make_certificate(worker_, CertificateType::city_cw, Date(2024, 3, 10)));
  const auto before = on(Date(2024, 3, 9));
  EXPECT_EQ(before.status, CertificationStatus::overdue);
  EXPECT_EQ(before.days_left, -10);  // 2024-02-28 .. 2024-03-09: 1 + 9 days
  EXPECT_EQ(before.action, Action::dismiss);
  EXPECT_FALSE(before.certified_late);  // no certificate on or before that day yet
  EXPECT_EQ(on(Date(2024, 1, 1)).status, CertificationStatus::due_soon);

  const auto issued = on(Date(2024, 3, 10));
  EXPECT_EQ(issued.status, CertificationStatus::certified);
  EXPECT_TRUE(issued.certified_late);
  EXPECT_EQ(issued.certified_on, Date(2024, 3, 10));
  EXPECT_EQ(issued.deadline, Date(2024, 2, 28));
  EXPECT_FALSE(issued.days_left);
  EXPECT_FALSE(issued.action);
  EXPECT_TRUE(on(Date(2026, 1, 1)).certified_late);  // the record keeps that it came late
}

TEST_F(CertificationOn, EarliestQualifyingCertificateDecidesLateness) {
  // Given out of order: the later one after the deadline, the earlier in time.
  certificates_.push_back(
      make_certificate(worker_, CertificateType::national_sw, Date(2024, 9, 1)));
  certificates_.push_back(make_certificate(worker_, CertificateType::city_cw, Date(2023, 8, 8)));
  const auto result = on(Date(2024, 10, 1));
  EXPECT_EQ(result.status, CertificationStatus::certified);
  EXPECT_FALSE(result.certified_late);
  EXPECT_EQ(result.certified_on, Date(2023, 8, 8));
}

TEST_F(CertificationOn, NonQualifyingEarlierCertificateIsIgnored) {
  // An "other" certificate in time, a qualifying one late: late.
  certificates_.push_back(make_certificate(worker_, CertificateType::other, Date(2023, 1, 1)));
  certificates_.push_back(make_certificate(worker_, CertificateType::city_cw, Date(2024, 4, 1)));
  const auto result = on(Date(2024, 5, 1));
  EXPECT_EQ(result.status, CertificationStatus::certified);
  EXPECT_TRUE(result.certified_late);
  EXPECT_EQ(result.certified_on, Date(2024, 4, 1));
}

TEST_F(CertificationOn, OtherCertificateDoesNotCertify) {
  certificates_.push_back(make_certificate(worker_, CertificateType::other, Date(2023, 1, 1)));
  const auto pending = on(Date(2023, 4, 30));
  EXPECT_EQ(pending.status, CertificationStatus::pending);
  EXPECT_FALSE(pending.certified_on);
  const auto overdue = on(Date(2024, 3, 1));
  EXPECT_EQ(overdue.status, CertificationStatus::overdue);
  EXPECT_EQ(overdue.days_left, -2);
}

TEST_F(CertificationOn, QualifyingCertificatesIncludingOther) {
  certificates_.push_back(make_certificate(worker_, CertificateType::other, Date(2023, 1, 1)));
  policy_.qualifying_certificates.insert(CertificateType::other);
  const auto result = on(Date(2023, 4, 30));
  EXPECT_EQ(result.status, CertificationStatus::certified);
  EXPECT_EQ(result.certified_on, Date(2023, 1, 1));
  EXPECT_FALSE(result.certified_late);
}

TEST_F(CertificationOn, QualifyingCertificatesWithoutCity) {
  certificates_.push_back(make_certificate(worker_, CertificateType::city_cw, Date(2023, 1, 1)));
  policy_.qualifying_certificates = {CertificateType::national_sw};
  EXPECT_EQ(on(Date(2023, 4, 30)).status, CertificationStatus::pending);
}

TEST_F(CertificationOn, PassedExamWithoutCertificateIsToBeCollected) {
  exams_.push_back(make_exam(worker_, ExamResult::failed, Date(2022, 10, 15)));
  exams_.push_back(make_exam(worker_, ExamResult::passed, Date(2023, 10, 1)));
  const auto before = on(Date(2023, 9, 30));
  EXPECT_EQ(before.status, CertificationStatus::pending);
  EXPECT_FALSE(before.certificate_to_collect);  // only a failed attempt so far

  const auto after = on(Date(2023, 10, 2));
  EXPECT_EQ(after.status, CertificationStatus::pending);  // not certified by the exam alone
  EXPECT_TRUE(after.certificate_to_collect);
  EXPECT_EQ(after.days_left, 149);                            // 2023-10-02 .. 2024-02-28
  EXPECT_TRUE(on(Date(2023, 10, 1)).certificate_to_collect);  // on the exam day

  const auto overdue = on(Date(2024, 3, 1));
  EXPECT_EQ(overdue.status, CertificationStatus::overdue);
  EXPECT_TRUE(overdue.certificate_to_collect);

  certificates_.push_back(make_certificate(worker_, CertificateType::city_cw, Date(2023, 12, 1)));
  const auto collected = on(Date(2023, 12, 1));
  EXPECT_EQ(collected.status, CertificationStatus::certified);
  EXPECT_FALSE(collected.certificate_to_collect);
}

TEST_F(CertificationOn, FailedOrAbsentExamsAreNothingToCollect) {
  exams_.push_back(make_exam(worker_, ExamResult::failed, Date(2022, 10, 15)));
  exams_.push_back(make_exam(worker_, ExamResult::absent, Date(2023, 10, 15)));
  EXPECT_FALSE(on(Date(2023, 12, 1)).certificate_to_collect);
}

TEST(CertificationExempt, NotObligated) {
  const Policy policy;
  const Worker worker = make_worker(Date(1960, 6, 1), Date(2010, 3, 1));  // 53 on 2014-01-01
  const auto result = certification_on(worker, {}, {}, policy, Date(2024, 6, 1));
  EXPECT_EQ(result.status, CertificationStatus::exempt);
  EXPECT_FALSE(result.must_certify);
  EXPECT_FALSE(result.deadline);
  EXPECT_FALSE(result.days_left);
  EXPECT_FALSE(result.action);
  EXPECT_FALSE(result.certified_late);
}

TEST(CertificationExempt, ExemptWorkerWithCertificateIsCertified) {
  const Policy policy;
  const Worker worker = make_worker(Date(1960, 6, 1), Date(2010, 3, 1));
  const std::vector<Certificate> certificates{
      make_certificate(worker, CertificateType::national_sw, Date(2020, 9, 9))};
  const auto result = certification_on(worker, certificates, {}, policy, Date(2024, 6, 1));
  EXPECT_EQ(result.status, CertificationStatus::certified);
  EXPECT_FALSE(result.must_certify);
  EXPECT_FALSE(result.deadline);
  EXPECT_FALSE(result.days_left);
  EXPECT_FALSE(result.action);
  EXPECT_FALSE(result.certified_late);
  EXPECT_EQ(result.certified_on, Date(2020, 9, 9));
  // Before its issue date: exempt again.
  EXPECT_EQ(certification_on(worker, certificates, {}, policy, Date(2020, 9, 8)).status,
            CertificationStatus::exempt);
}

TEST(CertificationAction, DecidedByThePositionHeldOnTheDay) {
  const Policy policy;
  // Roster: grid worker (hired); history makes them a committee member (elected) until
  // 2024-03-31, a grid worker from 2024-04-01. Deadline 2024-02-28.
  Worker worker = make_worker(Date(1990, 5, 5), Date(2022, 2, 28), Position::grid_worker);
  worker.history = {
      {Position::committee_member, Date(2022, 2, 28), Date(2024, 3, 31)},
      {Position::grid_worker, Date(2024, 4, 1), std::nullopt},
  };
  const auto elected = certification_on(worker, {}, {}, policy, Date(2024, 3, 31));
  EXPECT_EQ(elected.status, CertificationStatus::overdue);
  EXPECT_EQ(elected.action, Action::recall);
  const auto hired = certification_on(worker, {}, {}, policy, Date(2024, 4, 1));
  EXPECT_EQ(hired.status, CertificationStatus::overdue);
  EXPECT_EQ(hired.action, Action::dismiss);
}

TEST(CertificationAction, ElectedRosterWithHiredHistory) {
  const Policy policy;
  // Roster: party secretary; history: community staff until 2024-06-15, then secretary.
  Worker worker = make_worker(Date(1990, 5, 5), Date(2022, 2, 28), Position::party_secretary);
  worker.history = {
      {Position::community_staff, Date(2022, 2, 28), Date(2024, 6, 15)},
      {Position::party_secretary, Date(2024, 6, 16), std::nullopt},
  };
  EXPECT_EQ(certification_on(worker, {}, {}, policy, Date(2024, 6, 15)).action, Action::dismiss);
  EXPECT_EQ(certification_on(worker, {}, {}, policy, Date(2024, 6, 16)).action, Action::recall);
  // Roster only, elected.
  const Worker director =
      make_worker(Date(1990, 5, 5), Date(2022, 2, 28), Position::committee_director);
  EXPECT_EQ(certification_on(director, {}, {}, policy, Date(2024, 2, 29)).action, Action::recall);
}

TEST(CertificationPolicy, ChangedAgeLimitAndPeriod) {
  Policy policy;
  policy.exam_age_limit = 50;
  policy.certification_period_years = 3;
  // Born 1964-06-01: 49 on 2014-01-01 -> exempt by default, obligated under 50.
  const Worker worker = make_worker(Date(1964, 6, 1), Date(2005, 1, 1));
  EXPECT_EQ(certification_on(worker, {}, {}, Policy{}, Date(2016, 6, 1)).status,
            CertificationStatus::exempt);
  const auto result = certification_on(worker, {}, {}, policy, Date(2016, 6, 1));
  EXPECT_EQ(result.status, CertificationStatus::pending);
  EXPECT_EQ(result.deadline, Date(2017, 1, 1));
  EXPECT_EQ(result.days_left, 214);  // 2016-06-01 .. 2017-01-01: 29+31+31+30+31+30+31+1
  // With the default 2-year period they would have been overdue on that day.
  Policy two_years = policy;
  two_years.certification_period_years = 2;
  EXPECT_EQ(certification_on(worker, {}, {}, two_years, Date(2016, 6, 1)).status,
            CertificationStatus::overdue);
}

TEST(CertificationPolicy, LaterEffectiveDate) {
  Policy policy;
  policy.policy_effective_date = Date(2020, 7, 1);
  // Hired 2019, born 1980-01-01: 40 on 2020-07-01 -> obligated from 2020-07-01.
  const Worker worker = make_worker(Date(1980, 1, 1), Date(2019, 3, 3));
  const auto result = certification_on(worker, {}, {}, policy, Date(2022, 7, 1));
  EXPECT_EQ(result.status, CertificationStatus::due_soon);
  EXPECT_EQ(result.deadline, Date(2022, 7, 1));
  EXPECT_EQ(result.days_left, 0);
}

}  // namespace
}  // namespace cwt
