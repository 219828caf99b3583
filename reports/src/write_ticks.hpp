#pragma once
// The rows (or a PDF's pages) of a report's file counted as they are
// written: reported about 256 times with a look at the cancel. A cancel
// throws Cancelled out of the renderer, and save_report's whole-file write
// then removes its scratch file: the target stays exactly as it was.
#include <algorithm>
#include <cstdint>

#include "cwt/model/progress.hpp"
#include "cwt/reports/document.hpp"

namespace cwt::reports {

class WriteTicks {
 public:
  WriteTicks(Progress& progress, std::uint64_t total)
      : progress_(progress), total_(total), step_(std::max<std::uint64_t>(1, total / 256)) {
    report();
  }
  // One more row (page) written.
  void tick() {
    if (++done_ % step_ == 0) report();
  }
  // All written; the file not yet in place, so a cancel still leaves nothing.
  void finish() {
    done_ = total_;
    report();
  }

 private:
  void report() {
    if (progress_.cancelled()) throw Cancelled();
    progress_.advance(std::min(done_, total_), total_);
  }

  Progress& progress_;
  std::uint64_t total_;
  std::uint64_t step_;  // about 256 reports for the whole
  std::uint64_t done_ = 0;
};

// The rows a renderer writes for `document`: every table's (a data file's
// first table only).
inline std::uint64_t table_rows(const Document& document) {
  std::uint64_t rows = 0;
  for (const Block& block : document.blocks) {
    for (const Table& table : block.tables) {
      rows += table.rows.size();
      if (document.data_only) return rows;
    }
  }
  return rows;
}

}  // namespace cwt::reports
