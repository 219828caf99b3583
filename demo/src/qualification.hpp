#pragma once
// Exam attempts and certificates: when a worker passed (on time, late or
// not yet), what they failed or missed before, and the certificates issued.
#include <vector>

#include "context.hpp"
#include "cwt/model/records.hpp"
#include "profiles.hpp"
#include "rng.hpp"

namespace cwt::demo_detail {

// Appends the worker's exams and certificates dated on or before today.
void add_qualifications(const Worker& worker, CertificationGoal goal, Rng& rng,
                        const Context& context, std::vector<ExamAttempt>& exams,
                        std::vector<Certificate>& certificates);

}  // namespace cwt::demo_detail
