#pragma once
// What the pages ask of the main window: the open workspace, moving between
// pages, and writing changes. Pages know this interface, not the frame.
#include <optional>
#include <string>

#include "cwt/platform/output_file.hpp"
#include "cwt/workspace/workspace.hpp"

namespace cwt::gui {

enum class Page { dashboard, workers, events, planning, reports, settings };

class Shell {
 public:
  virtual ~Shell() = default;
  virtual Workspace& workspace() = 0;
  // Shows the Workers page with exactly the workers of `query`.
  virtual void show_workers(const WorkerQuery& query) = 0;
  // Shows the Planning page with the plan of that name.
  virtual void show_plan(const std::string& name) = 0;
  // Opens the worker editor ("" for a new worker).
  virtual void edit_worker(const std::string& id_number) = 0;
  // Writes `change` (one transaction); on failure says why and returns
  // nothing, nothing changed. Every page is refreshed after a success, and
  // what the store wrote is handed back (the new events' ids). With
  // `conflict`, a change refused because another program changed a worker
  // meanwhile (ChangeSet::expect_unchanged) is not said but handed back
  // there, for the caller to offer the choice.
  virtual std::optional<Applied> apply(const ChangeSet& change,
                                       std::optional<ConflictError>* conflict = nullptr) = 0;
  // The statuses changed (day, year, policy): every page shows them anew.
  virtual void statuses_changed() = 0;
  // What a file saved from any window must not replace: the open database
  // and its journal files.
  virtual OutputGuard output_guard() const = 0;
};

}  // namespace cwt::gui
