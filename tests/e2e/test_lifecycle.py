"""The window program as a child process, stopped every way a desktop stops it.

Each way out must: stop accepting, keep every acknowledged packet, stop the store's
writer process, exit 0, print no traceback. Signals run with the offscreen platform;
the close button, a foreign XDestroyWindow and a lost X connection run on a private
Xvfb. One data dir serves one fourgmon: a second window brings the first to the
front, ``serve`` (or a window) on a data dir in use is one line and exit 1.
"""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from fourgmon.store import Store
from tests.e2e.x11 import X11, xvfb, xvfb_available
from tests.processes import ServeProcess, WindowProcess, accepts, alive, push_until, wait_gone

IMEI = "865501040783269"


def _stored(data_dir: Path) -> set[int]:
    store = Store.open(data_dir)
    try:
        return {row.packnum for row in store.frames(IMEI)}
    finally:
        asyncio.run(store.close())


def _acked(port: int, n: int = 150) -> set[int]:
    acked = asyncio.run(push_until(port, IMEI, stop_after_acks=n))
    assert len(acked) >= n, f"only {len(acked)} acks"
    return acked


def assert_stopped_cleanly(window: WindowProcess, code: int) -> None:
    log = window.log()
    assert code == 0, log
    assert "Traceback" not in log, log
    assert "fourgmon: stopped cleanly" in log, log
    assert not accepts(window.port)
    assert window.writer_pid is not None and wait_gone(window.writer_pid, 2), "writer left"


def _wait_for_modules(seconds: float = 1.5) -> None:
    # The demo modules connect within a few hundred ms of the server listening.
    time.sleep(seconds)


@pytest.mark.parametrize(
    "sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=lambda s: s.name
)
def test_a_signal_stops_the_window_cleanly_without_asking(
    tmp_path: Path, sig: signal.Signals
) -> None:
    data_dir = tmp_path / "d"
    window = WindowProcess(data_dir, "--demo", "2")  # modules connected: still no question
    try:
        acked = _acked(window.port)
        _wait_for_modules()
        window.send_signal(sig)
        code = window.wait(30)
    finally:
        window.kill()
    assert_stopped_cleanly(window, code)
    assert f"({sig.name})" in window.log()
    assert acked <= _stored(data_dir)


def test_a_second_window_on_the_same_data_dir_brings_the_first_to_the_front(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "d"
    first = WindowProcess(data_dir)
    try:
        second = WindowProcess(data_dir, config_home=tmp_path / "c2", wait=False)
        code = second.wait(30)
        log = second.log()
        assert code == 0, log
        assert log.strip().splitlines() == [
            f"fourgmon: already running on data dir {data_dir} (pid {first.pid}); "
            "brought its window to the front"
        ]
        deadline = time.monotonic() + 5
        while "bringing the window to the front" not in first.log():
            assert time.monotonic() < deadline, first.log()
            time.sleep(0.05)
        # The first one is untouched: same writer, still serving.
        assert first.running() and accepts(first.port) and alive(first.writer_pid or 0)
        first.send_signal(signal.SIGTERM)
        assert_stopped_cleanly(first, first.wait(30))
    finally:
        first.kill()


def test_serve_on_a_data_dir_the_window_uses_is_one_line_and_exit_1(tmp_path: Path) -> None:
    data_dir = tmp_path / "d"
    window = WindowProcess(data_dir)
    try:
        with pytest.raises(RuntimeError, match="serve exited 1") as failed:
            ServeProcess(data_dir)
        message = str(failed.value).split(": ", 1)[1].strip()
        assert message == (
            f"fourgmon: error: data dir {data_dir} is in use by the fourgmon window "
            f"(pid {window.pid})"
        )
        assert window.running() and accepts(window.port)
        window.send_signal(signal.SIGTERM)
        assert_stopped_cleanly(window, window.wait(30))
    finally:
        window.kill()


def test_a_window_on_a_data_dir_serve_uses_is_one_line_and_exit_1(tmp_path: Path) -> None:
    data_dir = tmp_path / "d"
    serve = ServeProcess(data_dir)
    try:
        window = WindowProcess(data_dir, wait=False)
        code = window.wait(30)
        assert code == 1
        assert window.log().strip().splitlines() == [
            f"fourgmon: error: data dir {data_dir} is in use by fourgmon serve "
            f"(pid {serve.proc.pid})"
        ]
        assert accepts(serve.port)
        serve.send_signal(signal.SIGTERM)
        assert serve.wait() == 0
    finally:
        serve.kill()


def test_a_killed_window_leaves_no_stale_lock(tmp_path: Path) -> None:
    data_dir = tmp_path / "d"
    window = WindowProcess(data_dir)
    window.send_signal(signal.SIGKILL)
    window.kill()  # waits for it and for its orphaned writer
    again = WindowProcess(data_dir)  # starts: the OS dropped the lock with the process
    try:
        again.send_signal(signal.SIGTERM)
        assert_stopped_cleanly(again, again.wait(30))
    finally:
        again.kill()


# ------------------------------------------------------------------ on a display

needs_x = pytest.mark.skipif(not xvfb_available(), reason="needs Xvfb and libX11")


@pytest.fixture
def display() -> Iterator[str]:
    with xvfb() as name:
        yield name


def _on_x(tmp_path: Path, display: str, *extra: str) -> tuple[WindowProcess, X11, int]:
    window = WindowProcess(tmp_path / "d", *extra, platform="xcb", display=display)
    x = X11(display)
    main = x.wait_for_window(window.pid, "4G pressure module monitor")
    return window, x, main


@needs_x
def test_the_close_button_quits_at_once_when_no_module_is_connected(
    tmp_path: Path, display: str
) -> None:
    window, x, main = _on_x(tmp_path, display)
    try:
        title = x.windows_of(window.pid)[main]
        assert title.count("fourgmon") == 1, title  # not "fourgmon — … — fourgmon"
        acked = _acked(window.port)
        time.sleep(0.3)  # our module hangs up: nobody is connected any more
        x.close_request(main)
        code = window.wait(30)
    finally:
        x.close()
        window.kill()
    assert_stopped_cleanly(window, code)
    assert acked <= _stored(tmp_path / "d")


@needs_x
def test_the_close_button_asks_while_modules_are_connected_but_sigterm_does_not(
    tmp_path: Path, display: str
) -> None:
    window, x, main = _on_x(tmp_path, display, "--demo", "2")
    try:
        _wait_for_modules()
        x.close_request(main)
        question = x.wait_for_window(window.pid, "Quit fourgmon?")
        time.sleep(0.5)
        assert window.running() and accepts(window.port)
        x.close_request(question)  # the question's own close button: Cancel
        deadline = time.monotonic() + 5
        while question in x.windows_of(window.pid):
            assert time.monotonic() < deadline, "the question stayed"
            time.sleep(0.05)
        assert window.running() and accepts(window.port)
        assert main in x.windows_of(window.pid)
        window.send_signal(signal.SIGTERM)  # nobody is asked
        code = window.wait(30)
    finally:
        x.close()
        window.kill()
    assert_stopped_cleanly(window, code)


@needs_x
def test_a_window_destroyed_by_another_program_stops_the_app(tmp_path: Path, display: str) -> None:
    """``xdotool windowclose`` used to leave the server running with no window."""
    window, x, main = _on_x(tmp_path, display, "--demo", "2")
    try:
        acked = _acked(window.port)
        x.destroy(main)
        code = window.wait(30)
    finally:
        x.close()
        window.kill()
    assert_stopped_cleanly(window, code)
    assert "its window was destroyed" in window.log()
    assert acked <= _stored(tmp_path / "d")


@needs_x
def test_losing_the_display_still_stops_cleanly(tmp_path: Path, display: str) -> None:
    """``xkill``, or the X server ending with the session: Qt stops its loop by itself."""
    window, x, main = _on_x(tmp_path, display, "--demo", "2")
    try:
        acked = _acked(window.port)
        x.kill_client(main)
        code = window.wait(30)
    finally:
        x.close()
        window.kill()
    assert_stopped_cleanly(window, code)
    assert acked <= _stored(tmp_path / "d")
