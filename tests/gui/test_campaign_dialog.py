"""The firmware-campaign dialog on a real server: the list to confirm, progress, the report."""

from __future__ import annotations

import asyncio
import csv
from pathlib import Path

from PySide6.QtWidgets import QPushButton, QTableWidget

from fourgmon.protocol.messages import (
    Ping,
    UpdateAck,
    UpdateRequest,
    VersionAck,
    VersionRequest,
)
from fourgmon.sim.scripted import ScriptedModule
from tests.gui.conftest import wait_until, window_on_server

IMEIS = [str(865501040500000 + i) for i in range(4)]


async def online(port: int, imei: str, version: str) -> ScriptedModule:
    module = await ScriptedModule.connect("127.0.0.1", port, imei=imei)
    module.send(Ping(imei))
    await module.expect("pong")
    module.send(VersionAck(imei, "0002" if imei == IMEIS[3] else "0001", version))
    return module


def test_campaign_lists_updates_and_exports(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            versions = ["1.0.3", "1.0.3", "1.0.3", "1.0.3"]
            modules = [await online(h.port, i, v) for i, v in zip(IMEIS, versions, strict=True)]
            w = h.window
            await wait_until(lambda: all(h.server.registry.get(i).fw_version for i in IMEIS))
            dialog = w.fleet.open_campaign()
            assert dialog.objectName() == "campaignDialog" and dialog.isVisible()
            table = dialog.findChild(QTableWidget, "campaignModules")
            assert table.rowCount() == 4  # nothing selected: all modules
            dialog.hw_type.setCurrentIndex(dialog.hw_type.findData("0001"))
            dialog.below.setText("1.0.4")
            assert table.rowCount() == 3  # the type-0002 module is left out
            listed = [(table.item(r, 0).text(), table.item(r, 2).text(), table.item(r, 3).text())
                      for r in range(3)]  # fmt: skip
            assert listed == [(i, "0001", "1.0.3") for i in IMEIS[:3]]
            dialog.at_a_time.setValue(3)
            dialog.back_within.setValue(1)

            async def behave(module: ScriptedModule, role: int) -> None:
                await module.expect(UpdateRequest, timeout=10, skip_other=True)
                module.send(UpdateAck(result=role != 1))
                if role == 1:
                    return
                await asyncio.sleep(0.05)
                await module.aclose()
                back = await ScriptedModule.connect("127.0.0.1", h.port, imei=module.imei)
                back.send(Ping(module.imei))
                await back.expect(VersionRequest, timeout=10, skip_other=True)
                back.send(VersionAck(module.imei, "0001", "1.0.3" if role == 2 else "1.0.4"))
                modules.append(back)

            start = dialog.findChild(QPushButton, "btnCampaignStart")
            start.click()
            assert dialog.runner is not None
            await asyncio.gather(*(behave(m, r) for r, m in enumerate(modules[:3])))
            await asyncio.wait_for(dialog.runner.finished(), 10)
            await wait_until(lambda: table.item(2, 4).text() == "unchanged (same version)")
            assert [table.item(r, 4).text() for r in range(3)] == [
                "updated",
                "refused",
                "unchanged (same version)",
            ]
            assert table.item(0, 5).text() == "1.0.4"
            assert "finished" in dialog.status.text()
            assert not dialog.findChild(QPushButton, "btnCampaignAbort").isEnabled()
            out = tmp_path / "report.csv"
            await dialog.export(out)
            rows = list(csv.DictReader(out.open(encoding="utf-8")))
            assert [(r["imei"], r["result"]) for r in rows] == [
                (IMEIS[0], "updated"),
                (IMEIS[1], "failed"),
                (IMEIS[2], "unchanged"),
            ]
            assert "Report saved" in dialog.status.text()
            dialog.close()
            for m in modules:
                await m.aclose()

    run(scenario())
