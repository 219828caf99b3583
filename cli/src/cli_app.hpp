#pragma once
// The whole command line as a function, so tests drive it in-process.
#include <ostream>
#include <string>
#include <vector>

#include "cwt/model/codes.hpp"
#include "cwt/model/dates.hpp"

namespace cwt::cli {

// `arguments` includes the program name; returns the exit status (0 ok, 1 bad
// input or data, 2 wrong usage). `today` is the day dates are checked against.
// Messages and tables speak --lang when given; otherwise the messages speak
// `system_language` (the program passes the system's, tests English) and the
// tables Chinese, the default DOMAIN.md gives them.
int run_cli(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err,
            Date today, Language system_language = Language::en);

}  // namespace cwt::cli
