# shellcheck shell=bash disable=SC2034,SC2154 # read and set by build.sh
# FreeType, for PoDoFo's fonts (metrics, glyph ids, subsetting): the static
# library with MinGW's zlib, which PoDoFo links anyway (required, so that a
# missing one fails here instead of FreeType quietly compiling its own copy
# of zlib in). Off: bzip2 (.pcf.bz2 fonts), PNG (colour bitmap glyphs, which
# PoDoFo never draws), HarfBuzz and Brotli (WOFF2 fonts).
title=FreeType
debian_source=freetype
build() {
  local src
  src=$(source_dir)
  cross_cmake_configure "$src" freetype \
    -DBUILD_SHARED_LIBS=OFF -DFT_REQUIRE_ZLIB=ON \
    -DFT_DISABLE_BZIP2=ON -DFT_DISABLE_PNG=ON -DFT_DISABLE_HARFBUZZ=ON -DFT_DISABLE_BROTLI=ON \
    -DZLIB_INCLUDE_DIR="$sysroot/include" -DZLIB_LIBRARY="$sysroot/lib/libz.a"
  cross_cmake_build freetype
  cross_cmake_install freetype
}
