#pragma once
// Training events and their attendance, for both programs: the desktop
// program's Events page and `cwtrack-cli event add|attend`.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cwt/app/edit.hpp"
#include "cwt/app/on_file.hpp"

namespace cwt::app {

// Saves `event` with its attendees: a new one when its event_id is 0 (its
// id is then Applied::added_events.front()), else the one of that id on
// file, corrected. Refused by the event's own rules (check_event: field
// by field, attendees by index), when the event to correct is no longer on
// file (field "event"), and for anyone newly marked present who had left by
// its first day (presence_problems).
Edit save_event(const OnFile& on_file, const TrainingEvent& event);

// Marks the workers of `id_numbers` (as typed: any form parse_id_number
// reads) on the list of the event on file with `event_id`: `attendance`, or
// off the list when none. Refused whole, every problem named (field ""): an
// ID number that is not one or not on file, someone marked present who had
// left by the first day (only those not present already are checked);
// field "event" when there is no such event. The event as marked is the
// change's update_events.front().
Edit mark_attendance(const OnFile& on_file, std::int64_t event_id,
                     std::optional<Attendance> attendance,
                     const std::vector<std::string>& id_numbers);

// Why there is no event `event_id` to change.
std::string no_event_numbered(std::int64_t event_id);

}  // namespace cwt::app
