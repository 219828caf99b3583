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

// Reports nothing and never cancels: for work nobody watches.
inline Progress& no_progress() {
  static Progress none;
  return none;
}

}  // namespace cwt
