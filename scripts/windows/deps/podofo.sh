# shellcheck shell=bash disable=SC2034,SC2154 # read and set by build.sh
# PoDoFo 0.9.8 (LGPL-2+: cmake/CwtrackDependencies.cmake makes podofo.dll of
# it, which the programs import): the static library and its headers (no
# tools, tests, examples or man pages), with FreeType, MinGW's zlib, the
# libunistring objects and the libpng built before it (PdfImage::LoadFromPng,
# as on Linux).
# Left out, where Debian's Linux build has them: OpenSSL and libidn (so no
# encryption: PdfEncrypt raises ePdfError_NotCompiled, encrypted PDFs cannot
# be read or written; the file identifier's MD5 is PoDoFo's own), libjpeg and
# libtiff (no PdfImage::LoadFromJpeg/LoadFromTiff), fontconfig (on Windows
# PoDoFo finds fonts by name through GDI instead), Lua and CppUnit (tools and
# tests only). Their find modules are switched off, so that nothing in the
# sysroot or the prefix is picked up by chance; the rest is named explicitly
# (PoDoFo's own find modules look in /usr/include/freetype2 and the like).
title=PoDoFo
debian_source=libpodofo
build() {
  local src
  src=$(source_dir)
  cross_cmake_configure "$src" podofo -Wno-dev \
    -DPODOFO_BUILD_STATIC=ON -DPODOFO_BUILD_SHARED=OFF -DPODOFO_BUILD_LIB_ONLY=ON \
    -DCMAKE_DISABLE_FIND_PACKAGE_LIBCRYPTO=ON -DCMAKE_DISABLE_FIND_PACKAGE_OpenSSL=ON \
    -DCMAKE_DISABLE_FIND_PACKAGE_LIBIDN=ON -DCMAKE_DISABLE_FIND_PACKAGE_LIBJPEG=ON \
    -DCMAKE_DISABLE_FIND_PACKAGE_TIFF=ON -DCMAKE_DISABLE_FIND_PACKAGE_FONTCONFIG=ON \
    -DCMAKE_DISABLE_FIND_PACKAGE_LIBSTLPORT=ON \
    -DZLIB_INCLUDE_DIR="$sysroot/include" -DZLIB_LIBRARY_RELEASE="$sysroot/lib/libz.a" \
    -DFREETYPE_INCLUDE_DIR_FT2BUILD="$staging/include/freetype2" \
    -DFREETYPE_INCLUDE_DIR_FTHEADER="$staging/include/freetype2" \
    -DFREETYPE_LIBRARY_RELEASE="$staging/lib/libfreetype.a" \
    -DUNISTRING_INCLUDE_DIR="$work/unistring/include" \
    -DUNISTRING_LIBRARY="$staging/lib/libunistring.a" \
    -DPNG_PNG_INCLUDE_DIR="$staging/include" -DPNG_LIBRARY="$staging/lib/libpng16.a"
  cross_cmake_build podofo
  cross_cmake_install podofo
}
