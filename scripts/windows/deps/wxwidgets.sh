# shellcheck shell=bash disable=SC2034,SC2154 # read and set by build.sh
# wxWidgets: a static wxMSW, configured by wx's own autotools build (the one
# Debian uses; it installs bin/wx-config, which CMake's FindwxWidgets finds
# in the prefix). Only what cwtrack's GUI uses: base and core (3.2's core
# holds the former adv controls: wxDataViewCtrl, wxDatePickerCtrl, ...; adv
# is left empty, net small), GDI+ wxGraphicsContext, wxBitmapBundle's SVG
# through the bundled nanosvg, PNG through the libpng built before it, zlib
# from the sysroot.
# Off: the html, xml/xrc, aui, propgrid, ribbon, stc, richtext, media,
# webview, qa and gl libraries, sockets and wxWebRequest, regex, jpeg, tiff,
# lzma; expat is left out as only the xml library would use it.
# Precompiled headers (--enable-pch) halve the build (on 2 cores: 6 min
# instead of 12, 8 min of CPU instead of 18). Configured for the final
# prefix and installed through DESTDIR, so that wx-config names the paths
# the prefix has once it is renamed.
title=wxWidgets
debian_source=wxwidgets3.2
build() {
  local src wx_config
  src=$(readlink -f "$(source_dir)")
  mkdir wx-build
  (
    cd wx-build || exit 1
    "$src/configure" --build="$(gcc -dumpmachine)" --host="$CWTRACK_MINGW_TRIPLE" \
      --prefix="$prefix" CC="$cc" CXX="$cxx" \
      CPPFLAGS="-I$staging/include" LDFLAGS="-L$staging/lib" \
      --with-msw --disable-shared --without-subdirs --disable-tests --enable-pch \
      --with-libpng=sys --with-zlib=sys --with-nanosvg \
      --without-libjpeg --without-libtiff --without-expat --without-regex \
      --without-liblzma --without-libcurl --without-opengl \
      --disable-html --disable-htmlhelp --disable-xrc --disable-aui \
      --disable-propgrid --disable-ribbon --disable-stc --disable-richtext \
      --disable-mediactrl --disable-webview --disable-debugreport \
      --disable-sockets --disable-protocols --disable-url --disable-fs_inet \
      --disable-webrequest \
      >../wx-configure.log 2>&1 || { tail -n 40 ../wx-configure.log >&2; exit 1; }
    make -j"$jobs" >../wx-build.log 2>&1 || { tail -n 40 ../wx-build.log >&2; exit 1; }
    make install DESTDIR="$work/wx-root" >../wx-install.log 2>&1 ||
      { tail -n 40 ../wx-install.log >&2; exit 1; }
  )
  cp -a "$work/wx-root$prefix/." "$staging/"
  # `make install` links bin/wx-config to its script by absolute path: make
  # the link relative. The script took configure's -L for libpng, which names
  # the staging folder: name the final prefix instead.
  wx_config=$(basename "$(readlink "$staging/bin/wx-config")")
  [[ -f $staging/lib/wx/config/$wx_config ]] ||
    { cwtrack_win_log "wx-config missing after the wxWidgets install"; exit 1; }
  ln -sfn "../lib/wx/config/$wx_config" "$staging/bin/wx-config"
  sed -i "s|$staging|$prefix|g" "$staging/lib/wx/config/$wx_config"
}
