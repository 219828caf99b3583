#pragma once
// The records kept about a community worker. Records refer to their worker by
// the 18-character ID number; storage maps that to its own keys.
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "cwt/model/codes.hpp"
#include "cwt/model/dates.hpp"

namespace cwt {

// Where a worker works: community (社区) within street (街道) within district (区).
struct OrgPath {
  std::string district;  // may be empty
  std::string street;
  std::string community;
  bool operator==(const OrgPath&) const = default;
};

// One row of position history; `end` is the last day held, empty while held.
struct PositionSpell {
  Position position = Position::community_staff;
  Date start;
  std::optional<Date> end;
  bool operator==(const PositionSpell&) const = default;
};

struct Worker {
  std::string id_number;  // 18 characters
  std::string name;
  Gender gender = Gender::male;  // from the ID number
  Date birth_date;               // from the ID number
  std::string ethnicity;
  std::optional<PoliticalStatus> political_status;
  std::optional<Education> education;
  std::string phone;
  OrgPath org;
  Date hire_date;
  std::optional<Date> leave_date;                 // first day no longer employed
  Position position = Position::community_staff;  // roster position
  std::vector<PositionSpell> history;             // sorted by start, no overlaps
  bool operator==(const Worker&) const = default;
};

// Exams, certificates and training records carry the store's id once stored
// (record_id, 0 before), by which they are corrected and deleted. Equality
// compares what a record says, not where it is stored.
struct ExamAttempt {
  std::string id_number;
  Date date;
  ExamKind exam = ExamKind::city_community;
  ExamResult result = ExamResult::passed;
  std::optional<double> score;
  std::int64_t record_id = 0;
  bool operator==(const ExamAttempt& other) const {
    return std::tie(id_number, date, exam, result, score) ==
           std::tie(other.id_number, other.date, other.exam, other.result, other.score);
  }
};

struct Certificate {
  std::string id_number;
  CertificateType type = CertificateType::city_cw;
  std::optional<CertificateLevel> level;
  std::string number;
  Date issue_date;
  std::string issuer;
  std::int64_t record_id = 0;
  bool operator==(const Certificate& other) const {
    return std::tie(id_number, type, level, number, issue_date, issuer) ==
           std::tie(other.id_number, other.type, other.level, other.number, other.issue_date,
                    other.issuer);
  }
};

struct TrainingRecord {
  std::string id_number;
  Date date;
  int half_hours = 0;  // class hours x 2: hours come in steps of 0.5
  TrainingCategory category = TrainingCategory::quality;
  std::string course;
  std::string provider;
  bool verified = true;
  std::int64_t record_id = 0;
  bool operator==(const TrainingRecord& other) const {
    return std::tie(id_number, date, half_hours, category, course, provider, verified) ==
           std::tie(other.id_number, other.date, other.half_hours, other.category, other.course,
                    other.provider, other.verified);
  }
};

}  // namespace cwt
