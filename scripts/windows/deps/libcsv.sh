# shellcheck shell=bash disable=SC2034,SC2154 # read and set by build.sh
# libcsv: a single C file and its header, libcsv.a and csv.h (LGPL-2.1+:
# cmake/CwtrackDependencies.cmake makes csv.dll of it, which the programs
# import).
title=libcsv
debian_source=libcsv
build() {
  local src
  src=$(source_dir)
  $cc -O2 -c "$src/libcsv.c" -o libcsv.o
  $ar rcs "$staging/lib/libcsv.a" libcsv.o
  cp "$src/csv.h" "$staging/include/"
}
