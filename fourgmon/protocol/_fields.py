"""Field readers and writers shared by :mod:`fourgmon.protocol.codec`.

Readers take the decoded JSON object, a key and the raw bytes (for the error) and
return a typed value or raise :class:`InvalidMessage`. They accept the documented
quirks: numbers sent as strings and the reverse, white space around values.
"""

from __future__ import annotations

import array
import json
import math
import sys
from typing import Any

import numpy as np

from fourgmon.protocol.errors import InvalidMessage
from fourgmon.protocol.messages import (
    CHANNELS,
    NOMINAL_SAMPLES,
    CrystalState,
    Samples,
    SensorKind,
    SensorState,
)

UINT32_MAX = 2**32 - 1
UINT63_MAX = 2**63 - 1
_CCID_MAX_LEN = 22
_FLOAT_INT_LIMIT = 2**1023

_BIG_ENDIAN_U16 = np.dtype(">u2")
_UINT16 = np.dtype(np.uint16)
_LITTLE_ENDIAN_HOST = sys.byteorder == "little"
_KIND_OF_CODE: dict[str, SensorKind] = {
    "0": SensorKind.OFFLINE,
    "1": SensorKind.ONLINE,
    "2": SensorKind.INTERFERENCE,
    "3": SensorKind.STUCK,
    "11": SensorKind.RESERVED,
    "10": SensorKind.RESERVED,
    "01": SensorKind.RESERVED,
    "00": SensorKind.RESERVED,
}
CODE_OF_KIND: dict[SensorKind, int] = {
    SensorKind.OFFLINE: 0,
    SensorKind.ONLINE: 1,
    SensorKind.INTERFERENCE: 2,
    SensorKind.STUCK: 3,
}
_TRUE = frozenset({"true", "1"})
_FALSE = frozenset({"false", "0"})

JsonObject = dict[str, Any]


def compact_json(value: object) -> str:
    """The compact JSON text of a decoded value (used for ``raw`` texts)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _show(value: object) -> str:
    """A value for an error message, cut short."""
    shown = compact_json(value)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _as_text(value: object) -> str | None:
    """A scalar JSON value as stripped text; None for objects, arrays and null."""
    if type(value) is str:
        return value.strip()
    if type(value) is bool:
        return "true" if value else "false"
    if type(value) is int:
        return str(value)
    if type(value) is float:
        return repr(value) if math.isfinite(value) else None
    return None


def text(obj: JsonObject, key: str, raw: bytes) -> str:
    """A required text field (numbers and booleans are accepted as their text)."""
    value = obj.get(key)
    if type(value) is str:
        return value.strip()
    result = _as_text(value)
    if result is None:
        raise InvalidMessage(f"{key}: missing or not a string ({_show(value)})", raw)
    return result


def imei(obj: JsonObject, raw: bytes) -> str:
    """The required ``IMEI`` field: exactly 15 ASCII digits after stripping."""
    value = obj.get("IMEI")
    result = value.strip() if type(value) is str else _as_text(value)
    if result is None or len(result) != 15 or not (result.isascii() and result.isdigit()):
        raise InvalidMessage(f"IMEI: not 15 digits ({_show(value)})", raw)
    return result


def optional_imei(obj: JsonObject, raw: bytes) -> str | None:
    """``IMEI`` where the document leaves it out (command replies): None when absent."""
    return None if obj.get("IMEI") is None else imei(obj, raw)


def ccid(obj: JsonObject, raw: bytes) -> str:
    """The SIM's ``CCID``: lenient, letters and digits (ICCIDs may end in F), up to 22."""
    value = obj.get("CCID")
    result = _as_text(value)
    if (
        result is None
        or not 0 < len(result) <= _CCID_MAX_LEN
        or not (result.isascii() and result.isalnum())
    ):
        raise InvalidMessage(f"CCID: not an ICCID ({_show(value)})", raw)
    return result


def uint(obj: JsonObject, key: str, raw: bytes, maximum: int = UINT32_MAX) -> int:
    """A required unsigned integer, as a JSON number or a decimal string."""
    value = obj.get(key)
    result: int | None = None
    if type(value) is int:
        result = value
    elif type(value) is str:
        s = value.strip()
        # len() first: int() of a huge digit string is slow (and limited in 3.11).
        if 0 < len(s) <= 20 and s.isascii() and s.isdigit():
            result = int(s)
    elif type(value) is float and value.is_integer():
        result = int(value)
    if result is None or not 0 <= result <= maximum:
        raise InvalidMessage(f"{key}: not an integer 0..{maximum} ({_show(value)})", raw)
    return result


def boolean(obj: JsonObject, key: str, raw: bytes) -> bool:
    """``"true"``/``"false"``, ``true``/``false`` or ``1``/``0`` (strings or numbers)."""
    value = obj.get(key)
    s = _as_text(value)
    if s is not None:
        s = s.lower()
        if s in _TRUE:
            return True
        if s in _FALSE:
            return False
    raise InvalidMessage(f"{key}: not true/false ({_show(value)})", raw)


def optional_float(obj: JsonObject, key: str, warnings: list[str]) -> float | None:
    """An optional measurement; an unusable value becomes None and a warning, not an error."""
    value = obj.get(key)
    if value is None or value == "":
        return None
    result: float | None = None
    if type(value) is float:
        result = value
    elif type(value) is int:
        # JSON integers are unbounded; past about 1e308 they are not floats.
        result = float(value) if abs(value) < _FLOAT_INT_LIMIT else None
    elif type(value) is str:
        try:
            result = float(value)  # float() itself strips white space
        except ValueError:
            result = None
    if result is None or not math.isfinite(result):
        warnings.append(f"{key}: unusable value {_show(value)} ignored")
        return None
    return result


_DATA_INDEX = {f"data{k}": k for k in range(CHANNELS)}
_DATA_ORDER = tuple(_DATA_INDEX)  # data0 .. data8


def _bad_samples(key: str, raw: bytes) -> InvalidMessage:
    return InvalidMessage(f"{key}: not comma-separated 4-digit hex samples", raw)


def channels(obj: JsonObject, raw: bytes, warnings: list[str]) -> dict[int, Samples]:
    """The ``data0``..``data8`` fields: k -> uint16 samples (read-only arrays).

    Each field is a string of 4 hex digits per sample, comma-separated, at least
    one sample; a count other than 50 adds a warning. All channels are converted
    by one ``bytes.fromhex`` and one numpy conversion (this is the hot path).
    """
    texts: list[str] = []
    present: list[tuple[int, int]] = []  # (k, sample count)
    get = obj.get
    for key in _DATA_ORDER:  # nine lookups: cheaper than a set intersection and a sort
        s = get(key)
        if type(s) is not str:
            if s is None:  # absent, or null
                continue
            raise _bad_samples(key, raw)
        s = s.strip()
        n = (len(s) + 1) // 5
        if n == 0 or len(s) != 5 * n - 1:
            raise _bad_samples(key, raw)
        if n != NOMINAL_SAMPLES:
            warnings.append(f"{key}: {n} samples, expected {NOMINAL_SAMPLES}")
        texts.append(s)
        present.append((_DATA_INDEX[key], n))
    if not texts:
        return {}
    joined = texts[0] if len(texts) == 1 else ",".join(texts)
    total = (len(joined) + 1) // 5
    if joined[4::5] != "," * (total - 1):
        data = b""
    else:
        # The commas sit between 2-byte groups, where fromhex allows white space.
        # fromhex also skips white space the device sent: a short result is an error too.
        try:
            data = bytes.fromhex(joined.replace(",", " "))
        except ValueError:
            data = b""
    if len(data) != 2 * total:
        if len(present) > 1:
            for k, _ in present:
                key = f"data{k}"
                channels({key: obj[key]}, raw, [])  # raises, naming the bad channel
        raise _bad_samples(f"data{present[0][0]}", raw)
    # Byte-swapped by array (C, ~0.3 us) rather than numpy's astype (~3 us on a slow box);
    # an array over immutable bytes is read-only, as it must be: one message is shared
    # by the store, the GUI and the log.
    if _LITTLE_ENDIAN_HOST:
        swapped = array.array("H", data)
        swapped.byteswap()
        data = swapped.tobytes()
    arr = np.frombuffer(data, _UINT16)
    if len(present) == 1:
        return {present[0][0]: arr}
    result = {}
    offset = 0
    for k, n in present:
        result[k] = arr[offset : offset + n]
        offset += n
    return result


_DATA_ITEMS = tuple(enumerate(_DATA_ORDER))
_NOMINAL_TEXT = 5 * NOMINAL_SAMPLES - 1  # the length of a dataK text of 50 samples
_COMMAS = {n: "," * (n * NOMINAL_SAMPLES - 1) for n in range(1, CHANNELS + 1)}
_SLICES = {
    n: tuple(slice(i * NOMINAL_SAMPLES, (i + 1) * NOMINAL_SAMPLES) for i in range(n))
    for n in range(2, CHANNELS + 1)
}


def nominal_channels(obj: JsonObject) -> dict[int, Samples] | None:
    """:func:`channels` for the usual packet, in fewer steps; None for anything else.

    Usual: at least one ``dataK``, each a string of exactly 50 samples with no white
    space (so nothing to strip and nothing to warn about). Anything else, including
    every error, is None: the caller then runs :func:`channels`, which says what is
    wrong. The result is the same arrays :func:`channels` returns.
    """
    get = obj.get
    texts: list[str] = []
    ks: list[int] = []
    for k, key in _DATA_ITEMS:
        s = get(key)
        if s is not None:
            if type(s) is not str or len(s) != _NOMINAL_TEXT:
                return None
            texts.append(s)
            ks.append(k)
    n = len(texts)
    if not n:
        return None
    joined = ",".join(texts)
    if joined[4::5] != _COMMAS[n]:
        return None
    try:
        data = bytes.fromhex(joined.replace(",", " "))
    except ValueError:
        return None
    if len(data) != 2 * NOMINAL_SAMPLES * n:  # white space in place of a digit
        return None
    if _LITTLE_ENDIAN_HOST:
        swapped = array.array("H", data)
        swapped.byteswap()
        data = swapped.tobytes()
    arr = np.frombuffer(data, _UINT16)  # a dtype object, not a keyword: half the cost
    if n == 1:
        return {ks[0]: arr}
    parts = _SLICES[n]
    if n == 3:  # one group, the usual packet; spelled out: cheaper than a loop
        return {ks[0]: arr[parts[0]], ks[1]: arr[parts[1]], ks[2]: arr[parts[2]]}
    result = {}
    for k, part in zip(ks, parts, strict=True):
        result[k] = arr[part]
    return result


def samples_text(values: Samples) -> str:
    """Samples as upper-case 4-digit hex joined by ``,`` (the ``dataK`` wire form)."""
    arr = np.asarray(values)
    if arr.ndim != 1 or arr.size == 0:
        raise ValueError("samples must be a non-empty 1-D array")
    if arr.dtype != np.uint16 and (
        arr.dtype.kind not in "iu" or arr.min() < 0 or arr.max() > 0xFFFF
    ):
        raise ValueError("samples must be integers 0..65535")
    return arr.astype(_BIG_ENDIAN_U16).tobytes().hex(",", 2).upper()


def _single(value: object) -> object:
    """The element of a one-element array, or the value itself."""
    if type(value) is list and len(value) == 1:
        return value[0]
    return value


def _code(value: object) -> str | None:
    """The status code text of an ``stK``/``dtK`` element, or None if it is not a scalar code."""
    if type(value) is int:
        return str(value)
    if type(value) is str:
        return value.strip()
    return None


def sensor_state(value: object) -> SensorState:
    """Classify a decoded ``stK`` value; never raises for odd values."""
    code = _code(_single(value))
    kind = _KIND_OF_CODE.get(code, SensorKind.UNKNOWN) if code is not None else SensorKind.UNKNOWN
    # A bare number 11 is not the reserved *string* "11".
    if kind is SensorKind.RESERVED and type(_single(value)) is not str:
        kind = SensorKind.UNKNOWN
    return SensorState(kind, compact_json(value))


def crystal_state(value: object) -> CrystalState:
    """Classify a decoded ``dtK`` value; never raises for odd values."""
    element = _single(value)
    fault: bool | None = None
    if type(element) is bool:
        fault = element
    else:
        code = _code(element)
        if code == "1":
            fault = True
        elif code == "0":
            fault = False
    return CrystalState(fault, compact_json(value))


def _parse_raw(raw_text: str) -> tuple[bool, object]:
    try:
        return True, json.loads(raw_text)
    except (ValueError, RecursionError):
        return False, None


def sensor_wire_value(state: SensorState) -> object:
    """The JSON value to send for ``state``: its raw text when that says the same, else ``[n]``."""
    ok, value = _parse_raw(state.raw)
    if ok and sensor_state(value).kind is state.kind:
        return value
    if state.kind in CODE_OF_KIND:
        return [CODE_OF_KIND[state.kind]]
    # RESERVED/UNKNOWN whose raw text is not JSON: send the text itself.
    return [state.raw]


def crystal_wire_value(state: CrystalState) -> object:
    """The JSON value to send for ``state``: its raw text when that says the same, else 1/0."""
    ok, value = _parse_raw(state.raw)
    if ok and crystal_state(value).fault is state.fault:
        return value
    if state.fault is None:
        return state.raw
    return 1 if state.fault else 0
