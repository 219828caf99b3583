#pragma once
// The most memory a piece of code made the process hold, for the tests that
// bound it. Linux keeps the peak resident size (VmHWM in /proc/self/status)
// and starts it again from the current size when "5" is written to
// /proc/self/clear_refs; elsewhere (the Windows build under Wine) there is
// no such measure and the tests check what the code does, not its memory.
#include <cstddef>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace cwt::test {

class PeakMemory {
 public:
  // Starts measuring: from here on, the growth of the peak.
  PeakMemory() {
#ifdef __linux__
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";
    clear.close();
    if (clear) baseline_ = status_kb("VmRSS:");
#endif
  }

  // The peak's growth since the start, in MB; nothing where it cannot be
  // measured.
  std::optional<double> growth_mb() const {
    if (!baseline_) return std::nullopt;
    const auto peak = status_kb("VmHWM:");
    if (!peak) return std::nullopt;
    return (static_cast<double>(*peak) - static_cast<double>(*baseline_)) / 1024.0;
  }

 private:
  static std::optional<std::size_t> status_kb(const std::string& field) {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
      if (line.rfind(field, 0) == 0) {
        std::istringstream value(line.substr(field.size()));
        std::size_t kb = 0;
        if (value >> kb) return kb;
      }
    return std::nullopt;
  }
  std::optional<std::size_t> baseline_;
};

}  // namespace cwt::test
