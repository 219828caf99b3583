// The GUI tests' main: starts wxWidgets without running its event loop, so
// that the tests build windows, work their controls and read them back. With
// no display the tests are skipped (exit 77, which ctest reports as skipped).
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/init.h>

#include <iostream>

#include "failure.hpp"
#include "layout_printout.hpp"

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  // The program's own application object: a failure no handler catches is
  // shown (the tests' dialog hook answers it) and logged, as in the program.
  wxApp::SetInstance(new cwt::gui::ProgramApp);
  if (!wxEntryStart(argc, argv)) {
    std::cerr << "no display (DISPLAY unset or no X server): the GUI tests are skipped\n";
    return 77;
  }
  // The report fonts of the build tree (the program finds them beside itself).
  cwt::gui::use_report_fonts({CWTRACK_FONT_DIR});
  const int result = RUN_ALL_TESTS();
  wxEntryCleanup();
  return result;
}
