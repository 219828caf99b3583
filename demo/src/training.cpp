#include "training.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "calendar.hpp"
#include "courses.hpp"
#include "cwt/model/employment.hpp"
#include "cwt/model/training.hpp"
#include "places.hpp"

namespace cwt::demo_detail {
namespace {

using boost::gregorian::Saturday;
using boost::gregorian::Sunday;

struct Event {  // one day of a course, credited alike to everyone present
  Date date;
  int half_hours = 0;
  const Course* course = nullptr;
  std::size_t provider = 0;
};

// The first working day on or after the given one (day <= 28): not a
// weekend, New Year's Day or the National Day week.
Date working_day(int year, int month, int day) {
  if ((month == 1 && day == 1) || (month == 10 && day <= 7)) day = month == 1 ? 2 : 8;
  Date date = make_date(year, month, day);
  if (date.day_of_week() == Saturday) return plus_days(date, 2);
  if (date.day_of_week() == Sunday) return plus_days(date, 1);
  return date;
}

class Planner {
 public:
  Planner(const Layout& layout, const Context& context)
      : context_(context), first_year_(context.today.year() - context.years + 1) {
    city_bureau_ = add_provider(std::string(kCityCivilAffairs));
    association_ = add_provider(std::string(kSocialWorkAssociation));
    red_cross_ = add_provider(std::string(kRedCross));
    online_ = add_provider(std::string(kOnlinePlatform));
    university_ = add_provider(std::string(kOpenUniversity));
    for (const auto& district : districts()) {
      const std::string name(district.name);
      district_.push_back({add_provider(name + "民政局"), add_provider("中共" + name + "委组织部"),
                           add_provider("中共" + name + "委党校")});
    }
    for (const auto& street : layout.streets)
      street_office_.push_back(add_provider(street.name + "办事处"));

    const auto years = static_cast<std::size_t>(context.years);
    street_events_.resize(layout.streets.size() * years);
    for (std::size_t s = 0; s < layout.streets.size(); ++s)
      for (std::size_t y = 0; y < years; ++y)
        street_events_[s * years + y] = street_year(s, layout.streets[s].district, year_at(y));
    leader_events_.resize(district_.size() * years);
    for (std::size_t d = 0; d < district_.size(); ++d)
      for (std::size_t y = 0; y < years; ++y)
        leader_events_[d * years + y] = leader_year(d, year_at(y));
  }

  const std::string& provider(std::size_t index) const { return providers_[index]; }

  // Calls sink(date, half_hours, course, provider, verified) once per record.
  // Draws the same numbers whatever the sink does, so a counting pass and an
  // emitting pass see the same records.
  template <class Sink>
  void plan(const WorkerRef& ref, std::size_t index, Sink& sink) const {
    Rng rng(context_.seed, Stream::training, index);
    constexpr std::array<int, 3> kDiligence{80, 15, 5};
    int diligence = 0;  // percent of the street's courses attended
    switch (rng.weighted(kDiligence)) {
      case 0:
        diligence = rng.between(78, 97);
        break;
      case 1:
        diligence = rng.between(50, 77);
        break;
      default:
        diligence = rng.between(20, 49);
        break;
    }
    const int today_year = context_.today.year();
    // Some study part-time for a degree for two to four years.
    const bool studies = rng.percent(6);
    const int study_from = rng.between(first_year_, today_year);
    const int study_to = study_from + rng.between(1, 3);
    const Course& degree = rng.pick(academic_courses());

    for (int year = first_year_; year <= today_year; ++year) {
      TrainingGoal goal = TrainingGoal::random;
      if (ref.profile && year == today_year) goal = ref.profile->this_year;
      if (ref.profile && year == today_year - 1) goal = ref.profile->last_year;
      if (goal != TrainingGoal::random && crafted_year(ref, year, goal, rng, sink)) continue;
      random_year(ref, year, diligence, rng, sink);
      if (studies && study_from <= year && year <= study_to)
        study_year(ref, year, degree, rng, sink);
    }
  }

 private:
  struct DistrictProviders {
    std::size_t bureau, organisation, school;
  };

  std::size_t add_provider(std::string name) {
    providers_.push_back(std::move(name));
    return providers_.size() - 1;
  }

  int year_at(std::size_t offset) const { return first_year_ + static_cast<int>(offset); }
  std::size_t year_offset(int year) const { return static_cast<std::size_t>(year - first_year_); }

  // Monthly or so, a half-day or day course for all of the street's workers.
  std::vector<Event> street_year(std::size_t street, std::size_t district, int year) const {
    Rng rng(context_.seed, Stream::events,
            (static_cast<std::uint64_t>(street) << 16) | static_cast<std::uint64_t>(year));
    constexpr std::array<int, 6> kHours{4, 5, 6, 7, 8, 16};
    constexpr std::array<int, 6> kHourWeights{35, 5, 30, 10, 15, 5};
    constexpr std::array<int, 4> kByWeights{60, 20, 10, 10};
    const int count = rng.between(12, 16);
    std::vector<Event> events;
    events.reserve(static_cast<std::size_t>(count));
    for (int k = 0; k < count; ++k) {
      Event event;
      event.date = working_day(year, 1 + k * 12 / count, rng.between(1, 28));
      event.half_hours = kHours[rng.weighted(kHourWeights)];
      event.course = &rng.pick(street_courses());
      const std::size_t by = rng.weighted(kByWeights);
      if (event.course->title == "消防安全与应急救护技能")
        event.provider = red_cross_;
      else
        event.provider = by == 0   ? street_office_[street]
                         : by == 1 ? district_[district].bureau
                         : by == 2 ? district_[district].school
                                   : association_;
      events.push_back(event);
    }
    return events;
  }

  // A two- or three-day course for the district's secretaries and directors,
  // and often a one-day session.
  std::vector<Event> leader_year(std::size_t district, int year) const {
    Rng rng(context_.seed, Stream::events,
            (std::uint64_t{1} << 40) | (static_cast<std::uint64_t>(district) << 16) |
                static_cast<std::uint64_t>(year));
    const auto& providers = district_[district];
    std::vector<Event> events;
    const Course* course = &rng.pick(leader_courses());
    const std::size_t by = rng.percent(50) ? providers.organisation : providers.school;
    const int month = rng.between(3, 10);
    const Date start = working_day(year, month, rng.between(1, 25));
    const int days = rng.between(2, 3);
    for (int d = 0; d < days; ++d) events.push_back({plus_days(start, d), 16, course, by});
    if (rng.percent(50)) {
      const Course* extra = &rng.pick(leader_courses());
      const int extra_month = rng.between(1, 12);
      const Date day = working_day(year, extra_month, rng.between(1, 28));
      events.push_back({day, 16, extra, rng.percent(50) ? providers.bureau : city_bureau_});
    }
    return events;
  }

  // The employed days of `year` up to today, if any.
  std::optional<DayRange> window(const Worker& worker, int year) const {
    auto range = employed_days(worker, year);
    if (!range) return std::nullopt;
    range->last = std::min(range->last, context_.today);
    if (range->last < range->first) return std::nullopt;
    return range;
  }

  bool verified(Rng& rng, Date day) const {
    // Recent records often still await the officer's check.
    const bool recent = day > plus_days(context_.today, -45);
    return rng.percent(recent ? 70 : 99);
  }

  template <class Sink>
  void random_year(const WorkerRef& ref, int year, int diligence, Rng& rng, Sink& sink) const {
    const Worker& worker = *ref.worker;
    const auto range = window(worker, year);
    if (!range) return;
    const auto in_range = [&](Date day) { return range->first <= day && day <= range->last; };
    for (const Event& event : street_events_[ref.site->street * years() + year_offset(year)]) {
      if (!in_range(event.date) || !rng.percent(diligence)) continue;
      const bool ok = verified(rng, event.date);
      sink(event.date, event.half_hours, *event.course, event.provider, ok);
    }
    for (const Event& event : leader_events_[ref.site->district * years() + year_offset(year)]) {
      if (!in_range(event.date) || !is_leader(position_on(worker, event.date))) continue;
      if (!rng.percent(std::min(100, diligence + 10))) continue;
      const bool ok = verified(rng, event.date);
      sink(event.date, event.half_hours, *event.course, event.provider, ok);
    }
    if (worker.hire_date.year() == year) {
      const Date start = plus_days(worker.hire_date, rng.between(3, 20));
      for (int d = 0; d < 2; ++d) {
        const Date day = plus_days(start, d);
        if (!in_range(day)) continue;
        const bool ok = verified(rng, day);
        sink(day, 16, induction_course(), district_[ref.site->district].bureau, ok);
      }
    }
    constexpr std::array<int, 3> kOnlineHours{3, 4, 6};
    for (Date day : random_days(rng, range->first, range->last, rng.between(0, 4))) {
      const int half_hours = kOnlineHours[static_cast<std::size_t>(rng.between(0, 2))];
      const Course& course = rng.pick(online_courses());
      const bool ok = verified(rng, day);
      sink(day, half_hours, course, online_, ok);
    }
  }

  // A spring and an autumn block of a part-time degree course.
  template <class Sink>
  void study_year(const WorkerRef& ref, int year, const Course& degree, Rng& rng,
                  Sink& sink) const {
    const auto range = window(*ref.worker, year);
    if (!range) return;
    for (int month : {4, 11}) {
      const Date day = working_day(year, month, rng.between(1, 25));
      if (day < range->first || day > range->last) continue;
      const bool ok = verified(rng, day);
      sink(day, 16, degree, university_, ok);
    }
  }

  // Records that give `goal` for `year` on today by the model's own rules;
  // false (and nothing written) when no amount of hours can.
  template <class Sink>
  bool crafted_year(const WorkerRef& ref, int year, TrainingGoal goal, Rng& rng, Sink& sink) const {
    const Worker& worker = *ref.worker;
    const auto range = window(worker, year);
    if (!range) return false;
    const Policy& policy = context_.policy;
    const Date today = context_.today;
    const auto status_with = [&](int completed) {
      return training_on(worker, policy, year, today, completed).status;
    };
    const int required = required_half_hours(worker, policy, year);
    int target = -1;
    switch (goal) {
      case TrainingGoal::met:
        target = required + rng.between(0, 8);
        break;
      case TrainingGoal::not_met:
        if (required > 0) target = required * rng.between(40, 85) / 100;
        break;
      case TrainingGoal::on_track: {
        int lowest = 0;  // the fewest hours that are on track today
        while (lowest < required && status_with(lowest) != TrainingStatus::on_track) ++lowest;
        if (lowest < required) target = lowest + rng.between(0, (required - 1 - lowest) / 2);
        break;
      }
      case TrainingGoal::behind: {
        int most = -1;  // the most hours that are still behind today
        while (most + 1 < required && status_with(most + 1) == TrainingStatus::behind) ++most;
        if (most >= 0) target = most * rng.between(30, 90) / 100;
        break;
      }
      case TrainingGoal::random:
        break;
    }
    if (target < 0 || status_with(target) != goal_status(goal)) return false;

    // Half-day and day courses of the street, all checked.
    constexpr std::array<int, 5> kChunks{16, 8, 7, 6, 4};
    constexpr std::array<int, 5> kChunkWeights{15, 30, 15, 25, 15};
    std::vector<int> chunks;
    for (int left = target; left > 0;) {
      int chunk = std::min(left, kChunks[rng.weighted(kChunkWeights)]);
      if (left - chunk < 3) chunk = left;  // no half-hour leftovers
      chunks.push_back(chunk);
      left -= chunk;
    }
    const auto days = random_days(rng, range->first, range->last, static_cast<int>(chunks.size()));
    for (std::size_t i = 0; i < chunks.size(); ++i) {
      const Course& course = rng.pick(street_courses());
      sink(days[i], chunks[i], course, street_office_[ref.site->street], true);
    }
    return true;
  }

  static TrainingStatus goal_status(TrainingGoal goal) {
    switch (goal) {
      case TrainingGoal::on_track:
        return TrainingStatus::on_track;
      case TrainingGoal::behind:
        return TrainingStatus::behind;
      case TrainingGoal::not_met:
        return TrainingStatus::not_met;
      default:
        return TrainingStatus::met;
    }
  }

  std::size_t years() const { return static_cast<std::size_t>(context_.years); }

  const Context& context_;
  int first_year_;
  std::vector<std::string> providers_;
  std::size_t city_bureau_ = 0, association_ = 0, red_cross_ = 0, online_ = 0, university_ = 0;
  std::vector<DistrictProviders> district_;        // per entry of districts()
  std::vector<std::size_t> street_office_;         // per Layout::streets entry
  std::vector<std::vector<Event>> street_events_;  // [street * years + year offset]
  std::vector<std::vector<Event>> leader_events_;  // [district * years + year offset]
};

}  // namespace

void add_training(const Layout& layout, std::span<const WorkerRef> workers, const Context& context,
                  std::vector<TrainingRecord>& out) {
  const Planner planner(layout, context);
  std::size_t total = 0;
  const auto count = [&total](Date, int, const Course&, std::size_t, bool) { ++total; };
  for (std::size_t i = 0; i < workers.size(); ++i) planner.plan(workers[i], i, count);
  out.reserve(out.size() + total);
  for (std::size_t i = 0; i < workers.size(); ++i) {
    const std::string& id = workers[i].worker->id_number;
    const auto emit = [&](Date day, int half_hours, const Course& course, std::size_t provider,
                          bool verified) {
      out.push_back(TrainingRecord{id, day, half_hours, course.category, std::string(course.title),
                                   planner.provider(provider), verified});
    };
    planner.plan(workers[i], i, emit);
  }
}

}  // namespace cwt::demo_detail
