# shellcheck shell=bash disable=SC2034,SC2154 # read and set by build.sh
# Boost (Date_Time), nlohmann_json, CLI11: header-only, staged from Debian's
# -dev packages (headers and CMake configs only, no Linux library; their
# installed versions are in the key). Boost's headers by link (they are
# large and plain C++), the small ones copied with their CMake configs,
# which locate their headers relative to themselves and so point into this
# prefix.
title='Boost, nlohmann_json, CLI11'
debian_packages=(boost=libboost1.74-dev nlohmann-json=nlohmann-json3-dev cli11=libcli11-dev)
build() {
  mkdir -p "$staging/share/cmake"
  ln -s /usr/include/boost "$staging/include/boost"
  cp -r /usr/include/nlohmann "$staging/include/"
  cp -r /usr/share/cmake/nlohmann_json "$staging/share/cmake/"
  cp -r /usr/include/CLI "$staging/include/"
  cp -r /usr/share/cmake/CLI11 "$staging/share/cmake/"
}
