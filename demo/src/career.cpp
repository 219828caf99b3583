#include "career.hpp"

#include <algorithm>

#include "cwt/model/certification.hpp"
#include "cwt/model/employment.hpp"

namespace cwt::demo_detail {
namespace {

using P = Position;

// Aged `youngest` or older at hire, younger ones likelier, at most 60 today.
Date random_birth(Rng& rng, Date hire, Date today, int youngest = 22) {
  const int served = std::max(0, age_on(hire, today));
  const int oldest = std::max(youngest, std::min(50, 59 - served));
  const int spread = oldest - youngest;
  const int first = rng.between(0, spread);
  const int second = rng.between(0, spread);
  const int age = youngest + std::min(first, second);
  return plus_days(add_years(hire, -age), -rng.between(1, 364));
}

Date hire_between(Rng& rng, Date first, Date last) {
  Date hire = random_day(rng, first, last);
  // Many contracts start on the first of a month.
  const Date first_of_month = make_date(hire.year(), hire.month(), 1);
  if (first_of_month >= first && rng.percent(50)) hire = first_of_month;
  return hire;
}

bool fits(const Career& career, CertificationGoal goal, const Context& context) {
  Worker probe;
  probe.birth_date = career.birth;
  probe.hire_date = career.hire;
  const auto obligation = obligation_of(probe, context.policy);
  const auto status = [&] {
    return certification_on(probe, {}, {}, context.policy, context.today).status;
  };
  switch (goal) {
    case CertificationGoal::certified:
    case CertificationGoal::certified_late:
      // Old enough a deadline that a certificate after it is already issued.
      return obligation && plus_days(obligation->deadline, 400) < context.today;
    case CertificationGoal::exempt:
      return !obligation;
    case CertificationGoal::pending:
    case CertificationGoal::pending_collect:
      return status() == CertificationStatus::pending;
    case CertificationGoal::due_soon:
      return status() == CertificationStatus::due_soon;
    case CertificationGoal::overdue:
      return status() == CertificationStatus::overdue;
    case CertificationGoal::random:
      return true;
  }
  return true;
}

Career draw_for(Rng& rng, CertificationGoal goal, const Context& context) {
  const Date today = context.today;
  const Date effective = context.policy.policy_effective_date;
  const int period = context.policy.certification_period_years;
  Career career;
  switch (goal) {
    case CertificationGoal::certified:
    case CertificationGoal::certified_late: {
      const Date last = std::min(plus_days(effective, -1), add_years(today, -period - 2));
      career.hire = hire_between(rng, add_years(today, -20), std::max(last, add_years(today, -19)));
      career.birth = random_birth(rng, career.hire, today);
      return career;
    }
    case CertificationGoal::exempt: {
      // Older than the age limit on the effective date, hired before it.
      const Date born_last = add_years(effective, -(context.policy.exam_age_limit + 1));
      career.birth = random_day(rng, add_years(born_last, -3), born_last);
      // Long after 2014 nobody hired before it is still young: then the
      // exempt worker is past 60 rather than missing.
      const Date first = std::max(add_years(career.birth, 23),
                                  std::min(add_years(today, -20), add_years(effective, -8)));
      career.hire = hire_between(rng, first, std::max(first, plus_days(effective, -1)));
      return career;
    }
    case CertificationGoal::pending:
      career.hire = hire_between(rng, plus_days(today, -540), plus_days(today, -30));
      break;
    case CertificationGoal::pending_collect:
      // Long enough ago that an exam session (June or November) followed.
      career.hire = hire_between(rng, plus_days(today, -540), plus_days(today, -220));
      break;
    case CertificationGoal::due_soon: {
      const Date anniversary = add_years(today, -period);
      career.hire = random_day(rng, plus_days(anniversary, 1),
                               plus_days(anniversary, context.policy.due_soon_days - 1));
      break;
    }
    case CertificationGoal::overdue:
      // Past the deadline by a month to a few, as the overdue of an office are.
      career.hire = hire_between(rng, plus_days(add_years(today, -period), -kMaxDaysOverdue + 30),
                                 plus_days(add_years(today, -period), -30));
      break;
    case CertificationGoal::random:
      return random_career(rng, false, today);
  }
  career.birth = random_birth(rng, career.hire, today);
  return career;
}

// Positions by level: 0 hired, 1 committee member, 2 deputy, 3 leader.
int level_of(Position position) {
  switch (position) {
    case P::party_secretary:
    case P::committee_director:
    case P::secretary_director:
      return 3;
    case P::deputy_secretary:
    case P::deputy_director:
      return 2;
    case P::committee_member:
      return 1;
    case P::community_staff:
    case P::grid_worker:
      return 0;
  }
  return 0;
}

std::vector<PositionSpell> to_spells(const std::vector<std::pair<Date, Position>>& starts,
                                     std::optional<Date> leave) {
  std::vector<PositionSpell> spells;
  for (std::size_t i = 0; i < starts.size(); ++i) {
    PositionSpell spell{starts[i].second, starts[i].first, std::nullopt};
    if (i + 1 < starts.size())
      spell.end = plus_days(starts[i + 1].first, -1);
    else if (leave)
      spell.end = plus_days(*leave, -1);
    spells.push_back(spell);
  }
  return spells;
}

std::vector<PositionSpell> elected_history(Rng& rng, Position roster, Date hire,
                                           std::optional<Date> leave,
                                           std::span<const Date> elections, Date today) {
  const Date last_day = leave ? plus_days(*leave, -1) : today;
  std::vector<Date> chances;  // elections while employed, after the hire day
  for (Date day : elections)
    if (hire < day && day <= last_day) chances.push_back(day);
  const int top = level_of(roster);
  const int lowest_start = std::max(0, top - static_cast<int>(chances.size()));
  const int start = rng.percent(60) ? lowest_start : rng.between(lowest_start, top);
  if (start == top) return {};  // elected straight into the roster position

  // Which elections brought the steps up: a random choice, in order.
  std::vector<std::size_t> order(chances.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  for (std::size_t i = order.size(); i > 1; --i)
    std::swap(order[i - 1],
              order[static_cast<std::size_t>(rng.between(0, static_cast<int>(i) - 1))]);
  order.resize(static_cast<std::size_t>(top - start));
  std::sort(order.begin(), order.end());

  const Position deputy =
      level_of(roster) == 2 ? roster : (rng.percent(50) ? P::deputy_director : P::deputy_secretary);
  const auto position_at = [&](int level) {
    switch (level) {
      case 0:
        return rng.percent(70) ? P::community_staff : P::grid_worker;
      case 1:
        return P::committee_member;
      case 2:
        return deputy;
      default:
        return roster;
    }
  };
  std::vector<std::pair<Date, Position>> starts{{hire, position_at(start)}};
  for (std::size_t step = 0; step < order.size(); ++step)
    starts.emplace_back(chances[order[step]], position_at(start + 1 + static_cast<int>(step)));

  // 一肩挑 came in at the 2018 and 2021 elections: a leader from before
  // then first led as Party secretary or as director alone.
  if (roster == P::secretary_director) {
    const Date led_from = starts.back().first;
    for (Date day : chances) {
      if (day > led_from && day.year() >= 2018) {
        starts.back().second = rng.percent(60) ? P::party_secretary : P::committee_director;
        starts.emplace_back(day, P::secretary_director);
        break;
      }
    }
  }
  return to_spells(starts, leave);
}

}  // namespace

Career random_career(Rng& rng, bool leaver, Date today) {
  Career career;
  career.hire = hire_between(rng, add_years(today, -20), plus_days(today, leaver ? -365 : -7));
  if (leaver)
    career.leave = plus_days(career.hire, rng.between(180, days_between(career.hire, today)));
  career.birth = random_birth(rng, career.hire, today);
  return career;
}

Career profile_career(Rng& rng, CertificationGoal goal, const Context& context) {
  Career career = draw_for(rng, goal, context);
  for (int attempt = 0; attempt < 200 && !fits(career, goal, context); ++attempt)
    career = draw_for(rng, goal, context);
  return career;
}

std::optional<Date> leave_when_long_overdue(const Worker& worker,
                                            std::span<const Certificate> certificates,
                                            std::span<const ExamAttempt> exams,
                                            const Context& context, Rng& rng) {
  if (!is_active(worker, context.today)) return std::nullopt;
  const auto result = certification_on(worker, certificates, exams, context.policy, context.today);
  if (result.status != CertificationStatus::overdue || !result.deadline ||
      -result.days_left.value_or(0) <= kMaxDaysOverdue)
    return std::nullopt;
  return plus_days(*result.deadline, rng.between(30, 150));
}

void end_history(std::vector<PositionSpell>& history, Date leave) {
  std::erase_if(history, [&](const PositionSpell& spell) { return spell.start >= leave; });
  const Date last_day = plus_days(leave, -1);
  for (PositionSpell& spell : history)
    if (!spell.end || *spell.end > last_day) spell.end = last_day;
}

std::vector<PositionSpell> build_history(Rng& rng, Position roster, Date hire,
                                         std::optional<Date> leave, std::span<const Date> elections,
                                         Date today) {
  if (employment_of(roster) == Employment::elected)
    return elected_history(rng, roster, hire, leave, elections, today);
  const Date last_day = leave ? plus_days(*leave, -1) : today;
  if (days_between(hire, last_day) < 180 || !rng.percent(12)) return {};
  const Position before = roster == P::grid_worker ? P::community_staff : P::grid_worker;
  const Date moved = random_day(rng, plus_days(hire, 90), last_day);
  return to_spells({{hire, before}, {moved, roster}}, leave);
}

}  // namespace cwt::demo_detail
