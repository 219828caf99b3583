#include "child_process.hpp"

#include <chrono>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <thread>

#include "cwt/platform/helper_program.hpp"

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
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
extern char** environ;
#endif

namespace cwt::testing {

namespace fs = std::filesystem;

#ifdef _WIN32

namespace {

std::wstring wide(const std::string& utf8) {
  if (utf8.empty()) return {};
  const int size =
      MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
  std::wstring text(static_cast<std::size_t>(size), L'\0');
  MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), text.data(), size);
  return text;
}

HANDLE inheritable_file(const fs::path& path) {
  SECURITY_ATTRIBUTES attributes{sizeof attributes, nullptr, TRUE};
  HANDLE file = CreateFileW(path.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                            &attributes, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
  if (file == INVALID_HANDLE_VALUE) throw std::runtime_error("cannot create " + path.string());
  return file;
}

}  // namespace

struct ChildProcess::Handle {
  PROCESS_INFORMATION process{};
};

ChildProcess::ChildProcess(const fs::path& program, const std::vector<std::string>& arguments,
                           const fs::path& out, const fs::path& err)
    : handle_(std::make_unique<Handle>()) {
  std::wstring command_line = quoted_argument(program.wstring());
  for (const auto& argument : arguments) command_line += L" " + quoted_argument(wide(argument));
  HANDLE out_file = inheritable_file(out);
  HANDLE err_file = inheritable_file(err);
  STARTUPINFOW startup{};
  startup.cb = sizeof startup;
  startup.dwFlags = STARTF_USESTDHANDLES;
  startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
  startup.hStdOutput = out_file;
  startup.hStdError = err_file;
  const BOOL started =
      CreateProcessW(program.c_str(), command_line.data(), nullptr, nullptr, TRUE, CREATE_NO_WINDOW,
                     nullptr, nullptr, &startup, &handle_->process);
  CloseHandle(out_file);
  CloseHandle(err_file);
  if (!started) throw std::runtime_error("cannot start " + program.string());
}

int ChildProcess::wait() {
  if (!handle_) return exit_code_;
  WaitForSingleObject(handle_->process.hProcess, INFINITE);
  DWORD code = 0;
  GetExitCodeProcess(handle_->process.hProcess, &code);
  CloseHandle(handle_->process.hProcess);
  CloseHandle(handle_->process.hThread);
  handle_.reset();
  exit_code_ = static_cast<int>(code);
  return exit_code_;
}

fs::path program_beside_this_one(const std::string& relative) {
  return (program_folder() / (relative + ".exe")).lexically_normal();
}

#else

struct ChildProcess::Handle {
  pid_t pid = -1;
};

ChildProcess::ChildProcess(const fs::path& program, const std::vector<std::string>& arguments,
                           const fs::path& out, const fs::path& err)
    : handle_(std::make_unique<Handle>()) {
  std::vector<std::string> words{program.string()};
  words.insert(words.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (auto& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  const int failed =
      posix_spawn(&handle_->pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (failed != 0) throw std::runtime_error("cannot start " + program.string());
}

int ChildProcess::wait() {
  if (!handle_) return exit_code_;
  int status = 0;
  while (waitpid(handle_->pid, &status, 0) < 0) {
    if (errno != EINTR) throw std::runtime_error("cannot wait for a child process");
  }
  handle_.reset();
  exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return exit_code_;
}

fs::path program_beside_this_one(const std::string& relative) {
  return (program_folder() / relative).lexically_normal();
}

#endif

ChildProcess::~ChildProcess() {
  if (handle_) wait();
}

std::string read_whole_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

bool says_file_in_use(const std::string& message) {
  return message.find("is in use") != std::string::npos ||
         message.find("正在使用") != std::string::npos;
}

void pause_for(int milliseconds) {
  std::this_thread::sleep_for(std::chrono::milliseconds(milliseconds));
}

}  // namespace cwt::testing
