#pragma once
// The Planning page's dialogs: a new plan (name, year, where it applies), a
// course (the course form of exchange/record_fields.hpp, checked by the
// session before it closes) and the attendance of a course that has taken
// place (everyone on it ticked present; untick the absent).
#include <wx/window.h>

#include <optional>
#include <string>
#include <vector>

#include "cwt/workspace/plan_session.hpp"

namespace cwt::gui {

struct NewPlan {
  std::string name;
  int year = 0;
  PlanScope scope;
};
// Nothing when cancelled. `places`: the streets and communities to offer.
std::optional<NewPlan> ask_new_plan(wxWindow* parent, const Workspace& workspace);

// The course's change (checked by session.save_course; its problems shown
// under the fields until right or cancelled). `course`: the course edited,
// null for a new one.
std::optional<ChangeSet> ask_course(wxWindow* parent, const PlanSession& session,
                                    const PlannedCourse* course);

// The ID numbers of the absent (nothing when cancelled).
std::optional<std::vector<std::string>> ask_attendance(wxWindow* parent, const PlanSession& session,
                                                       const std::string& course);

}  // namespace cwt::gui
