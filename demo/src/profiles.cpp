#include "profiles.hpp"

#include <array>

namespace cwt::demo_detail {
namespace {

using P = Position;
using G = CertificationGoal;
using T = TrainingGoal;

// A leader is on track this year: with 40 required hours on track stays
// possible later in December than with 20. The overdue pair differ in
// employment (committee member: recall; staff: dismiss).
constexpr std::array<Profile, 8> kProfiles{{
    {P::secretary_director, G::certified, T::on_track, T::met},
    {P::committee_member, G::overdue, T::behind, T::not_met},
    {P::community_staff, G::overdue, T::met, T::met},
    {P::grid_worker, G::pending, T::random, T::random},
    {P::community_staff, G::due_soon, T::behind, T::met},
    {P::deputy_director, G::exempt, T::on_track, T::not_met},
    {P::community_staff, G::certified_late, T::met, T::met},
    {P::grid_worker, G::pending_collect, T::random, T::random},
}};

}  // namespace

std::span<const Profile> guaranteed_profiles() { return kProfiles; }

}  // namespace cwt::demo_detail
