"""CSV export: exact header and values, padding, wide frames, window, streaming."""

from __future__ import annotations

import csv
import io

import numpy as np
import pytest

from fourgmon.store import Store
from fourgmon.store.export import iso_utc, neutralise, write_csv

from .conftest import IMEI, T0, push_msg, samples

HEADER = "imei,packnum,device_time,received_at,channel,temperature,humidity," + ",".join(
    f"s{i}" for i in range(1, 51)
)


def test_iso_utc_milliseconds() -> None:
    assert iso_utc(1_795_550_167.123) == "2026-11-24T19:56:07.123Z"
    assert iso_utc(0.0) == "1970-01-01T00:00:00.000Z"


async def test_header_and_values_exact(store: Store) -> None:
    await store.write(push_msg(7, at=T0 + 0.5, channels={0: samples(0), 4: samples(3)}))
    await store.write(
        push_msg(8, at=T0 + 1.25, channels={2: samples(5)}, temperature=None, humidity=None)
    )
    out = io.StringIO()
    assert write_csv(store, IMEI, out) == 3
    lines = out.getvalue().split("\n")
    assert lines[0] == HEADER
    s0 = ",".join(str(v) for v in samples(0).tolist())
    assert lines[1] == f"{IMEI},7,2026-11-25 03:53:20,2026-11-24T19:53:20.500Z,0,21.5,40.0,{s0}"
    assert lines[2].startswith(f"{IMEI},7,2026-11-25 03:53:20,2026-11-24T19:53:20.500Z,4,")
    s5 = ",".join(str(v) for v in samples(5).tolist())
    assert lines[3] == f"{IMEI},8,2026-11-25 03:53:20,2026-11-24T19:53:21.250Z,2,,,{s5}"
    assert lines[4] == ""
    assert len(lines) == 5


async def test_short_frames_pad_and_long_frames_widen(store: Store) -> None:
    short = np.array([1, 65535], dtype=np.uint16)
    long = samples(0, 60)
    await store.write(push_msg(1, at=T0, channels={1: short}))
    await store.write(push_msg(2, at=T0 + 1, channels={1: long}))

    out = io.StringIO()
    assert write_csv(store, IMEI, out) == 2
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0][-1] == "s60" and len(rows[0]) == 7 + 60
    assert rows[1][7:] == ["1", "65535"] + [""] * 58
    assert [int(v) for v in rows[2][7:]] == long.tolist()

    # A window holding only the short frame keeps the nominal 50 columns.
    out = io.StringIO()
    assert write_csv(store, IMEI, out, until=T0 + 1) == 1
    assert out.getvalue().split("\n")[0] == HEADER


async def test_window_and_unknown_device(store: Store) -> None:
    for i in range(5):
        await store.write(push_msg(i, at=T0 + i))
    out = io.StringIO()
    assert write_csv(store, IMEI, out, since=T0 + 1, until=T0 + 3) == 6
    packnums = {row[1] for row in list(csv.reader(io.StringIO(out.getvalue())))[1:]}
    assert packnums == {"1", "2"}

    out = io.StringIO()
    assert write_csv(store, "000000000000000", out) == 0
    assert out.getvalue() == HEADER + "\n"


def test_neutralise_makes_formula_text_inert_and_leaves_numbers_alone() -> None:
    for text in ("=1+2", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "-5"):
        assert neutralise(text) == "'" + text
    for text in ("2026-11-24 08:00:00", "Pump 3", "", "a=b", "113.58,22.28"):
        assert neutralise(text) == text
    for value in (-5, -5.0, 0, 3.25, None):
        assert neutralise(value) is value  # numbers stay numbers, empty stays empty


async def test_a_formula_in_device_time_is_exported_inert(store: Store) -> None:
    await store.write(push_msg(1, time='=HYPERLINK("http://x.example","y")', temperature=-5.0))
    out = io.StringIO()
    write_csv(store, IMEI, out)
    row = list(csv.reader(io.StringIO(out.getvalue())))[1]
    assert row[2] == '\'=HYPERLINK("http://x.example","y")'
    assert row[5] == "-5.0"  # a negative number is not text: untouched


class _Pipe(io.BytesIO):
    """A BytesIO that cannot seek, as a pipe or stdout."""

    def seekable(self) -> bool:
        return False


async def test_a_wide_frame_late_widens_the_header_on_files_and_pipes(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file is written for 50 columns and written again when the 61-sample frame of the
    last page turns up; a pipe gets the width first. Both give the same bytes; a file
    with no wide frame costs no width pass."""
    from fourgmon.store import export as export_module
    from fourgmon.store.export import ExportRequest, write_frames_csv

    for i in range(6):
        await store.write(push_msg(i, at=T0 + i))
    await store.write(push_msg(6, at=T0 + 6, channels={3: samples(0, 61)}))
    monkeypatch.setattr(export_module, "PAGE_PACKETS", 2)  # the wide frame in the 4th page
    width_passes: list[int] = []
    width = export_module._width
    monkeypatch.setattr(export_module, "_width", lambda *a: width_passes.append(1) or width(*a))
    seekable, pipe = io.BytesIO(b"BOM"), _Pipe()
    seekable.seek(3)
    assert write_frames_csv(store, ExportRequest((IMEI,)), seekable) == 19
    assert write_frames_csv(store, ExportRequest((IMEI,)), pipe) == 19
    assert seekable.getvalue() == b"BOM" + pipe.getvalue() and len(width_passes) == 2
    rows = list(csv.reader(io.StringIO(pipe.getvalue().decode())))
    assert rows[0][-1] == "s61" and len(rows) == 20
    assert all(len(r) == 7 + 61 for r in rows) and rows[1][57:] == [""] * 11
    assert [int(v) for v in rows[-1][7:]] == samples(0, 61).tolist()

    narrow = io.BytesIO()
    assert write_frames_csv(store, ExportRequest((IMEI,), until=T0 + 6), narrow) == 18
    assert len(width_passes) == 2 and narrow.getvalue().split(b"\n")[0].endswith(b",s50")
