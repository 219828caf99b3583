#pragma once
// Files the programs write where the officer asks (reports, exports, the
// rejected rows, mapping files, backup copies): which names they must refuse,
// and how a file is written whole or not at all. The command line and the
// desktop program both write through here.
//
// Refused: the open database, its journal files (-journal, -wal, -shm,
// whether or not they exist now: SQLite makes them while it writes), the
// files the same action reads (the file being imported, a mapping file) and
// the other files it writes. Compared by file identity where both exist (a
// hard link, a symbolic link or another spelling of the database is the
// database), by their full resolved name where one does not. Nothing here
// ever opens the database: on POSIX closing any descriptor of a file drops
// the process's locks on it, so identity comes from stat alone
// (std::filesystem::equivalent; on Windows it opens handles, which hold no
// locks and drop none).
#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cwt {

// Whether `a` and `b` name one file: the same file when both exist, the same
// resolved name (weakly_canonical; letter case ignored on Windows) when
// neither does. A name that exists is never the same as one that does not.
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

class OutputGuard {
 public:
  // The open database (UTF-8 path), with its journal files.
  void database(const std::string& path);
  // A file the action reads: the file being imported, or a mapping file.
  enum class Input { imported_file, mapping_file };
  void input(const std::string& path, Input what);
  // Another file the same action writes; `what` names it for the officer
  // (an option such as --save-mapping).
  void output(const std::string& path, const std::string& what);

  // Why `target` (UTF-8 path) must not be written, a sentence naming it, or
  // nothing when it may: a folder, the database, a journal, an input or
  // another output of the action.
  std::optional<std::string> refusal(const std::string& target) const;
  // The same as a std::runtime_error.
  void check(const std::string& target) const;

 private:
  enum class Kind { database, journal, imported_file, mapping_file, output };
  struct Entry {
    std::filesystem::path path;
    Kind kind;
    std::string detail;  // the database of a journal; the option of an output
  };
  std::vector<Entry> entries_;
};

// Writes `target` (UTF-8 path) whole or not at all: `write` fills a scratch
// file in the target's folder, which then replaces the target in one rename
// (atomic on POSIX; MoveFileExW with MOVEFILE_REPLACE_EXISTING on Windows).
// The scratch file's name is unique to this write (two writers of one target
// never share it) and ASCII (C libraries such as libxlsxwriter open it by a
// narrow path). Throws std::runtime_error naming the target when it cannot be
// written; the target is then untouched and the scratch file removed. A
// target that is a folder is refused before anything is written.
void write_whole_file(const std::string& target,
                      const std::function<void(const std::filesystem::path& scratch)>& write);

// A fresh scratch name in `folder`: cwtrack-write-PID-COUNT-RANDOM.partial.
std::filesystem::path scratch_path_in(const std::filesystem::path& folder);

// Removes scratch files left in `folder` by writers that did not finish
// (killed, power lost): cwtrack-write-*.partial (with a SQLite "-journal"
// beside it) and the older cwtrack-report-*.partial, when last written more
// than `kScratchOrphanAge` ago. The age, not the process id in the name,
// decides: a folder may be shared with other computers, whose process ids
// mean nothing here, and a live writer keeps its file's time fresh as it
// writes (the longest write, a city's 300,000 training records, takes
// seconds), so an hour-old scratch file has no writer left. Best effort:
// what cannot be removed stays.
inline constexpr std::chrono::seconds kScratchOrphanAge{3600};
void remove_orphan_scratch_files(const std::filesystem::path& folder);

// While one lives, what C libraries print on stderr (libxlsxwriter's own
// "[ERROR]" lines) goes nowhere: the program's own message says what
// failed. For the short calls into such a library only.
class QuietStderr {
 public:
  QuietStderr();
  ~QuietStderr();
  QuietStderr(const QuietStderr&) = delete;
  QuietStderr& operator=(const QuietStderr&) = delete;
};

}  // namespace cwt
