"""Bytes of one JSON object <-> typed :class:`Message`.

:func:`decode` returns a message or raises a :class:`ProtocolError` subclass that
carries the raw bytes; any other exception escaping it is a bug. :func:`encode`
writes compact UTF-8 JSON with the documented field types (strings).
"""

from __future__ import annotations

import json
import math
import operator
import re
from collections.abc import Callable
from typing import Any

from fourgmon.protocol import _fields as f
from fourgmon.protocol.errors import InvalidMessage, MalformedJSON, UnknownCommand
from fourgmon.protocol.messages import (
    CHANNELS,
    InfoAck,
    InfoRequest,
    Message,
    Ping,
    Pong,
    PushInfo,
    PushInfoAck,
    PushMsg,
    PushMsgAck,
    PushOnline,
    PushOnlineAck,
    QueryMsgAck,
    QueryMsgRequest,
    TimeAck,
    TimeRequest,
    UpdateAck,
    UpdateRequest,
    VersionAck,
    VersionRequest,
)

__all__ = ["decode", "encode"]

_DATA_KEYS = tuple(f"data{k}" for k in range(CHANNELS))
_ST_KEYS = tuple(f"st{k}" for k in range(CHANNELS))
_DT_KEYS = tuple(f"dt{k}" for k in range(CHANNELS))
_ERR_KEYS = ("err0num", "err1num", "err2num")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_JSON = json.JSONDecoder(parse_constant=_reject_constant)
# raw_decode(text) is this call in a Python frame that turns StopIteration into a
# ValueError; called directly once a packet (the C scanner either way).
_SCAN: Callable[[str, int], tuple[Any, int]] = _JSON.scan_once  # type: ignore[attr-defined]

# One pass over the text: string literals are matched (and kept) whole, so the
# quirks are only repaired outside strings. Possessive quantifiers keep the
# string alternative linear on an unterminated string.
_QUIRKS = re.compile(
    r'(?P<string>"(?:[^"\\]++|\\.)*+")'  # a string literal, kept as is
    r"|(?P<trailing>[,，])(?=\s*[}\]])"  # a trailing comma, dropped
    r"|[，：\u00a0\u3000]",  # full-width punctuation and spaces, made ASCII
    re.DOTALL,
)
# The vendor's samples of pong and push_info_ack are indented with no-break spaces.
_QUIRK_FIX = {"，": ",", "：": ":", "\u00a0": " ", "\u3000": " "}


def _fix_quirk(m: re.Match[str]) -> str:
    if m.lastgroup == "string":
        return m.group()
    if m.lastgroup == "trailing":
        return ""
    return _QUIRK_FIX[m.group()]


def _load(text: str, raw: bytes) -> Any:
    """Parse strict JSON; on failure repair the documented quirks and try once more."""
    try:
        value, end = _SCAN(text, 0)
        if end == len(text) or text[end:].isspace():
            return value
    except (ValueError, StopIteration):  # StopIteration: no JSON value at the start
        pass
    repaired = _QUIRKS.sub(_fix_quirk, text.strip().lstrip("\ufeff"))
    try:
        return _JSON.decode(repaired)
    except ValueError as exc:
        raise MalformedJSON(f"not JSON: {exc}", raw) from None


def decode(raw: bytes) -> Message:
    """Decode one JSON object (as the splitter returns it) into a typed message.

    Raises :class:`MalformedJSON` (not UTF-8, not a JSON object),
    :class:`InvalidMessage` (missing or bad field) or :class:`UnknownCommand`.
    """
    if type(raw) is not bytes:
        raw = bytes(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedJSON(f"not UTF-8: {exc}", raw) from None
    try:
        obj = _load(text, raw)
        if type(obj) is not dict:
            raise MalformedJSON("not a JSON object", raw)
        cmd = obj.get("cmd")
        if type(cmd) is not str:
            raise InvalidMessage("cmd missing or not a string", raw)
        reader = _READERS.get(cmd)
        if reader is None:
            cmd = cmd.strip()
            reader = _READERS.get(cmd)
            if reader is None:
                raise UnknownCommand(f"unknown cmd {cmd[:40]!r}", raw, cmd=cmd)
        return reader(obj, raw)
    except RecursionError:
        raise MalformedJSON("JSON nested too deeply", raw) from None


# ----------------------------------------------------------------- readers


def _measurement(value: object) -> tuple[bool, float | None]:
    """(usual, value) of an optional ``temperature``/``humidity`` on the fast path:
    absent, or a finite number as text or float; anything else is not usual."""
    if value is None:
        return True, None
    if type(value) is str:
        try:
            number = float(value)
        except ValueError:
            return False, None
    elif type(value) is float:
        number = value
    else:
        return False, None
    return (True, number) if math.isfinite(number) else (False, None)


def _usual_push_msg(obj: f.JsonObject) -> PushMsg | None:
    """The usual push_msg in fewer steps (15-digit IMEI, packnum as decimal text, 50
    samples a channel, measurements absent or finite): None for anything else, which
    the general reader then decodes, warns about or rejects."""
    get = obj.get
    imei, packnum, device_time = get("IMEI"), get("packnum"), get("time")
    if not (
        type(imei) is str
        and len(imei) == 15
        and imei.isdigit()
        and imei.isascii()
        and type(packnum) is str
        and 0 < len(packnum) <= 10
        and packnum.isdigit()
        and packnum.isascii()
        and type(device_time) is str
    ):
        return None
    number = int(packnum)
    if number > f.UINT32_MAX:
        return None
    usual, temperature = _measurement(get("temperature"))
    if not usual:
        return None
    usual, humidity = _measurement(get("humidity"))
    if not usual:
        return None
    channels = f.nominal_channels(obj)
    if channels is None:
        return None
    return PushMsg(imei, number, device_time.strip(), channels, temperature, humidity, ())


def _push_msg(obj: f.JsonObject, raw: bytes) -> PushMsg:
    usual = _usual_push_msg(obj)
    if usual is not None:
        return usual
    imei = f.imei(obj, raw)
    warnings: list[str] = []
    channels = f.channels(obj, raw, warnings)
    if not channels:
        warnings.append("no data channels")
    temperature = f.optional_float(obj, "temperature", warnings)
    humidity = f.optional_float(obj, "humidity", warnings)
    return PushMsg(
        imei,
        f.uint(obj, "packnum", raw),
        f.text(obj, "time", raw),
        channels,
        temperature,
        humidity,
        tuple(warnings),
    )


def _push_online(obj: f.JsonObject, raw: bytes) -> PushOnline:
    st = {k: f.sensor_state(obj[key]) for k, key in enumerate(_ST_KEYS) if key in obj}
    dt = {k: f.crystal_state(obj[key]) for k, key in enumerate(_DT_KEYS) if key in obj}
    return PushOnline(f.imei(obj, raw), f.uint(obj, "packnum", raw), st, dt)


def _info_ack(obj: f.JsonObject, raw: bytes) -> InfoAck:
    e0, e1, e2 = (f.uint(obj, key, raw) for key in _ERR_KEYS)
    return InfoAck(
        f.ccid(obj, raw),
        f.text(obj, "location", raw),
        (e0, e1, e2),
        f.optional_imei(obj, raw),
    )


_READERS: dict[str, Callable[[f.JsonObject, bytes], Message]] = {
    # device -> server
    Ping.CMD: lambda o, r: Ping(f.imei(o, r)),
    TimeRequest.CMD: lambda o, r: TimeRequest(f.imei(o, r)),
    PushMsg.CMD: _push_msg,
    PushInfo.CMD: lambda o, r: PushInfo(f.imei(o, r), f.ccid(o, r), f.text(o, "location", r)),
    PushOnline.CMD: _push_online,
    InfoAck.CMD: _info_ack,
    VersionAck.CMD: lambda o, r: VersionAck(
        f.optional_imei(o, r), f.text(o, "type", r), f.text(o, "version", r)
    ),
    UpdateAck.CMD: lambda o, r: UpdateAck(f.boolean(o, "result", r), f.optional_imei(o, r)),
    QueryMsgAck.CMD: lambda o, r: QueryMsgAck(f.boolean(o, "result", r), f.optional_imei(o, r)),
    # server -> device
    Pong.CMD: lambda o, r: Pong(),
    TimeAck.CMD: lambda o, r: TimeAck(f.uint(o, "timestamp", r, f.UINT63_MAX)),
    PushMsgAck.CMD: lambda o, r: PushMsgAck(f.uint(o, "packnum", r)),
    PushInfoAck.CMD: lambda o, r: PushInfoAck(),
    PushOnlineAck.CMD: lambda o, r: PushOnlineAck(f.uint(o, "packnum", r)),
    InfoRequest.CMD: lambda o, r: InfoRequest(),
    VersionRequest.CMD: lambda o, r: VersionRequest(f.imei(o, r)),
    UpdateRequest.CMD: lambda o, r: UpdateRequest(f.imei(o, r)),
    QueryMsgRequest.CMD: lambda o, r: QueryMsgRequest(f.imei(o, r)),
}


# ----------------------------------------------------------------- encode


def _key(keys: tuple[str, ...], k: int) -> str:
    """The wire key of sensor index ``k``; a bad index is the caller's bug."""
    if isinstance(k, bool) or not 0 <= operator.index(k) < CHANNELS:
        raise ValueError(f"sensor index {k!r} is not 0..{CHANNELS - 1}")
    return keys[k]


def _fields_of(msg: Message) -> dict[str, object]:
    """The wire fields of ``msg`` after ``cmd``, in the document's order."""
    match msg:
        case Ping(imei=imei) | TimeRequest(imei=imei):
            return {"IMEI": imei}
        case PushMsg():
            fields: dict[str, object] = {
                "IMEI": msg.imei,
                "packnum": str(msg.packnum),
                "time": msg.time,
            }
            for k in sorted(msg.channels):
                fields[_key(_DATA_KEYS, k)] = f.samples_text(msg.channels[k])
            if msg.temperature is not None:
                fields["temperature"] = repr(float(msg.temperature))
            if msg.humidity is not None:
                fields["humidity"] = repr(float(msg.humidity))
            return fields
        case PushInfo(imei=imei, ccid=ccid, location=location):
            return {"IMEI": imei, "CCID": ccid, "location": location}
        case PushOnline(imei=imei, packnum=packnum, st=st, dt=dt):
            fields = {"IMEI": imei, "packnum": str(packnum)}
            for k in sorted(st):
                fields[_key(_ST_KEYS, k)] = f.sensor_wire_value(st[k])
            for k in sorted(dt):
                fields[_key(_DT_KEYS, k)] = f.crystal_wire_value(dt[k])
            return fields
        case InfoAck(ccid=ccid, location=location, err_counts=counts, imei=imei):
            fields = {} if imei is None else {"IMEI": imei}
            fields.update({"CCID": ccid, "location": location})
            fields.update(zip(_ERR_KEYS, map(str, counts), strict=True))
            return fields
        case VersionAck(imei=imei, type=type_, version=version):
            fields = {} if imei is None else {"IMEI": imei}
            return fields | {"type": type_, "version": version}
        case UpdateAck(result=result, imei=imei) | QueryMsgAck(result=result, imei=imei):
            fields = {} if imei is None else {"IMEI": imei}
            return fields | {"result": "true" if result else "false"}
        case TimeAck(timestamp=timestamp):
            return {"timestamp": str(timestamp)}
        case PushMsgAck(packnum=packnum) | PushOnlineAck(packnum=packnum):
            return {"packnum": str(packnum)}
        case VersionRequest(imei=imei) | UpdateRequest(imei=imei) | QueryMsgRequest(imei=imei):
            return {"IMEI": imei}
        case Pong() | PushInfoAck() | InfoRequest():
            return {}
    raise TypeError(f"cannot encode {type(msg).__name__}")


# The replies the server writes for every packet, pre-built: json.dumps costs ~3 us a
# call, a %-format ~0.2 us (benchmarks/bench_hotpath.py). Same bytes as the general path.
_PUSH_MSG_ACK = b'{"cmd":"push_msg_ack","packnum":"%d"}'
_PUSH_ONLINE_ACK = b'{"cmd":"push_online_ack","packnum":"%d"}'
_CONSTANT = {
    Pong: b'{"cmd":"pong"}',
    PushInfoAck: b'{"cmd":"push_info_ack"}',
    InfoRequest: b'{"cmd":"info"}',
}


def encode_push_msg_ack(packnum: int) -> bytes:
    """``encode(PushMsgAck(packnum))`` without building the message (the server's
    reply to every packet): the same bytes."""
    return _PUSH_MSG_ACK % packnum


def encode(msg: Message) -> bytes:
    """Compact UTF-8 JSON for ``msg``, with no terminator."""
    cls = type(msg)
    if cls is PushMsgAck:
        packnum = msg.packnum  # type: ignore[attr-defined]
        if type(packnum) is int:
            return _PUSH_MSG_ACK % packnum
    elif cls is PushOnlineAck:
        packnum = msg.packnum  # type: ignore[attr-defined]
        if type(packnum) is int:
            return _PUSH_ONLINE_ACK % packnum
    elif cls in _CONSTANT:
        return _CONSTANT[cls]
    fields: dict[str, object] = {"cmd": msg.CMD}
    fields.update(_fields_of(msg))
    return json.dumps(fields, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
