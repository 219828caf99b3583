# Third-party libraries, all from Debian's packages on Linux; the Windows build
# points the same find_package calls at its cross-built copies.
find_package(Boost 1.74 REQUIRED)            # Date_Time is header-only in 1.74
find_package(SQLite3 REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)

# The LGPL libraries (libcsv, PoDoFo with the libunistring functions it
# calls) are linked as DLLs on Windows, so that a user can replace them with
# ones built from modified sources, as the LGPL asks of a program that is not
# itself free software (Debian links its shared libraries anyway). The Windows
# prefix holds static archives (scripts/windows/build-deps); each becomes
# NAME.dll here, every symbol of the archive exported, none of the static
# libraries it uses (FreeType, libpng, zlib, the C++ runtime: the programs
# link their own). cwtrack_copy_runtime_dlls puts them beside an executable.
if(WIN32)
  set(_cwtrack_dll_source ${CMAKE_BINARY_DIR}/cwtrack_dll_source.c)
  if(NOT EXISTS ${_cwtrack_dll_source})
    file(WRITE ${_cwtrack_dll_source}
         "/* The DLLs made from static archives need one source file of their own. */\n"
         "typedef int cwtrack_dll_source;\n")
  endif()
endif()
function(cwtrack_dll_from_archive name archive)
  add_library(${name}_dll SHARED ${_cwtrack_dll_source})
  set_target_properties(${name}_dll PROPERTIES OUTPUT_NAME ${name} PREFIX "")
  target_link_libraries(${name}_dll PRIVATE "$<LINK_LIBRARY:WHOLE_ARCHIVE,${archive}>" ${ARGN})
  # -static: MinGW's runtime (winpthread) inside, as in the programs.
  target_link_options(${name}_dll PRIVATE -static -Wl,--export-all-symbols
    -Wl,--exclude-libs,libfreetype.a:libpng16.a:libpng.a:libz.a:libunistring.a:libwinpthread.a:libgcc.a:libgcc_eh.a:libstdc++.a:libsupc++.a:libmingwex.a:libmingw32.a:libpthread.a:libmoldname.a)
endfunction()
function(cwtrack_copy_runtime_dlls target)
  if(WIN32)
    add_custom_command(TARGET ${target} POST_BUILD
      COMMAND ${CMAKE_COMMAND} "-Ddlls=$<TARGET_RUNTIME_DLLS:${target}>"
              "-Dfolder=$<TARGET_FILE_DIR:${target}>" -P ${PROJECT_SOURCE_DIR}/cmake/CopyDlls.cmake
      VERBATIM)
  endif()
endfunction()
# cwtrack_place_helpers(TARGET): a copy of cwtrack's helper programs
# (cwtrack-xls-reader, exchange/CMakeLists.txt) beside an executable that
# may read an .xls, where the import looks for them (helper_program.hpp), as
# the installers put them beside the programs.
function(cwtrack_place_helpers target)
  add_dependencies(${target} cwtrack-xls-reader)
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND ${CMAKE_COMMAND} -E copy_if_different $<TARGET_FILE:cwtrack-xls-reader>
            $<TARGET_FILE_DIR:${target}>
    VERBATIM)
endfunction()

# libcsv ships no CMake config: find its header and library.
find_path(CSV_INCLUDE_DIR csv.h REQUIRED)
find_library(CSV_LIBRARY NAMES csv REQUIRED)
if(WIN32)
  cwtrack_dll_from_archive(csv ${CSV_LIBRARY})
  target_include_directories(csv_dll INTERFACE ${CSV_INCLUDE_DIR})
  add_library(csv::csv ALIAS csv_dll)
else()
  add_library(csv::csv UNKNOWN IMPORTED)
  set_target_properties(csv::csv PROPERTIES IMPORTED_LOCATION ${CSV_LIBRARY}
                                            INTERFACE_INCLUDE_DIRECTORIES ${CSV_INCLUDE_DIR})
endif()

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

# Printed reports: PoDoFo 0.9 (PDF, fonts through FreeType) and libxlsxwriter
# (XLSX), as the imported targets podofo::podofo and xlsxwriter::xlsxwriter.
# Nothing links them yet: where they are missing (Debian's libpodofo-dev and
# libxlsxwriter-dev not installed, or a Windows prefix from before build-deps
# built them) the targets are not defined and CWTRACK_HAVE_REPORT_LIBS is OFF.
# On Linux they are Debian's shared libraries; on Windows the static ones in
# the prefix, which need their own dependencies named: FreeType, libpng,
# libunistring and zlib, and GDI (PoDoFo reads installed fonts through it)
# and Winsock. The headers are included as <podofo/podofo.h> and
# <xlsxwriter.h>. PoDoFo 0.10 changed its API throughout: only 0.9 is taken.
# MinGW's zlib comes as libz.a and libz.dll.a: take the static one, or the
# programs would need zlib1.dll.
if(WIN32)
  set(ZLIB_USE_STATIC_LIBS ON)
endif()
find_package(ZLIB)
find_package(Freetype)
find_path(PODOFO_INCLUDE_DIR podofo/podofo.h)
find_library(PODOFO_LIBRARY NAMES podofo)
find_path(XLSXWRITER_INCLUDE_DIR xlsxwriter.h)
find_library(XLSXWRITER_LIBRARY NAMES xlsxwriter)
set(_cwtrack_report_deps ZLIB_FOUND FREETYPE_FOUND PODOFO_INCLUDE_DIR PODOFO_LIBRARY
    XLSXWRITER_INCLUDE_DIR XLSXWRITER_LIBRARY)
if(WIN32)
  find_package(PNG)
  find_library(UNISTRING_LIBRARY NAMES unistring)
  list(APPEND _cwtrack_report_deps PNG_FOUND UNISTRING_LIBRARY)
endif()
set(_cwtrack_report_missing "")
foreach(_var IN LISTS _cwtrack_report_deps)
  if(NOT ${_var})
    list(APPEND _cwtrack_report_missing ${_var})
  endif()
endforeach()
if(NOT _cwtrack_report_missing)
  file(STRINGS ${PODOFO_INCLUDE_DIR}/podofo/base/podofo_config.h _podofo_version
       REGEX "^#define PODOFO_VERSION_(MAJOR|MINOR|PATCH) ")
  string(REGEX REPLACE ".*MAJOR ([0-9]+).*MINOR ([0-9]+).*PATCH ([0-9]+).*" "\\1.\\2.\\3"
         PODOFO_VERSION "${_podofo_version}")
  file(STRINGS ${XLSXWRITER_INCLUDE_DIR}/xlsxwriter.h _xlsxwriter_version
       REGEX "^#define LXW_VERSION ")
  string(REGEX REPLACE ".*\"(.*)\".*" "\\1" XLSXWRITER_VERSION "${_xlsxwriter_version}")
  if(NOT PODOFO_VERSION MATCHES "^0\\.9\\.")
    list(APPEND _cwtrack_report_missing "PoDoFo 0.9 (found ${PODOFO_VERSION})")
  endif()
endif()
if(_cwtrack_report_missing)
  set(CWTRACK_HAVE_REPORT_LIBS OFF)
  string(REPLACE ";" ", " _cwtrack_report_missing "${_cwtrack_report_missing}")
  message(WARNING "no PoDoFo/libxlsxwriter for printed reports (missing: ${_cwtrack_report_missing}); "
                  "scripts/install-deps installs them on Linux, scripts/windows/build-deps "
                  "(recipe r3 on) builds them for Windows")
else()
  set(CWTRACK_HAVE_REPORT_LIBS ON)
  message(STATUS "Found PoDoFo ${PODOFO_VERSION}: ${PODOFO_LIBRARY}")
  message(STATUS "Found libxlsxwriter ${XLSXWRITER_VERSION}: ${XLSXWRITER_LIBRARY}")
  if(WIN32)
    cwtrack_dll_from_archive(podofo ${PODOFO_LIBRARY} Freetype::Freetype PNG::PNG
                             ${UNISTRING_LIBRARY} ZLIB::ZLIB gdi32 ws2_32)
    target_include_directories(podofo_dll INTERFACE ${PODOFO_INCLUDE_DIR})
    target_compile_definitions(podofo_dll INTERFACE USING_SHARED_PODOFO)
    set_target_properties(podofo_dll PROPERTIES LINKER_LANGUAGE CXX)  # C++ runtime
    add_library(podofo::podofo ALIAS podofo_dll)
  else()
    add_library(podofo::podofo UNKNOWN IMPORTED)
    set_target_properties(podofo::podofo PROPERTIES
      IMPORTED_LOCATION ${PODOFO_LIBRARY}
      INTERFACE_INCLUDE_DIRECTORIES ${PODOFO_INCLUDE_DIR}
      INTERFACE_LINK_LIBRARIES "Freetype::Freetype;ZLIB::ZLIB")
  endif()
  # Debian's shared libxlsxwriter links libminizip itself; the static one in
  # the Windows prefix (recipe r4 on) needs the prefix's libminizip.a named,
  # as minizip::minizip (defined below).
  set(_xlsxwriter_deps ZLIB::ZLIB)
  if(WIN32)
    set(_xlsxwriter_deps minizip::minizip ZLIB::ZLIB)
  endif()
  add_library(xlsxwriter::xlsxwriter UNKNOWN IMPORTED)
  set_target_properties(xlsxwriter::xlsxwriter PROPERTIES
    IMPORTED_LOCATION ${XLSXWRITER_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES ${XLSXWRITER_INCLUDE_DIR}
    INTERFACE_LINK_LIBRARIES "${_xlsxwriter_deps}")
endif()

# Excel import: minizip's unzip (zlib's contrib/minizip, Debian's
# libminizip-dev) and expat, as minizip::minizip and EXPAT::EXPAT. On Windows
# both are static in the prefix (scripts/windows/build-deps, recipe r4 on),
# and libxlsxwriter there is built against the same minizip, so that one copy
# of its zip code is linked. The headers are included as <unzip.h> and
# <expat.h>.
find_path(MINIZIP_INCLUDE_DIR unzip.h PATH_SUFFIXES minizip)
find_library(MINIZIP_LIBRARY NAMES minizip)
find_package(EXPAT)
if(NOT MINIZIP_INCLUDE_DIR OR NOT MINIZIP_LIBRARY OR NOT EXPAT_FOUND)
  message(FATAL_ERROR "minizip and expat are needed to read Excel workbooks: scripts/install-deps "
                      "installs libminizip-dev and libexpat1-dev on Linux; scripts/windows/build-deps "
                      "(recipe r4 on) builds them for Windows")
endif()
add_library(minizip::minizip UNKNOWN IMPORTED)
set_target_properties(minizip::minizip PROPERTIES
  IMPORTED_LOCATION ${MINIZIP_LIBRARY}
  INTERFACE_INCLUDE_DIRECTORIES ${MINIZIP_INCLUDE_DIR}
  INTERFACE_LINK_LIBRARIES ZLIB::ZLIB)
if(WIN32)
  # A static expat: its declarations must not ask for dllimport.
  set_property(TARGET EXPAT::EXPAT APPEND PROPERTY INTERFACE_COMPILE_DEFINITIONS XML_STATIC)
endif()

# Excel 97-2003 import (.xls): FreeXL (Debian's libfreexl-dev), as
# freexl::freexl. On Linux Debian's shared library, found through
# pkg-config. On Windows the static libfreexl.a in a prefix of its own
# (scripts/windows/build-freexl, beside the main prefix, named in
# CWTRACK_WIN_EXTRA_DEPS), with the iconv it converts text through:
# cwtrack's own shim over Windows' MultiByteToWideChar
# (scripts/windows/iconv-shim), as libiconv.a in that prefix. FreeXL is under MPL 1.1, GPL 2 or LGPL 2.1 at
# the user's choice: taken under the MPL, a file-level licence, it is linked
# statically (installer/windows/licenses.txt).
if(WIN32)
  find_path(FREEXL_INCLUDE_DIR freexl.h)
  find_library(FREEXL_LIBRARY NAMES freexl)
  find_library(FREEXL_ICONV_LIBRARY NAMES iconv)
  if(NOT FREEXL_INCLUDE_DIR OR NOT FREEXL_LIBRARY OR NOT FREEXL_ICONV_LIBRARY)
    message(FATAL_ERROR "FreeXL is needed to read .xls workbooks: scripts/windows/build-freexl "
                        "builds it (scripts/build-windows runs it)")
  endif()
  add_library(freexl::freexl UNKNOWN IMPORTED)
  set_target_properties(freexl::freexl PROPERTIES
    IMPORTED_LOCATION ${FREEXL_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES ${FREEXL_INCLUDE_DIR}
    INTERFACE_LINK_LIBRARIES ${FREEXL_ICONV_LIBRARY})
  set(FREEXL_INCLUDE_DIRS ${FREEXL_INCLUDE_DIR})
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(FREEXL IMPORTED_TARGET GLOBAL freexl)
  if(NOT FREEXL_FOUND)
    message(FATAL_ERROR "FreeXL is needed to read .xls workbooks: scripts/install-deps installs "
                        "libfreexl-dev")
  endif()
  add_library(freexl::freexl ALIAS PkgConfig::FREEXL)
endif()
# FreeXL's header alone, for the import's reading of the helper's stream
# (FreeXL's codes and cell types): the library itself is linked into the
# helper program only (exchange/CMakeLists.txt).
add_library(freexl_headers INTERFACE)
target_include_directories(freexl_headers SYSTEM INTERFACE ${FREEXL_INCLUDE_DIRS})
add_library(freexl::headers ALIAS freexl_headers)
