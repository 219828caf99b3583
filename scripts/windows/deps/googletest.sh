# shellcheck shell=bash disable=SC2034,SC2154 # read and set by build.sh
# GoogleTest and GoogleMock from Debian's source copy, /usr/src/googletest
# (package googletest, installed by install-tools: its version is in the
# key), with the same toolchain file as cwtrack (static runtime, MinGW posix
# compilers): the static libraries and GTestConfig.cmake.
title=GoogleTest
debian_packages=(googletest=googletest)
build() {
  cross_cmake_configure /usr/src/googletest googletest \
    -DBUILD_GMOCK=ON -DINSTALL_GTEST=ON -Dgtest_disable_pthreads=ON
  cross_cmake_build googletest
  cross_cmake_install googletest
}
