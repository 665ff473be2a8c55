#!/usr/bin/env bash
# Package the onedir build (dist/fourgmon/, from build_linux.sh) as dist/fourgmon_<version>_amd64.deb.
#
#   packaging/build_deb.sh [ONEDIR]     # default ONEDIR: dist/fourgmon
#
# Layout: /opt/fourgmon/ (the onedir as built), /usr/bin/fourgmon -> /opt/fourgmon/fourgmon,
# /usr/share/applications/fourgmon.desktop, the icon in /usr/share/icons/hicolor (the
# desktop-file-utils and hicolor icon-cache triggers refresh the menus; no maintainer scripts).
# The version is what the frozen executable reports (`fourgmon --version`).
#
# Depends: the packages of roles base and run in packaging/system-packages.txt, the one
# list scripts/setup.sh installs from too (it says which Qt file needs which library; the
# test suite checks it against the ELF files PySide6 ships). PyInstaller bundles Qt, Python,
# numpy and many libraries, but leaves out the graphics stack and the X connection
# libraries that must match the system (libGL, libEGL, libxcb), glibc, and whatever was not
# installed on the build machine; declaring every library Qt links keeps the package right
# whatever the bundle happened to carry. Besides .so files, the system gives
# libfontconfig1 its /etc/fonts configuration, libxkbcommon0 the xkb-data keymaps,
# libdbus-1-3 the system bus (input methods, desktop portal), and fonts-wqy-microhei a
# Chinese font, so the zh interface is never boxes. libc6 gets a version: the newest
# GLIBC_x.y symbol version any bundled file needs (computed below). Not declared: the
# Wayland libraries (the bundle drops Qt's Wayland plugin, so Qt uses XWayland in a Wayland
# session) and the test suite's Xvfb.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ONEDIR="${1:-dist/fourgmon}"

for tool in dpkg-deb objdump; do
    command -v "$tool" >/dev/null || {
        echo "build_deb: $tool not found (apt-get install dpkg-dev binutils)" >&2
        exit 1
    }
done
[[ -x "$ONEDIR/fourgmon" ]] || {
    echo "build_deb: no $ONEDIR/fourgmon; run packaging/build_linux.sh first" >&2
    exit 1
}

ARCH="$(dpkg --print-architecture)"
[[ "$ARCH" == amd64 ]] || echo "build_deb: warning: building for $ARCH, not amd64" >&2
PY_VERSION="$("$ONEDIR/fourgmon" --version | awk '{print $2}')"
# PEP 440 pre-releases sort before the release in Debian only with a tilde: 1.2rc1 -> 1.2~rc1.
VERSION="$(sed -E 's/^([0-9.]+)[.]?(a|b|rc|dev)/\1~\2/' <<<"$PY_VERSION")"
# The newest glibc symbol version any bundled ELF file needs. objdump still reads the ELF
# files when a non-ELF one (a script, an executable data file) makes it exit non-zero.
GLIBC="$(find "$ONEDIR" -type f \( -name '*.so*' -o -perm -u+x \) -print0 |
    { xargs -0 objdump -T 2>/dev/null || true; } | grep -o 'GLIBC_[0-9][0-9.]*' |
    sed 's/GLIBC_//' | sort -uV | tail -n 1)"
[[ -n "$GLIBC" ]] || { echo "build_deb: could not read glibc symbol versions" >&2; exit 1; }

# "a|b" alternatives become "a | b"; libc6 gets the glibc version.
DEPENDS="$(awk -v glibc="$GLIBC" '
    !/^[[:space:]]*(#|$)/ && ($1 == "base" || $1 == "run") {
        pkg = $2
        gsub(/[|]/, " | ", pkg)
        if (pkg == "libc6") pkg = "libc6 (>= " glibc ")"
        out = out (out == "" ? "" : ", ") pkg
    }
    END { print out }' packaging/system-packages.txt)"
[[ -n "$DEPENDS" ]] || { echo "build_deb: no packages in packaging/system-packages.txt" >&2; exit 1; }

STAGE="build/deb/fourgmon_${VERSION}_${ARCH}"
OUT="dist/fourgmon_${VERSION}_${ARCH}.deb"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/icons/hicolor/256x256/apps" "$STAGE/usr/share/icons/hicolor/scalable/apps"

cp -a "$ONEDIR" "$STAGE/opt/fourgmon"
ln -s /opt/fourgmon/fourgmon "$STAGE/usr/bin/fourgmon"
install -m 0644 packaging/fourgmon.desktop "$STAGE/usr/share/applications/fourgmon.desktop"
ICONS="$ONEDIR/_internal/resources/icons"
install -m 0644 "$ICONS/fourgmon.png" "$STAGE/usr/share/icons/hicolor/256x256/apps/fourgmon.png"
install -m 0644 "$ICONS/fourgmon.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/fourgmon.svg"
# Files readable by everyone, whatever the builder's umask was.
chmod -R u+rwX,go+rX,go-w "$STAGE"

INSTALLED_KB="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
cat >"$STAGE/DEBIAN/control" <<CONTROL
Package: fourgmon
Version: $VERSION
Architecture: $ARCH
Maintainer: fourgmon maintainers <fourgmon@localhost>
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Section: net
Priority: optional
Homepage: https://localhost/fourgmon
Description: monitor and built-in server for 4G pressure-monitoring modules
 A desktop window with a built-in TCP server (port 51609): the site's 4G
 pressure-monitoring modules connect to it, and the engineer sees every module,
 its sensors' health and its nine pressure channels live, syncs clocks, reads
 versions and SIM info, asks for fresh data and triggers firmware updates.
 Every packet is stored (SQLite) and can be exported as CSV.
 .
 Self-contained: Python, Qt and numpy are bundled in /opt/fourgmon.
 Run "fourgmon --self-test" after installing.
CONTROL

mkdir -p dist
rm -f "$OUT"
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$OUT" >/dev/null
echo "build_deb: $OUT ($(du -h "$OUT" | cut -f1), installs $((INSTALLED_KB / 1024)) MB, libc6 >= $GLIBC)" >&2
