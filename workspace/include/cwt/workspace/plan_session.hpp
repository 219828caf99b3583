#pragma once
// The Planning page without a GUI toolkit: one training plan of the open
// workspace, its arithmetic (model/training_plan.hpp) over the workspace's
// files for the plan's year as of the day shown, the courses by month, the
// workers filtered, the warnings (over-full courses, workers not covered,
// courses over without attendance), "fill the plan" with its explanation,
// and every edit as one ChangeSet for Workspace::apply (the plan saved
// whole, one transaction). gui/ binds this to widgets; tests drive it
// directly.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "cwt/app/edit.hpp"
#include "cwt/exchange/record_fields.hpp"
#include "cwt/model/plan_fill.hpp"
#include "cwt/model/store.hpp"
#include "cwt/model/training_plan.hpp"
#include "cwt/workspace/workspace.hpp"

namespace cwt {

enum class PlanWorkerShow {
  all,
  not_covered,  // hours still missing with the plan as it stands
  on_course,    // on the filter's course (any attendance)
  can_join,     // could be put on the filter's course (fill_plan's test but seats)
};

struct PlanWorkerFilter {
  std::string street;     // empty: any
  std::string community;  // empty: any
  std::string search;     // part of the name or of the ID number
  PlanWorkerShow show = PlanWorkerShow::all;
  std::string course;  // for on_course and can_join
  bool operator==(const PlanWorkerFilter&) const = default;
};

struct CourseMonth {
  int month = 0;                     // 1..12
  std::vector<std::size_t> courses;  // indices into the plan's courses, by first day then title
};

struct PlanWarning {
  enum class Kind {
    over_full,    // more workers on a course than seats
    not_covered,  // workers whose plan falls short (count, hours)
    unmarked,     // a course over by the day, its attendance not marked
  };
  Kind kind = Kind::over_full;
  std::string course;
  int count = 0;  // seats taken, workers not covered
  int capacity = 0;
  std::int64_t half_hours = 0;  // not_covered: the missing hours together
};
// In the program's language.
std::string warning_text(const PlanWarning& warning);

// What "fill the plan" did, to show the officer.
struct FillExplanation {
  std::size_t assignments_added = 0;
  std::size_t workers_given_courses = 0;
  std::vector<UncoveredWorker> uncovered;
  std::map<UncoveredReason, std::size_t> uncovered_by_reason;
  // A summary line and one line per reason, in the program's language.
  std::vector<std::string> lines() const;
};

class PlanSession {
 public:
  explicit PlanSession(Workspace& workspace);
  // Another database opened: no plan chosen.
  void set_workspace(Workspace& workspace);
  const Workspace& workspace() const { return *workspace_; }

  // After the workspace changed (a write, a reload, the day): the chosen
  // plan read again by name (none when it was deleted) and evaluated anew.
  void refresh();
  const std::vector<TrainingPlan>& plans() const { return workspace_->plans(); }
  // Chooses a plan by name; false (and none chosen) when there is none.
  bool choose(const std::string& name);
  // The chosen plan as the workspace holds it (valid until the workspace
  // changes: refresh() after every write).
  const TrainingPlan* plan() const { return plan_; }
  const PlanState& state() const { return state_; }
  PlanTotals totals() const { return totals_of(state_); }

  std::vector<CourseMonth> courses_by_month() const;
  // Indices into state().workers, in its order (ID number).
  std::vector<std::size_t> select(const PlanWorkerFilter& filter) const;
  // The streets and communities of the plan's workers, for the filter's choices.
  std::vector<std::pair<std::string, std::string>> places() const;
  std::vector<PlanWarning> warnings() const;
  // Why each worker still short is not covered (fill_plan's reasons; runs
  // the fill once per change of the plan: not free for a city).
  const std::vector<UncoveredWorker>& uncovered();
  // The course's seat counts, or null.
  const PlanCourseSeats* seats(const std::string& course) const;
  Date day() const { return workspace_->day(); }
  Date today() const { return workspace_->today(); }

  // Edits. Each returns the change to apply (Workspace::apply through the
  // shell), or problems naming what is wrong and nothing to apply.
  // (The application layer's edit: problems by field, the course form's,
  // or field "" for the whole.)
  using Edit = app::Edit;
  Edit create_plan(const std::string& name, int year, const PlanScope& scope) const;
  Edit delete_plan() const;
  // The course from form fields (exchange/record_fields.hpp, course_fields);
  // `replacing`: the title of the course it edits (its assignments follow
  // a new title), empty for a new one.
  Edit save_course(const FieldValues& fields, const std::string& replacing) const;
  Edit delete_course(const std::string& course) const;
  Edit assign(const std::string& course, const std::vector<std::string>& id_numbers) const;
  Edit unassign(const std::string& course, const std::vector<std::string>& id_numbers) const;
  // Fill the plan: the change and what it did (nothing to apply when it
  // added nothing). In two halves, so that the fill can run off the GUI
  // thread touching no cache it does not own: what it reads, gathered on
  // the calling thread (the workspace's files for the plan's year and the
  // recent hours computed and kept there), then the fill, which only reads
  // it, reports the workers placed and stops at a cancel (Cancelled).
  struct FillInput {
    const TrainingPlan* plan = nullptr;
    std::span<const WorkerFile> files;
    Policy policy;
    const std::map<std::string, CategoryHours>* recent = nullptr;
  };
  FillInput fill_input();
  static Edit fill(const FillInput& input, FillExplanation& explanation,
                   Progress& progress = no_progress());
  Edit fill(FillExplanation& explanation) { return fill(fill_input(), explanation); }
  // Attendance of a course over by today: everyone on it present but `absent`.
  Edit attend(const std::string& course, const std::vector<std::string>& absent) const;
  bool can_mark_attendance(const std::string& course) const;

 private:
  // The verified hours per category of the two years before the plan's, read
  // once for as long as the workspace's records stay the same (a full read
  // of a city's records: a second).
  const std::map<std::string, CategoryHours>& recent_hours();

  Workspace* workspace_;
  std::string chosen_;  // the plan's name, "" for none
  const TrainingPlan* plan_ = nullptr;
  PlanState state_;
  std::optional<std::vector<UncoveredWorker>> uncovered_;
  struct RecentHours {
    int year = 0;
    std::uint64_t records = 0;  // Workspace::records_loaded() when read
    std::map<std::string, CategoryHours> hours;
  };
  std::optional<RecentHours> recent_;
};

// The plans of the workspace's year with their totals (the dashboard's
// progress panel), by name.
struct PlanProgress {
  std::string name;
  PlanTotals totals;
};
std::vector<PlanProgress> plan_progress(const Workspace& workspace);

}  // namespace cwt
