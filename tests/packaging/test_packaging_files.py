"""Cheap sanity checks that the packaging files say what the issue requires.

Not a substitute for building them (test_frozen.py does that for Linux; the Windows
installer and the macOS app are built only in CI).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _text(name: str) -> str:
    return (PACKAGING / name).read_text(encoding="utf-8")


def test_spec_builds_onedir_with_icon_version_and_the_required_trims() -> None:
    spec = _text("fourgmon.spec")
    assert "COLLECT(" in spec  # onedir; a onefile build has no COLLECT
    assert "console=not WINDOWS" in spec
    assert "strip=False" in spec and "upx=False" in spec
    assert 'collect_submodules("fourgmon")' in spec
    assert 'copy_metadata("fourgmon")' in spec
    assert "BUNDLE(" in spec and "icon=ICON" in spec
    assert '"qoffscreen"' in spec and '"qxcb"' in spec
    # kept on purpose: input methods and what pyqtgraph imports
    assert not re.search(r'"platforminputcontexts"', spec.split("DROP_PLUGIN_DIRS")[1])
    excludes = spec.split("EXCLUDES")[1].split("a = Analysis")[0]
    for needed in ("QtOpenGL", "QtOpenGLWidgets", "QtSvg", "QtTest", "QtWidgets"):
        assert f'"{needed}"' not in excludes, needed
    assert "tkinter" in excludes


def test_spec_compiles_as_python() -> None:
    compile(_text("fourgmon.spec"), "fourgmon.spec", "exec")


def test_inno_script_has_per_user_install_shortcuts_firewall_and_uninstall() -> None:
    iss = _text("fourgmon.iss")
    for line in (
        "PrivilegesRequired=lowest",
        "PrivilegesRequiredOverridesAllowed=dialog",
        r"DefaultDirName={autopf}\{#AppName}",
        "AppVersion={#AppVersion}",
        '#define Port "51609"',
        r'Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"',
        "Tasks: desktopicon",
        "{uninstallexe}",
    ):
        assert line in iss, line
    assert "advfirewall firewall add rule" in iss
    assert "advfirewall firewall delete rule" in iss
    assert "dir=in action=allow protocol=TCP localport={#Port}" in iss
    assert "ShellExec('runas'" in iss  # elevation for the rule in a per-user install
    assert "CurUninstallStepChanged" in iss


def test_workflow_builds_and_self_tests_every_platform() -> None:
    wf = (ROOT / ".github" / "workflows" / "installers.yml").read_text(encoding="utf-8")
    assert 'tags: ["v*"]' in wf
    for runner in ("windows-latest", "ubuntu-22.04", "macos-latest"):
        assert f"runs-on: {runner}" in wf
    assert wf.count("--self-test") >= 5
    assert "packaging/build_all.sh" in wf
    assert "packaging\\fourgmon.iss" in wf
    assert "dist/fourgmon.app/Contents/MacOS/fourgmon --self-test" in wf
    assert wf.count("actions/upload-artifact@v4") == 3


def test_workflow_is_valid_yaml_with_named_steps() -> None:
    """A plain scalar holding ': ' (e.g. in a step name) breaks the whole workflow."""
    import yaml

    wf = yaml.safe_load((ROOT / ".github" / "workflows" / "installers.yml").read_text("utf-8"))
    assert set(wf["jobs"]) == {"version", "windows", "linux", "macos"}
    for job in wf["jobs"].values():
        for step in job["steps"]:
            assert "uses" in step or ("name" in step and "run" in step), step


@pytest.mark.skipif(sys.platform == "win32", reason="bash scripts")
@pytest.mark.parametrize("script", ["build_linux.sh", "build_deb.sh", "build_all.sh"])
def test_build_scripts_are_strict_and_parse(script: str) -> None:
    text = _text(script)
    assert text.startswith("#!/usr/bin/env bash\n")
    assert "set -euo pipefail" in text
    assert (PACKAGING / script).stat().st_mode & 0o111, "not executable"
    subprocess.run(["bash", "-n", str(PACKAGING / script)], check=True)


def test_deb_layout_and_depends_from_the_shared_list() -> None:
    """Depends are read from packaging/system-packages.txt (test_system_libs.py builds one)."""
    deb = _text("build_deb.sh")
    assert "Depends: $DEPENDS" in deb and "packaging/system-packages.txt" in deb
    assert "packaging/system-packages.txt" in (ROOT / "scripts" / "setup.sh").read_text()
    assert "/opt/fourgmon" in deb and "/usr/bin/fourgmon" in deb
    assert "usr/share/applications" in deb and "usr/share/icons/hicolor" in deb


def test_icons_render_from_the_svg(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), str(tmp_path)], check=True, timeout=60
    )
    assert (tmp_path / "fourgmon.png").read_bytes().startswith(b"\x89PNG")
    ico = (tmp_path / "fourgmon.ico").read_bytes()
    assert ico[:4] == b"\0\0\1\0" and int.from_bytes(ico[4:6], "little") == 7
    assert (tmp_path / "fourgmon.icns").read_bytes()[:4] == b"icns"
