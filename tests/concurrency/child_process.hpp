#pragma once
// Starting another program and waiting for it, on POSIX (posix_spawn) and on
// Windows (CreateProcessW, also under Wine): the concurrency tests run real
// cwtrack-cli processes beside each other, since SQLite's file locks are
// between processes, and a lock lost inside one process shows only to another.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace cwt::testing {

class ChildProcess {
 public:
  // Starts `program` with `arguments` (UTF-8), its standard output and error
  // written to the files `out` and `err`. Throws std::runtime_error when it
  // cannot start.
  ChildProcess(const std::filesystem::path& program, const std::vector<std::string>& arguments,
               const std::filesystem::path& out, const std::filesystem::path& err);
  ~ChildProcess();  // waits for it, if nobody has
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  // Waits for the program to end; its exit status.
  int wait();

 private:
  struct Handle;
  std::unique_ptr<Handle> handle_;
  int exit_code_ = -1;
};

// Another executable of this build: `relative` to the folder of the running
// test executable (e.g. "../../cli/cwtrack-cli"), with ".exe" on Windows.
std::filesystem::path program_beside_this_one(const std::string& relative);

// Sleeps `milliseconds`.
void pause_for(int milliseconds);

// A file's whole content (a child's captured output).
std::string read_whole_file(const std::filesystem::path& path);

// Whether `message` is the store's "in use by another program" refusal, in
// English or Chinese: what a writer that gave up waiting must say.
bool says_file_in_use(const std::string& message);

}  // namespace cwt::testing
