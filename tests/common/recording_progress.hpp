#pragma once
// A Progress that keeps every report and says "cancelled" once the work has
// reported a given share of its total: the tests of issue 24's long work
// (rising progress; cancelled at 10 %, 50 %, 90 %, nothing changed).
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "cwt/model/progress.hpp"

namespace cwt::test {

class RecordingProgress : public Progress {
 public:
  // Cancelled from the first report at or past `stop_at` of the stage's
  // total (never, by default).
  explicit RecordingProgress(double stop_at = 2.0) : stop_at_(stop_at) {}
  void stage(const std::string& text) override { stages.push_back(text); }
  void advance(std::uint64_t done, std::uint64_t total) override {
    steps.emplace_back(done, total);
    share_ = total == 0 ? 0 : static_cast<double>(done) / static_cast<double>(total);
  }
  bool cancelled() const override { return share_ >= stop_at_; }

  // Whether every report of one total never fell below the one before.
  bool rises() const {
    for (std::size_t i = 1; i < steps.size(); ++i)
      if (steps[i].second == steps[i - 1].second && steps[i].first < steps[i - 1].first)
        return false;
    return true;
  }

  std::vector<std::string> stages;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> steps;

 private:
  double stop_at_;
  double share_ = 0;
};

}  // namespace cwt::test
