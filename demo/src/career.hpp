#pragma once
// When a worker was born, hired and left, and the positions held in between.
#include <optional>
#include <span>
#include <vector>

#include "context.hpp"
#include "cwt/model/records.hpp"
#include "profiles.hpp"
#include "rng.hpp"

namespace cwt::demo_detail {

struct Career {
  Date birth;
  Date hire;
  std::optional<Date> leave;
};

// Hired within the last twenty years, aged 22 to 50 then and at most 60 now.
Career random_career(Rng& rng, bool leaver, Date today);

// A career for which the model's rules give the profile's certification
// status on today (drawn again until they do, within reason).
Career profile_career(Rng& rng, CertificationGoal goal, const Context& context);

// The positions held from hire date on, ending with `roster`. Elected members
// mostly started as hired staff and rose at elections; some hired workers
// moved between staff and grid work. Empty when the roster position was the
// only one, so that the roster applies.
// In life an overdue worker is dismissed (hired) or recalled (elected)
// within months of the deadline, not kept on for years: no active demo
// worker is overdue by more than this many days.
inline constexpr int kMaxDaysOverdue = 180;

// The day a worker overdue by more than kMaxDaysOverdue on today left: 30
// to 150 days after the deadline. Nothing for anyone else.
std::optional<Date> leave_when_long_overdue(const Worker& worker,
                                            std::span<const Certificate> certificates,
                                            std::span<const ExamAttempt> exams,
                                            const Context& context, Rng& rng);

// The positions of a worker who left on `leave`: spells begun from then on
// dropped, the others ended by the day before.
void end_history(std::vector<PositionSpell>& history, Date leave);

std::vector<PositionSpell> build_history(Rng& rng, Position roster, Date hire,
                                         std::optional<Date> leave, std::span<const Date> elections,
                                         Date today);

}  // namespace cwt::demo_detail
