#pragma once
// The best wall time of `runs` runs of `work`, in seconds: the benchmarks'
// one way of timing, least disturbed by the rest of a shared machine.
#include <algorithm>
#include <chrono>
#include <functional>

namespace cwt::bench {

inline double best_seconds(int runs, const std::function<void()>& work) {
  double best = 1e9;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count());
  }
  return best;
}

}  // namespace cwt::bench
