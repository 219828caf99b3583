#pragma once
// A training event: one course held on given days for many attendees. Marking
// an attendee present credits the event's hours to them as a training record
// (DOMAIN.md, "Training hours"); the store keeps that record linked to the
// attendance, so that un-marking removes it and correcting the event corrects
// it. What the credited record says is decided here, once.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cwt/model/codes.hpp"
#include "cwt/model/dates.hpp"
#include "cwt/model/policy.hpp"
#include "cwt/model/records.hpp"
#include "cwt/model/validation.hpp"

namespace cwt {

struct Attendee {
  std::string id_number;
  Attendance attendance = Attendance::registered;
  // The training record credited while present, set by the store (0 before
  // it is stored or when not present). Equality ignores it.
  std::int64_t training_record_id = 0;
  bool operator==(const Attendee& other) const {
    return id_number == other.id_number && attendance == other.attendance;
  }
};

struct TrainingEvent {
  std::int64_t event_id = 0;  // the store's id once stored, 0 before
  std::string course;         // required
  TrainingCategory category = TrainingCategory::quality;
  Date first_day;
  Date last_day;       // the same as first_day for a one-day event
  int half_hours = 0;  // credited to each attendee present (class hours x 2)
  std::string provider;
  std::vector<Attendee> attendees;  // at most one entry per ID number
  bool operator==(const TrainingEvent& other) const {
    return course == other.course && category == other.category && first_day == other.first_day &&
           last_day == other.last_day && half_hours == other.half_hours &&
           provider == other.provider && attendees == other.attendees;
  }
};

// The record an attendee present is credited with: the event's hours,
// category, course and provider, verified (the officer marked it), dated on
// the event's last day: the hours count as completed once the course is over.
TrainingRecord credited_record(const TrainingEvent& event, std::string_view id_number);

// The longest an event may run: a longer span is a typing error.
inline constexpr int kMaxEventDays = 366;

// Course not blank; texts as for training records; first day not after the
// last, at most kMaxEventDays long, starting at most a year ahead; hours as
// for a training record; each ID number listed once; an attendee can be
// marked present or absent only once the event is over (last day <= today),
// and each credited record must pass check_training (so not before the
// worker's 16th birthday). Attendee problems carry the attendee's index.
Problems check_event(const TrainingEvent& event, Date today, const Policy& policy);

// Why `worker` cannot be marked present at `event`, if they cannot: they
// had left before its first day (crediting hours to someone who had gone is
// a slip of the ID number or of the leave date; the officer corrects that).
std::optional<std::string> presence_problem(const Worker& worker, const TrainingEvent& event);
// presence_problem for each attendee of `event` newly marked present: not
// present in `before` (the event as stored; nullptr for a new one), so that
// an old marking does not block editing the event. Field "attendance", the
// attendee's index. `worker_of` finds a worker by ID number (nullptr: none).
Problems presence_problems(const TrainingEvent& event, const TrainingEvent* before,
                           const std::function<const Worker*(std::string_view)>& worker_of);

// How many attendees are marked `attendance`.
std::size_t count_marked(const TrainingEvent& event, Attendance attendance);

}  // namespace cwt
