"""Screenshots of the window (themes × languages × sizes) with a demo fleet, offscreen.

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--devices 8]
        [--size 1600x1000 ...] [--theme light dark] [--lang en zh]

A real server and store (in a temporary folder) on a loopback port, a simulated
fleet with faults, a module with faults selected; every command button is used on
it (the firmware update too, with its version read back), a few more commands fill
the history, and an unidentified connection sends a bad packet, so the command
results and the traffic log show what a field engineer sees. One PNG per size,
theme and language: ``window-<theme>-<lang>.png`` at the first size,
``window-<theme>-<lang>-<W>x<H>.png`` at the others (``-trend`` added with --tab trend).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from fourgmon.gui.app import make_application
from fourgmon.gui.i18n import LanguageManager
from fourgmon.gui.main_window import MainWindow, build_window
from fourgmon.gui.theme import apply_theme
from fourgmon.server.config import ServerConfig
from fourgmon.server.server import Server
from fourgmon.sim.fleet import Fleet
from fourgmon.store import Store

SIZE = (1600, 1000)
# An unidentified connection's first packet, undecodable (packnum is not a number).
BAD_PACKET = b'{"cmd":"push_msg","IMEI":"865501040000901","packnum":"x1","time":"2026-01-01"}'


async def _settle(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        await asyncio.sleep(0.05)


async def _until(condition, timeout: float) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            return False
        await asyncio.sleep(0.05)
    return True


async def _use_every_command(window: MainWindow, server: Server, target: str) -> None:
    """Click each command button for ``target``, confirm the update, wait for the results."""
    panel = window.commands
    for kind in ("time", "info", "version", "query_msg"):
        panel.buttons[kind].click()
        await _until(lambda k=kind: panel.buttons[k].isEnabled(), 5.0)
    panel.buttons["update"].click()
    box = panel.confirm_box
    if box is not None:
        box.button(QMessageBox.StandardButton.Yes).click()

    def read_back() -> bool:
        history = panel.history
        return any(
            panel._kind_name("readback") in history.topLevelItem(i).text(1)
            for i in range(history.topLevelItemCount())
        )

    if not await _until(read_back, 20.0):
        print("warning: no version read back after the update", file=sys.stderr)
    others = [d.imei for d in server.registry if d.online and d.imei != target][:3]
    for imei in others:  # more history rows, for other modules
        await server.request(imei, "info")
        await server.request(imei, "version")


async def _send_bad_packet(port: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(BAD_PACKET)
    await writer.drain()
    await _settle(0.5)
    writer.close()
    await writer.wait_closed()
    del reader


async def shoot(
    out: Path,
    devices: int,
    tmp: Path,
    languages: LanguageManager,
    sizes: list[tuple[int, int]],
    themes: list[str],
    langs: list[str],
    tab: str = "frame",
) -> list[Path]:
    store = Store.open(tmp / "data")
    await store.start()
    server = Server(ServerConfig(host="127.0.0.1", port=0), store)
    await server.start()
    assert server.address is not None
    fleet = Fleet(
        "127.0.0.1", server.address[1], devices, faults=True, start_spread=0.5, update_pause=1.0
    )
    await fleet.start()
    window = build_window(server, store, languages)
    window.resize(*sizes[0])
    window.show()
    saved: list[Path] = []
    try:
        deadline = time.monotonic() + 20
        faulty = None
        while time.monotonic() < deadline and faulty is None:
            await _settle(0.5)
            faulty = next((d.imei for d in server.registry if d.online and d.has_fault()), None)
        await _settle(4.0)  # let curves fill
        target = faulty or next(iter(server.registry)).imei
        window.select_device(target)
        await _use_every_command(window, server, target)
        await _send_bad_packet(server.address[1])
        window.select_device(target)
        print(f"selected {target} (faults: {faulty is not None})")
        window.plot_panel.tabs.setCurrentIndex(1 if tab == "trend" else 0)
        for n, size in enumerate(sizes):
            window.resize(*size)
            suffix = ("" if n == 0 else f"-{size[0]}x{size[1]}") + (
                "-trend" if tab == "trend" else ""
            )
            for theme in themes:
                for lang in langs:
                    apply_theme(_app(), theme)
                    languages.set_language(lang)
                    await _settle(0.2)
                    window.reset_layout()  # as a first start at this size and language
                    await _settle(1.3)
                    path = out / f"window-{theme}-{lang}{suffix}.png"
                    window.grab().save(str(path))
                    saved.append(path)
                    got = window.size()
                    print("saved", path, f"({got.width()}x{got.height()})")
    finally:
        window.close()
        await fleet.stop()
        await server.stop()
        await store.close()
    return saved


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not WIDTHxHEIGHT: {text!r}") from None
    return w, h


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--devices", type=int, default=8)
    parser.add_argument("--size", type=_size, nargs="+", default=[SIZE], metavar="WxH")
    parser.add_argument("--theme", nargs="+", default=["light", "dark"], choices=["light", "dark"])
    parser.add_argument("--lang", nargs="+", default=["en", "zh"], choices=["en", "zh"])
    parser.add_argument("--tab", default="frame", choices=["frame", "trend"], help="plots shown")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    import qasync

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
        app = make_application()
        languages = LanguageManager(app)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(
                shoot(
                    args.out,
                    args.devices,
                    tmp,
                    languages,
                    args.size,
                    args.theme,
                    args.lang,
                    args.tab,
                )
            )
        finally:
            loop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
