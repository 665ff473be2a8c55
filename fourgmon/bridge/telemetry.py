"""ThingsBoard telemetry entries as JSON text, and their packing into bounded messages.

The bridge makes one entry per stored push_msg, thousands a second, on the server's
loop, so the text is written straight from the stored columns: no dict per packet and
no JSON encoder. A module's packets of one layout (same channels, temperature and
humidity present or not) share one ``%`` template, and their numbers are computed a
column at a time (numpy); anything else (a module that changed its channels, a
channel with no samples, a stored value that is not a plain number) takes the
per-packet path, :func:`frame_entry`, which writes the same text.

Numbers: means to 3 decimals and calibrated values to 6, as ``round(x * 10**d) / 10**d``
(what ``numpy.round`` does), NaN and infinities as ``null``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import numpy as np

from fourgmon.domain.calibration import Calibration
from fourgmon.store.outbox import TelemetryRow
from fourgmon.store.samples import STAT
from fourgmon.store.values import decode_tenths

# One <BHHHI> record of a stats blob (fourgmon.store.samples.STAT) as a numpy dtype.
STATS_DTYPE = np.dtype([("k", "u1"), ("n", "<u2"), ("min", "<u2"), ("max", "<u2"), ("sum", "<u4")])
CHANNELS = 9

# Key names per channel k, quoted with their separators: ',"ch1_min":'.
_KEYS = tuple(
    tuple(
        f',"ch{k + 1}_{what}":'
        for what in ("min", "mean", "max", "value", "value_min", "value_max")
    )
    for k in range(CHANNELS)
)


def ms(t: float) -> int:
    """Unix seconds -> Unix milliseconds (ThingsBoard's ``ts``)."""
    return round(t * 1000)


def _num(x: float) -> str:
    """A JSON number (as ``json.dumps`` writes it); null for NaN and infinities."""
    return repr(x) if x - x == 0 else "null"


def _round(x: float, scale: float) -> str:
    """``x`` to 1/scale (scale 1e3: 3 decimals) as JSON; null for NaN and infinities."""
    if x - x != 0:
        return "null"
    y = x * scale
    return repr(round(y) / scale) if y - y == 0 else repr(x)  # too big to have decimals


def frame_entry(row: TelemetryRow, cals: Sequence[Calibration]) -> bytes:
    """One push_msg's entry ``{"ts": ms, "values": {...}}`` as compact JSON.

    ``cals``: the module's nine calibrations. Keys: packnum, temperature, humidity,
    then per channel K chK_min / chK_mean / chK_max (raw counts) and, when calibrated,
    chK_value (of the mean), chK_value_min and chK_value_max."""
    received_at, packnum, _, stored_temperature, stored_humidity, stats = row
    parts = [f'{{"ts":{ms(received_at)},"values":{{"packnum":{packnum}']
    temperature = decode_tenths(stored_temperature)
    if temperature is not None:
        parts.append(f',"temperature":{_num(temperature)}')
    humidity = decode_tenths(stored_humidity)
    if humidity is not None:
        parts.append(f',"humidity":{_num(humidity)}')
    for k, n, lo, hi, total in sorted(STAT.iter_unpack(stats)):
        if n == 0:
            continue
        keys = _KEYS[k]
        mean = total / n
        parts.append(f"{keys[0]}{lo}{keys[1]}{_round(mean, 1e3)}{keys[2]}{hi}")
        cal = cals[k]
        if not cal.is_raw:
            a, b = cal.apply(lo), cal.apply(hi)
            parts.append(
                f"{keys[3]}{_round(cal.apply(mean), 1e6)}"
                f"{keys[4]}{_round(min(a, b), 1e6)}{keys[5]}{_round(max(a, b), 1e6)}"
            )
    parts.append("}}")
    return "".join(parts).encode()


@functools.lru_cache(maxsize=512)
def _template(
    channels: tuple[int, ...], calibrated: tuple[bool, ...], temperature: bool, humidity: bool
) -> str:
    """The ``%`` template of an entry with these channels (ascending) and fields."""
    parts = ['{"ts":%d,"values":{"packnum":%d']
    if temperature:
        parts.append(',"temperature":%r')
    if humidity:
        parts.append(',"humidity":%r')
    for k, cal in zip(channels, calibrated, strict=True):
        keys = _KEYS[k]
        parts.append(f"{keys[0]}%d{keys[1]}%r{keys[2]}%d")
        if cal:
            parts.append(f"{keys[3]}%r{keys[4]}%r{keys[5]}%r")
    parts.append("}}")
    return "".join(parts)


# A module's push_msgs and its nine calibrations.
Run = tuple[Sequence[TelemetryRow], Sequence[Calibration]]
# What packets sharing one template have alike: the channels in stored order (the stats
# blob's k bytes), temperature and humidity present, which channels are calibrated.
Layout = tuple[bytes, bool, bool, tuple[bool, ...]]


def entries_of(runs: Sequence[Run]) -> list[list[bytes]]:
    """Each run's entries (one per push_msg, :func:`frame_entry`'s text), in order.

    Runs of one layout are written together, a column at a time, whatever module they
    come from: a round of live data has a few packets of each of many modules."""
    out: list[list[bytes]] = [[] for _ in runs]
    groups: dict[Layout, list[int]] = {}
    for i, (rows, cals) in enumerate(runs):
        layout = _layout(rows, cals)
        if layout is None:
            out[i] = [frame_entry(row, cals) for row in rows]
        else:
            groups.setdefault(layout, []).append(i)
    for layout, members in groups.items():
        group = [runs[i] for i in members]
        texts = _by_template(layout, group)
        if texts is None:
            texts = [[frame_entry(row, cals) for row in rows] for rows, cals in group]
        for i, entries in zip(members, texts, strict=True):
            out[i] = entries
    return out


def _present(values: Iterable[object]) -> bool | None:
    """True when every stored tenths value is an integer, False when every one is
    absent, None when mixed or a stored real (the per-packet path handles those)."""
    kinds = {type(v) for v in values}
    if kinds == {int}:
        return True
    return False if kinds == {type(None)} else None


def _layout(rows: Sequence[TelemetryRow], cals: Sequence[Calibration]) -> Layout | None:
    """What ``rows`` have alike, or None if they differ (or are not plain numbers)."""
    if not rows:
        return None
    stats = rows[0][5]
    size, step = len(stats), STATS_DTYPE.itemsize
    if size == 0 or size % step:
        return None
    ks = stats[::step]  # with equal sizes, equal k bytes: the same channels
    if max(ks) >= CHANNELS or any(len(r[5]) != size or r[5][::step] != ks for r in rows):
        return None
    temperature = _present([r[3] for r in rows])
    humidity = _present([r[4] for r in rows])
    if temperature is None or humidity is None:
        return None
    return ks, temperature, humidity, tuple(not cals[k].is_raw for k in ks)


def _scaled(x: np.ndarray, scale: float) -> np.ndarray:
    return np.rint(x * scale) / scale


def _by_template(layout: Layout, runs: Sequence[Run]) -> list[list[bytes]] | None:
    """The entries of runs of one layout, a column at a time; None when a channel has
    no samples or a calibrated value is not finite (the per-packet path writes those)."""
    ks, temperature, humidity, calibrated = layout
    rows = [row for run, _ in runs for row in run]
    lengths = [len(run) for run, _ in runs]
    received_at, packnum, _, temperatures, humidities, stats = zip(*rows, strict=True)
    table = np.frombuffer(b"".join(stats), dtype=STATS_DTYPE).reshape(len(rows), len(ks))
    if (table["n"] == 0).any():
        return None
    order = sorted(range(len(ks)), key=ks.__getitem__)  # keys by channel, as frame_entry
    columns: list[Sequence[object]] = [
        np.rint(np.array(received_at) * 1000).astype(np.int64).tolist(),
        packnum,
    ]
    if temperature:
        columns.append((np.array(temperatures) / 10).tolist())  # as int / 10
    if humidity:
        columns.append((np.array(humidities) / 10).tolist())
    for i in order:
        lo, hi = table["min"][:, i], table["max"][:, i]
        mean = table["sum"][:, i] / table["n"][:, i]
        columns += [lo.tolist(), _scaled(mean, 1e3).tolist(), hi.tolist()]
        if calibrated[i]:
            k = ks[i]
            gain = np.repeat([cals[k].gain for _, cals in runs], lengths)
            offset = np.repeat([cals[k].offset for _, cals in runs], lengths)
            with np.errstate(over="ignore", invalid="ignore"):  # checked below
                a, b = gain * lo + offset, gain * hi + offset  # Calibration.apply
                values = _scaled(
                    np.array([gain * mean + offset, np.minimum(a, b), np.maximum(a, b)]), 1e6
                )
            if not np.isfinite(values).all():
                return None  # frame_entry writes null (or a value too big for decimals)
            columns += values.tolist()
    template = _template(
        tuple(ks[i] for i in order), tuple(calibrated[i] for i in order), temperature, humidity
    )
    texts = [(template % row).encode() for row in zip(*columns, strict=True)]
    out, start = [], 0
    for n in lengths:
        out.append(texts[start : start + n])
        start += n
    return out


def pack_entries(devices: Iterable[tuple[bytes, Sequence[bytes]]], limit: int) -> list[bytes]:
    """``{"<device>": [entry, ...], ...}`` messages of at most ``limit`` bytes.

    ``devices``: each device's name as JSON text and its entries. Devices and each
    device's entries keep their order; a device whose entries do not all fit goes on
    in the next message. An entry bigger than ``limit`` goes alone."""
    messages: list[bytes] = []
    body: list[bytes] = []  # '"<device>":[e1,e2]' of the message being filled
    size = 2  # its braces
    for name, entries in devices:
        head = name + b":["
        i, end = 0, len(entries)
        while i < end:
            room = limit - size - len(head) - 1 - (1 if body else 0)  # "]" and a ","
            j, used = i, -1  # no comma before the first entry
            while j < end and used + 1 + len(entries[j]) <= room:
                used += 1 + len(entries[j])
                j += 1
            if j == i:
                if body:  # no room left here: on in the next message
                    messages.append(b"{" + b",".join(body) + b"}")
                    body, size = [], 2
                    continue
                j, used = i + 1, len(entries[i])  # too big for any message: alone
            size += len(head) + used + 1 + (1 if body else 0)
            body.append(head + b",".join(entries[i:j]) + b"]")
            i = j
    if body:
        messages.append(b"{" + b",".join(body) + b"}")
    return messages
