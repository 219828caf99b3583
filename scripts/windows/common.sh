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

# Wine's prefix has no Chinese font of its own (real Chinese Windows has
# several): WenQuanYi Micro Hei (fonts-wqy-microhei) is copied into prefix
# $1 and linked behind Tahoma and Microsoft Sans Serif, as Windows links its
# CJK fonts. This Wine has no Tahoma (its default GUI face) at all, so those
# links do not apply: the GUI faces are replaced by the Chinese font (which
# has Latin letters too). Fonts are read when Wine starts: the prefix's
# server is stopped afterwards.
cwtrack_wine_chinese_fonts() {
  local prefix=$1 face
  local font=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
  local run=("$(dirname "${BASH_SOURCE[0]}")/wine-run" --prefix "$prefix")
  [[ -f $font ]] || { echo "$font missing (apt-get install fonts-wqy-microhei)" >&2; return 1; }
  "${run[@]}" cmd /c exit 0  # the prefix exists
  cp "$font" "$prefix/drive_c/windows/Fonts/wqy-microhei.ttc"
  local key='HKLM\Software\Microsoft\Windows NT\CurrentVersion\FontLink\SystemLink'
  for face in Tahoma "Microsoft Sans Serif"; do
    "${run[@]}" reg add "$key" /v "$face" /t REG_MULTI_SZ /d 'wqy-microhei.ttc,WenQuanYi Micro Hei' /f >/dev/null
  done
  for face in 'Microsoft YaHei UI' Tahoma 'MS Shell Dlg' 'MS Shell Dlg 2'; do
    "${run[@]}" reg add 'HKCU\Software\Wine\Fonts\Replacements' /v "$face" /t REG_SZ \
      /d 'WenQuanYi Micro Hei' /f >/dev/null
  done
  WINEPREFIX=$prefix "$CWTRACK_WINESERVER" -k 2>/dev/null || true
  WINEPREFIX=$prefix "$CWTRACK_WINESERVER" -w 2>/dev/null || true
}
