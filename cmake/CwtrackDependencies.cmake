# Third-party libraries, all from Debian's packages on Linux; the Windows build
# points the same find_package calls at its cross-built copies.
find_package(Boost 1.74 REQUIRED)            # Date_Time is header-only in 1.74
find_package(SQLite3 REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)

# libcsv ships no CMake config: find its header and library.
find_path(CSV_INCLUDE_DIR csv.h REQUIRED)
find_library(CSV_LIBRARY NAMES csv REQUIRED)
add_library(csv::csv UNKNOWN IMPORTED)
set_target_properties(csv::csv PROPERTIES IMPORTED_LOCATION ${CSV_LIBRARY}
                                          INTERFACE_INCLUDE_DIRECTORIES ${CSV_INCLUDE_DIR})

# wxBase reads the message catalogs (cwt::platform) for both programs; the
# desktop program adds wx's core. On Windows both come from the static wxMSW
# that scripts/windows/build-deps puts in the prefix.
find_package(wxWidgets 3.2 REQUIRED COMPONENTS base)
set(wxWidgets_BASE_LIBRARIES ${wxWidgets_LIBRARIES})

if(CWTRACK_BUILD_GUI)
  if(CMAKE_CROSSCOMPILING)
    # The Windows prefix holds wxMSW once scripts/windows/build-deps has built
    # it; a prefix from before that builds everything but the desktop program.
    find_package(wxWidgets 3.2 COMPONENTS core base)
    if(NOT wxWidgets_FOUND)
      message(WARNING "no wxWidgets in ${CWTRACK_WIN_DEPS}: cwtrack.exe is not built")
      set(CWTRACK_BUILD_GUI OFF)
    endif()
  else()
    find_package(wxWidgets 3.2 REQUIRED COMPONENTS core base)
  endif()
endif()

if(CWTRACK_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
