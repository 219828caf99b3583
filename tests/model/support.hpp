#pragma once
// Helpers shared by the model tests. ID numbers are made here with their own
// check-character computation (not the model's), so a wrong model function
// cannot make its own test data agree with it.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <cstdio>
#include <ostream>
#include <string>
#include <string_view>

#include "cwt/model/codes.hpp"
#include "cwt/model/dates.hpp"
#include "cwt/model/records.hpp"

namespace cwt::test {

// GB 11643-1999: weights over the first 17 digits, sum mod 11 indexes "10X98765432".
inline char check_char(std::string_view first17) {
  static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) sum += (first17[i] - '0') * weights[i];
  return "10X98765432"[sum % 11];
}

// The first 17 digits: region, YYYYMMDD, 3-digit sequence (odd: male).
inline std::string first17(std::string_view region, int year, int month, int day, int sequence) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d%02d%02d%03d", year, month, day, sequence);
  return std::string(region) + buffer;
}

inline std::string make_id(std::string_view region, int year, int month, int day, int sequence) {
  std::string digits = first17(region, year, month, day, sequence);
  digits += check_char(digits);
  return digits;
}

inline std::string make_id(Date birth, int sequence) {
  return make_id("120101", static_cast<int>(birth.year()), static_cast<int>(birth.month()),
                 static_cast<int>(birth.day()), sequence);
}

// A consistent worker: ID number, birth date and gender agree; the sequence
// keeps ID numbers of several test workers apart.
inline Worker make_worker(Date birth, Date hire, Position position = Position::community_staff,
                          int sequence = 123) {
  Worker worker;
  worker.id_number = make_id(birth, sequence);
  worker.name = "张三";
  worker.gender = sequence % 2 == 1 ? Gender::male : Gender::female;
  worker.birth_date = birth;
  worker.org = OrgPath{"和平区", "劝业场街道", "新华里社区"};
  worker.hire_date = hire;
  worker.position = position;
  return worker;
}

inline Certificate make_certificate(const Worker& worker, CertificateType type, Date issued) {
  Certificate certificate;
  certificate.id_number = worker.id_number;
  certificate.type = type;
  certificate.number = "TEST-0001";
  certificate.issue_date = issued;
  certificate.issuer = "天津市民政局";
  return certificate;
}

inline ExamAttempt make_exam(const Worker& worker, ExamResult result, Date day) {
  ExamAttempt exam;
  exam.id_number = worker.id_number;
  exam.date = day;
  exam.exam = ExamKind::city_community;
  exam.result = result;
  return exam;
}

inline TrainingRecord make_training(const Worker& worker, Date day, int half_hours,
                                    bool verified = true) {
  TrainingRecord record;
  record.id_number = worker.id_number;
  record.date = day;
  record.half_hours = half_hours;
  record.verified = verified;
  return record;
}

}  // namespace cwt::test

// Readable failure messages: gtest finds these by argument-dependent lookup.
namespace boost::gregorian {
inline void PrintTo(const date& day, std::ostream* os) {
  *os << (day.is_special() ? std::string("(special)") : to_iso_extended_string(day));
}
}  // namespace boost::gregorian

namespace cwt {
inline void PrintTo(CertificationStatus value, std::ostream* os) { *os << code(value); }
inline void PrintTo(TrainingStatus value, std::ostream* os) { *os << code(value); }
inline void PrintTo(Action value, std::ostream* os) { *os << code(value); }
inline void PrintTo(Position value, std::ostream* os) { *os << code(value); }
inline void PrintTo(Employment value, std::ostream* os) { *os << code(value); }
inline void PrintTo(Proration value, std::ostream* os) { *os << code(value); }
inline void PrintTo(CertificateType value, std::ostream* os) { *os << code(value); }
}  // namespace cwt
