#pragma once
// How far long work has got, and whether the officer asked it to stop:
// passed into the work itself (Poedit's Progress and PrusaSlicer's
// Job::Ctl are the models), so that the window shows "N of M" with the
// stage and a time left, and a cancel stops the work where stopping leaves
// nothing half-written. The work reports, the front end shows: the desktop
// program's progress dialog (gui/background.hpp), nothing on the command
// line. Called from the thread doing the work.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace cwt {

class Progress {
 public:
  virtual ~Progress() = default;
  // The stage now running, one line in the program's language.
  virtual void stage(const std::string& text) { (void)text; }
  // `done` of `total` units of the stage: never falls within a stage.
  virtual void advance(std::uint64_t done, std::uint64_t total) {
    (void)done;
    (void)total;
  }
  // Whether to stop. Work that sees it stops at a point where nothing is
  // half-written, undoes what it began and throws Cancelled.
  virtual bool cancelled() const { return false; }
};

// What cancelled work throws once it has undone what it began.
class Cancelled : public std::runtime_error {
 public:
  Cancelled() : std::runtime_error("cancelled") {}
};

// Units of long work counted as they are done (rows written, rows checked,
// workers placed, pages drawn): reported every `every` units (0: about 256
// times over the whole), each time with a look at the cancel, which throws
// Cancelled. The one counting loop of every long task.
class ProgressSteps {
 public:
  ProgressSteps(Progress& progress, std::uint64_t total, std::uint64_t every = 0)
      : progress_(progress),
        total_(total),
        every_(every > 0 ? every : (total / 256 > 0 ? total / 256 : 1)) {
    report();
  }
  // One more unit done.
  void done_one() {
    if (++done_ % every_ == 0) report();
  }
  // How far it is now, and the cancel looked at (before a step that cannot
  // be split, such as a commit).
  void report() {
    if (progress_.cancelled()) throw Cancelled();
    progress_.advance(done_ < total_ ? done_ : total_, total_);
  }
  // All done; whatever is left to make it whole (a rename, a commit) not
  // yet, so a cancel here still undoes everything.
  void finish() {
    done_ = total_;
    report();
  }

 private:
  Progress& progress_;
  std::uint64_t total_;
  std::uint64_t every_;
  std::uint64_t done_ = 0;
};

// Reports nothing and never cancels: for work nobody watches.
inline Progress& no_progress() {
  static Progress none;
  return none;
}

}  // namespace cwt
