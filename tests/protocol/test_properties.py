"""Property tests: round trips, arbitrary cuts of a stream, and garbage never crashing."""

from __future__ import annotations

import json

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fourgmon.protocol import (
    DEVICE_MESSAGES,
    SERVER_MESSAGES,
    InfoAck,
    InfoRequest,
    JsonSplitter,
    Message,
    Ping,
    Pong,
    ProtocolError,
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
    crystal_state,
    decode,
    encode,
    sensor_state,
)

imeis = st.from_regex(r"[0-9]{15}", fullmatch=True)
uint32 = st.integers(0, 2**32 - 1)
# Decoded text is stripped; lone surrogates cannot be UTF-8.
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30).map(str.strip)
ccids = st.from_regex(r"[0-9A-Za-z]{1,22}", fullmatch=True)
floats = st.none() | st.floats(allow_nan=False, allow_infinity=False)
sample_arrays = st.integers(1, 60).flatmap(
    lambda n: st.lists(st.integers(0, 65535), min_size=n, max_size=n).map(
        lambda v: np.array(v, dtype=np.uint16)
    )
)
indices = st.integers(0, 8)
st_values = st.sampled_from(
    [[0], [1], [2], [3], 1, "2", ["11"], "10", ["01"], "00", [7], "x", [1, 0], None, {"a": 1}]
)
dt_values = st.sampled_from([0, 1, [0], [1], "1", True, 2, [1, 1], None, "x"])

messages: st.SearchStrategy[Message] = st.one_of(
    st.builds(Ping, imeis),
    st.builds(TimeRequest, imeis),
    st.builds(
        PushMsg,
        imei=imeis,
        packnum=uint32,
        time=texts,
        channels=st.dictionaries(indices, sample_arrays, max_size=9),
        temperature=floats,
        humidity=floats,
    ),
    st.builds(PushInfo, imeis, ccids, texts),
    st.builds(
        PushOnline,
        imeis,
        uint32,
        st.dictionaries(indices, st_values.map(sensor_state)),
        st.dictionaries(indices, dt_values.map(crystal_state)),
    ),
    st.builds(InfoAck, ccids, texts, st.tuples(uint32, uint32, uint32), st.none() | imeis),
    st.builds(VersionAck, st.none() | imeis, texts, texts),
    st.builds(UpdateAck, st.booleans(), st.none() | imeis),
    st.builds(QueryMsgAck, st.booleans(), st.none() | imeis),
    st.just(Pong()),
    st.builds(TimeAck, st.integers(0, 2**63 - 1)),
    st.builds(PushMsgAck, uint32),
    st.just(PushInfoAck()),
    st.builds(PushOnlineAck, uint32),
    st.just(InfoRequest()),
    st.builds(VersionRequest, imeis),
    st.builds(UpdateRequest, imeis),
    st.builds(QueryMsgRequest, imeis),
)
noise = st.sampled_from([b"", b"\r\n", b"\0\0", b" ", b"AT\r\nOK\r\n", b"\xff", b"]}", b'"'])


def test_strategy_covers_every_message_class() -> None:
    assert len(DEVICE_MESSAGES + SERVER_MESSAGES) == 18  # one strategy each above


@given(messages)
def test_decode_encode_round_trip(msg: Message) -> None:
    assert decode(encode(msg)) == msg


@given(messages)
def test_encode_decode_encode_is_stable(msg: Message) -> None:
    raw = encode(msg)
    assert encode(decode(raw)) == raw


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(noise, messages), max_size=8), st.data())
def test_any_cuts_of_a_stream_give_the_same_messages(
    parts: list[tuple[bytes, Message]], data: st.DataObject
) -> None:
    stream = b"".join(gap + encode(msg) for gap, msg in parts) + b"\r\n"
    cuts = sorted(data.draw(st.lists(st.integers(0, len(stream)), max_size=20)))
    chunks = [stream[a:b] for a, b in zip([0, *cuts], [*cuts, len(stream)], strict=True)]
    splitter = JsonSplitter()
    raws = [raw for chunk in chunks for raw in splitter.feed(chunk)]
    assert [decode(raw) for raw in raws] == [msg for _, msg in parts]
    assert splitter.pending == 0


def reference_split(data: bytes) -> list[bytes]:
    """A plain byte-at-a-time splitter, the specification the fast one must match."""
    out, depth, start, in_str, esc = [], 0, -1, False, False
    for i, c in enumerate(data):
        if depth == 0:
            if c == 0x7B:
                start, depth = i, 1
        elif in_str:
            if esc:
                esc = False
            elif c == 0x5C:
                esc = True
            elif c == 0x22:
                in_str = False
        elif c == 0x22:
            in_str = True
        elif c == 0x7B:
            depth += 1
        elif c == 0x7D:
            depth -= 1
            if depth == 0:
                out.append(data[start : i + 1])
    return out


tricky_bytes = st.lists(st.sampled_from(list(b'{}"\\ax:,\r\n\0\xff')), max_size=300).map(bytes)


@given(tricky_bytes, st.data())
def test_splitter_matches_the_reference_however_cut(stream: bytes, data: st.DataObject) -> None:
    cuts = sorted(data.draw(st.lists(st.integers(0, len(stream)), max_size=10)))
    chunks = [stream[a:b] for a, b in zip([0, *cuts], [*cuts, len(stream)], strict=True)]
    splitter = JsonSplitter()
    assert [raw for chunk in chunks for raw in splitter.feed(chunk)] == reference_split(stream)


def split_and_decode(chunks: list[bytes], cap: int = 4096) -> None:
    """Feed chunks and decode what comes out: anything but a ProtocolError is a bug."""
    splitter = JsonSplitter(cap)
    for chunk in chunks:
        try:
            raws = splitter.feed(chunk)
        except ProtocolError:
            return
        for raw in raws:
            try:
                decode(raw)
            except ProtocolError as exc:
                assert exc.raw == raw


@given(st.lists(st.binary(max_size=200), max_size=10))
def test_arbitrary_bytes_never_crash(chunks: list[bytes]) -> None:
    split_and_decode(chunks)


@given(st.lists(tricky_bytes, max_size=5))
def test_arbitrary_brace_soup_never_crashes(chunks: list[bytes]) -> None:
    split_and_decode(chunks, cap=64)


@given(st.binary(max_size=300))
def test_decode_of_arbitrary_bytes_raises_only_protocol_errors(raw: bytes) -> None:
    try:
        decode(raw)
    except ProtocolError as exc:
        assert exc.raw == raw


mutations = st.lists(
    st.tuples(st.sampled_from(["flip", "insert", "delete"]), st.integers(0, 10_000), st.binary()),
    min_size=1,
    max_size=5,
)


def mutate(raw: bytes, edits: list[tuple[str, int, bytes]]) -> bytes:
    buf = bytearray(raw)
    for op, at, junk in edits:
        i = at % (len(buf) + 1)
        if op == "insert":
            buf[i:i] = junk or b'"'
        elif buf and op == "delete":
            del buf[i % len(buf)]
        elif buf:
            buf[i % len(buf)] = (junk or b"}")[0]
    return bytes(buf)


@given(messages, mutations)
def test_mutated_messages_decode_or_raise_protocol_errors(
    msg: Message, edits: list[tuple[str, int, bytes]]
) -> None:
    raw = mutate(encode(msg), edits)
    split_and_decode([raw, b"}}}}"])
    try:
        decode(raw)
    except ProtocolError as exc:
        assert exc.raw == raw


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=10,
)
field_names = st.sampled_from(
    [
        *("IMEI", "CCID", "packnum", "time", "data0", "data8", "st0", "dt3", "temperature"),
        *("humidity", "location", "err0num", "err1num", "err2num", "type", "version", "result"),
        "timestamp",
    ]
)


@given(st.sampled_from(sorted(m.CMD for m in DEVICE_MESSAGES + SERVER_MESSAGES)), st.data())
def test_any_field_values_decode_or_raise_protocol_errors(cmd: str, data: st.DataObject) -> None:
    fields = data.draw(st.dictionaries(field_names, json_values))
    raw = json.dumps({"cmd": cmd, **fields}).encode()
    try:
        decode(raw)
    except ProtocolError as exc:
        assert exc.raw == raw
