// Where the first window goes on the screens officers have, and how list
// columns share a wide window.
#include "cwt/workspace/window_geometry.hpp"

#include <gtest/gtest.h>

namespace cwt {
namespace {

// 1366x768 less a 40-pixel Windows taskbar: the first window is maximized
// on the work area, so the status bar is not under the taskbar (it was
// 1280x800, taller than the screen).
TEST(FirstWindow, FillsASmallScreen) {
  const ScreenRect work{0, 0, 1366, 728};
  const WindowPlacement placed = first_window_placement(work, 1280, 800);
  EXPECT_TRUE(placed.maximized);
  EXPECT_EQ(placed.rect, work);
  const ScreenRect small{0, 0, 1024, 738};
  EXPECT_EQ(first_window_placement(small, 1280, 800).rect, small);
}

TEST(FirstWindow, TakesMostOfALargeScreenCentered) {
  const ScreenRect work{0, 0, 1920, 1040};
  const WindowPlacement placed = first_window_placement(work, 1280, 800);
  EXPECT_FALSE(placed.maximized);
  EXPECT_EQ(placed.rect.width, 1632);  // 85% of 1920
  EXPECT_EQ(placed.rect.height, 884);
  EXPECT_EQ(placed.rect.x, (1920 - 1632) / 2);
  EXPECT_EQ(placed.rect.y, (1040 - 884) / 2);
}

TEST(FirstWindow, NeverSmallerThanWantedWhenItFits) {
  // 1400x900: 85% would be 1190x765, less than wanted; the wanted size fits.
  const WindowPlacement placed = first_window_placement({0, 0, 1400, 900}, 1280, 800);
  EXPECT_FALSE(placed.maximized);
  EXPECT_EQ(placed.rect, (ScreenRect{60, 50, 1280, 800}));
}

TEST(FirstWindow, OnASecondDisplay) {
  // A work area that does not start at the origin (a monitor to the right).
  const WindowPlacement placed = first_window_placement({1920, 0, 1366, 728}, 1280, 800);
  EXPECT_EQ(placed.rect.x, 1920);
  EXPECT_TRUE(placed.maximized);
}

TEST(RememberedWindow, BroughtBackOntoASmallerScreen) {
  // Saved on a 1920x1080 monitor, shown on the laptop's 1366x728.
  const ScreenRect work{0, 0, 1366, 728};
  EXPECT_EQ(fit_into({300, 150, 1600, 900}, work), work);
  // A window that fits is moved back inside, not cut.
  EXPECT_EQ(fit_into({1000, 500, 800, 600}, work), (ScreenRect{566, 128, 800, 600}));
  EXPECT_EQ(fit_into({-200, -50, 800, 600}, work), (ScreenRect{0, 0, 800, 600}));
  // One that is inside stays where it was.
  EXPECT_EQ(fit_into({10, 20, 800, 600}, work), (ScreenRect{10, 20, 800, 600}));
}

TEST(DialogSize, AtMostTheWorkArea) {
  EXPECT_EQ(fit_length(820, 728), 728);
  EXPECT_EQ(fit_length(600, 728), 600);
}

TEST(ColumnWidths, SurplusSharedByWeight) {
  // 500 natural pixels in 1000: the two weighted columns share 500 as 1:3.
  const std::vector<int> widths = fitted_widths({100, 200, 200}, {100, 200, 200}, {0, 1, 3}, 1000);
  EXPECT_EQ(widths, (std::vector<int>{100, 325, 575}));
}

TEST(ColumnWidths, FillTheWidthExactly) {
  // 100 pixels among three equal weights: 33 + 33 + 34.
  const std::vector<int> widths = fitted_widths({50, 50, 50}, {50, 50, 50}, {1, 1, 1}, 250);
  EXPECT_EQ(widths, (std::vector<int>{83, 83, 84}));
}

TEST(ColumnWidths, ShrinkBackToTheDesignedWidths) {
  // The window made smaller again: the stretched columns give back their
  // extra width in proportion to it, never below the floors.
  EXPECT_EQ(fitted_widths({100, 325, 575}, {100, 200, 200}, {0, 1, 3}, 750),
            (std::vector<int>{100, 263, 387}));
  EXPECT_EQ(fitted_widths({100, 325, 575}, {100, 200, 200}, {0, 1, 3}, 400),
            (std::vector<int>{100, 200, 200}));
}

TEST(ColumnWidths, AColumnTheOfficerWidenedStaysWide) {
  // The unweighted first column dragged to 300: the list grows, only the
  // weighted columns take the surplus; it shrinks, the first one stays.
  EXPECT_EQ(fitted_widths({300, 200}, {100, 200}, {0, 1}, 700), (std::vector<int>{300, 400}));
  EXPECT_EQ(fitted_widths({300, 400}, {100, 200}, {0, 1}, 450), (std::vector<int>{300, 200}));
}

TEST(ColumnWidths, NaturalWhenTheListIsNarrow) {
  // Too narrow (1024x768): the columns keep their widths and the list scrolls.
  EXPECT_EQ(fitted_widths({300, 300, 300}, {300, 300, 300}, {1, 1, 1}, 700),
            (std::vector<int>{300, 300, 300}));
  // No weighted column: nothing stretches.
  EXPECT_EQ(fitted_widths({100, 100}, {100, 100}, {0, 0}, 700), (std::vector<int>{100, 100}));
}

}  // namespace
}  // namespace cwt
