# shellcheck shell=bash disable=SC2034,SC2154 # read and set by build.sh
# minizip (zlib's contrib/minizip, Debian's patched copy), for cwtrack's
# .xlsx reader (unzip) and libxlsxwriter (zip): the files Debian's
# Makefile.am puts in libminizip for Windows (ioapi.c, unzip.c, zip.c,
# iowin32.c), less mztools.c, which nothing here calls, compiled into a
# static libminizip.a against MinGW's zlib. The headers go to
# include/minizip/, as in libminizip-dev: cwtrack finds <unzip.h> with
# PATH_SUFFIXES minizip, libxlsxwriter includes "minizip/zip.h".
title=minizip
debian_source=minizip
build() {
  local src f
  src=$(source_dir)
  mkdir minizip
  for f in ioapi unzip zip iowin32; do
    $cc -O2 -c "$src/$f.c" -o "minizip/$f.o" >>minizip-build.log 2>&1 ||
      { tail -n 40 minizip-build.log >&2; exit 1; }
  done
  $ar rcs "$staging/lib/libminizip.a" minizip/{ioapi,unzip,zip,iowin32}.o
  mkdir -p "$staging/include/minizip"
  cp "$src"/{ioapi,unzip,zip,iowin32}.h "$staging/include/minizip/"
}
