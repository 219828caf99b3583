# shellcheck shell=bash disable=SC2034,SC2154 # read and set by build.sh
# FreeXL, cwtrack's .xls reader: freexl.c compiled by MinGW into a static
# libfreexl.a (one C file: its autotools build adds nothing), with
# freexl.h; and its iconv: cwtrack's own shim (scripts/windows/iconv-shim:
# MinGW-w64 has no iconv), over Windows' MultiByteToWideChar and
# WideCharToMultiByte, as libiconv.a: the conversions FreeXL asks for
# (UTF-16LE and the code pages of old workbooks to UTF-8).
title=FreeXL
debian_source=freexl
build() {
  local src upstream
  src=$(source_dir)
  upstream=$(sed -n 's/^freexl \([0-9.]*\).*/\1/p' "$work/sources")
  # freexl.c includes config.h on MinGW, for VERSION only.
  mkdir config
  echo "#define VERSION \"$upstream\"" >config/config.h
  {
    $cc -O2 -Wall -c "$windows_dir/iconv-shim/iconv.c" -o iconv.o
    $cc -O2 -DNDEBUG -I"$windows_dir/iconv-shim" -Iconfig -I"$src/headers" -c "$src/src/freexl.c" \
      -o freexl.o
  } >freexl-build.log 2>&1 || { tail -n 40 freexl-build.log >&2; exit 1; }
  $ar rcs "$staging/lib/libiconv.a" iconv.o
  $ar rcs "$staging/lib/libfreexl.a" freexl.o
  cp "$src/headers/freexl.h" "$staging/include/"
}
