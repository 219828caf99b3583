#pragma once
// What every command handler gets: where the data is, where to write, which
// day it is. Handlers report bad input by throwing InputError (exit 1) and
// wrong usage by UsageError (exit 2); run_cli turns them into exit codes.
#include <functional>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "cwt/model/dates.hpp"
#include "cwt/model/store.hpp"
#include "cwt/platform/output_file.hpp"
#include "status_output.hpp"

namespace cwt::cli {

enum ExitCode : int { exit_ok = 0, exit_bad_input = 1, exit_usage = 2 };

// Bad input or data: one line per problem, each naming where it is.
class InputError : public std::runtime_error {
 public:
  explicit InputError(std::vector<std::string> lines)
      : std::runtime_error(lines.empty() ? std::string() : lines.front()),
        lines_(std::move(lines)) {}
  explicit InputError(const std::string& line) : InputError(std::vector<std::string>{line}) {}
  const std::vector<std::string>& lines() const { return lines_; }

 private:
  std::vector<std::string> lines_;
};

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct CommandContext {
  std::string database_path;
  std::ostream& out;
  std::ostream& err;
  Date today;
  Language language = Language::zh;
  std::function<void()> action;  // set by the subcommand that was parsed

  // The existing database (a missing file is an InputError and is not created).
  std::unique_ptr<Store> open_store() const;

  // What an output option must not name: the database and its journal; the
  // command adds its inputs and other outputs.
  OutputGuard output_guard() const;
  // An InputError (naming the file) when `guard` refuses `output`.
  static void check_output(const OutputGuard& guard, const std::string& output);
};

}  // namespace cwt::cli
