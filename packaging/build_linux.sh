#!/usr/bin/env bash
# Build the Linux onedir executable: dist/fourgmon/fourgmon (+ its _internal/ folder).
#
#   packaging/build_linux.sh            # build venv in build/venv, created if missing
#   PYTHON=.venv/bin/python packaging/build_linux.sh   # use an existing environment instead
#
# Without PYTHON it creates its own venv (build/venv) from the checkout and installs
# fourgmon with its `build` extra (PyInstaller) into it, so the build depends only on the
# checkout and PyPI, never on a developer's .venv. Run from anywhere; works on a clean
# checkout. Needs Python >= 3.11 (python3 on PATH, or PYTHON3=/path/to/python3.11).
# Ends by running the frozen `--version` and `--self-test`, so a broken build fails here.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [[ -z "${PYTHON:-}" ]]; then
    if [[ ! -x build/venv/bin/python ]]; then
        echo "build_linux: creating build/venv" >&2
        "${PYTHON3:-python3}" -m venv build/venv
        build/venv/bin/python -m pip install --quiet --upgrade pip
    fi
    PYTHON=build/venv/bin/python
    # Non-editable, so the package metadata (the version) is the checkout's.
    "$PYTHON" -m pip install --quiet ".[build]"
else
    "$PYTHON" -m PyInstaller --version >/dev/null 2>&1 || {
        echo "build_linux: $PYTHON has no PyInstaller; pip install '.[build]' into it" >&2
        exit 1
    }
fi

VERSION="$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
echo "build_linux: fourgmon $VERSION with $("$PYTHON" -m PyInstaller --version) ($PYTHON)" >&2

rm -rf dist/fourgmon
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/fourgmon.spec

# The frozen build must report the checkout's version and pass its own self-test.
got="$(dist/fourgmon/fourgmon --version)"
if [[ "$got" != "fourgmon $VERSION" ]]; then
    echo "build_linux: frozen --version says '$got', expected 'fourgmon $VERSION'" >&2
    exit 1
fi
dist/fourgmon/fourgmon --self-test >build/selftest-onedir.log 2>&1 || {
    cat build/selftest-onedir.log >&2
    echo "build_linux: the frozen self-test failed" >&2
    exit 1
}
tail -n 1 build/selftest-onedir.log >&2
echo "build_linux: dist/fourgmon ($(du -sh dist/fourgmon | cut -f1))" >&2
