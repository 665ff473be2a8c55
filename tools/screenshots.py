"""Screenshots of the window (light/dark × English/Chinese) with a demo fleet, offscreen.

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--devices 8]

A real server and store (in a temporary folder) on a loopback port, a simulated
fleet with faults, a module with faults selected; one PNG per theme and language.
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

from fourgmon.gui.app import make_application
from fourgmon.gui.i18n import LanguageManager
from fourgmon.gui.main_window import build_window
from fourgmon.gui.theme import apply_theme
from fourgmon.server.config import ServerConfig
from fourgmon.server.server import Server
from fourgmon.sim.fleet import Fleet
from fourgmon.store import Store

SIZE = (1600, 1000)


async def _settle(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        await asyncio.sleep(0.05)


async def shoot(out: Path, devices: int, tmp: Path, languages: LanguageManager) -> list[Path]:
    store = Store.open(tmp / "data")
    await store.start()
    server = Server(ServerConfig(host="127.0.0.1", port=0), store)
    await server.start()
    assert server.address is not None
    fleet = Fleet("127.0.0.1", server.address[1], devices, faults=True, start_spread=0.5)
    await fleet.start()
    window = build_window(server, store, languages)
    window.resize(*SIZE)
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
        server_version = await server.request(target, "version")
        await server.request(target, "info")
        print(f"selected {target} (faults: {faulty is not None}); version {server_version.detail}")
        for theme in ("light", "dark"):
            for lang in ("en", "zh"):
                apply_theme(window_app(), theme)
                languages.set_language(lang)
                await _settle(1.5)
                path = out / f"window-{theme}-{lang}.png"
                window.grab().save(str(path))
                saved.append(path)
                print("saved", path)
    finally:
        window.close()
        await fleet.stop()
        await server.stop()
        await store.close()
    return saved


def window_app():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--devices", type=int, default=8)
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
            loop.run_until_complete(shoot(args.out, args.devices, tmp, languages))
        finally:
            loop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
