#pragma once
// The first workers of the first community are built to a profile, so that
// every status occurs whatever the seed: a certification outcome on today and
// a training outcome for today's year and the year before. Everyone else is
// drawn at random.
#include <span>

#include "cwt/model/codes.hpp"

namespace cwt::demo_detail {

enum class CertificationGoal {
  random,
  certified,        // obligated, a qualifying certificate before the deadline
  certified_late,   // obligated, the first certificate after the deadline
  exempt,           // hired before the policy and too old for it then
  pending,          // hired recently, no exam yet
  pending_collect,  // hired recently, passed an exam, certificate not yet issued
  due_soon,         // deadline within due_soon_days, one failed attempt
  overdue           // deadline passed without a certificate
};

enum class TrainingGoal { random, met, on_track, behind, not_met };

struct Profile {
  Position position;
  CertificationGoal certification;
  TrainingGoal this_year;
  TrainingGoal last_year;
};

std::span<const Profile> guaranteed_profiles();

}  // namespace cwt::demo_detail
