# shellcheck shell=bash disable=SC2034,SC2154 # read and set by build.sh
# expat, for cwtrack's .xlsx reader: the static library and its public
# headers only (no xmlwf, examples, tests, man page, pkg-config file or CMake
# config), built by expat's CMake build with its defaults (DTD and namespace
# support, 1 KB of context, rand_s for the hash salt). Debian builds it with
# autotools, whose config.h defines XML_DTD and XML_NS as 1; its security
# patches (CVE-2024-8176) test `#if XML_DTD == 1`, which fails to compile
# with CMake's `#define XML_DTD` (empty): the template is made to define 1
# too. Consumers must define XML_STATIC (cmake/CwtrackDependencies.cmake).
title=expat
debian_source=expat
build() {
  local src
  src=$(source_dir)/expat
  sed -i 's/^#cmakedefine \(XML_DTD\|XML_NS\)$/#cmakedefine \1 1/' "$src/expat_config.h.cmake"
  cross_cmake_configure "$src" expat \
    -DEXPAT_SHARED_LIBS=OFF -DEXPAT_BUILD_TOOLS=OFF -DEXPAT_BUILD_EXAMPLES=OFF \
    -DEXPAT_BUILD_TESTS=OFF -DEXPAT_BUILD_DOCS=OFF -DEXPAT_BUILD_PKGCONFIG=OFF
  grep -q '^#define XML_DTD 1$' expat/expat_config.h ||
    { cwtrack_win_log "expat: XML_DTD is not defined as 1"; exit 1; }
  cross_cmake_build expat
  cp expat/libexpat.a "$staging/lib/"
  cp "$src/lib/expat.h" "$src/lib/expat_external.h" "$staging/include/"
}
