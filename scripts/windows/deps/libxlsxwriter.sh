# shellcheck shell=bash disable=SC2034,SC2154 # read and set by build.sh
# libxlsxwriter: the static library, with the minizip built before it
# instead of its bundled copy (as Debian's Linux build uses the system's
# libminizip: one copy of the zip code in the programs, where two static
# copies would clash), its bundled MD5 (Debian's uses OpenSSL's; it only
# spots duplicate images), against MinGW's zlib. Its FindMINIZIP looks for
# minizip/zip.h and reads the version from a zlib.h beside it (as in
# /usr/include): it is given a folder holding both, by links. Installs
# xlsxwriter.pc, whose Libs gain -lminizip.
title=libxlsxwriter
debian_source=libxlsxwriter
build() {
  local src
  src=$(source_dir)
  mkdir xlsxwriter-minizip
  ln -s "$staging/include/minizip" xlsxwriter-minizip/minizip
  ln -s "$sysroot/include/zlib.h" xlsxwriter-minizip/zlib.h
  cross_cmake_configure "$src" xlsxwriter \
    -DBUILD_SHARED_LIBS=OFF -DUSE_SYSTEM_MINIZIP=ON -DUSE_OPENSSL_MD5=OFF \
    -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF \
    -DZLIB_INCLUDE_DIR="$sysroot/include" -DZLIB_LIBRARY="$sysroot/lib/libz.a" \
    -DMINIZIP_INCLUDE_DIR="$work/xlsxwriter-minizip" \
    -DMINIZIP_LIBRARY="$staging/lib/libminizip.a"
  cross_cmake_build xlsxwriter
  cross_cmake_install xlsxwriter
  sed -i 's/ -lxlsxwriter / -lxlsxwriter -lminizip /' "$staging/lib/pkgconfig/xlsxwriter.pc"
  grep -q -- '-lxlsxwriter -lminizip' "$staging/lib/pkgconfig/xlsxwriter.pc" ||
    { cwtrack_win_log "xlsxwriter.pc: could not add -lminizip"; exit 1; }
}
