# shellcheck shell=bash disable=SC2034
# Shared settings of the Windows build scripts (sourced, not run).

# The folder outside the source tree that keeps the cross-built third-party
# libraries and the Wine prefix between runs.
cwtrack_win_cache() {
  echo "${CWTRACK_WIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cwtrack-windows}"
}

readonly CWTRACK_MINGW_TRIPLE=x86_64-w64-mingw32
readonly CWTRACK_WINE=/usr/lib/wine/wine64
readonly CWTRACK_WINESERVER=/usr/lib/wine/wineserver

cwtrack_win_log() { echo "build-windows: $*" >&2; }
