#include "cwt/model/certification.hpp"

#include <algorithm>

#include "cwt/model/employment.hpp"
#include "cwt/model/local_dates.hpp"

namespace cwt {

std::optional<Obligation> obligation_of(const Worker& worker, const Policy& policy) {
  const Date effective = policy.policy_effective_date;
  const bool new_hire = worker.hire_date >= effective;
  const int age = age_on(worker.birth_date, effective);
  const bool young_enough =
      policy.exam_age_inclusive ? age <= policy.exam_age_limit : age < policy.exam_age_limit;
  if (!new_hire && !young_enough) return std::nullopt;
  const Date start = std::max(worker.hire_date, effective);
  return Obligation{start, add_years(start, policy.certification_period_years)};
}

CertificationResult certification_on(const Worker& worker,
                                     std::span<const Certificate> certificates,
                                     std::span<const ExamAttempt> exams, const Policy& policy,
                                     Date day) {
  CertificationResult result;
  for (const auto& certificate : certificates) {
    const bool counts =
        policy.qualifying_certificates.contains(certificate.type) && certificate.issue_date <= day;
    if (counts && (!result.certified_on || certificate.issue_date < *result.certified_on))
      result.certified_on = certificate.issue_date;
  }
  const auto obligation = obligation_of(worker, policy);
  result.must_certify = obligation.has_value();
  if (obligation) result.deadline = obligation->deadline;

  if (result.certified_on) {
    result.status = CertificationStatus::certified;
    result.certified_late = obligation && *result.certified_on > obligation->deadline;
    return result;
  }
  result.certificate_to_collect = std::ranges::any_of(exams, [day](const ExamAttempt& exam) {
    return exam.result == ExamResult::passed && exam.date <= day;
  });
  if (!obligation) {
    result.status = CertificationStatus::exempt;
    return result;
  }
  const int days_left = static_cast<int>((obligation->deadline - day).days());
  result.days_left = days_left;
  if (days_left < 0) {
    result.status = CertificationStatus::overdue;
    result.action =
        employment_on(worker, day) == Employment::elected ? Action::recall : Action::dismiss;
  } else if (days_left <= policy.due_soon_days) {
    result.status = CertificationStatus::due_soon;
  } else {
    result.status = CertificationStatus::pending;
  }
  return result;
}

std::string certification_remark(const CertificationResult& result, Language language) {
  const bool zh = language == Language::zh;
  if (result.certificate_to_collect)
    return zh ? "已通过考试，待领证" : "exam passed, certificate to collect";
  if (result.certified_late && result.certified_on)
    return zh ? "逾期后取证（" + local_date(*result.certified_on, language) + "）"
              : "certificate came late (" + local_date(*result.certified_on, language) + ")";
  return {};
}

}  // namespace cwt
