# Cross-builds cwtrack for Windows x64 with Debian's MinGW-w64 (posix threads)
# and runs what it builds (tests, gtest discovery) under Wine.
#
#   cmake -S . -B build-windows -G Ninja \
#     -DCMAKE_TOOLCHAIN_FILE=cmake/toolchain-mingw-w64.cmake \
#     -DCWTRACK_WIN_DEPS=<prefix made by scripts/windows/build-deps> \
#     -DCWTRACK_WIN_EXTRA_DEPS=<prefix made by scripts/windows/build-freexl>
#
# scripts/build-windows does all of this; see docs/windows.md.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(CWTRACK_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${CWTRACK_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${CWTRACK_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${CWTRACK_MINGW_TRIPLE}-windres)

# Fully static executables: no libstdc++, libgcc or winpthread DLL beside them.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")
set(CMAKE_SHARED_LINKER_FLAGS_INIT "-static-libgcc -static-libstdc++")

# The third-party prefix (SQLite, GoogleTest, libcsv, staged header-only
# packages). Passed on to try_compile projects, which re-read this file.
set(CWTRACK_WIN_DEPS "$ENV{CWTRACK_WIN_DEPS}" CACHE PATH
    "Prefix of the cross-built third-party libraries (scripts/windows/build-deps)")
# Small prefixes of libraries built apart, each keyed by its own versions
# (scripts/windows/build-freexl: FreeXL), searched like the main one: a
# list, where CWTRACK_WIN_DEPS is the one main prefix (po/ reads wx's
# catalogs from it).
set(CWTRACK_WIN_EXTRA_DEPS "" CACHE STRING
    "Prefixes of third-party libraries built apart (scripts/windows/build-freexl), ;-separated")
set(CWTRACK_WIN_WINEPREFIX "" CACHE PATH "Wine prefix for running the .exe files (empty: the default in the cache folder)")
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES CWTRACK_WIN_DEPS CWTRACK_WIN_EXTRA_DEPS
     CWTRACK_WIN_WINEPREFIX)

# Search only the MinGW sysroot and the prefix, never the Linux system
# directories: a Linux library or config found here would be a silent mix-up.
set(CMAKE_FIND_ROOT_PATH /usr/${CWTRACK_MINGW_TRIPLE})
if(CWTRACK_WIN_DEPS)
  list(PREPEND CMAKE_FIND_ROOT_PATH ${CWTRACK_WIN_DEPS})
endif()
if(CWTRACK_WIN_EXTRA_DEPS)
  list(PREPEND CMAKE_FIND_ROOT_PATH ${CWTRACK_WIN_EXTRA_DEPS})
endif()
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# wxWidgets needs nothing more: when cross-compiling, FindwxWidgets looks for
# wx-config only under CMAKE_FIND_ROOT_PATH, so it runs the prefix's
# bin/wx-config (the static wxMSW) and never the Linux one.
# Boost is header-only here: FindBoost reads boost/version.hpp from the
# prefix instead of Debian's BoostConfig.cmake (which describes Linux builds).
set(Boost_NO_BOOST_CMAKE ON)

# ctest and gtest_discover_tests run the .exe files through Wine.
get_filename_component(_cwtrack_wine_run "${CMAKE_CURRENT_LIST_DIR}/../scripts/windows/wine-run"
                       ABSOLUTE)
if(CWTRACK_WIN_WINEPREFIX)
  set(CMAKE_CROSSCOMPILING_EMULATOR "${_cwtrack_wine_run};--prefix;${CWTRACK_WIN_WINEPREFIX}")
else()
  set(CMAKE_CROSSCOMPILING_EMULATOR "${_cwtrack_wine_run}")
endif()
