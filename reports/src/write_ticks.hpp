#pragma once
// The rows (or a PDF's pages) of a report's file are counted as they are
// written by a ProgressSteps (model/progress.hpp): a cancel throws Cancelled
// out of the renderer, and save_report's whole-file write then removes its
// scratch file: the target stays exactly as it was.
#include <cstdint>

#include "cwt/model/progress.hpp"
#include "cwt/reports/document.hpp"

namespace cwt::reports {

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
