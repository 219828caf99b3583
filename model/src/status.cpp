#include "cwt/model/status.hpp"

#include "cwt/model/employment.hpp"

namespace cwt {

WorkerStatus status_on(const WorkerFile& file, const Policy& policy, Date day, int year) {
  const Worker& worker = file.worker;
  WorkerStatus status;
  status.worker = &worker;
  status.age = age_on(worker.birth_date, day);
  status.position = position_on(worker, day);
  status.employment = employment_of(status.position);
  status.state = employment_state(worker, day);
  if (status.state != EmploymentState::active) return status;
  status.certification = certification_on(worker, file.certificates, file.exams, policy, day);
  status.training = training_on(worker, policy, year, day, file.completed_half_hours);
  return status;
}

std::vector<WorkerStatus> statuses_on(const std::vector<WorkerFile>& files, const Policy& policy,
                                      Date day, int year) {
  std::vector<WorkerStatus> statuses;
  statuses.reserve(files.size());
  for (const auto& file : files)
    if (is_active(file.worker, day)) statuses.push_back(status_on(file, policy, day, year));
  return statuses;
}

}  // namespace cwt
