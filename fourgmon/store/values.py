"""Compact stored values of schema 3 and the content digests that recognise resends."""

from __future__ import annotations

import hashlib
import json
import struct
import sys
from datetime import datetime, timedelta
from typing import Any

import numpy as np

from fourgmon.protocol.messages import Samples
from fourgmon.store.records import PushMsgRow

_EPOCH = datetime(1970, 1, 1)


def encode_samples(samples: Samples) -> bytes:
    """uint16 samples as a little-endian blob (what goes down the pipe)."""
    if _NATIVE_IS_LE and type(samples) is np.ndarray and samples.dtype is _U16:
        return samples.tobytes()  # what the decoder makes: no conversion (half the time)
    return np.ascontiguousarray(samples, dtype="<u2").tobytes()


_U16 = np.dtype(np.uint16)
_NATIVE_IS_LE = sys.byteorder == "little"


_MINUTES: dict[str, int] = {}  # "YYYY-MM-DD HH:MM" -> its seconds (checked once)


def encode_device_time(text: str) -> int | str:
    """``YYYY-MM-DD HH:MM:SS`` as integer seconds (naive: the module's local time read
    as if UTC); any other text as it is. The minute part is parsed once and cached
    (datetime parsing cost ~6 us a packet)."""
    if len(text) != 19 or text[16] != ":" or not text[17:].isdigit() or text[17] > "5":
        return text
    base = _MINUTES.get(text[:16])
    if base is None:
        head = text[:16] + ":00"
        try:
            seconds = (datetime.fromisoformat(head) - _EPOCH) // timedelta(seconds=1)
        except ValueError:
            return text
        if decode_device_time(seconds) != head:
            return text
        if len(_MINUTES) > 100_000:
            _MINUTES.clear()
        base = _MINUTES[text[:16]] = seconds
    return base + int(text[17:])


def decode_device_time(value: object) -> str:
    """The device time text back from :func:`encode_device_time`'s value."""
    if type(value) is int:
        return (_EPOCH + timedelta(seconds=value)).isoformat(sep=" ")
    return "" if value is None else str(value)


def encode_tenths(x: float | None) -> float | int | None:
    """A value with one decimal (25.5) as integer tenths (255); anything else as a float.

    The column has no type: an integer means tenths, a real is the value itself."""
    if x is None:
        return None
    x = float(x)
    if x - x == 0:  # finite
        tenths = round(x * 10)
        if abs(tenths) < 1 << 40 and tenths / 10 == x:
            return tenths
    return x


def decode_tenths(value: object) -> float | None:
    if value is None:
        return None
    if type(value) is int:
        return value / 10
    return float(value)  # type: ignore[arg-type]


def digest_int(digest16: bytes) -> int:
    """The stored digest: the first 8 bytes of the 16-byte content digest, signed."""
    return int.from_bytes(digest16[:8], "little", signed=True)


def json_number(x: object) -> str | None:
    """``json.dumps(x)`` for None, an int or a finite float; None for anything else."""
    if x is None:
        return "null"
    if type(x) is float:
        return float.__repr__(x) if x - x == 0 else None  # nan/inf: leave them to json
    if type(x) is int:
        return int.__repr__(x)
    return None


def digest_head(device_time: str, temperature: object, humidity: object) -> bytes:
    """``json.dumps([device_time, temperature, humidity]).encode()``, the start of a packet's
    digest, without json.dumps' ~2 us a call in the common case (the bytes must not change:
    a module's resend after an upgrade must still be recognised as a duplicate)."""
    t, h = json_number(temperature), json_number(humidity)
    plain = device_time.isascii() and device_time.isprintable()
    if (
        plain
        and t is not None
        and h is not None
        and not ('"' in device_time or "\\" in device_time)
    ):
        return f'["{device_time}", {t}, {h}]'.encode()
    return json.dumps([device_time, temperature, humidity]).encode()


def push_msg_digest(row: PushMsgRow) -> bytes:
    """The 16-byte content digest of a push_msg (as schema 2 stored it)."""
    return blobs_digest(digest_head(row.device_time, row.temperature, row.humidity), row.blobs)


_CHANNEL_HEAD = struct.Struct("<BI")


def blobs_digest(head: bytes, blobs: tuple[tuple[int, bytes], ...]) -> bytes:
    """blake2b-128 of ``head`` then each channel's ``<BI`` (k, size) and blob, fed as one
    string (the same digest as one update per piece, at a third of the calls)."""
    pack = _CHANNEL_HEAD.pack
    parts = [head]
    for k, blob in blobs:
        parts.append(pack(k, len(blob)))
        parts.append(blob)
    return hashlib.blake2b(b"".join(parts), digest_size=16).digest()


def states_json(states: Any) -> str:
    """``{k: state}`` (SensorState / CrystalState) as JSON ``{"k": raw}``, k ascending."""
    return json.dumps({str(k): states[k].raw for k in sorted(states)}, ensure_ascii=False)


def online_digest(st: str, dt: str) -> bytes:
    return hashlib.blake2b(f"{st}\0{dt}".encode(), digest_size=16).digest()
