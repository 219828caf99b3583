# shellcheck shell=bash disable=SC2034,SC2154 # read and set by build.sh
# libunistring: only its UTF-8/UTF-16 conversions, which PoDoFo (as Debian
# patches it) calls. Debian's repacked PoDoFo source (0.9.8+dfsg) converts
# between UTF-8 and UTF-16 with libunistring's u8_to_u16 and u16_to_u8, and
# its CMakeLists requires the library. Those two and the six objects they
# need are built, not the whole library (2 minutes more on 2 cores). Its
# headers stay in the work folder ($work/unistring/include, which podofo.sh
# names): only PoDoFo's own sources include them.
# Debian's patches change configure.ac and lib/Makefile.am (a glibc multiarch
# fix for stdint.h) and its build runs autoreconf; here the generated
# configure and Makefile.in are used as shipped (touched so that make does
# not try to run autotools), which changes nothing for MinGW.
title=libunistring
debian_source=libunistring
build() {
  local src o
  local -a objects generated files
  src=$(readlink -f "$(source_dir)")
  touch "$src/aclocal.m4"
  touch "$src/configure" "$src/config.h.in"
  find "$src" -name Makefile.in -exec touch {} +
  mkdir unistring-build
  cd unistring-build || exit 1
  "$src/configure" --build="$(gcc -dumpmachine)" --host="$CWTRACK_MINGW_TRIPLE" \
    --prefix="$work/unistring" CC="$cc" CFLAGS=-O2 \
    --disable-shared --enable-static --disable-dependency-tracking \
    >../unistring-configure.log 2>&1 || { tail -n 40 ../unistring-configure.log >&2; exit 1; }
  objects=(unistr/u8-to-u16 unistr/u16-to-u8 unistr/u8-mbtoucr unistr/u16-mbtoucr
    unistr/u8-uctomb-aux unistr/u16-uctomb-aux malloc free)
  {
    # shellcheck disable=SC2016 # $(BUILT_SOURCES) is make's
    mapfile -t generated < <(make -s -C lib --eval='cwtrack-built: ; @echo $(BUILT_SOURCES)' \
      cwtrack-built | tr ' ' '\n')
    make -C lib "${generated[@]}" "${objects[@]/%/.lo}"
    make -C lib install-nodist_includeHEADERS install-nobase_includeHEADERS \
      install-nobase_nodist_includeHEADERS
  } >../unistring-build.log 2>&1 || { tail -n 40 ../unistring-build.log >&2; exit 1; }
  files=()
  for o in "${objects[@]}"; do files+=("lib/$o.o"); done
  $ar rcs "$staging/lib/libunistring.a" "${files[@]}"
}
