#include "cwt/app/event_edits.hpp"

#include <algorithm>

#include "cwt/model/id_number.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/training_event.hpp"

namespace cwt::app {

std::string no_event_numbered(std::int64_t event_id) {
  // TRANSLATORS: {1} the event's number.
  return tr("there is no training event {1} (it may have been deleted)", event_id);
}

Edit save_event(const OnFile& on_file, const TrainingEvent& event) {
  const TrainingEvent* stored = event_on_file(on_file, event.event_id);
  if (event.event_id != 0 && !stored)
    return Edit::refusal("event", no_event_numbered(event.event_id));
  Problems problems = check_event(event, on_file.today(), on_file.policy());
  for (auto& problem :
       presence_problems(event, stored, [&](std::string_view id) { return on_file.worker(id); }))
    problems.push_back(std::move(problem));
  if (!problems.empty()) return Edit{std::nullopt, std::move(problems)};
  ChangeSet change;
  change.description = (event.event_id == 0 ? "event add " : "event edit ") + event.course;
  (event.event_id == 0 ? change.add_events : change.update_events).push_back(event);
  return Edit::of(std::move(change));
}

Edit mark_attendance(const OnFile& on_file, std::int64_t event_id,
                     std::optional<Attendance> attendance,
                     const std::vector<std::string>& id_numbers) {
  const TrainingEvent* stored = event_on_file(on_file, event_id);
  if (!stored) return Edit::refusal("event", no_event_numbered(event_id));
  TrainingEvent event = *stored;
  Problems problems;
  const auto refuse = [&](std::string message) { problems.push_back({"", std::move(message)}); };
  for (const std::string& text : id_numbers) {
    const auto id = parse_id_number(text, on_file.today());
    if (!id) {
      refuse(id.error());
      continue;
    }
    const Worker* worker = on_file.worker(id->digits);
    if (!worker) {
      refuse(tr("no worker with ID number {1}", id->digits));
      continue;
    }
    auto listed = std::ranges::find(event.attendees, id->digits, &Attendee::id_number);
    // As presence_problems: only someone newly marked present is checked.
    const bool present_already =
        listed != event.attendees.end() && listed->attendance == Attendance::present;
    if (attendance == Attendance::present && !present_already)
      if (auto problem = presence_problem(*worker, event)) {
        refuse(std::move(*problem));
        continue;
      }
    if (!attendance) {
      if (listed != event.attendees.end()) event.attendees.erase(listed);
    } else if (listed != event.attendees.end()) {
      listed->attendance = *attendance;
    } else {
      event.attendees.push_back({id->digits, *attendance});
    }
  }
  if (problems.empty()) problems = check_event(event, on_file.today(), on_file.policy());
  if (!problems.empty()) return Edit{std::nullopt, std::move(problems)};
  ChangeSet change;
  change.description = "event attend " + std::to_string(event.event_id) + " " +
                       (attendance ? std::string(code(*attendance)) : std::string("remove"));
  change.update_events.push_back(std::move(event));
  return Edit::of(std::move(change));
}

}  // namespace cwt::app
