"""README command 1 on a real X server: ``fourgmon --demo 3`` opens its window.

Not Qt's offscreen platform (which loads none of the xcb libraries): the real ``fourgmon``
console script, with ``QT_QPA_PLATFORM`` unset and ``DISPLAY`` on an Xvfb started for the
test, so Qt picks its xcb plugin as on a desktop. A missing system library makes Qt abort
with 'Could not load the Qt platform plugin "xcb"' and this test fail; that is how a new
user found the source install broken while the offscreen suite stayed green.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.xdisplay import assert_window_ran, run_window, xvfb_missing

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 on Linux"),
    pytest.mark.skipif(xvfb_missing() is not None, reason=str(xvfb_missing())),
]


def _fourgmon() -> list[str]:
    """The installed console script beside this interpreter (what the README runs)."""
    script = Path(sys.executable).with_name("fourgmon")
    return [str(script)] if script.exists() else [sys.executable, "-m", "fourgmon"]


@pytest.mark.timeout(300)  # run_window's own limits (map, data, exit) end it before this
def test_demo_window_maps_draws_and_closes_on_a_real_x_server(tmp_path: Path) -> None:
    data = tmp_path / "data"
    argv = [*_fourgmon(), "--demo", "3", "--host", "127.0.0.1", "--port", "0"]
    run = run_window([*argv, "--data-dir", str(data)], tmp_path, data, "source-demo3")

    assert_window_ran(run)
