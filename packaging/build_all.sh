#!/usr/bin/env bash
# From a clean checkout: the Linux onedir (dist/fourgmon/) and the .deb
# (dist/fourgmon_<version>_amd64.deb).
#
#   packaging/build_all.sh                              # own build venv: build/venv
#   PYTHON=.venv/bin/python packaging/build_all.sh      # reuse an environment with PyInstaller
#
# By default build_linux.sh creates build/venv from the checkout and installs
# `.[build]` (fourgmon, its dependencies, PyInstaller) from PyPI into it, so nothing
# depends on a developer's .venv; build/ and dist/ are git-ignored. Needs python3 >= 3.11,
# dpkg-deb and objdump (Debian/Ubuntu: dpkg-dev binutils).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$HERE/build_linux.sh"
"$HERE/build_deb.sh"
