#pragma once
// The status of every active worker on a day: the one computation behind
// `status`, the GUI lists and the reports.
#include <vector>

#include "cwt/model/certification.hpp"
#include "cwt/model/training.hpp"

namespace cwt {

// What the rules need to know about one worker. `completed_half_hours` is the
// sum over completed_window(year, day) (storage computes it in SQL).
struct WorkerFile {
  Worker worker;
  std::vector<Certificate> certificates;
  std::vector<ExamAttempt> exams;
  std::int64_t completed_half_hours = 0;
};

struct WorkerStatus {
  const Worker* worker = nullptr;  // points into the WorkerFile it came from
  int age = 0;
  Position position = Position::community_staff;  // held on the day
  Employment employment = Employment::hired;      // on the day
  CertificationResult certification;
  TrainingResult training;
};

// One entry per worker active on `day`, in the order of `files`.
std::vector<WorkerStatus> statuses_on(const std::vector<WorkerFile>& files, const Policy& policy,
                                      Date day, int year);

}  // namespace cwt
