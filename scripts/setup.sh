#!/usr/bin/env bash
# Install everything fourgmon needs on Debian/Ubuntu: the system libraries Qt loads (X11 and
# Wayland), a CJK font, the X server the test suite opens the real window on, a virtualenv
# in .venv and the package with its test tools.
# Idempotent: a second run only checks. Usage: scripts/setup.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
# The system packages come from the one list shared with the .deb
# (packaging/system-packages.txt says which Qt file needs which): the window's libraries
# (role run), what only a source install needs (venv: the Wayland plugin, python3-venv)
# and the test suite's X server (test).
LIST=packaging/system-packages.txt
mapfile -t APT_PACKAGES < <(awk '!/^[[:space:]]*(#|$)/ && $1 ~ /^(run|venv|test)$/ {print $2}' "$LIST")
((${#APT_PACKAGES[@]})) || { echo "setup.sh: no packages read from $LIST" >&2; exit 1; }

if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "fourgmon needs Python 3.11 or newer; $PYTHON is $("$PYTHON" --version 2>&1)" >&2
    exit 1
fi

installed() {  # installed 'PKG[|ALT...]': is one of the alternatives installed?
    local alt
    for alt in ${1//|/ }; do
        dpkg-query -W -f='${Status}' "$alt" 2>/dev/null | grep -q "ok installed" && return 0
    done
    return 1
}

choose() {  # choose 'PKG[|ALT...]': the first alternative apt can install
    local alt candidate
    for alt in ${1//|/ }; do
        candidate="$(apt-cache policy "$alt" 2>/dev/null | awk '/Candidate:/ {print $2}')"
        if [[ -n $candidate && $candidate != "(none)" ]]; then
            echo "$alt"
            return
        fi
    done
    echo "${1##*|}"  # apt knows none (no package lists yet): the oldest name
}

missing=()
if command -v dpkg-query >/dev/null; then
    for pkg in "${APT_PACKAGES[@]}"; do
        # python3-venv only matters when this python cannot make a venv by itself
        if [[ $pkg == python3-venv ]] && "$PYTHON" -c 'import ensurepip' 2>/dev/null; then
            continue
        fi
        installed "$pkg" || missing+=("$pkg")
    done
fi
if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]]; then
        as_root=(env)
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        as_root=(sudo)
    else
        as_root=()
    fi
    if ((${#as_root[@]})); then
        "${as_root[@]}" apt-get update -qq  # fresh lists first: choose() asks apt-cache
    fi
    names=()
    for pkg in "${missing[@]}"; do names+=("$(choose "$pkg")"); done
    if ((${#as_root[@]})); then
        echo "installing system packages: ${names[*]}"
        "${as_root[@]}" DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends "${names[@]}" >/dev/null
    else
        echo "missing system packages: ${names[*]}" >&2
        echo "install them with: sudo apt-get install --no-install-recommends ${names[*]}" >&2
        exit 1
    fi
fi

if [[ ! -x .venv/bin/python ]]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
echo "fourgmon installed in .venv"
