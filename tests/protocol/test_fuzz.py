"""Fuzzing the splitter and the decoder: a message or a ProtocolError, never anything else.

A bounded run in the suite; set ``FOURGMON_FUZZ_EXAMPLES`` for a long one (see
``fuzz/README.md``, which also runs the atheris harness).
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fourgmon.protocol import (
    DEFAULT_MAX_OBJECT_SIZE,
    InfoAck,
    JsonSplitter,
    Message,
    ObjectTooLarge,
    Ping,
    Pong,
    ProtocolError,
    PushInfo,
    PushInfoAck,
    PushMsgAck,
    PushOnlineAck,
    QueryMsgAck,
    TimeAck,
    TimeRequest,
    UpdateAck,
    VersionAck,
    VersionRequest,
    decode,
    encode,
)
from fourgmon.sim.scripted import make_push_msg, make_push_online

EXAMPLES = int(os.environ.get("FOURGMON_FUZZ_EXAMPLES", "300"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

IMEI = "865501040783269"
SAMPLES: list[Message] = [
    Ping(IMEI),
    TimeRequest(IMEI),
    make_push_msg(IMEI, 7, {k: range(50) for k in range(9)}, time="2026-11-24 08:00:00"),
    make_push_online(IMEI, 3, st={0: 1, 1: 2, 2: "11"}, dt={0: 1}),
    PushInfo(IMEI, "89860317045714788688", "113.584312,22.283756"),
    InfoAck("89860317045714788688", "113.5,22.2", (1, 2, 3)),
    VersionAck(IMEI, "0001", "1.0.3"),
    UpdateAck(True),
    QueryMsgAck(False),
    Pong(),
    TimeAck(1583847057),
    PushMsgAck(5),
    PushInfoAck(),
    PushOnlineAck(9),
    VersionRequest(IMEI),
]
SAMPLE_BYTES = [encode(m) for m in SAMPLES]

# Values of every JSON type, and the nasty ones: huge, negative, deep, empty, odd text.
WEIRD_VALUES: list[object] = [
    None,
    True,
    False,
    0,
    -1,
    2**32,
    2**70,
    -(2**70),
    1.5,
    1e308,
    -0.0,
    "",
    " ",
    "x" * 2000,
    "-1",
    "1e999",
    "NaN",
    "\u0000",
    "\ud7ff\ue000",
    "０１２",  # full-width digits
    [],
    [[[[[]]]]],
    [1, 2, 3],
    ["1"],
    {},
    {"a": {"b": 1}},
    "ffff,FFFF,0000",
    "zzzz",
    ",,,,",
    "0" * 5,
]


def _ok_or_protocol_error(raw: bytes) -> Message | None:
    """Decode; the only acceptable failure is ProtocolError (whose raw is bytes)."""
    try:
        msg = decode(raw)
    except ProtocolError as exc:
        assert isinstance(exc.raw, bytes)
        return None
    encode(msg)  # whatever decodes can be written back (acks echo its fields)
    return msg


def _feed_in_chunks(data: bytes, cuts: list[int], cap: int) -> Iterator[bytes]:
    splitter = JsonSplitter(cap)
    points = sorted({c % (len(data) + 1) for c in cuts} | {0, len(data)})
    try:
        for a, b in itertools.pairwise(points):
            yield from splitter.feed(data[a:b])
    except ObjectTooLarge as exc:
        assert len(exc.raw) <= cap


@FUZZ
@given(st.binary(max_size=4096), st.lists(st.integers(0, 4096), max_size=8))
def test_arbitrary_bytes_cut_anywhere(data: bytes, cuts: list[int]) -> None:
    for raw in _feed_in_chunks(data, cuts, 1024):
        assert raw.startswith(b"{") and raw.endswith(b"}")
        _ok_or_protocol_error(raw)
    _ok_or_protocol_error(data)


# Bytes that look like the protocol: braces, quotes, escapes, keys and quirks.
_TOKENS = st.sampled_from(
    [
        *(
            b"{",
            b"}",
            b"[",
            b"]",
            b'"',
            b"\\",
            b'\\"',
            b",",
            b":",
            b"\xef\xbc\x8c",
            b"\xef\xbc\x9a",
        ),
        *(b'"cmd"', b'"IMEI"', b'"packnum"', b'"data0"', b'"st0"', b'"push_msg"', b'"ping"'),
        *(b'"865501040783269"', b"1", b"-1", b"1e999", b"null", b"true", b"\x00", b"\xff", b" "),
    ]
)


@FUZZ
@given(st.lists(_TOKENS | st.binary(max_size=4), max_size=200), st.lists(st.integers(0, 800)))
def test_json_like_token_soup(tokens: list[bytes], cuts: list[int]) -> None:
    data = b"".join(tokens)
    for raw in _feed_in_chunks(data, cuts, 512):
        _ok_or_protocol_error(raw)


@FUZZ
@given(st.sampled_from(SAMPLE_BYTES), st.binary(min_size=1, max_size=8), st.data())
def test_invalid_utf8_inside_a_message(raw: bytes, junk: bytes, data: st.DataObject) -> None:
    at = data.draw(st.integers(1, len(raw) - 1))
    bad = raw[:at] + b"\xc3\x28" + junk + raw[at:]  # \xc3\x28 is never valid UTF-8
    assert _ok_or_protocol_error(bad) is None


@pytest.mark.parametrize("depth", [10, 100, 1000, 10_000, 60_000])
@pytest.mark.parametrize("opener", ["[", '{"a":'])
def test_deep_nesting_is_a_protocol_error(depth: int, opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    text = '{"cmd":"ping","IMEI":' + opener * depth + "1" + closer * depth + "}"
    raw = text.encode()
    assert _ok_or_protocol_error(raw) is None
    objects = list(_feed_in_chunks(raw, [7, 1000], DEFAULT_MAX_OBJECT_SIZE * 8))
    assert objects == [raw]


@pytest.mark.parametrize("digits", [10, 20, 400, 4300, 5000, 50_000])
@pytest.mark.parametrize("field", ["packnum", "temperature", "humidity", "timestamp", "err0num"])
def test_huge_numbers(digits: int, field: str) -> None:
    nines = "9" * digits
    numbers = [nines, "-" + nines, "1e" + nines[:50], "0." + nines, nines + ".5e-99999"]
    for base in (SAMPLE_BYTES[2], SAMPLE_BYTES[10]):  # push_msg, time_ack
        head = base[:-1].decode() + f',"{field}":'
        for number in numbers:
            _ok_or_protocol_error(f"{head}{number}}}".encode())
        _ok_or_protocol_error(f'{head}"{nines}"}}'.encode())


@pytest.mark.parametrize("field", ["temperature", "humidity"])
def test_measurement_integer_beyond_float_range_is_ignored(field: str) -> None:
    # Regression: float(int) raised OverflowError here (found by test_huge_numbers).
    raw = SAMPLE_BYTES[2][:-1] + f',"{field}":1{"0" * 400}}}'.encode()
    msg = _ok_or_protocol_error(raw)
    assert msg is not None and getattr(msg, field) is None


def _with_field(raw: bytes, key: str, value: object) -> bytes:
    obj = json.loads(raw)
    obj[key] = value
    return json.dumps(obj).encode()


@pytest.mark.parametrize("raw", SAMPLE_BYTES, ids=[m.CMD for m in SAMPLES])
def test_wrong_type_in_every_field_of_every_cmd(raw: bytes) -> None:
    keys = [*json.loads(raw), "IMEI", "packnum", "data5", "st8", "dt8", "result", "location"]
    for key in keys:
        for value in WEIRD_VALUES:
            _ok_or_protocol_error(_with_field(raw, key, value))
        obj = json.loads(raw)
        obj.pop(key, None)
        _ok_or_protocol_error(json.dumps(obj).encode())  # the field missing


@FUZZ
@given(
    st.sampled_from(SAMPLE_BYTES),
    st.sampled_from(["IMEI", "packnum", "cmd", "data0", "st0", "dt0", "time", "CCID"]),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner),
        max_leaves=12,
    ),
)
def test_any_json_value_in_any_field(raw: bytes, key: str, value: object) -> None:
    try:
        patched = _with_field(raw, key, value)
    except ValueError:
        return  # a value json cannot write (a lone surrogate): not a wire input
    _ok_or_protocol_error(patched)


@pytest.mark.parametrize("raw", SAMPLE_BYTES, ids=[m.CMD for m in SAMPLES])
def test_valid_message_cut_at_every_offset(raw: bytes) -> None:
    assert _ok_or_protocol_error(raw) is not None
    for i in range(len(raw)):
        head, tail = raw[:i], raw[i:]
        # A strict prefix is never a message of its own.
        assert _ok_or_protocol_error(head) is None
        splitter = JsonSplitter()
        assert splitter.feed(head) == []
        assert splitter.feed(tail) == [raw]
        # A truncated object followed by the next whole one: the stream recovers at the latest
        # after that object, and never yields anything but whole objects or errors.
        again = JsonSplitter()
        for obj in again.feed(head) + again.feed(raw):
            _ok_or_protocol_error(obj)
