#include "cwt/platform/output_file.hpp"

#include <atomic>
#include <cstdio>
#include <mutex>
#include <random>
#include <stdexcept>
#include <string_view>
#include <system_error>

#include "cwt/model/messages.hpp"
#include "cwt/model/progress.hpp"
#include "cwt/model/text.hpp"
#include "cwt/platform/platform.hpp"

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace cwt {

namespace fs = std::filesystem;

namespace {

// The resolved name of a path that may not exist: its existing part
// resolved (links, "..", "."), the rest as written.
fs::path resolved(const fs::path& path) {
  std::error_code error;
  fs::path full = fs::weakly_canonical(fs::absolute(path, error), error);
  if (error) full = fs::absolute(path, error).lexically_normal();
  return full;
}

bool same_name(const fs::path& a, const fs::path& b) {
#ifdef _WIN32
  // Windows file names ignore letter case.
  const std::wstring& x = a.native();
  const std::wstring& y = b.native();
  return CompareStringOrdinal(x.c_str(), static_cast<int>(x.size()), y.c_str(),
                              static_cast<int>(y.size()), TRUE) == CSTR_EQUAL;
#else
  return a == b;
#endif
}

bool exists_quietly(const fs::path& path) {
  std::error_code error;
  return fs::exists(path, error);
}

}  // namespace

bool same_file(const fs::path& a, const fs::path& b) {
  const bool a_exists = exists_quietly(a), b_exists = exists_quietly(b);
  if (a_exists != b_exists) return false;
  if (a_exists) {
    std::error_code error;
    const bool same = fs::equivalent(a, b, error);
    if (!error) return same;
  }
  return same_name(resolved(a), resolved(b));
}

void OutputGuard::database(const std::string& path) {
  const fs::path file = path_from_utf8(path);
  entries_.push_back({file, Kind::database, {}});
  for (const char* suffix : {"-journal", "-wal", "-shm"}) {
    fs::path journal = file;
    journal += suffix;
    entries_.push_back({journal, Kind::journal, path});
  }
}

void OutputGuard::input(const std::string& path, Input what) {
  entries_.push_back({path_from_utf8(path),
                      what == Input::imported_file ? Kind::imported_file : Kind::mapping_file,
                      {}});
}

void OutputGuard::output(const std::string& path, const std::string& what) {
  entries_.push_back({path_from_utf8(path), Kind::output, what});
}

std::optional<std::string> OutputGuard::refusal(const std::string& target) const {
  const fs::path path = path_from_utf8(target);
  std::error_code error;
  if (fs::is_directory(path, error))
    // TRANSLATORS: {1} is the file name given for an output, which names a folder.
    return tr("{1}: is a folder; name a file to write; nothing was written", target);
  for (const Entry& entry : entries_) {
    if (!same_file(path, entry.path)) continue;
    switch (entry.kind) {
      case Kind::database:
        return tr("{1}: is the open database; choose another file; nothing was written", target);
      case Kind::journal:
        // TRANSLATORS: {1} is the output named, {2} the database whose
        // journal (SQLite's working file beside it) that would be.
        return tr(
            "{1}: is the journal of the open database {2}; choose another file; nothing was "
            "written",
            target, entry.detail);
      case Kind::imported_file:
        return tr("{1}: is the file being imported; choose another file; nothing was written",
                  target);
      case Kind::mapping_file:
        return tr("{1}: is the mapping file being read; choose another file; nothing was written",
                  target);
      case Kind::output:
        // TRANSLATORS: {2} is the other output option naming the same file (--save-mapping).
        return tr("{1}: is also the file named for {2}; choose another file; nothing was written",
                  target, entry.detail);
    }
  }
  return std::nullopt;
}

void OutputGuard::check(const std::string& target) const {
  if (auto why = refusal(target)) throw std::runtime_error(*why);
}

fs::path scratch_path_in(const fs::path& folder) {
  static std::atomic<unsigned long> count{0};
#ifdef _WIN32
  const unsigned long pid = GetCurrentProcessId();
#else
  const auto pid = static_cast<unsigned long>(getpid());
#endif
  unsigned long random = 0;
  try {
    random = std::random_device{}();
  } catch (const std::exception&) {
    random = static_cast<unsigned long>(
        std::chrono::steady_clock::now().time_since_epoch().count() & 0xFFFFFFFFu);
  }
  char name[96];
  std::snprintf(name, sizeof name, "cwtrack-write-%lu-%lu-%08lx.partial", pid, ++count,
                random & 0xFFFFFFFFul);
  return folder / name;
}

namespace {

bool all_of_chars(std::string_view text, std::string_view allowed) {
  return !text.empty() && text.find_first_not_of(allowed) == std::string_view::npos;
}

// cwtrack-write-PID-COUNT-RANDOM.partial (and its SQLite -journal), or the
// older cwtrack-report-NUMBER.partial.
bool is_scratch_name(std::string_view name) {
  constexpr std::string_view write_lead = "cwtrack-write-", report_lead = "cwtrack-report-";
  constexpr std::string_view tail = ".partial", journal_tail = ".partial-journal";
  if (name.starts_with(write_lead)) {
    name.remove_prefix(write_lead.size());
    if (name.ends_with(journal_tail))
      name.remove_suffix(journal_tail.size());
    else if (name.ends_with(tail))
      name.remove_suffix(tail.size());
    else
      return false;
    return all_of_chars(name, "0123456789abcdef-");
  }
  if (name.starts_with(report_lead) && name.ends_with(tail))
    return all_of_chars(
        name.substr(report_lead.size(), name.size() - report_lead.size() - tail.size()),
        "0123456789");
  return false;
}

}  // namespace

void remove_orphan_scratch_files(const fs::path& folder) {
  std::error_code error;
  const auto now = fs::file_time_type::clock::now();
  fs::directory_iterator it(folder.empty() ? fs::path(".") : folder,
                            fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::directory_iterator(); it.increment(error)) {
    try {
      const std::u8string name = it->path().filename().u8string();
      if (!is_scratch_name(
              std::string_view(reinterpret_cast<const char*>(name.data()), name.size())))
        continue;
    } catch (const std::exception&) {  // a name Windows cannot convert: not ours
      continue;
    }
    std::error_code ignored;
    if (!it->is_regular_file(ignored)) continue;
    const auto written = it->last_write_time(ignored);
    if (ignored || now - written < kScratchOrphanAge) continue;
    fs::remove(it->path(), ignored);
  }
}

void write_whole_file(const std::string& target,
                      const std::function<void(const fs::path& scratch)>& write) {
  const fs::path path = path_from_utf8(target);
  std::error_code error;
  const auto folder_refused = [&] {
    return std::runtime_error(
        tr("{1}: is a folder; name a file to write; nothing was written", target));
  };
  if (fs::is_directory(path, error)) throw folder_refused();
  const fs::path folder = path.parent_path();
  remove_orphan_scratch_files(folder);
  const fs::path scratch = scratch_path_in(folder);
  try {
    write(scratch);
  } catch (const Cancelled&) {
    fs::remove(scratch, error);  // stopped by the officer: not a failure to report
    throw;
  } catch (const std::exception& failure) {
    fs::remove(scratch, error);
    throw std::runtime_error(
        tr("{1}: writing failed ({2}); nothing was written", target, escaped(failure.what(), 200)));
  }
  fs::rename(scratch, path, error);
  if (error) {
    std::error_code ignored;
    fs::remove(scratch, ignored);
    if (fs::is_directory(path, ignored)) throw folder_refused();
    throw std::runtime_error(
        tr("{1}: cannot be replaced (is it open in another program?); nothing was "
           "written",
           target));
  }
}

namespace {
std::mutex quiet_mutex;
int quiet_depth = 0;
int quiet_saved = -1;
}  // namespace

QuietStderr::QuietStderr() {
  const std::lock_guard lock(quiet_mutex);
  if (quiet_depth++ > 0) return;
  std::fflush(stderr);
#ifdef _WIN32
  quiet_saved = _dup(2);
  if (quiet_saved < 0) return;  // no stderr (a program without a console)
  const int nowhere = _open("NUL", _O_WRONLY);
  if (nowhere >= 0) {
    _dup2(nowhere, 2);
    _close(nowhere);
  }
#else
  quiet_saved = fcntl(2, F_DUPFD_CLOEXEC, 0);
  if (quiet_saved < 0) return;
  const int nowhere = open("/dev/null", O_WRONLY | O_CLOEXEC);
  if (nowhere >= 0) {
    dup2(nowhere, 2);
    close(nowhere);
  }
#endif
}

QuietStderr::~QuietStderr() {
  const std::lock_guard lock(quiet_mutex);
  if (--quiet_depth > 0 || quiet_saved < 0) return;
  std::fflush(stderr);
#ifdef _WIN32
  _dup2(quiet_saved, 2);
  _close(quiet_saved);
#else
  dup2(quiet_saved, 2);
  close(quiet_saved);
#endif
  quiet_saved = -1;
}

}  // namespace cwt
