# shellcheck shell=bash disable=SC2034,SC2154 # read and set by build.sh
# libpng, for wxPNGHandler (and the PNG bitmaps of wxBitmapBundle) and
# PoDoFo: the static library and headers only, linked against MinGW's static
# zlib (package libz-mingw-w64-dev, in the MinGW sysroot).
title=libpng
debian_source=libpng1.6
build() {
  local src
  src=$(source_dir)
  cross_cmake_configure "$src" libpng \
    -DPNG_SHARED=OFF -DPNG_STATIC=ON -DPNG_EXECUTABLES=OFF -DPNG_TESTS=OFF \
    -DZLIB_INCLUDE_DIR="$sysroot/include" -DZLIB_LIBRARY="$sysroot/lib/libz.a" \
    -DSKIP_INSTALL_EXECUTABLES=ON -DSKIP_INSTALL_PROGRAMS=ON -DSKIP_INSTALL_EXPORT=ON \
    -DSKIP_INSTALL_FILES=ON
  cross_cmake_build libpng
  cross_cmake_install libpng
}
