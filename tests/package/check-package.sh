#!/usr/bin/env bash
# Builds the Debian package from a finished build and checks what it holds and what it declares:
#   check-package.sh BUILD_DIR WORK_DIR
set -euo pipefail
build=$1
work=$2
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" > "$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
debs=("$work"/haulstream_*_*.deb)
[ -f "${debs[0]}" ] || fail "cpack made no haulstream_*.deb"
deb=${debs[0]}
echo "package: $(basename "$deb")"

# What it installs.
dpkg-deb -c "$deb" | awk '{print $6}' > "$work/contents"
expected=(
  ./usr/bin/haulstream ./usr/bin/haulctl
  ./usr/share/applications/org.haulstream.Haulstream.desktop
  ./usr/share/metainfo/org.haulstream.Haulstream.metainfo.xml
  ./usr/share/icons/hicolor/scalable/apps/org.haulstream.Haulstream.svg
  ./usr/share/man/man1/haulctl.1.gz ./usr/share/man/man1/haulstream.1.gz
  ./usr/share/doc/haulstream/copyright ./usr/share/doc/haulstream/changelog.gz
)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/org.haulstream.Haulstream.png")
done
for path in "${expected[@]}"; do
  grep -qxF "$path" "$work/contents" || fail "the package lacks $path"
done
# Nothing of the build or the tests comes along.
! grep -E '/tst_|haulbench|rendericons|\.a$|/include/' "$work/contents" || fail "the package holds build or test files"

# What it needs: the libraries found by dpkg-shlibdeps, and the plugins Qt loads at run time.
dpkg-deb -I "$deb" > "$work/info"
depends=$(sed -n 's/^ Depends: //p' "$work/info")
recommends=$(sed -n 's/^ Recommends: //p' "$work/info")
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 libqt6svg6 libqt6sql6-sqlite libssl3; do
  [[ ", $depends," == *", $package"[\ ,]* ]] || fail "Depends lacks $package: $depends"
done
for package in libqt6sql6-psql qt6-translations-l10n; do
  [[ ", $recommends," == *", $package"[\ ,]* ]] || fail "Recommends lacks $package: $recommends"
done

# The programs run from the package's own files.
dpkg-deb -x "$deb" "$work/root"
version=$("$work/root/usr/bin/haulctl" --version)
[[ $version =~ ^haulctl\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "haulctl --version said: $version"
# Without a display, as from a terminal on a server.
[ "$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb "$work/root/usr/bin/haulstream" --version)" = "Haulstream ${version#haulctl }" ] \
  || fail "haulstream --version differs from haulctl's"
file "$work/root/usr/share/icons/hicolor/256x256/apps/org.haulstream.Haulstream.png" | grep -q "256 x 256" \
  || fail "the 256 px icon is not 256 x 256"
if command -v appstreamcli > /dev/null; then
  appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.haulstream.Haulstream.metainfo.xml"
fi

# Debian's own checks; errors and warnings fail.
if command -v lintian > /dev/null; then
  lintian --fail-on error,warning --tag-display-limit 0 "$deb"
else
  echo "lintian is not installed: skipped"
fi
echo "package checks passed"
