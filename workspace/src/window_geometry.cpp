#include "cwt/workspace/window_geometry.hpp"

#include <algorithm>
#include <cstddef>
#include <numeric>

namespace cwt {

namespace {

// A window should leave this much of the work area around it before it is
// shown as a floating window rather than maximized.
constexpr int kMargin = 40;
constexpr int kShareOfWorkArea = 85;  // percent

}  // namespace

WindowPlacement first_window_placement(ScreenRect work_area, int preferred_width,
                                       int preferred_height) {
  if (preferred_width + kMargin > work_area.width || preferred_height + kMargin > work_area.height)
    return {work_area, true};
  const int width = std::max(preferred_width, work_area.width * kShareOfWorkArea / 100);
  const int height = std::max(preferred_height, work_area.height * kShareOfWorkArea / 100);
  return {{work_area.x + (work_area.width - width) / 2,
           work_area.y + (work_area.height - height) / 2, width, height},
          false};
}

ScreenRect fit_into(ScreenRect remembered, ScreenRect work_area) {
  ScreenRect fitted = remembered;
  fitted.width = std::clamp(remembered.width, 1, std::max(1, work_area.width));
  fitted.height = std::clamp(remembered.height, 1, std::max(1, work_area.height));
  fitted.x = std::clamp(remembered.x, work_area.x, work_area.x + work_area.width - fitted.width);
  fitted.y = std::clamp(remembered.y, work_area.y, work_area.y + work_area.height - fitted.height);
  return fitted;
}

int fit_length(int wanted, int available) { return std::max(0, std::min(wanted, available)); }

namespace {

// Shares `amount` among the columns by `share` (one entry per column, 0 for
// none), the remainder to the last column with a share.
std::vector<int> shares_of(int amount, const std::vector<long long>& share) {
  std::vector<int> parts(share.size(), 0);
  const long long total = std::accumulate(share.begin(), share.end(), 0LL);
  if (total <= 0) return parts;
  int given = 0;
  std::size_t last = 0;
  for (std::size_t i = 0; i < share.size(); ++i) {
    if (share[i] <= 0) continue;
    parts[i] = static_cast<int>(amount * share[i] / total);
    given += parts[i];
    last = i;
  }
  parts[last] += amount - given;
  return parts;
}

}  // namespace

std::vector<int> fitted_widths(const std::vector<int>& current, const std::vector<int>& floors,
                               const std::vector<int>& weights, int available) {
  std::vector<int> widths = current;
  const int used = std::accumulate(current.begin(), current.end(), 0);
  std::vector<long long> share(widths.size(), 0);
  if (available > used) {
    for (std::size_t i = 0; i < widths.size() && i < weights.size(); ++i)
      share[i] = std::max(0, weights[i]);
    const std::vector<int> parts = shares_of(available - used, share);
    for (std::size_t i = 0; i < widths.size(); ++i) widths[i] += parts[i];
    return widths;
  }
  long long room = 0;
  for (std::size_t i = 0; i < widths.size() && i < weights.size() && i < floors.size(); ++i) {
    if (weights[i] > 0) share[i] = std::max(0, widths[i] - floors[i]);
    room += share[i];
  }
  const int taken = static_cast<int>(std::min<long long>(used - available, room));
  const std::vector<int> parts = shares_of(taken, share);
  for (std::size_t i = 0; i < widths.size(); ++i) widths[i] -= parts[i];
  return widths;
}

}  // namespace cwt
