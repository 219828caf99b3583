#pragma once
// SqliteStore's training plans (migration 3): reading them with their courses
// and assignments, and the plan part of a change, inside apply()'s
// transaction.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "cwt/model/store.hpp"
#include "row_codec.hpp"
#include "sqlite_db.hpp"

namespace cwt {

std::vector<TrainingPlan> read_training_plans(sqlite::Connection& db);

// Saves and deletes the change's plans. `ids`: ID number -> worker row id;
// an assignment of a worker not in it, or to a course the plan does not
// have, is a StoreError and nothing is written; so is a plan that fails
// check_plan under `policy` (the file's own settings), whatever wrote it.
void apply_plan_changes(sqlite::Connection& db, const ChangeSet& change,
                        const std::unordered_map<std::string, std::int64_t>& ids, IsoDates& iso,
                        const Policy& policy);

}  // namespace cwt
