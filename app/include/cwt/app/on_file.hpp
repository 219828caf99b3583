#pragma once
// What the application layer's rules read of what is on file: the day, the
// policy, a worker, the training events and plans. The desktop program's
// Workspace answers from memory (it holds everything); the command line's
// StoreOnFile reads the store, each kind once, when first asked.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cwt/model/store.hpp"

namespace cwt::app {

class OnFile {
 public:
  virtual ~OnFile() = default;
  virtual Date today() const = 0;
  virtual const Policy& policy() const = 0;
  // The worker of an 18-character ID number, or null when none is on file.
  virtual const Worker* worker(std::string_view id_number) const = 0;
  // By first day then id, with their attendees.
  virtual const std::vector<TrainingEvent>& events() const = 0;
  // By year and name, with their courses and assignments.
  virtual const std::vector<TrainingPlan>& plans() const = 0;
};

// OnFile over a Store, for a front end that does not hold the database in
// memory (the command line): each kind read once, when first asked; a
// worker read by their ID number alone.
class StoreOnFile final : public OnFile {
 public:
  StoreOnFile(Store& store, Date today) : store_(store), today_(today) {}
  Date today() const override { return today_; }
  const Policy& policy() const override;
  const Worker* worker(std::string_view id_number) const override;
  const std::vector<TrainingEvent>& events() const override;
  const std::vector<TrainingPlan>& plans() const override;

 private:
  Store& store_;
  Date today_;
  mutable std::optional<Policy> policy_;
  mutable std::map<std::string, std::optional<Worker>, std::less<>> workers_;
  mutable std::optional<std::vector<TrainingEvent>> events_;
  mutable std::optional<std::vector<TrainingPlan>> plans_;
};

// The event of that id on file, or null.
const TrainingEvent* event_on_file(const OnFile& on_file, std::int64_t event_id);
// The plan of that name on file (the name as stored: normalized_plan_name),
// or null.
const TrainingPlan* plan_on_file(const OnFile& on_file, std::string_view name);

}  // namespace cwt::app
