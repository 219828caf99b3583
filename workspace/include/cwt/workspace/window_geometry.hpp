// Where the desktop program's windows go on the officer's screen, and how a
// list's columns share the width it is given: arithmetic on rectangles, kept
// out of the toolkit so that it is tested without a display. gui/ asks the
// toolkit for the display's work area (the screen less the taskbar) and for
// the columns' natural widths, and applies what these functions return.
#pragma once

#include <vector>

namespace cwt {

struct ScreenRect {
  int x = 0;
  int y = 0;
  int width = 0;
  int height = 0;
  friend bool operator==(const ScreenRect&, const ScreenRect&) = default;
};

struct WindowPlacement {
  ScreenRect rect;
  // Small screens (the 1366x768 and 1024x768 of office desktops): the window
  // takes the whole work area, maximized, so nothing lies under the taskbar.
  bool maximized = false;
};

// The main window's first placement on a work area, for a program that
// would like `preferred` (pixels): maximized when the preferred size does
// not fit with a margin; otherwise most of the work area (85%), never less
// than the preferred size, centered.
WindowPlacement first_window_placement(ScreenRect work_area, int preferred_width,
                                       int preferred_height);

// A remembered rectangle brought back onto the work area it is shown on
// now: no larger than the work area, moved (not cut) so that it lies wholly
// inside. The display may have changed since (a laptop off its monitor).
ScreenRect fit_into(ScreenRect remembered, ScreenRect work_area);

// A dialog's size on a work area: at most the work area, at least as small
// as needed; what does not fit scrolls (the caller's business).
int fit_length(int wanted, int available);

// The widths of a list's columns fitted to `available` pixels. `current`
// are the widths now (as the officer may have dragged them), `floors` the
// widths the program designed, `weights` one entry per column (0: never
// stretches). A surplus is shared among the weighted columns by weight; a
// shortfall is taken from the weighted columns' width above their floors,
// in proportion to it; what cannot be taken leaves the list wider than the
// window (it scrolls sideways, as on 1024x768). Rounding remainders go to
// the last column concerned, so a list that can fill its width does so
// exactly. Columns the officer widened stay as wide.
std::vector<int> fitted_widths(const std::vector<int>& current, const std::vector<int>& floors,
                               const std::vector<int>& weights, int available);

}  // namespace cwt
