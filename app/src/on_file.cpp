#include "cwt/app/on_file.hpp"

#include "cwt/model/training_plan.hpp"

namespace cwt::app {

const Policy& StoreOnFile::policy() const {
  if (!policy_) policy_ = store_.policy();
  return *policy_;
}

const Worker* StoreOnFile::worker(std::string_view id_number) const {
  auto found = workers_.find(id_number);
  if (found == workers_.end())
    found = workers_.emplace(std::string(id_number), store_.find_worker(id_number)).first;
  return found->second ? &*found->second : nullptr;
}

const std::vector<TrainingEvent>& StoreOnFile::events() const {
  if (!events_) events_ = store_.training_events();
  return *events_;
}

const std::vector<TrainingPlan>& StoreOnFile::plans() const {
  if (!plans_) plans_ = store_.training_plans();
  return *plans_;
}

const TrainingEvent* event_on_file(const OnFile& on_file, std::int64_t event_id) {
  if (event_id == 0) return nullptr;
  for (const TrainingEvent& event : on_file.events())
    if (event.event_id == event_id) return &event;
  return nullptr;
}

const TrainingPlan* plan_on_file(const OnFile& on_file, std::string_view name) {
  const std::string wanted = normalized_plan_name(std::string(name));
  for (const TrainingPlan& plan : on_file.plans())
    if (plan.name == wanted) return &plan;
  return nullptr;
}

}  // namespace cwt::app
