# shellcheck shell=bash disable=SC2154 # $work is the sourcing script's
# Fetching Debian source packages for the Windows cross-builds (sourced by
# build-deps and build-freexl, not run). fetch_source and fetched_version
# use $work (the build's work folder, the current one when fetching).

package_version() { dpkg-query -W -f='${Version}' "$1"; }
# The version `apt-get source` would fetch, read from the package lists only.
source_version() {
  apt-get source --print-uris -qq "$1" | sed -n "s/^'[^']*' $1_\(.*\)\.dsc .*/\1/p" | head -n 1
}
# Every version of a source package the lists know, newest first.
source_versions() {
  local -a v
  local i j t
  mapfile -t v < <(apt-cache showsrc "$1" | sed -n 's/^Version: //p' | sort -u)
  for ((i = 1; i < ${#v[@]}; i++)); do
    for ((j = i; j > 0; j--)); do
      dpkg --compare-versions "${v[j]}" gt "${v[j - 1]}" || break
      t=${v[j]} v[j]=${v[j - 1]} v[j - 1]=$t
    done
  done
  printf '%s\n' "${v[@]}"
}
# Unpacks source package $1 into the current folder and notes the version in
# $work/sources: the newest (source_version, the one in the key) or, when the
# mirror lacks its files (seen with security updates: the lists name them,
# the pool answers 404), the newest older version that downloads. When no
# version downloads whole, the newest one whose upstream tarball did (seen
# with libpodofo 0.9.8+dfsg-3: the pool has its .dsc and .orig.tar.xz but
# answers 404 for its .debian.tar.xz) is unpacked without Debian's changes,
# into $package-$upstream_version as dpkg-source would, after checking the
# tarball against the .dsc; the note in $work/sources says so.
fetch_source() {
  local package=$1 version upstream orig sum
  local -a versions
  mapfile -t versions < <(source_versions "$package")
  for version in "${versions[@]}"; do
    if apt-get source -qq "$package=$version" >"$package-source.log" 2>&1; then
      echo "$package $version" >>"$work/sources"
      return 0
    fi
    cwtrack_win_log "warning: cannot fetch $package $version, trying an older version"
  done
  for version in "${versions[@]}"; do
    upstream=${version#*:}
    upstream=${upstream%-*}
    orig=$(find . -maxdepth 1 -name "${package}_$upstream.orig.tar.*" -not -name '*.asc' | head -n 1)
    [[ -n $orig && -f ${package}_${version#*:}.dsc ]] || continue
    orig=${orig#./}
    sum=$(sed -n '/^Checksums-Sha256:/,/^[^ ]/p' "${package}_${version#*:}.dsc" |
      awk -v f="$orig" '$3 == f { print $1 }')
    if [[ -z $sum ]] || ! sha256sum --quiet -c - <<<"$sum  $orig" >&2; then
      continue
    fi
    mkdir "$package-$upstream"
    tar -xf "$orig" -C "$package-$upstream" --strip-components=1
    cwtrack_win_log "warning: $package $version: only its upstream tarball downloads; built without Debian's patches"
    echo "$package $version (upstream tarball only, without Debian's patches)" >>"$work/sources"
    return 0
  done
  cat "$package-source.log" >&2
  return 1
}
fetched_version() { sed -n "s/^$1 //p" "$work/sources"; }
