#pragma once
// The certification rule: who must certify, by when, and the status on a day.
#include <optional>
#include <span>
#include <string>

#include "cwt/model/codes.hpp"
#include "cwt/model/policy.hpp"
#include "cwt/model/records.hpp"

namespace cwt {

struct Obligation {
  Date start;     // the later of hire date and policy_effective_date
  Date deadline;  // start + certification_period_years (period rule); still in time
};

// Obligated when hired on or after the effective date, or aged
// exam_age_limit or younger (or younger only, when not inclusive) on it.
std::optional<Obligation> obligation_of(const Worker& worker, const Policy& policy);

struct CertificationResult {
  CertificationStatus status = CertificationStatus::exempt;
  bool must_certify = false;
  std::optional<Date> deadline;         // every obligated worker
  std::optional<int> days_left;         // pending, due_soon and overdue
  std::optional<Action> action;         // overdue only: recall (elected) / dismiss (hired)
  bool certified_late = false;          // earliest qualifying certificate after the deadline
  std::optional<Date> certified_on;     // issue date of that earliest certificate
  bool certificate_to_collect = false;  // passed an exam on or before the day, not certified
};

// `certificates` and `exams` are the worker's own (any order). Only
// certificates of a qualifying type issued on or before `day` count.
CertificationResult certification_on(const Worker& worker,
                                     std::span<const Certificate> certificates,
                                     std::span<const ExamAttempt> exams, const Policy& policy,
                                     Date day);

// What a decision-maker must not miss beside the status, in words: a passed
// exam whose certificate is still to be collected (已通过考试，待领证), or a
// certificate that came after the deadline (逾期后取证, with its issue
// date). Empty when neither. The Workers list, the dashboard, the overdue
// list's 备注 and `worker show` all say it with these words.
std::string certification_remark(const CertificationResult& result, Language language);

}  // namespace cwt
