"""The columnar export path: decode and cell formatting equal the per-frame path, plus
channels, units, events, alarms, XLSX, cancellation and the BOM."""

from __future__ import annotations

import asyncio
import codecs
import csv
import errno
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from fourgmon.domain.calibration import Calibration, CalibrationRow
from fourgmon.protocol.messages import PushMsg
from fourgmon.store import (
    AliasRecord,
    CommandRecord,
    ConnectionRecord,
    InfoRecord,
    PushMsgRecord,
    Store,
    VersionRecord,
)
from fourgmon.store import export as export_module
from fourgmon.store.calibration import changes_record
from fourgmon.store.cells import iso_utc, neutralise
from fourgmon.store.export import ExportCancelled, ExportRequest, export_to, write_csv
from fourgmon.store.export_page import decode_page, stamps, utc_millis
from fourgmon.store.samples import decode_batch, encode_batch

from .conftest import IMEI, T0, push_msg, push_online, samples

OTHER = "869999999999999"


def _as_time(text: str) -> datetime | None:
    """A CSV time text (device time, or ISO UTC with Z) as a naive datetime, else None."""
    try:
        if text.endswith("Z"):
            return datetime.fromisoformat(text).replace(tzinfo=None)
        return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None


def normal(value: object) -> object:
    """A CSV or XLSX cell compared by value: numbers as floats (openpyxl reads 40.0 back
    as 40; CSV has "40.0"), times (XLSX dates, CSV texts) to the millisecond, empty as
    "", text as it is."""
    if value is None:
        return ""
    if isinstance(value, str) and (moment := _as_time(value)) is not None:
        value = moment
    if isinstance(value, datetime):
        return ("time", round(value.replace(tzinfo=UTC).timestamp(), 3))
    if isinstance(value, int | float):
        return float(value)
    text = str(value)
    try:
        return float(text) if text and text[0] in "0123456789" and "-" not in text else text
    except ValueError:
        return text


def test_decode_page_equals_decode_batch_on_every_shape() -> None:
    rng = np.random.default_rng(7)
    packets = []
    for _ in range(300):
        channels = []
        for k in rng.permutation(9)[: rng.integers(0, 4)].tolist():
            n = int(rng.choice([0, 1, 2, 49, 50, 51, 77]))
            spread = int(rng.choice([0, 1, 30, 3000, 65535]))
            base = int(rng.integers(0, 65536))
            values = (base + rng.integers(-spread, spread + 1, n)) % 65536
            channels.append((k, values.astype("<u2").tobytes()))
        packets.append(channels)
    stats, blobs, _ = encode_batch(packets)
    rows = [
        (float(i), i, 0, 0, None, None, s, b)
        for i, (s, b) in enumerate(zip(stats, blobs, strict=True))
    ]
    page = decode_page(rows)
    expected = [
        (p, k, v.tolist())
        for p, chans in enumerate(decode_batch(stats, blobs))
        for k, v in sorted(chans, key=lambda kv: kv[0])
    ]
    got = [
        (p, k, page.values[i, :n].tolist())
        for i, (p, k, n) in enumerate(
            zip(page.packet.tolist(), page.channel.tolist(), page.n.tolist(), strict=True)
        )
    ]
    assert got == expected


def test_time_cells_equal_iso_utc_and_datetime() -> None:
    rng = np.random.default_rng(3)
    at = np.concatenate(
        [
            rng.uniform(0, 4e9, 2000),
            np.array([T0, T0 + 0.0005, T0 + 0.9995, T0 + 0.9999995, 1.5, 951_782_400.25]),
        ]
    )
    seconds, millis = utc_millis(at)
    text = stamps(seconds, millis).tobytes().decode()
    width = len("2026-11-24T19:53:20.000Z")
    got = [text[i : i + width] for i in range(0, len(text), width)]
    assert got == [iso_utc(float(t)) for t in at]
    secs = rng.integers(-62_135_596_800, 253_402_300_799, 2000)
    plain = stamps(secs, None).tobytes().decode()
    got = [plain[i : i + 19] for i in range(0, len(plain), 19)]
    epoch = datetime(1970, 1, 1)
    assert got == [(epoch + timedelta(seconds=int(s))).isoformat(sep=" ") for s in secs]


async def _fill(store: Store) -> None:
    for i in range(6):
        await store.write(push_msg(i, at=T0 + i))
    await store.write(push_msg(0, imei=OTHER, at=T0 + 0.5))
    await store.write(AliasRecord(IMEI, "泵站三号"))
    await store.write(AliasRecord(OTHER, '=HYPERLINK("http://x.example","y")'))


async def test_channels_and_engineering_units(store: Store) -> None:
    await _fill(store)
    cal = Calibration(0.001, -1.0, "MPa")
    await store.write(changes_record(T0, "tester", [CalibrationRow("*", 1, cal)]))
    request = ExportRequest(
        (IMEI,),
        channels=frozenset({1, 2}),
        calibrated=True,
        calibration=store.calibration(),
    )
    out = io.BytesIO()
    rows = export_module.write_frames_csv(store, request, out)
    table = list(csv.reader(io.StringIO(out.getvalue().decode())))
    assert rows == 12 and len(table) == 13
    header = table[0]
    assert header[7:57] == [f"s{i}" for i in range(1, 51)]
    assert header[57] == "unit" and header[58:] == [f"v{i}" for i in range(1, 51)]
    by_channel = {r[4] for r in table[1:]}
    assert by_channel == {"1", "2"}
    for row in table[1:]:
        raw = [int(v) for v in row[7:57]]
        if row[4] == "1":
            assert row[57] == "MPa"
            assert [float(v) for v in row[58:]] == pytest.approx([0.001 * r - 1 for r in raw])
        else:  # no calibration: raw counts, no unit
            assert row[57] == "" and [int(v) for v in row[58:]] == raw
    units_only = ExportRequest((IMEI,), raw=False, calibrated=True)
    out = io.BytesIO()
    export_module.write_frames_csv(store, units_only, out)
    assert out.getvalue().split(b"\n")[0].decode().split(",")[7:9] == ["unit", "v1"]


async def test_file_csv_has_a_bom_and_the_chinese_alias_intact(
    store: Store, tmp_path: Path
) -> None:
    await _fill(store)
    await store.write(ConnectionRecord(IMEI, T0 - 1, "online", "first message", "10.0.0.5:4000"))
    path = tmp_path / "events.csv"
    rows = export_to(store, ExportRequest((IMEI, OTHER), what="events"), path)
    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert table[0] == ["imei", "alias", "time", "event", "channel", "detail"]
    assert rows == 1 and table[1][:4] == [IMEI, "泵站三号", iso_utc(T0 - 1), "online"]
    assert raw.decode("utf-8-sig").encode("gbk", "strict")  # plain Chinese, no mojibake


async def test_events_list_every_kind_in_time_order(store: Store, tmp_path: Path) -> None:
    await _fill(store)
    await store.write(ConnectionRecord(IMEI, T0 - 1, "online", "first message", "10.0.0.5:4000"))
    await store.write(CommandRecord(IMEI, "time_sync", T0 + 2, T0 + 2.5, "ok", ""))
    await store.write(InfoRecord(IMEI, T0 + 3, "8986001", "113.5,22.2", (0, 1, 2)))
    await store.write(VersionRecord(IMEI, T0 + 4, "P9", "1.2.3"))
    await store.write(push_online(1, at=T0 + 5, st0="[1]"))
    await store.write(push_online(2, at=T0 + 6, st0="[1]"))  # unchanged: no event
    await store.write(push_online(3, at=T0 + 7, st0="[3]"))
    await store.write(ConnectionRecord(IMEI, T0 + 8, "offline", "heartbeat timeout", ""))
    path = tmp_path / "events.csv"
    export_to(store, ExportRequest((IMEI,), since=T0 - 10, until=T0 + 10, what="events"), path)
    table = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))[1:]
    assert [(r[3], r[4]) for r in table] == [
        ("online", ""),
        ("command", ""),
        ("info", ""),
        ("version", ""),
        ("sensor", "0"),
        ("sensor", "4"),
        ("sensor", "8"),
        ("sensor", "0"),
        ("offline", ""),
    ]
    assert table[1][5].startswith("time_sync: ok")
    assert table[2][5] == "ccid=8986001 location=113.5,22.2 errors=0,1,2"
    assert table[7][5].startswith("st=[3]")


async def test_xlsx_equals_csv_and_formula_aliases_stay_text(store: Store, tmp_path: Path) -> None:
    await _fill(store)
    request = ExportRequest((IMEI, OTHER))
    csv_path, xlsx_path = tmp_path / "f.csv", tmp_path / "f.xlsx"
    export_to(store, request, csv_path)
    export_to(store, request, xlsx_path, "xlsx")
    table = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    book = openpyxl.load_workbook(xlsx_path, read_only=True)
    try:
        sheet = [list(row) for row in book["frames"].values]
        modules = list(book["modules"].values)
    finally:
        book.close()
    assert [[normal(c) for c in row] for row in sheet] == [[normal(c) for c in r] for r in table]
    assert all(isinstance(c, int) for row in sheet[1:] for c in row[7:])  # numbers, not text
    assert all(isinstance(row[2], datetime) and isinstance(row[3], datetime) for row in sheet[1:])
    assert modules[1][:2] == (IMEI, "泵站三号")
    assert modules[2][1] == '\'=HYPERLINK("http://x.example","y")'  # text, not a formula


async def test_cancel_leaves_no_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_module, "PAGE_PACKETS", 2)
    await _fill(store)
    calls: list[tuple[int, int]] = []

    def progress(done: int, expected: int) -> bool:
        calls.append((done, expected))
        return len(calls) < 2

    for fmt in ("csv", "xlsx"):
        calls.clear()
        path = tmp_path / f"cut.{fmt}"
        with pytest.raises(ExportCancelled):
            export_to(store, ExportRequest((IMEI,)), path, fmt, progress=progress)
        assert calls[0] == (6, 18)  # 3 frames a packet, 6 packets expected
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("cut")) == []


async def test_write_csv_still_writes_text_streams(store: Store) -> None:
    await _fill(store)
    out = io.StringIO()
    assert write_csv(store, IMEI, out, since=T0 + 1, until=T0 + 2) == 3
    assert out.getvalue().count("\n") == 4 and not out.getvalue().startswith("\ufeff")
    assert samples(10).tolist() == [int(v) for v in out.getvalue().split("\n")[1].split(",")[7:]]


async def test_every_fast_cell_path_and_its_fallback_write_what_csv_writer_writes(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages of 5 packets, some all plain (integer tenths, seconds, packnums: the numpy
    paths), some with one odd value (a float, None, text, a negative packnum: per value),
    across days and before 1970, against csv.writer over Store.frames."""
    monkeypatch.setattr(export_module, "PAGE_PACKETS", 5)
    rng = np.random.default_rng(11)
    odd_numbers = [-0.5, -12.3, 0.0, 100.0, None, 1e300, 0.1 + 0.2, 999999.9, -5.0, 7.25]
    odd_times = ["1999-12-31 23:59:59", "0001-01-01 00:00:00", "9999-12-31 23:59:59",
                 '=1,"x"', "", "2026-02-29 00:00:00", "2026-11-25 03:53:20"]  # fmt: skip
    futures = []
    for i in range(150):
        odd = i < 75 and i % 5 == 2  # one odd packet in every other page
        keys = rng.permutation(9)[: rng.integers(1, 4)].tolist()  # not in channel order
        channels = {
            k: rng.integers(0, int(rng.choice([10, 1000, 65536])), n).astype(np.uint16)
            for k, n in zip(keys, rng.choice([50, 50, 1, 61], len(keys)).tolist(), strict=True)
        }
        packnum = int(rng.choice([0, 9, 99_999, 2**31, 10**12])) + i
        temperature: float | None = round(float(rng.uniform(-40, 80)), 1)
        humidity: float | None = round(float(rng.uniform(0, 100)), 1)
        device_time = "2026-11-25 03:53:20"
        if odd:
            temperature = odd_numbers[i % len(odd_numbers)]
            humidity = odd_numbers[(i + 3) % len(odd_numbers)]
            device_time = odd_times[i % len(odd_times)]
            packnum = -packnum if i % 3 == 0 else packnum
        at = T0 + i * 7 * 3600 + float(rng.choice([0, 0.0005, 0.9995, 0.9999995, 0.25]))
        if i == 140:
            at = -86_400.25  # before 1970
        msg = PushMsg(IMEI, packnum, device_time, channels, temperature, humidity)
        futures.append(store.submit(PushMsgRecord(msg, at, b"x")))
    await asyncio.gather(*futures)
    frames = list(store.frames(IMEI))
    width = max(len(f.samples) for f in frames)
    ref = io.StringIO()
    writer = csv.writer(ref, lineterminator="\n")
    writer.writerow(export_module.frame_header(width))
    for f in frames:
        v = f.samples.tolist()
        writer.writerow(
            [neutralise(f.imei), f.packnum, neutralise(f.device_time), iso_utc(f.received_at),
             f.channel, f.temperature, f.humidity, *v, *([None] * (width - len(v)))]
        )  # fmt: skip
    out = io.StringIO()
    assert write_csv(store, IMEI, out) == len(frames) > 300
    assert out.getvalue() == ref.getvalue()
    path = tmp_path / "all.csv"
    export_to(store, ExportRequest((IMEI,)), path)
    assert path.read_bytes() == codecs.BOM_UTF8 + ref.getvalue().encode()


async def test_a_full_disk_fails_the_export_with_its_error_and_leaves_no_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ENOSPC in the middle of the frames reaches the caller and the partial file goes;
    a smaller export then fits."""
    from tests.small_disk import tmpfs

    monkeypatch.setattr(export_module, "PAGE_PACKETS", 16)
    await asyncio.gather(*(store.submit(push_msg(i, at=T0 + i)) for i in range(200)))
    with tmpfs(tmp_path / "small", "64k") as small:
        path = small / "frames.csv"
        with pytest.raises(OSError) as failed:
            export_to(store, ExportRequest((IMEI,)), path)
        assert failed.value.errno == errno.ENOSPC
        assert list(small.iterdir()) == []
        export_to(store, ExportRequest((IMEI,), until=T0 + 10), path)  # a small one fits
        assert path.read_bytes().count(b"\n") == 31


def test_packet_cells_equal_the_per_value_python_at_their_edges() -> None:
    """Tenths, packnums and device times at and past the ends of their fast paths (int64
    ends, where abs() wraps; 10**15 tenths; years 1 and 9999) as the Python they replace."""
    from fourgmon.store.cells import CellWriter
    from fourgmon.store.export_cells import (
        PAD,
        device_time_cells,
        integer_cells,
        number_cell,
        tenths_cells,
        time_cells,
    )
    from fourgmon.store.values import decode_device_time

    def texts(matrix: np.ndarray) -> list[str]:
        return [bytes(row).replace(bytes([PAD]), b"").decode() for row in matrix]

    big = [-(2**63), 2**63 - 1, 10**15, -(10**15), 10**15 - 1, -(10**15) + 1]
    for tenths in ([0, -5, 5, -10, 217, -1234567, 10**14 + 7], big, [-(2**63), 5]):
        assert texts(tenths_cells(tenths)) == [number_cell(t) for t in tenths]
    packnums = [0, 9, 10, 2**63 - 1, 123]
    assert texts(integer_cells(packnums)) == [str(p) for p in packnums]
    assert texts(integer_cells([5, -1])) == ["5", "-1"]
    first, last = -62_135_596_800, 253_402_300_799  # 0001-01-01 00:00:00, 9999-12-31 23:59:59
    received = [0.0005, 1.9995]
    for device in ([first, last], [0, 951_782_400], [0, "2026-02-30 00:00:00"]):
        line = CellWriter()
        want = [line.cells([decode_device_time(s)]) for s in device]
        assert texts(device_time_cells(device, line)) == want
        got_device, got_received = time_cells(device, received, line)
        assert texts(got_device) == want
        assert texts(got_received) == [iso_utc(t) for t in received]
