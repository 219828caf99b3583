# shellcheck shell=bash disable=SC2034,SC2154
# (SC2034, SC2154: variables set here for the package files and set by the
# calling script for deps_build.)
# scripts/windows/deps/build.sh: the shared wrapper of the Windows
# third-party builds (sourced by scripts/windows/build-deps and build-freexl,
# not run). deps_build builds a set of packages, each a file
# scripts/windows/deps/NAME.sh, in order into one prefix in the cache folder,
# $cache/deps/KEY, KEY made of the Debian versions they come from, prints the
# prefix on stdout and logs on stderr. A prefix that is already complete
# (COMPLETE inside) is reused as it is.
#
# A package file, sourced by deps_build, sets:
#   title            its name in the log ("SQLite")
#   debian_source    the Debian source package it is built from: its version
#                    (the one `apt-get source` would fetch) goes into the key,
#                    and it is fetched and unpacked (fetch_source: Debian's
#                    patched source or nothing, never an upstream tarball
#                    alone) into the work folder before build runs
#   debian_packages  or/and installed Debian packages whose files it uses,
#                    as KEYNAME=PACKAGE: "KEYNAME-<installed version>" goes
#                    into the key
# and defines build, which runs in a subshell in the work folder ($work) and
# installs into $staging, the prefix being made; $prefix is the name it will
# have once complete. Also set for it: $root (the source tree), $windows_dir
# (scripts/windows), $cc, $cxx, $ar (MinGW's), $sysroot (MinGW's, with its
# zlib), $jobs; helpers: source_dir, cross_cmake_configure,
# cross_cmake_build, cross_cmake_install, fetched_version.
#
# The calling script sets, then calls deps_build:
#   packages   the package files, in build order (each after those it uses)
#   toolchain  installed packages of the toolchain in the key, as
#              KEYNAME=PACKAGE, after the packages' entries
#   key_order  optional: the key names that come first in the key, in this
#              order (the others follow in build order)
#   recipe     the recipe tag, last in the key: bumped when the recipe
#              changes what ends up in the prefix
#   key_style  hash: the prefix is named RECIPE-<first 16 hex digits of the
#              SHA-256 of the entries>, VERSIONS lists the entries; or
#              joined: it is named by the entries joined with "-" and the
#              recipe (":" made "_"), VERSIONS holds that name
#   set_title  the set in the log ("third-party libraries"); set_cached, in
#              "reusing cached ... build"
#   work_name  its work folder in the cache folder (each set its own, so
#              that two sets can build at once)
#   outdated   glob of its own prefixes in $cache/deps: those of other
#              versions are removed once a new one is complete

windows_dir=$(readlink -f "$(dirname "${BASH_SOURCE[0]}")/..")
deps_dir=$windows_dir/deps
root=$(readlink -f "$windows_dir/../..")
# shellcheck source=scripts/windows/common.sh
source "$windows_dir/common.sh"
# package_version, source_version, fetch_source, fetched_version
# shellcheck source=scripts/windows/debian-source.sh
source "$windows_dir/debian-source.sh"
cache=$(cwtrack_win_cache)
jobs=$(nproc)
cc=$CWTRACK_MINGW_TRIPLE-gcc-posix
cxx=$CWTRACK_MINGW_TRIPLE-g++-posix
ar=$CWTRACK_MINGW_TRIPLE-ar
sysroot=/usr/$CWTRACK_MINGW_TRIPLE

# Sources package file $1, after clearing what the previous one set.
deps_load() {
  title='' debian_source='' debian_packages=()
  unset -f build
  # shellcheck source=/dev/null
  source "$deps_dir/$1.sh"
  if [[ -z $title ]] || ! declare -F build >/dev/null; then
    cwtrack_win_log "$deps_dir/$1.sh: no title or no build function"
    exit 1
  fi
}

# The folder fetch_source unpacked the package's source into (relative, as
# ./NAME-VERSION).
source_dir() { find . -maxdepth 1 -type d -name "$debian_source-*" | head -n 1; }

# CMake with the same toolchain file as cwtrack (static runtime, MinGW posix
# compilers), a Release build installed into the prefix being made:
# cross_cmake_configure SRC DIR ARGS... configures into DIR (log in
# DIR-configure.log), cross_cmake_build DIR builds, cross_cmake_install DIR
# installs.
cross_cmake_configure() {
  local src=$1 dir=$2
  shift 2
  cmake -S "$src" -B "$dir" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$root/cmake/toolchain-mingw-w64.cmake" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$staging" "$@" \
    >"$dir-configure.log" 2>&1 || { cat "$dir-configure.log" >&2; exit 1; }
}
cross_cmake_build() {
  cmake --build "$1" --parallel "$jobs" >"$1-build.log" 2>&1 ||
    { tail -n 40 "$1-build.log" >&2; exit 1; }
}
cross_cmake_install() { cmake --install "$1" >/dev/null; }

deps_build() {
  local package entry name version key started package_started
  local -a entries=() missing=() versions=()
  local -A by_name=() listed=()
  # The key's entries: each package's, in build order, then the toolchain's.
  for package in "${packages[@]}"; do
    deps_load "$package"
    if [[ -n $debian_source ]]; then
      version=$(source_version "$debian_source") || version=''
      [[ -n $version ]] || missing+=("$debian_source")
      entries+=("$debian_source") by_name[$debian_source]=$version
    fi
    for entry in "${debian_packages[@]}"; do
      entries+=("${entry%%=*}") by_name[${entry%%=*}]=$(package_version "${entry#*=}")
    done
  done
  for entry in "${toolchain[@]}"; do
    entries+=("${entry%%=*}") by_name[${entry%%=*}]=$(package_version "${entry#*=}")
  done
  if ((${#missing[@]} == 1)); then
    cwtrack_win_log "no Debian source package for ${missing[0]} (deb-src not enabled?)"
    exit 1
  elif ((${#missing[@]})); then
    cwtrack_win_log "no Debian source packages for $(IFS=/ && echo "${missing[*]}")" \
      "(deb-src not enabled?)"
    exit 1
  fi
  for name in "${key_order[@]}" "${entries[@]}"; do
    [[ -v by_name[$name] ]] ||
      { cwtrack_win_log "key entry $name: no package declares it"; exit 1; }
    [[ -n ${by_name[$name]} ]] || { cwtrack_win_log "key entry $name: no version"; exit 1; }
    [[ -v listed[$name] ]] || versions+=("$name-${by_name[$name]}")
    listed[$name]=1
  done
  versions+=("$recipe")
  case $key_style in
    # The folder is named by the recipe and a hash of the versions (joined
    # with "_", they outgrew the 255 bytes a file name may have); VERSIONS
    # inside lists them.
    hash) key=$recipe-$(printf '%s\n' "${versions[@]}" | sha256sum | cut -c 1-16) ;;
    joined)
      key=$(IFS=- && echo "${versions[*]}")
      key=${key//:/_} # an epoch's colon
      ;;
    *) cwtrack_win_log "key_style $key_style?"; exit 1 ;;
  esac
  prefix=$cache/deps/$key

  if [[ -f $prefix/COMPLETE ]]; then
    cwtrack_win_log "reusing cached $set_cached build $prefix"
    echo "$prefix"
    return 0
  fi

  cwtrack_win_log "building $set_title into $prefix"
  started=$SECONDS
  work=$cache/$work_name
  staging=$prefix.partial
  rm -rf "$work" "$staging"
  mkdir -p "$work" "$staging"/{include,lib}
  for package in "${packages[@]}"; do
    deps_load "$package"
    package_started=$SECONDS
    (
      cd "$work" || exit 1
      [[ -z $debian_source ]] || fetch_source "$debian_source"
      build
    )
    version=
    [[ -z $debian_source ]] || version=" $(fetched_version "$debian_source")"
    cwtrack_win_log "$title$version done in $((SECONDS - package_started)) s" \
      "($((SECONDS - started)) s)"
  done

  # pkg-config files name the folder they were installed into: name the
  # final prefix instead.
  local -a pc_files
  mapfile -t pc_files < <(find "$staging/lib/pkgconfig" -maxdepth 1 -name '*.pc' 2>/dev/null)
  ((${#pc_files[@]} == 0)) || sed -i "s|$staging|$prefix|g" "${pc_files[@]}"

  touch "$work/sources"
  {
    if [[ $key_style == hash ]]; then
      printf '%s\n' "${versions[@]}"
    else
      echo "$key"
    fi
    echo "# source packages unpacked:"
    sed 's/^/# /' "$work/sources"
  } >"$staging/VERSIONS"
  touch "$staging/COMPLETE"
  rm -rf "$prefix"
  mv "$staging" "$prefix"
  rm -rf "$work"
  # Builds of this set for other versions are of no further use: drop them
  # (only this set's own prefixes: each set drops its own).
  local old
  for old in "$cache"/deps/$outdated; do
    [[ $old == "$prefix" || ! -e $old ]] ||
      { cwtrack_win_log "removing outdated $old"; rm -rf "$old"; }
  done
  cwtrack_win_log "$set_title built in $((SECONDS - started)) s: $prefix"
  echo "$prefix"
}
