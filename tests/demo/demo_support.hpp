#pragma once
// Shared by the demo tests: making a demo and reading it the way the status
// command does.
#include <cstdint>
#include <string_view>
#include <vector>

#include "cwt/demo/demo.hpp"
#include "cwt/model/status.hpp"

namespace cwt::test {

Date day(std::string_view iso);

ChangeSet demo(int workers, std::string_view today, std::uint64_t seed = 1, int years = 10);

// One WorkerFile per worker, the history taken from replace_history, the
// completed hours summed by the model for `year` on `on`.
std::vector<WorkerFile> files_of(const ChangeSet& change, int year, Date on);

}  // namespace cwt::test
