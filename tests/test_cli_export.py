"""`fourgmon export` options (DESIGN.md): several --imei, --all, --what, --format, --calibrated."""

from __future__ import annotations

import asyncio
import codecs
import csv
import io
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from fourgmon.domain.alarms import Alarm
from fourgmon.domain.calibration import Calibration, CalibrationRow
from fourgmon.store import AliasRecord, Store
from fourgmon.store.calibration import changes_record
from fourgmon.store.records import AlarmRecord
from tests.store.conftest import T0, push_msg, samples

A, B, C = "861111111111111", "862222222222222", "863333333333333"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fourgmon", "export", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"

    async def fill() -> None:
        store = Store.open(data)
        await store.start()
        try:
            for n, imei in enumerate((A, B, C)):
                for i in range(3):
                    await store.write(push_msg(i, imei=imei, at=T0 + 10 * n + i))
            await store.write(AliasRecord(A, "泵站一号"))
            cal = Calibration(0.01, 2.0, "kPa")
            await store.write(changes_record(T0, "tester", [CalibrationRow("*", 0, cal)]))
            stuck = Alarm(A, "stuck", 3, T0 + 1, "CH4 stuck at 1234", cleared_at=T0 + 5)
            await store.write(AlarmRecord(stuck))
            await store.write(AlarmRecord(Alarm(B, "offline", None, T0 + 2, "=1+1")))
        finally:
            await store.close()

    asyncio.run(fill())
    return data


def _table(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_several_imei_and_all(data_dir: Path) -> None:
    two = _run("--data-dir", str(data_dir), "--imei", A, "--imei", C)
    assert two.returncode == 0, two.stderr
    rows = _table(two.stdout)
    assert not two.stdout.startswith("\ufeff")  # a pipe gets no BOM
    assert [r[0] for r in rows[1:]] == [A] * 9 + [C] * 9
    every = _run("--data-dir", str(data_dir), "--all")
    assert every.returncode == 0, every.stderr
    assert {r[0] for r in _table(every.stdout)[1:]} == {A, B, C}
    assert len(_table(every.stdout)) == 1 + 27


def test_calibrated_columns(data_dir: Path) -> None:
    out = _run("--data-dir", str(data_dir), "--imei", A, "--calibrated")
    assert out.returncode == 0, out.stderr
    rows = _table(out.stdout)
    assert rows[0][57:59] == ["unit", "v1"] and len(rows[0]) == 7 + 50 + 1 + 50
    first = rows[1]  # packnum 0, channel 0: the '*' row applies
    assert first[4] == "0" and first[57] == "kPa"
    assert [float(v) for v in first[58:]] == pytest.approx(
        [0.01 * v + 2.0 for v in samples(0).tolist()]
    )
    other = rows[2]  # channel 1: no calibration, raw counts in v-columns, no unit
    assert other[57] == "" and other[58:] == other[7:57]


def test_file_output_csv_with_bom_and_xlsx(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "a.csv"
    done = _run("--data-dir", str(data_dir), "--imei", A, "--out", str(target))
    assert done.returncode == 0, done.stderr
    assert "9 rows written" in done.stderr
    raw = target.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    plain = _run("--data-dir", str(data_dir), "--imei", A).stdout
    assert raw[3:].decode() == plain  # the same rows as on stdout
    book_path = tmp_path / "a.xlsx"  # the format follows the suffix
    done = _run("--data-dir", str(data_dir), "--imei", A, "--out", str(book_path))
    assert done.returncode == 0, done.stderr
    book = openpyxl.load_workbook(book_path, read_only=True)
    try:
        frames = list(book["frames"].values)
        modules = list(book["modules"].values)
    finally:
        book.close()
    assert len(frames) == 10 and list(frames[1][7:]) == samples(0).tolist()
    # Times are Excel dates (sortable, chartable): received_at in UTC, as the CSV's text.
    csv_first = _table(plain)[1]
    assert isinstance(frames[1][2], datetime) and isinstance(frames[1][3], datetime)
    assert frames[1][2] == datetime.strptime(csv_first[2], "%Y-%m-%d %H:%M:%S")
    received = datetime.fromisoformat(csv_first[3]).replace(tzinfo=None)
    assert abs((frames[1][3] - received).total_seconds()) < 0.001
    assert modules[1][:2] == (A, "泵站一号")
    assert isinstance(modules[1][6], datetime)
    assert not list(tmp_path.glob("*.partial"))


def test_events_and_alarms(data_dir: Path, tmp_path: Path) -> None:
    alarms = _run("--data-dir", str(data_dir), "--all", "--what", "alarms")
    assert alarms.returncode == 0, alarms.stderr
    rows = _table(alarms.stdout)
    assert rows[0][:5] == ["imei", "alias", "kind", "severity", "channel"]
    assert [(r[0], r[1], r[2], r[4]) for r in rows[1:]] == [
        (A, "泵站一号", "stuck", "3"),
        (B, "", "offline", ""),
    ]
    assert rows[2][-1] == "'=1+1"  # a formula-looking detail stays text
    # Only alarms open at some time in the window: A's was cleared at T0 + 5.
    later = _run("--data-dir", str(data_dir), "--all", "--what", "alarms", "--since", str(T0 + 6))
    assert [r[0] for r in _table(later.stdout)[1:]] == [B]
    book = tmp_path / "alarms.xlsx"
    done = _run("--data-dir", str(data_dir), "--all", "--what", "alarms", "--out", str(book))
    assert done.returncode == 0, done.stderr
    wb = openpyxl.load_workbook(book, read_only=True)
    try:
        sheet = list(wb["alarms"].values)
    finally:
        wb.close()
    assert sheet[2][-1] == "'=1+1" and len(sheet) == 3
    raised = sheet[0].index("raised_at")
    assert sheet[1][raised] == datetime.fromtimestamp(T0 + 1, UTC).replace(tzinfo=None)
    events = _run("--data-dir", str(data_dir), "--imei", A, "--what", "events")
    assert events.returncode == 0, events.stderr
    assert _table(events.stdout)[0] == ["imei", "alias", "time", "event", "channel", "detail"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--imei", A, "--format", "xlsx"], ["xlsx", "--out"]),
        (["--imei", A, "--what", "alarms", "--calibrated"], ["--calibrated"]),
        (["--imei", A, "--all"], ["not allowed"]),
        (["--imei", A, "--what", "nothing"], ["invalid choice"]),
    ],
)
def test_options_that_do_not_go_together_are_one_line(
    data_dir: Path, args: list[str], words: list[str]
) -> None:
    out = _run("--data-dir", str(data_dir), *args)
    assert out.returncode == 2 and out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and all(w in lines[0] for w in words), out.stderr
