# shellcheck shell=bash disable=SC2154 # $work is the sourcing script's
# Fetching Debian source packages for the Windows cross-builds (sourced by
# deps/build.sh, the wrapper of build-deps and build-freexl, not run).
# fetch_source and fetched_version use $work (the build's work folder, the
# current one when fetching).

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
# mirror lacks some of its files (seen with security updates: the lists name
# them, the pool answers 404), the newest older version whose files all
# download. Never the upstream tarball alone: a package built without
# Debian's patches may lack its security fixes (seen with libpodofo
# 0.9.8+dfsg-3, whose .dsc and .orig.tar.xz download but whose
# .debian.tar.xz answers 404, and which has no older version: it was once
# built so). When no version downloads whole, the build stops here, saying
# which package and versions and what to do.
fetch_source() {
  local package=$1 version
  local -a versions tried=()
  mapfile -t versions < <(source_versions "$package" | sed '/^$/d')
  for version in "${versions[@]}"; do
    if apt-get source -qq "$package=$version" >"$package-source.log" 2>&1; then
      echo "$package $version" >>"$work/sources"
      return 0
    fi
    tried+=("$version")
    if ((${#tried[@]} < ${#versions[@]})); then
      cwtrack_win_log "warning: cannot fetch $package $version whole, trying an older version"
    fi
  done
  [[ ! -f $package-source.log ]] || cat "$package-source.log" >&2
  cwtrack_win_log "error: no version of the Debian source package $package downloads whole" \
    "(tried: ${tried[*]:-none, the package lists name no version}; apt-get's output for" \
    "the last one is above)."
  cwtrack_win_log "$package is not built from its upstream tarball without Debian's patches" \
    "(they may hold its security fixes). Add a deb-src source that has every file of one" \
    "of these versions (another Debian mirror; for an older version, snapshot.debian.org)," \
    "run apt-get update and run this again."
  return 1
}
fetched_version() { sed -n "s/^$1 //p" "$work/sources"; }
