#pragma once
// The best wall time of `runs` runs of `work`, in seconds: the benchmarks'
// one way of timing, least disturbed by the rest of a shared machine.
#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <string>

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

// The process's resident memory in KiB, VmRSS from /proc (Linux); 0 elsewhere.
inline long resident_kib() {
  std::ifstream status("/proc/self/status");
  std::string key;
  long value = 0;
  while (status >> key) {
    if (key == "VmRSS:") {
      status >> value;
      return value;
    }
    status.ignore(1 << 16, '\n');
  }
  return 0;
}

}  // namespace cwt::bench
