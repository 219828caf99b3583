#include "cwt/app/plan_edits.hpp"

#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"
#include "cwt/model/training_plan.hpp"

namespace cwt::app {

Edit create_plan(const OnFile& on_file, const std::string& name, int year, const PlanScope& scope) {
  TrainingPlan plan;
  plan.name = normalized_plan_name(name);
  plan.year = year;
  plan.scope = scope;
  if (plan.name.empty()) return Edit::refusal("name", tr("the plan needs a name"));
  if (auto problems = check_plan(plan, on_file.policy()); !problems.empty())
    return Edit{std::nullopt, std::move(problems)};
  if (plan_on_file(on_file, plan.name))
    return Edit::refusal("name", tr("a plan named {1} exists already", shown(plan.name)));
  ChangeSet change;
  change.description = "plan create " + plan.name;
  change.save_plans.push_back(std::move(plan));
  return Edit::of(std::move(change));
}

}  // namespace cwt::app
