"""The export dialog (btnExport) on a real window, server, socket and store: its files
equal `fourgmon export` and the samples the modules had acknowledged; aliases come out
intact (Chinese) and inert (formulas); cancel leaves no file; Open folder opens it."""

from __future__ import annotations

import codecs
import csv
import io
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QWidget

from fourgmon.gui.export_dialog import ExportDialog, ExportJob, ExportWorker
from fourgmon.protocol.messages import PushMsgAck
from fourgmon.sim.scripted import ScriptedModule, make_push_msg
from fourgmon.store.export import ExportRequest
from tests.gui.conftest import settle, wait_until, window_on_server

PUMP, EVIL = "865501040000101", "865501040000102"
ALIASES = {PUMP: "泵站三号", EVIL: '=HYPERLINK("http://evil.example","x")'}


async def _push(port: int) -> dict[tuple[str, int, int], list[int]]:
    """Every module sends 4 packets of three channels; returns the acked samples."""
    acked: dict[tuple[str, int, int], list[int]] = {}
    rng = np.random.default_rng(5)
    for imei in (PUMP, EVIL):
        module = await ScriptedModule.connect("127.0.0.1", port, imei=imei)
        try:
            for packnum in range(4):
                group = (3 * (packnum % 3), 3 * (packnum % 3) + 1, 3 * (packnum % 3) + 2)
                channels = {k: rng.integers(0, 65536, 50) for k in group}
                module.send(make_push_msg(imei, packnum, channels))
                assert (await module.expect(PushMsgAck, timeout=5)).packnum == packnum
                for k, v in channels.items():
                    acked[(imei, packnum, k)] = [int(x) for x in v]
        finally:
            await module.aclose()
    return acked


def _cli(data_dir: Path, *args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "fourgmon", "export", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


async def _export(dialog: ExportDialog) -> list[Path]:
    worker = dialog.start()
    assert worker is not None
    await wait_until(lambda: dialog.worker is None, 20, "the export to end")
    assert dialog.open_button.isEnabled(), dialog.status_label.text()
    return list(dialog.written)


def test_export_from_the_dialog_equals_the_cli_and_the_acked_samples(
    run: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            acked = await _push(h.port)
            for imei, alias in ALIASES.items():
                await h.server.set_alias(imei, alias)
            await settle()
            button = h.window.findChild(QPushButton, "btnExport")
            assert button is not None and button.isEnabled()
            button.click()
            await settle()
            dialog = h.window.findChild(ExportDialog, "exportDialog")
            assert dialog is not None and dialog.isVisible()
            dialog.folder_edit.setText(str(out_dir))
            dialog.all_radio.setChecked(True)
            dialog.range_combo.setCurrentIndex(4)  # everything stored
            assert dialog.modules() == [PUMP, EVIL]

            (csv_path,) = await _export(dialog)
            raw = csv_path.read_bytes()
            assert raw.startswith(codecs.BOM_UTF8)
            cli = _cli(h.data_dir, "--all")
            assert raw[3:].decode() == cli  # the dialog's file is the CLI's export
            rows = list(csv.reader(io.StringIO(cli)))[1:]
            got = {(r[0], int(r[1]), int(r[4])): [int(v) for v in r[7:]] for r in rows}
            assert got == acked  # ... and the samples the modules had acknowledged

            dialog.xlsx_radio.setChecked(True)
            (xlsx_path,) = await _export(dialog)
            book = openpyxl.load_workbook(xlsx_path, read_only=True)
            try:
                sheet = [list(r) for r in book["frames"].values]
                modules = {r[0]: r[1] for r in list(book["modules"].values)[1:]}
            finally:
                book.close()
            assert {(r[0], r[1], r[4]): list(r[7:]) for r in sheet[1:]} == acked
            assert modules == {PUMP: "泵站三号", EVIL: "'" + ALIASES[EVIL]}

            dialog.what_combo.setCurrentIndex(1)  # events, one file per module
            dialog.csv_radio.setChecked(True)
            dialog.per_module_radio.setChecked(True)
            files = await _export(dialog)
            assert [p.name.split("-")[2] for p in files] == [PUMP, EVIL]
            assert "泵站三号" in files[0].name  # the alias names the file too
            pump = list(csv.reader(io.StringIO(files[0].read_text("utf-8-sig"))))
            assert pump[1][:2] == [PUMP, "泵站三号"] and pump[1][3] == "online"
            evil = list(csv.reader(io.StringIO(files[1].read_text("utf-8-sig"))))
            assert evil[1][1] == "'" + ALIASES[EVIL]  # inert in CSV as well
            dialog.open_folder()
            assert [Path(u.toLocalFile()) for u in opened] == [out_dir]
            dialog.close()
            await settle()

    run(scenario())
    assert not list(out_dir.glob("*.partial"))


def test_cancel_leaves_no_file_behind(run: Any, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            await _push(h.port)
            target = tmp_path / "never.csv"
            worker = ExportWorker(h.store, ExportJob(((ExportRequest((PUMP,)), target),), "csv"))
            seen: list[str] = []
            worker.signals.cancelled.connect(lambda: seen.append("cancelled"))
            worker.signals.done.connect(lambda *_: seen.append("done"))
            worker.cancel()  # before the first page: a cancel that cannot race the end
            worker.start()
            await wait_until(lambda: seen, 10, "the worker to stop")
            worker.wait()
            assert seen == ["cancelled"]
            assert sorted(p.name for p in tmp_path.iterdir() if "never" in p.name) == []

            dialog = ExportDialog(h.store, [(PUMP, "")], [PUMP], tmp_path, h.window)
            dialog.show()
            started = dialog.start()
            assert started is not None and dialog.cancel_button.isEnabled()
            dialog.cancel()
            await wait_until(lambda: dialog.worker is None, 10, "the dialog's export to stop")
            text = dialog.status_label.text()
            left = [p for p in tmp_path.iterdir() if p.name.startswith("fourgmon-frames")]
            if "cancelled" in text:  # the cancel came first: nothing under any name
                assert left == []
            else:  # the export was quicker: the whole file, never a partial one
                assert [p.suffix for p in left] == [".csv"]
            dialog.close()
            await settle()

            parent = QWidget()
            parent.show()
            dialog = ExportDialog(h.store, [(PUMP, "")], [PUMP], tmp_path, parent)
            dialog.show()
            assert dialog.start() is not None
            parent.hide()  # the window closing: the export stops before the store closes
            assert dialog.worker is None
            assert not [p for p in tmp_path.iterdir() if p.suffix == ".partial"]
            dialog.close()
            parent.deleteLater()
            await settle()

    run(scenario())


def test_choices_that_cannot_be_exported_say_why(qtbot: Any, tmp_path: Path) -> None:
    dialog = ExportDialog(None, [(PUMP, "泵站"), (EVIL, "")], [], tmp_path)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.all_radio.isChecked() and not dialog.selection_radio.isEnabled()
    dialog.filter_edit.setText("泵")
    assert dialog.filter_radio.isChecked() and dialog.modules() == [PUMP]
    dialog.filter_edit.setText("nothing")
    assert not dialog.export_button.isEnabled() and dialog.status_label.text()
    dialog.all_radio.setChecked(True)
    for box in dialog.channel_boxes:
        box.setChecked(False)
    assert not dialog.export_button.isEnabled()
    dialog.what_combo.setCurrentIndex(2)  # alarms: channels do not matter
    assert dialog.export_button.isEnabled()
    dialog.folder_edit.setText(str(tmp_path / "missing"))
    assert not dialog.export_button.isEnabled()
    dialog._started -= 10  # 10 s for the first 500 of 2000 rows: 30 s to go
    dialog._started += time.monotonic()
    dialog._progressed(500, 2000)
    text = dialog.status_label.text()
    assert "500" in text and "2,000" in text and "30" in text, text
    assert dialog.progress.value() == 500 and dialog.progress.maximum() == 2000
