#include "cwt/model/status.hpp"

#include "cwt/model/employment.hpp"

namespace cwt {

std::vector<WorkerStatus> statuses_on(const std::vector<WorkerFile>& files, const Policy& policy,
                                      Date day, int year) {
  std::vector<WorkerStatus> statuses;
  statuses.reserve(files.size());
  for (const auto& file : files) {
    const Worker& worker = file.worker;
    if (!is_active(worker, day)) continue;
    WorkerStatus status;
    status.worker = &worker;
    status.age = age_on(worker.birth_date, day);
    status.position = position_on(worker, day);
    status.employment = employment_of(status.position);
    status.certification = certification_on(worker, file.certificates, file.exams, policy, day);
    status.training = training_on(worker, policy, year, day, file.completed_half_hours);
    statuses.push_back(status);
  }
  return statuses;
}

}  // namespace cwt
