#include "cwt/platform/helper_program.hpp"

#include <thread>
#include <vector>

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
extern char** environ;
#endif

namespace cwt {

namespace fs = std::filesystem;

#ifdef _WIN32

fs::path program_folder() {
  std::wstring path(MAX_PATH, L'\0');
  for (;;) {
    const DWORD size = GetModuleFileNameW(nullptr, path.data(), static_cast<DWORD>(path.size()));
    if (size < path.size()) {
      path.resize(size);
      break;
    }
    path.resize(path.size() * 2);
  }
  return fs::path(path).parent_path();
}

fs::path helper_program(const std::string& name) { return program_folder() / (name + ".exe"); }

std::wstring quoted_argument(const std::wstring& argument) {
  std::wstring result = L"\"";
  std::size_t backslashes = 0;
  for (const wchar_t c : argument) {
    if (c == L'\\') {
      ++backslashes;
      continue;
    }
    result.append(c == L'"' ? backslashes * 2 + 1 : backslashes, L'\\');
    backslashes = 0;
    result += c;
  }
  result.append(backslashes * 2, L'\\');
  return result + L"\"";
}

namespace {

std::wstring wide_from_ansi(const std::string& text) {
  if (text.empty()) return {};
  const int size =
      MultiByteToWideChar(CP_ACP, 0, text.data(), static_cast<int>(text.size()), nullptr, 0);
  std::wstring wide(static_cast<std::size_t>(size), L'\0');
  MultiByteToWideChar(CP_ACP, 0, text.data(), static_cast<int>(text.size()), wide.data(), size);
  return wide;
}

struct OwnedHandle {
  HANDLE handle = nullptr;
  ~OwnedHandle() {
    if (handle && handle != INVALID_HANDLE_VALUE) CloseHandle(handle);
  }
};

}  // namespace

HelperRun run_helper(const fs::path& program, const std::string& argument, std::size_t output_limit,
                     std::chrono::milliseconds time_limit) {
  HelperRun run;
  SECURITY_ATTRIBUTES inheritable{sizeof inheritable, nullptr, TRUE};
  OwnedHandle read_end, write_end, null_device;
  if (!CreatePipe(&read_end.handle, &write_end.handle, &inheritable, 0)) return run;
  // Only the child's end is inherited.
  SetHandleInformation(read_end.handle, HANDLE_FLAG_INHERIT, 0);
  null_device.handle =
      CreateFileW(L"NUL", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                  &inheritable, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
  STARTUPINFOW startup{};
  startup.cb = sizeof startup;
  startup.dwFlags = STARTF_USESTDHANDLES;
  startup.hStdInput = null_device.handle;
  startup.hStdOutput = write_end.handle;
  startup.hStdError = null_device.handle;
  std::wstring command_line =
      quoted_argument(program.wstring()) + L" " + quoted_argument(wide_from_ansi(argument));
  PROCESS_INFORMATION process{};
  if (!CreateProcessW(program.c_str(), command_line.data(), nullptr, nullptr, TRUE,
                      CREATE_NO_WINDOW, nullptr, nullptr, &startup, &process))
    return run;
  OwnedHandle process_handle{process.hProcess}, thread_handle{process.hThread};
  // The parent's copy of the child's end closed: the pipe ends when the
  // child does.
  CloseHandle(write_end.handle);
  write_end.handle = nullptr;

  // A pipe read on Windows cannot wait with a time limit: the reading is a
  // thread's, the waiting this one's.
  bool too_much = false;
  std::thread reader([&] {
    char buffer[65536];
    DWORD got = 0;
    while (ReadFile(read_end.handle, buffer, sizeof buffer, &got, nullptr) && got > 0) {
      if (run.output.size() + got > output_limit) {
        too_much = true;
        TerminateProcess(process.hProcess, 1);
        break;
      }
      run.output.append(buffer, got);
    }
  });
  const DWORD waited = WaitForSingleObject(
      process.hProcess, static_cast<DWORD>(std::min<long long>(time_limit.count(), 0x7FFFFFFF)));
  const bool timed_out = waited != WAIT_OBJECT_0;
  if (timed_out) {
    TerminateProcess(process.hProcess, 1);
    WaitForSingleObject(process.hProcess, INFINITE);
  }
  reader.join();
  DWORD code = 0;
  GetExitCodeProcess(process.hProcess, &code);
  run.exit_code = static_cast<int>(code);
  if (too_much)
    run.ending = HelperRun::Ending::killed_by_size;
  else if (timed_out)
    run.ending = HelperRun::Ending::killed_by_time;
  else if (code >= 0xC0000000u)  // an NTSTATUS error: access violation, stack overflow, ...
    run.ending = HelperRun::Ending::crashed;
  else
    run.ending = HelperRun::Ending::exited;
  return run;
}

#else

fs::path program_folder() {
  std::error_code error;
  const auto exe = fs::read_symlink("/proc/self/exe", error);
  return error ? fs::current_path(error) : exe.parent_path();
}

fs::path helper_program(const std::string& name) { return program_folder() / name; }

namespace {

struct OwnedFd {
  int fd = -1;
  ~OwnedFd() {
    if (fd >= 0) close(fd);
  }
};

int wait_for(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return -1;
  return status;
}

// Whether the child ended by the deadline (its status in `status`); a
// child that closed its output but lives on is not waited for past it.
bool ended_by(pid_t pid, std::chrono::steady_clock::time_point deadline, int& status) {
  for (;;) {
    const pid_t ended = waitpid(pid, &status, WNOHANG);
    if (ended == pid) return true;
    if (ended < 0 && errno != EINTR) {
      status = -1;
      return true;
    }
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

}  // namespace

HelperRun run_helper(const fs::path& program, const std::string& argument, std::size_t output_limit,
                     std::chrono::milliseconds time_limit) {
  HelperRun run;
  int ends[2];
  // Close-on-exec: a program another thread starts meanwhile does not keep
  // the pipe open.
  if (pipe2(ends, O_CLOEXEC) != 0) return run;
  OwnedFd read_end{ends[0]}, write_end{ends[1]};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, write_end.fd, 1);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  std::string program_text = program.string(), argument_text = argument;
  char* argv[] = {program_text.data(), argument_text.data(), nullptr};
  pid_t pid = -1;
  const int failed = posix_spawn(&pid, program_text.c_str(), &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (failed != 0) return run;
  close(write_end.fd);
  write_end.fd = -1;

  const auto deadline = std::chrono::steady_clock::now() + time_limit;
  bool too_much = false, timed_out = false;
  char buffer[65536];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    pollfd watched{read_end.fd, POLLIN, 0};
    const int ready = poll(&watched, 1, static_cast<int>(std::min<long long>(left.count(), 1000)));
    if (ready < 0 && errno != EINTR) break;
    if (ready <= 0) continue;
    const ssize_t got = read(read_end.fd, buffer, sizeof buffer);
    if (got < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (got <= 0) break;  // the helper closed its output: it has ended
    if (run.output.size() + static_cast<std::size_t>(got) > output_limit) {
      too_much = true;
      break;
    }
    run.output.append(buffer, static_cast<std::size_t>(got));
  }
  int status = 0;
  if (too_much || timed_out || !ended_by(pid, deadline, status)) {
    if (!too_much) timed_out = true;
    kill(pid, SIGKILL);
    status = wait_for(pid);
  }
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  if (too_much)
    run.ending = HelperRun::Ending::killed_by_size;
  else if (timed_out)
    run.ending = HelperRun::Ending::killed_by_time;
  else if (status < 0 || WIFSIGNALED(status))
    run.ending = HelperRun::Ending::crashed;
  else
    run.ending = HelperRun::Ending::exited;
  return run;
}

#endif

}  // namespace cwt
