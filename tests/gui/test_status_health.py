"""The window's status bar shows the store's health: disk space low, disk full (packets
not stored), a damaged database set aside. Real store on a real tmpfs, real server, a
scripted module on loopback."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

from PySide6.QtWidgets import QLabel

from fourgmon.protocol.messages import PushMsgAck
from fourgmon.sim.scripted import ScriptedModule, make_push_msg
from fourgmon.store import DB_FILENAME, DiskLimits, Store
from tests.gui.conftest import Harness, wait_until
from tests.small_disk import fill_until, tmpfs
from tests.store.damage import overwrite_page, pages_of

IMEI = "865501040000042"
MB = 1_000_000


@contextlib.asynccontextmanager
async def window(data_dir: Path, disk: DiskLimits | None = None) -> AsyncIterator[Harness]:
    from fourgmon.gui.main_window import build_window
    from fourgmon.server.config import ServerConfig
    from fourgmon.server.server import Server

    store = Store.open(data_dir, disk=disk)
    await store.start()
    server = Server(ServerConfig(host="127.0.0.1", port=0), store)
    await server.start()
    win = build_window(server, store, None)
    win.show()
    try:
        yield Harness(server, store, win, data_dir)
    finally:
        win.close()
        win.deleteLater()
        await server.stop()
        await store.close()


def _labels(h: Harness) -> tuple[QLabel, QLabel, QLabel]:
    labels = [h.window.findChild(QLabel, n) for n in ("diskLabel", "damageLabel", "storageLabel")]
    assert all(label is not None for label in labels)
    return labels[0], labels[1], labels[2]  # type: ignore[return-value]


async def _acked(module: ScriptedModule, packnum: int, timeout: float) -> bool:
    module.send(make_push_msg(IMEI, packnum, time="2026-11-24 08:00:00"))
    try:
        return (await module.expect(PushMsgAck, timeout=timeout)).packnum == packnum
    except TimeoutError:
        return False


def test_disk_low_then_full_shows_in_the_status_bar_and_clears(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with tmpfs(tmp_path / "disk") as disk:

        async def scenario() -> None:
            async with window(disk, DiskLimits(8 * MB, 100, 3 * MB)) as h:
                health, damage, fault = _labels(h)
                module = await ScriptedModule.connect("127.0.0.1", h.port, imei=IMEI)
                try:
                    assert await _acked(module, 1, 5)
                    assert health.text() == "" and damage.text() == ""
                    low = fill_until(disk, 6 * MB)
                    await wait_until(lambda: "Disk space low" in health.text(), what="low shown")
                    assert "MB free" in health.text() and "8.0 MB" in health.toolTip()
                    assert await _acked(module, 2, 5)  # still stored

                    full = fill_until(disk, int(1.5 * MB))
                    await wait_until(lambda: "Disk full" in health.text(), what="full shown")
                    assert not await _acked(module, 3, 1.5)
                    assert "packets not stored" in health.text()
                    assert fault.text() == ""  # one message for it, not two

                    full.unlink()
                    low.unlink()
                    await wait_until(lambda: health.text() == "", what="cleared")
                    assert await _acked(module, 3, 5)  # the resend is stored
                    await wait_until(lambda: not fault.text(), what="fault cleared")
                finally:
                    await module.aclose()

        run(scenario())


def test_a_damaged_database_shows_in_the_status_bar(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"

    async def fill() -> None:
        store = Store.open(data)
        await store.start()
        try:
            from tests.store.conftest import push_msg

            for i in range(40):
                await store.write(push_msg(i, imei=IMEI, at=1_795_550_000.0 + i))
        finally:
            await store.close()

    run(fill())
    overwrite_page(data / DB_FILENAME, pages_of(data / DB_FILENAME, "push_msgs")[0])

    async def scenario() -> None:
        async with window(data) as h:
            disk, damage, _ = _labels(h)
            await wait_until(lambda: "Database damaged" in damage.text(), what="damage shown")
            assert "storing into fourgmon-2.sqlite3" in damage.text()
            assert f"{data / DB_FILENAME}: database disk image is malformed" in damage.toolTip()
            assert disk.text() == ""
            module = await ScriptedModule.connect("127.0.0.1", h.port, imei=IMEI)
            try:
                assert await _acked(module, 100, 5)  # stored on, into the fresh file
            finally:
                await module.aclose()
            await asyncio.sleep(0)

    run(scenario())


def test_a_database_upgrade_and_retention_show_in_the_status_bar(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import time

    from tests.store.test_schema3 import _v2_database

    data = tmp_path / "data"
    data.mkdir()
    _v2_database(data / DB_FILENAME, 20_000)  # old packets (2026-11-24): past the max age
    limits = DiskLimits(retain_max_age=3600.0, retain_disk_percent=0)

    async def scenario() -> None:
        async with window(data, limits) as h:
            label = h.window.findChild(QLabel, "upkeepLabel")
            assert label is not None
            await wait_until(lambda: "Upgrading database" in label.text(), what="upgrade shown")
            assert "stored packets to the new, smaller format" in label.toolTip()
            await wait_until(
                lambda: "20000 oldest packets" in label.toolTip(), what="retention", timeout=60
            )
            assert "History kept since" in label.text()
            assert "maximum age" in label.toolTip()
            assert h.store.health.retention is not None
            assert h.store.health.retention.kept_since is None or (
                h.store.health.retention.kept_since > time.time() - 3600
            )

    run(scenario())
