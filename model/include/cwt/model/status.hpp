#pragma once
// The status of every active worker on a day: the one computation behind
// `status`, the GUI lists and the reports. Workers not active on the day have
// no status (DOMAIN.md): status_on gives them their employment state only.
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
  EmploymentState state = EmploymentState::active;
  // Computed for an active worker only; left as they are for the others.
  CertificationResult certification;
  TrainingResult training;
};

// One worker on `day`: the whole status when active on it, else the state,
// age and position with certification and training left empty.
WorkerStatus status_on(const WorkerFile& file, const Policy& policy, Date day, int year);

// One entry per worker active on `day`, in the order of `files`.
std::vector<WorkerStatus> statuses_on(const std::vector<WorkerFile>& files, const Policy& policy,
                                      Date day, int year);

}  // namespace cwt
