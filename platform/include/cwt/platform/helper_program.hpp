#pragma once
// Running one of cwtrack's own helper programs and taking what it writes:
// work that might crash on a damaged file (a third-party reader of old
// formats) runs in a process of its own, so that a crash, a hang or a
// runaway allocation ends that process and never the officer's window. The
// helper's standard output is read whole, up to a limit; its standard error
// is thrown away (it is for a developer running the helper by hand). No
// window is shown on Windows.
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>

namespace cwt {

// The folder of the running executable (where the helpers are installed,
// and where the build puts a copy of them beside each program and test).
std::filesystem::path program_folder();

// A helper program of cwtrack by its name ("cwtrack-xls-reader"): the file
// of that name in program_folder(), with ".exe" on Windows.
std::filesystem::path helper_program(const std::string& name);

struct HelperRun {
  enum class Ending {
    exited,          // exit_code says how
    not_started,     // the program is missing or cannot be run
    killed_by_time,  // still running at the time limit: stopped
    killed_by_size,  // wrote more than the output limit: stopped
    crashed,         // ended by a signal or an exception (exit_code: which)
  };
  Ending ending = Ending::not_started;
  int exit_code = -1;
  std::string output;  // what it wrote on its standard output
};

// Runs `program` with one argument and waits for it, at most `time_limit`.
// `argument` is the text the helper's main() receives in argv[1]: on Windows
// in the ANSI code page (a narrow path a C library's fopen opens), elsewhere
// bytes as they are.
HelperRun run_helper(const std::filesystem::path& program, const std::string& argument,
                     std::size_t output_limit, std::chrono::milliseconds time_limit);

#ifdef _WIN32
// One argument of a Windows command line, quoted as the C runtime's
// CommandLineToArgvW reads it back (backslashes before a quote doubled, the
// quote escaped).
std::wstring quoted_argument(const std::wstring& argument);
#endif

}  // namespace cwt
