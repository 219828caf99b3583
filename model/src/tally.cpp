#include "cwt/model/tally.hpp"

namespace cwt {

std::optional<int> days_to_open_deadline(const WorkerStatus& status) {
  const auto& cert = status.certification;
  if (cert.status != CertificationStatus::pending && cert.status != CertificationStatus::due_soon)
    return std::nullopt;
  return cert.days_left;
}

void Tally::add(const WorkerStatus& status) {
  ++active;
  const auto& cert = status.certification;
  if (cert.must_certify) ++must_certify;
  if (cert.must_certify && cert.status == CertificationStatus::certified) ++certified;
  if (cert.status == CertificationStatus::overdue) {
    if (cert.action == Action::recall)
      ++overdue_recall;
    else
      ++overdue_dismiss;
  }
  if (const auto days = days_to_open_deadline(status)) {
    if (*days <= 7) ++due_within_7;
    if (*days <= 30) ++due_within_30;
    if (*days <= 90) ++due_within_90;
  }
  const auto& training = status.training;
  if (training.required_half_hours > 0) {
    ++training_required;
    if (training.status == TrainingStatus::met) ++training_met;
    if (training.status == TrainingStatus::behind) ++training_behind;
  }
}

Tally& Tally::operator+=(const Tally& other) {
  active += other.active;
  must_certify += other.must_certify;
  certified += other.certified;
  overdue_recall += other.overdue_recall;
  overdue_dismiss += other.overdue_dismiss;
  due_within_7 += other.due_within_7;
  due_within_30 += other.due_within_30;
  due_within_90 += other.due_within_90;
  training_required += other.training_required;
  training_met += other.training_met;
  training_behind += other.training_behind;
  return *this;
}

}  // namespace cwt
