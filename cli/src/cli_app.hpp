#pragma once
// The whole command line as a function, so tests drive it in-process.
#include <ostream>
#include <string>
#include <vector>

#include "cwt/model/dates.hpp"

namespace cwt::cli {

// `arguments` includes the program name; returns the exit status (0 ok, 1 bad
// input or data, 2 wrong usage). `today` is the day dates are checked against.
int run_cli(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err,
            Date today);

}  // namespace cwt::cli
