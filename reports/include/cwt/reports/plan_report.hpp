#pragma once
// The training plan as a printed report: the courses by month with their
// seats, attendees and attendance; every worker's required, completed,
// planned and missing hours with their courses; each community's coverage
// (小计 per street, 合计). Everything comes from the model's evaluate_plan and
// uncovered_workers; the document is drawn and saved like every report.
#include <optional>
#include <string>
#include <vector>

#include "cwt/model/plan_fill.hpp"
#include "cwt/model/training_plan.hpp"
#include "cwt/reports/document.hpp"

namespace cwt::reports {

// `organisation`: 填报单位 as the officer gives it; nothing: what the plan's
// scope names (organisation_of).
Document plan_report(const TrainingPlan& plan, const PlanState& state,
                     const std::vector<UncoveredWorker>& uncovered, Language language, Date as_of,
                     bool full_id, const std::optional<std::string>& organisation);

}  // namespace cwt::reports
