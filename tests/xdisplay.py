"""A real X server for the tests that open the real window (not Qt's offscreen platform).

``Xvfb`` starts Xvfb on a display number it picks itself (``-displayfd``: several test
runs and agents share the machine, so never a fixed ``:99``). ``XClient`` talks X11 to it
with python-xlib: it finds the mapped top-level window of a program, grabs its pixels from
the screen and closes it the way a window manager's close button does (a
``WM_DELETE_WINDOW`` client message, which Qt turns into a close event). ``run_window``
is the whole check shared by the source-install and the frozen-executable tests: launch on
Xvfb, wait until mapped, screenshot, close, wait for the exit.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import sqlite3
import struct
import subprocess
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import numpy as np
import numpy.typing as npt

# Bigger than the window's default size (1400x900), so the whole window is on screen.
SCREEN = (1600, 1000)
QT_PLATFORM_FAILURE = "Could not load the Qt platform plugin"


def xvfb_missing() -> str | None:
    """Why the real-display tests cannot run here, or None."""
    if shutil.which("Xvfb") is None:
        return "Xvfb is not installed (scripts/setup.sh installs it: package xvfb)"
    try:
        import Xlib  # noqa: F401
    except ImportError:
        return "python-xlib is not installed (pip install -e '.[test]')"
    return None


class Xvfb:
    """``Xvfb -displayfd``: an X server on a free display, stopped on exit."""

    def __init__(self, log: Path, size: tuple[int, int] = SCREEN, timeout: float = 30) -> None:
        self.log = log
        read_end, write_end = os.pipe()
        with open(log, "wb") as out:
            self.proc = subprocess.Popen(
                [
                    *("Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp"),
                    *("-screen", "0", f"{size[0]}x{size[1]}x24"),
                ],
                pass_fds=(write_end,),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=out,
            )
        os.close(write_end)
        try:
            self.display = f":{self._read_display(read_end, timeout)}"
        except BaseException:
            self.stop()
            raise
        finally:
            os.close(read_end)

    def _read_display(self, fd: int, timeout: float) -> int:
        data = b""
        deadline = time.monotonic() + timeout
        while not data.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise RuntimeError(f"Xvfb gave no display within {timeout} s: {self.output()}")
            chunk = os.read(fd, 64)
            if not chunk:
                raise RuntimeError(f"Xvfb exited ({self.proc.poll()}): {self.output()}")
            data += chunk
        return int(data)

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.proc.wait()

    def __enter__(self) -> Xvfb:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int


Pixels = npt.NDArray[np.uint8]  # (height, width, 3) RGB


class XClient:
    """One X11 connection: find, grab and close windows (python-xlib)."""

    def __init__(self, display: str) -> None:
        from Xlib import display as xdisplay

        self.d = xdisplay.Display(display)
        self.root = self.d.screen().root

    def close(self) -> None:
        self.d.close()

    def __enter__(self) -> XClient:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def mapped_window(self, wm_class: str, min_size: int = 200) -> Any:
        """The biggest viewable window whose WM_CLASS names ``wm_class``, or None."""
        from Xlib import X, error

        best, best_area = None, 0
        todo = [self.root]
        while todo:
            window = todo.pop()
            try:
                todo.extend(window.query_tree().children)
                if window.get_attributes().map_state != X.IsViewable:
                    continue
                if wm_class not in (window.get_wm_class() or ()):
                    continue
                geometry = window.get_geometry()
            except error.XError:  # went away while we looked
                continue
            area = geometry.width * geometry.height
            if geometry.width >= min_size and geometry.height >= min_size and area > best_area:
                best, best_area = window, area
        return best

    def wait_mapped(
        self, wm_class: str, timeout: float, alive: Callable[[], bool] = lambda: True
    ) -> Any:
        """Poll until ``mapped_window(wm_class)`` is there; None after ``timeout`` or death."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and alive():
            window = self.mapped_window(wm_class)
            if window is not None:
                return window
            time.sleep(0.1)
        return None

    def rect(self, window: Any) -> Rect:
        """Where ``window`` is on the screen."""
        geometry = window.get_geometry()
        origin = self.root.translate_coords(window, 0, 0)
        return Rect(origin.x, origin.y, geometry.width, geometry.height)

    def grab(self, rect: Rect | None = None) -> Pixels:
        """The screen's pixels in ``rect`` (default: the whole screen), as RGB."""
        from Xlib import X

        if rect is None:
            g = self.root.get_geometry()
            rect = Rect(0, 0, g.width, g.height)
        formats = {f.depth: f.bits_per_pixel for f in self.d.display.info.pixmap_formats}
        if self.root.get_geometry().depth != 24 or formats.get(24) != 32:
            raise RuntimeError("grab() reads 24-bit colour in 32-bit pixels (Xvfb ...x24)")
        if self.d.display.info.image_byte_order != X.LSBFirst:
            raise RuntimeError("grab() reads little-endian pixels")
        image = self.root.get_image(rect.x, rect.y, rect.width, rect.height, X.ZPixmap, 0xFFFFFFFF)
        bgrx = np.frombuffer(image.data, np.uint8).reshape(rect.height, rect.width, 4)
        return np.ascontiguousarray(bgrx[:, :, 2::-1])

    def close_window(self, window: Any) -> None:
        """Ask ``window`` to close, as a window manager's close button does."""
        from Xlib import X
        from Xlib.protocol import event

        protocols = self.d.intern_atom("WM_PROTOCOLS")
        delete = self.d.intern_atom("WM_DELETE_WINDOW")
        if delete not in (window.get_wm_protocols() or ()):
            raise RuntimeError("the window does not take WM_DELETE_WINDOW")
        message = event.ClientMessage(
            window=window, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0])
        )
        window.send_event(message, event_mask=X.NoEventMask)
        self.d.flush()


def colour_stats(pixels: Pixels) -> tuple[int, float]:
    """(distinct colours, share of the most common colour) of an RGB image."""
    flat = pixels.reshape(-1, 3).astype(np.uint32)
    packed = (flat[:, 0] << 16) | (flat[:, 1] << 8) | flat[:, 2]
    _, counts = np.unique(packed, return_counts=True)
    return len(counts), float(counts.max()) / len(packed)


def looks_drawn(pixels: Pixels) -> bool:
    """Not blank: a window with text, a table and plots has many colours, none dominant."""
    distinct, top_share = colour_stats(pixels)
    return distinct >= 32 and top_share <= 0.9


def save_png(path: Path, pixels: Pixels) -> None:
    """Write an RGB image as PNG (zlib only: no imaging library)."""
    height, width, _ = pixels.shape

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    rows = b"".join(b"\0" + pixels[y].tobytes() for y in range(height))
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows, 6))
        + chunk(b"IEND", b"")
    )


def stored_packets(data_dir: Path) -> int:
    """Packets committed in a data dir's store (0 while it does not exist yet)."""
    db = data_dir / "fourgmon.sqlite3"
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM push_msgs").fetchone()[0])
    except sqlite3.Error:
        return 0


@dataclass
class WindowRun:
    """What ``run_window`` saw."""

    mapped: bool
    rect: Rect | None
    screenshot: Path | None
    distinct_colours: int
    top_colour_share: float
    drawn: bool
    packets_before_close: int
    closed_by_window_system: bool  # the program exited after WM_DELETE_WINDOW
    status: int | None  # exit status; None if it had to be killed
    output: str  # the program's stdout + stderr


def window_env(tmp: Path, display: str) -> dict[str, str]:
    """The environment of a desktop X11 session, with settings and data kept in ``tmp``."""
    env = {
        k: v
        for k, v in os.environ.items()
        # Xvfb runs without authorization: a desktop's XAUTHORITY cookie is not for it.
        if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "QT_QPA_PLATFORMTHEME", "XAUTHORITY")
    }
    runtime = tmp / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    # As if the engineer once ticked "Don't ask again" in the quit question: these launches
    # close through the window system and must then end by themselves. The question itself
    # is tested in tests/e2e/test_lifecycle.py.
    conf = tmp / "config" / "fourgmon" / "fourgmon.conf"
    if not conf.exists():
        conf.parent.mkdir(parents=True, exist_ok=True)
        conf.write_text("[ui]\nconfirm_quit=false\n", encoding="utf-8")
    env.update(
        DISPLAY=display,
        XDG_SESSION_TYPE="x11",
        HOME=str(tmp),  # QSettings and platformdirs stay in tmp
        XDG_CONFIG_HOME=str(tmp / "config"),
        XDG_DATA_HOME=str(tmp / "share"),
        XDG_CACHE_HOME=str(tmp / "cache"),
        XDG_RUNTIME_DIR=str(runtime),
    )
    return env


def run_window(
    argv: Sequence[str | os.PathLike[str]],
    tmp: Path,
    data_dir: Path,
    shot_name: str,
    *,
    wm_class: str = "fourgmon",
    timeout: float = 60,
) -> WindowRun:
    """Run the window program ``argv`` on a fresh Xvfb and look at it; never hangs.

    Waits until its window is mapped and the demo modules' packets are stored (so the
    screenshot shows a working window), grabs the window, closes it through the window
    system and waits for the program to exit (killed after a grace period). The PNG is
    kept in ``tmp`` and copied to ``$FOURGMON_SHOTS_DIR`` when that is set.
    """
    shot = tmp / f"{shot_name}.png"
    log_path = tmp / f"{shot_name}.log"
    with Xvfb(tmp / f"{shot_name}-xvfb.log") as xvfb, open(log_path, "w+b") as log:
        proc = subprocess.Popen(
            [os.fspath(a) for a in argv],
            env=dict(window_env(tmp, xvfb.display), PYTHONFAULTHANDLER="1"),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
        )
        result = WindowRun(False, None, None, 0, 1.0, False, 0, False, None, "")
        asked_to_close = False
        try:
            with XClient(xvfb.display) as x:
                window = x.wait_mapped(wm_class, timeout, alive=lambda: proc.poll() is None)
                if window is not None:
                    result.mapped = True
                    _look(x, window, proc, data_dir, shot, result, timeout)
                    if proc.poll() is None:
                        x.close_window(window)
                        asked_to_close = True
            if asked_to_close:
                try:
                    proc.wait(timeout=30)
                    result.closed_by_window_system = True
                except subprocess.TimeoutExpired:
                    # Hung: faulthandler (PYTHONFAULTHANDLER) prints every thread's stack.
                    proc.send_signal(signal.SIGABRT)
                    with contextlib.suppress(subprocess.TimeoutExpired):
                        proc.wait(timeout=10)
        finally:
            killed = proc.poll() is None
            if killed:
                proc.kill()
            status = proc.wait()
        result.status = None if killed else status  # -6 (SIGABRT): it hung after the close
        log.seek(0)
        result.output = log.read().decode(errors="replace")
    if result.screenshot is not None and os.environ.get("FOURGMON_SHOTS_DIR"):
        target = Path(os.environ["FOURGMON_SHOTS_DIR"])
        target.mkdir(parents=True, exist_ok=True)
        for png in tmp.glob(f"{shot_name}*.png"):
            shutil.copy2(png, target / png.name)
    return result


def _look(
    x: XClient,
    window: Any,
    proc: subprocess.Popen[bytes],
    data_dir: Path,
    shot: Path,
    result: WindowRun,
    timeout: float,
) -> None:
    """Wait for stored packets and a drawn window, then keep the screenshot."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        result.packets_before_close = stored_packets(data_dir)
        if result.packets_before_close:
            break
        time.sleep(0.2)
    time.sleep(1.5)  # the table and plots repaint on a timer
    result.rect = x.rect(window)
    pixels = x.grab(result.rect)
    while not looks_drawn(pixels) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.5)
        pixels = x.grab(result.rect)
    result.distinct_colours, result.top_colour_share = colour_stats(pixels)
    result.drawn = looks_drawn(pixels)
    save_png(shot, pixels)
    save_png(shot.with_name(f"{shot.stem}-screen.png"), x.grab())
    result.screenshot = shot


def assert_window_ran(run: WindowRun) -> None:
    """What a launch on a real display must show, for the source install and the frozen build."""
    assert QT_PLATFORM_FAILURE not in run.output, run.output
    assert run.mapped, f"no fourgmon window was mapped on the X server:\n{run.output}"
    assert run.packets_before_close > 0, f"the demo modules stored nothing:\n{run.output}"
    assert run.drawn, (
        f"the window looks blank: {run.distinct_colours} colours, the commonest covers "
        f"{run.top_colour_share:.0%} of {run.rect} (see {run.screenshot})"
    )
    assert run.rect is not None and run.rect.width >= 800 and run.rect.height >= 500, run.rect
    # Closed through the window system (WM_DELETE_WINDOW, a close button's message): the
    # program ends by itself, cleanly.
    assert run.closed_by_window_system, f"still running 30 s after the close:\n{run.output}"
    assert run.status == 0, run.output
    assert "Traceback" not in run.output, run.output
