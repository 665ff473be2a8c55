"""The system libraries Qt needs: packaging/system-packages.txt against the real files.

The files checked are the ones the window can load from the venv's PySide6: the extension
modules the GUI imports and the plugins a desktop session uses (X11 and Wayland platforms,
GL integrations, input methods, image formats, icon engines, the desktop portal theme),
with every library they pull in from the wheel. Not checked, on purpose:
plugins/platformthemes/libqgtk3.so (the GTK 3 theme: Qt falls back to its own when the
system has no GTK 3, and the frozen bundle drops it), imageformats/libqpdf.so (needs
QtPdf, which pyside6-essentials does not ship), the eglfs/linuxfb/vnc/minimal platforms
(no desktop), the Wayland compositor plugins, and modules the app does not import.

A library missing on this machine fails ``test_qt_finds_every_library_it_links`` (what
``Could not load the Qt platform plugin "xcb"`` means); one the list forgets fails
``test_the_list_names_every_library_qt_links`` even where the machine happens to have it.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.sysdeps import ROOT, Entry, elf_files, read_list, system_needs

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux libraries")

# Plugins under PySide6/Qt/plugins, by the list role that must cover what they link.
PLUGINS = {
    "run": [
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "xcbglintegrations/*.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
        "imageformats/*.so",
        "iconengines/*.so",
        "platformthemes/libqxdgdesktopportal.so",
    ],
    "venv": [
        "platforms/libqwayland*.so",
        "wayland-shell-integration/*.so",
        "wayland-decoration-client/*.so",
        "wayland-graphics-integration-client/*.so",
    ],
}
NOT_CHECKED = {"libqpdf.so"}  # see the module docstring
COVERS = {"run": {"base", "run"}, "venv": {"base", "run", "venv"}}


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.submodule_search_locations, f"{name} is not installed"
    return Path(next(iter(spec.submodule_search_locations)))


PYSIDE = _package_dir("PySide6")
SHIPPED = elf_files([PYSIDE, _package_dir("shiboken6")])


def _imported_modules() -> list[Path]:
    """The PySide6/shiboken6 extension modules that importing every GUI module loads."""
    code = (
        "import importlib, pkgutil, sys, fourgmon.gui as g\n"
        "for m in pkgutil.iter_modules(g.__path__):\n"
        "    importlib.import_module('fourgmon.gui.' + m.name)\n"
        "for name, m in sorted(sys.modules.items()):\n"
        "    f = getattr(m, '__file__', None) or ''\n"
        "    if name.split('.')[0] in ('PySide6', 'shiboken6') and '.so' in f: print(f)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    modules = [Path(line) for line in out.splitlines()]
    assert any(m.name.startswith("QtWidgets.") for m in modules), out
    return modules


def _roots() -> dict[str, list[Path]]:
    plugins = PYSIDE / "Qt" / "plugins"
    roots: dict[str, list[Path]] = {}
    for role, patterns in PLUGINS.items():
        files = [p for pattern in patterns for p in sorted(plugins.glob(pattern))]
        roots[role] = [p for p in files if p.name not in NOT_CHECKED]
    roots["run"] += _imported_modules()
    for pattern in ("platforms/libqxcb.so", "platforms/libqwayland*.so"):
        assert list(plugins.glob(pattern)), f"the wheel ships no {pattern}"
    return roots


@pytest.fixture(scope="module")
def roots() -> dict[str, list[Path]]:
    return _roots()


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return read_list()


def _listed_sonames(entries: list[Entry], roles: set[str]) -> dict[str, Entry]:
    return {so: e for e in entries if e.role in roles for so in e.sonames}


@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd")
def test_qt_finds_every_library_it_links(roots: dict[str, list[Path]]) -> None:
    """What the dynamic loader says on this machine: nothing 'not found'."""
    missing: dict[str, set[str]] = {}
    for path in (p for files in roots.values() for p in files):
        out = subprocess.run(["ldd", path], capture_output=True, text=True, timeout=60).stdout
        for soname in re.findall(r"^\s*(\S+) => not found", out, re.MULTILINE):
            missing.setdefault(soname, set()).add(path.name)
    assert not missing, (
        "libraries Qt's plugins link are missing (run scripts/setup.sh): "
        + "; ".join(f"{so} (needed by {', '.join(sorted(by))})" for so, by in missing.items())
    )


def test_the_list_names_every_library_qt_links(
    roots: dict[str, list[Path]], entries: list[Entry]
) -> None:
    """Every library the wheel does not carry is in the list, under a role that installs it."""
    forgotten = []
    for role, files in roots.items():
        listed = _listed_sonames(entries, COVERS[role])
        for soname, by in sorted(system_needs(files, SHIPPED).items()):
            if soname not in listed:
                forgotten.append(f"{soname} (role {role}; needed by {', '.join(sorted(by))})")
    assert not forgotten, "add to packaging/system-packages.txt: " + "; ".join(forgotten)


def test_the_list_has_nothing_qt_no_longer_links(
    roots: dict[str, list[Path]], entries: list[Entry]
) -> None:
    """A run/venv package with sonames stays listed only while something links one of them."""
    linked = set()
    for files in roots.values():
        linked |= set(system_needs(files, SHIPPED))
    stale = [
        f"{'|'.join(e.alternatives)} (line {e.line})"
        for e in entries
        if e.role in ("run", "venv") and e.sonames and not linked & set(e.sonames)
    ]
    assert not stale, "nothing links these any more: " + ", ".join(stale)


def _library_paths() -> dict[str, Path]:
    """soname -> file, from the dynamic loader's cache (x86-64 entries)."""
    out = subprocess.run(
        [shutil.which("ldconfig") or "/sbin/ldconfig", "-p"],
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    paths: dict[str, Path] = {}
    for soname, flags, path in re.findall(r"^\s*(\S+) \(([^)]*)\) => (\S+)$", out, re.MULTILINE):
        if "x86-64" in flags or "64" not in flags:
            paths.setdefault(soname, Path(path))
    return paths


def _owner(path: Path) -> str | None:
    """The package that owns ``path`` (also under its other name in a merged /usr)."""
    candidates = [path]
    text = str(path)
    if text.startswith("/usr/lib/"):
        candidates.append(Path(text[len("/usr") :]))
    elif text.startswith("/lib"):
        candidates.append(Path("/usr" + text))
    for candidate in candidates:
        done = subprocess.run(
            ["dpkg-query", "-S", str(candidate)], capture_output=True, text=True, timeout=60
        )
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="needs dpkg")
@pytest.mark.skipif(
    shutil.which("ldconfig") is None and not Path("/sbin/ldconfig").exists(), reason="ldconfig"
)
def test_each_soname_belongs_to_the_package_it_is_listed_under(entries: list[Entry]) -> None:
    """Checked with dpkg on this machine, not from memory."""
    paths = _library_paths()
    wrong = []
    for entry in entries:
        for soname in entry.sonames:
            if soname not in paths:
                wrong.append(f"{soname}: not on this machine (run scripts/setup.sh)")
                continue
            owner = _owner(paths[soname])
            if owner not in entry.alternatives:
                wrong.append(f"{soname}: owned by {owner}, listed under {entry.alternatives}")
    assert not wrong, "; ".join(wrong)


def _installed_packages() -> set[str]:
    out = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package}\t${db:Status-Status}\n"],
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    return {line.split("\t")[0] for line in out.splitlines() if line.endswith("\tinstalled")}


def _needs_python3_venv() -> bool:
    """setup.sh installs python3-venv only for a python without ensurepip."""
    return importlib.util.find_spec("ensurepip") is None


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="needs dpkg")
def test_every_listed_package_is_installed(entries: list[Entry]) -> None:
    installed = _installed_packages()
    absent = [
        "|".join(e.alternatives)
        for e in entries
        if not installed & set(e.alternatives)
        and not (e.alternatives == ("python3-venv",) and not _needs_python3_venv())
    ]
    assert not absent, f"not installed (run scripts/setup.sh): {' '.join(absent)}"


# A package name in a Depends field, before its version, arch qualifier, "," or "|".
_PACKAGE_NAME = re.compile(r"([a-z0-9][a-z0-9+.-]+)(?::[a-z0-9]+)?\s*(?:\(|,|\||$)")


def _dependency_closure(*packages: str) -> set[str]:
    """Installed packages that ``packages`` depend on, directly or not (any alternative)."""
    out = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package}\t${Pre-Depends}, ${Depends}\n"],
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    depends = {}
    for line in out.splitlines():
        name, fields = line.split("\t", 1)
        depends[name] = set(_PACKAGE_NAME.findall(fields))
    seen: set[str] = set()
    todo = list(packages)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(depends.get(name, ()))
    return seen


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="needs dpkg")
def test_base_packages_come_with_dpkg_and_apt(entries: list[Entry]) -> None:
    """'base' means on every Debian/Ubuntu system: dpkg and apt themselves need it."""
    closure = _dependency_closure("dpkg", "apt")
    assert "libc6" in closure, sorted(closure)
    extra = [
        "|".join(e.alternatives)
        for e in entries
        if e.role == "base" and not closure & set(e.alternatives)
    ]
    assert not extra, f"not brought by dpkg or apt, so not 'base': {extra}"


# ------------------------------------------------------------------ the two readers


@pytest.fixture
def fake_tools(tmp_path: Path) -> Iterator[Path]:
    """A PATH where nothing is installed, nobody is root and apt knows every old name.

    Stands in for the system tools setup.sh asks (id, dpkg-query, apt-cache, sudo), so
    the real script runs its "what is missing" path without touching the machine.
    """
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    scripts = {
        "id": "echo 1000\n",
        "sudo": "exit 1\n",
        "dpkg-query": "exit 1\n",
        # Debian 12: no *t64 packages; everything else has a candidate.
        "apt-cache": 'case "$2" in *t64) echo "  Candidate: (none)";;'
        ' *) echo "  Candidate: 1.0";; esac\n',
    }
    for name, body in scripts.items():
        (bin_dir / name).write_text("#!/bin/sh\n" + body)
        (bin_dir / name).chmod(0o755)
    yield bin_dir


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash script")
def test_setup_sh_asks_for_the_listed_run_venv_and_test_packages(
    tmp_path: Path, fake_tools: Path, entries: list[Entry]
) -> None:
    """The real setup.sh, on a machine with nothing installed and no root: it names them all."""
    env = dict(os.environ, PATH=f"{fake_tools}:/usr/bin:/bin", PYTHON=sys.executable)
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "setup.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    line = next(s for s in done.stderr.splitlines() if s.startswith("missing system packages:"))
    asked = line.split(":", 1)[1].split()
    expected = [
        next(a for a in e.alternatives if not a.endswith("t64"))
        for e in entries
        if e.role in ("run", "venv", "test")
        and not (e.alternatives == ("python3-venv",) and not _needs_python3_venv())
    ]
    assert asked == expected
    assert "xvfb" in asked and "libxcb-icccm4" in asked and "libc6" not in asked


def _fake_onedir(root: Path) -> Path:
    """The smallest tree build_deb.sh packages: a --version, one ELF file, two icon files."""
    onedir = root / "fourgmon"
    icons = onedir / "_internal" / "resources" / "icons"
    icons.mkdir(parents=True)
    exe = onedir / "fourgmon"
    exe.write_text('#!/bin/sh\necho "fourgmon 9.8.7"\n')
    exe.chmod(0o755)
    shutil.copy2(SHIPPED["libQt6XcbQpa.so.6"], onedir / "_internal" / "libQt6XcbQpa.so.6")
    for icon in ("fourgmon.png", "fourgmon.svg"):  # copied as they are: any bytes do
        shutil.copy2(ROOT / "resources" / "icons" / "fourgmon.svg", icons / icon)
    return onedir


@pytest.mark.skipif(
    not (shutil.which("dpkg-deb") and shutil.which("objdump")),
    reason="build_deb.sh needs dpkg-deb and objdump (binutils)",
)
def test_the_deb_depends_on_the_listed_base_and_run_packages(
    tmp_path: Path, entries: list[Entry]
) -> None:
    """The real build_deb.sh on a tiny onedir: its Depends come from the same list."""
    tree = tmp_path / "tree"
    (tree / "packaging").mkdir(parents=True)
    for name in ("build_deb.sh", "system-packages.txt", "fourgmon.desktop"):
        shutil.copy2(ROOT / "packaging" / name, tree / "packaging" / name)
    onedir = _fake_onedir(tree / "dist")
    subprocess.run(
        ["bash", "packaging/build_deb.sh", str(onedir)],
        cwd=tree,
        check=True,
        capture_output=True,
        timeout=300,
    )
    deb = next((tree / "dist").glob("fourgmon_9.8.7_*.deb"))
    depends = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True, check=True
    ).stdout.strip()
    declared = [d.strip() for d in depends.split(",")]
    expected = [" | ".join(e.alternatives) for e in entries if e.role in ("base", "run")]
    assert [re.sub(r" \(>= [\d.]+\)$", "", d) for d in declared] == expected
    assert re.fullmatch(r"libc6 \(>= 2\.\d+\)", declared[0]), declared[0]
    assert not {"xvfb", "python3-venv", "libwayland-cursor0"} & set(declared)
