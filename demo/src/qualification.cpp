#include "qualification.hpp"

#include <algorithm>
#include <array>

#include "cwt/model/certification.hpp"

namespace cwt::demo_detail {
namespace {

enum class Outcome { none, on_time, late, never, voluntary, collect };

using Sessions = std::vector<const ExamSession*>;

std::string digits(Rng& rng, int count) {
  std::string text;
  for (int i = 0; i < count; ++i) text.push_back(static_cast<char>('0' + rng.between(0, 9)));
  return text;
}

Outcome outcome_for(CertificationGoal goal, bool obligated, Rng& rng) {
  switch (goal) {
    case CertificationGoal::certified:
      return Outcome::on_time;
    case CertificationGoal::certified_late:
      return Outcome::late;
    case CertificationGoal::exempt:
      return Outcome::none;
    case CertificationGoal::pending:
    case CertificationGoal::due_soon:
    case CertificationGoal::overdue:
      return Outcome::never;
    case CertificationGoal::pending_collect:
      return Outcome::collect;
    case CertificationGoal::random:
      break;
  }
  if (!obligated) return rng.percent(35) ? Outcome::voluntary : Outcome::none;
  constexpr std::array<int, 3> kWeights{86, 7, 7};
  constexpr std::array<Outcome, 3> kOutcomes{Outcome::on_time, Outcome::late, Outcome::never};
  return kOutcomes[rng.weighted(kWeights)];
}

// Fewest failed or missed attempts the goal needs, and most.
std::pair<int, int> attempts_for(CertificationGoal goal, Outcome outcome, Rng& rng) {
  switch (goal) {
    case CertificationGoal::pending:
      return {0, 0};
    case CertificationGoal::due_soon:
      return {1, 1};
    case CertificationGoal::overdue:
      return {1, 2};
    default:
      break;
  }
  if (outcome == Outcome::never) return {0, 3};
  constexpr std::array<int, 3> kWeights{60, 30, 10};
  const int count = static_cast<int>(rng.weighted(kWeights));
  return {count, count};
}

const ExamSession* pick_early(Rng& rng, const Sessions& candidates, int among) {
  if (candidates.empty()) return nullptr;
  const int last = std::min(among, static_cast<int>(candidates.size())) - 1;
  return candidates[static_cast<std::size_t>(rng.between(0, last))];
}

ExamKind kind_for(Rng& rng, const ExamSession& session) {
  if (!session.national) return ExamKind::city_community;
  return rng.percent(85) ? ExamKind::national_assistant : ExamKind::national_intermediate;
}

Certificate certificate_for(Rng& rng, const Worker& worker, const ExamSession& session,
                            ExamKind kind) {
  Certificate certificate;
  certificate.id_number = worker.id_number;
  certificate.issue_date = session.issue_date;
  const std::string year = std::to_string(static_cast<int>(session.issue_date.year()));
  if (session.national) {
    certificate.type = CertificateType::national_sw;
    certificate.level = kind == ExamKind::national_assistant ? CertificateLevel::assistant
                                                             : CertificateLevel::intermediate;
    certificate.number =
        year + (kind == ExamKind::national_assistant ? "01" : "02") + "12" + digits(rng, 6);
    certificate.issuer =
        rng.percent(70) ? "人力资源和社会保障部 民政部" : "天津市人力资源和社会保障局";
  } else {
    certificate.type = CertificateType::city_cw;
    certificate.number = "TJSQ" + year + digits(rng, 5);
    certificate.issuer = "天津市民政局";
  }
  return certificate;
}

class Recorder {
 public:
  Recorder(const Worker& worker, const Context& context, std::vector<ExamAttempt>& exams,
           std::vector<Certificate>& certificates)
      : worker_(worker),
        today_(context.today),
        last_sat_(worker.leave_date ? std::min(today_, plus_days(*worker.leave_date, -1)) : today_),
        exams_(exams),
        certificates_(certificates) {}

  // Nothing after today, and no exam sat after leaving.
  void attempt(Rng& rng, const ExamSession& session, ExamKind kind, ExamResult result) {
    if (session.exam_date > last_sat_) return;
    ExamAttempt exam{worker_.id_number, session.exam_date, kind, result, std::nullopt};
    if (result == ExamResult::failed) exam.score = rng.between(28, 59);
    if (result == ExamResult::passed) exam.score = rng.between(60, 88);
    exams_.push_back(std::move(exam));
  }

  // A pass; the certificate only once issued (and, for `collect`, not yet).
  void pass(Rng& rng, const ExamSession& session, bool with_certificate) {
    const ExamKind kind = kind_for(rng, session);
    attempt(rng, session, kind, ExamResult::passed);
    Certificate certificate = certificate_for(rng, worker_, session, kind);
    if (with_certificate && session.exam_date <= last_sat_ && certificate.issue_date <= today_)
      certificates_.push_back(std::move(certificate));
  }

  void fail(Rng& rng, const ExamSession& session) {
    const ExamKind kind = kind_for(rng, session);
    attempt(rng, session, kind, rng.percent(80) ? ExamResult::failed : ExamResult::absent);
  }

 private:
  const Worker& worker_;
  Date today_;
  Date last_sat_;
  std::vector<ExamAttempt>& exams_;
  std::vector<Certificate>& certificates_;
};

// `count` distinct sessions of `from`, in date order.
Sessions choose(Rng& rng, Sessions from, int count) {
  for (std::size_t i = from.size(); i > 1; --i)
    std::swap(from[i - 1], from[static_cast<std::size_t>(rng.between(0, static_cast<int>(i) - 1))]);
  from.resize(std::min(from.size(), static_cast<std::size_t>(std::max(count, 0))));
  std::sort(from.begin(), from.end(),
            [](const ExamSession* a, const ExamSession* b) { return a->exam_date < b->exam_date; });
  return from;
}

}  // namespace

void add_qualifications(const Worker& worker, CertificationGoal goal, Rng& rng,
                        const Context& context, std::vector<ExamAttempt>& exams,
                        std::vector<Certificate>& certificates) {
  const Date today = context.today;
  const auto obligation = obligation_of(worker, context.policy);
  Outcome outcome = outcome_for(goal, obligation.has_value(), rng);
  if (!obligation && (outcome == Outcome::on_time || outcome == Outcome::late))
    outcome = Outcome::voluntary;  // a profile the calendar cannot give (far-off today)
  const bool forced = goal != CertificationGoal::random;
  // Some pass before they are hired; nobody before 20.
  const Date earliest = std::max(add_years(worker.hire_date, -2), add_years(worker.birth_date, 20));
  const Date last_day = worker.leave_date ? plus_days(*worker.leave_date, -1) : today;

  Sessions open;  // sessions the worker could sit
  for (const auto& session : context.sessions)
    if (session.exam_date >= earliest) open.push_back(&session);

  Sessions candidates;
  for (const ExamSession* s : open) {
    const bool issued = s->issue_date <= today;
    switch (outcome) {
      case Outcome::on_time:
        if (s->issue_date <= obligation->deadline && (!forced || issued)) candidates.push_back(s);
        break;
      case Outcome::late:
        if (s->issue_date > obligation->deadline && (!forced || issued)) candidates.push_back(s);
        break;
      case Outcome::voluntary:
        if (s->exam_date <= last_day) candidates.push_back(s);
        break;
      case Outcome::collect:
        if (s->exam_date >= worker.hire_date && s->exam_date <= today) candidates.push_back(s);
        break;
      case Outcome::never:
      case Outcome::none:
        break;
    }
  }
  const ExamSession* passed = nullptr;
  if (outcome == Outcome::collect)
    passed = candidates.empty() ? nullptr : candidates.back();
  else if (outcome == Outcome::voluntary)
    passed =
        candidates.empty() ? nullptr : rng.pick(std::span<const ExamSession* const>(candidates));
  else
    passed = pick_early(rng, candidates, outcome == Outcome::late ? 3 : 4);

  Recorder recorder(worker, context, exams, certificates);
  if (outcome != Outcome::none) {
    // Failed or missed attempts before the pass (or instead of one), after hire
    // for those who must pass: the rule made them sit the exam.
    const Date from = outcome == Outcome::never ? std::max(earliest, worker.hire_date) : earliest;
    const Date until = passed ? plus_days(passed->exam_date, -1) : std::min(today, last_day);
    Sessions before;
    for (const ExamSession* s : open)
      if (s->exam_date >= from && s->exam_date <= until) before.push_back(s);
    const auto [fewest, most] = attempts_for(goal, outcome, rng);
    for (const ExamSession* s : choose(rng, before, rng.between(fewest, most)))
      recorder.fail(rng, *s);
  }
  if (passed) {
    recorder.pass(rng, *passed, outcome != Outcome::collect);
    // Some hold both certificates: the other exam a year or two later.
    if (outcome != Outcome::collect && rng.percent(10)) {
      for (const ExamSession* s : open) {
        if (s->national != passed->national && s->exam_date > plus_days(passed->exam_date, 300)) {
          if (s->exam_date <= last_day) recorder.pass(rng, *s, true);
          break;
        }
      }
    }
  }
  if (rng.percent(3)) {
    // A certificate of another kind (e.g. 心理咨询师), which does not qualify.
    Certificate other;
    other.id_number = worker.id_number;
    other.type = CertificateType::other;
    other.issue_date = random_day(rng, add_years(worker.hire_date, -1), today);
    other.number =
        "TJ" + std::to_string(static_cast<int>(other.issue_date.year())) + digits(rng, 8);
    other.issuer = "天津市人力资源和社会保障局";
    certificates.push_back(std::move(other));
  }
}

}  // namespace cwt::demo_detail
