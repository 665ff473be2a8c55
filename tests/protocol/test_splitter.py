"""JsonSplitter: objects whole, split, byte by byte, with noise; the size cap; linear cost."""

from __future__ import annotations

import pytest

from fourgmon.protocol import JsonSplitter, ObjectTooLarge

PING = b'{"cmd":"ping","IMEI":"865501040783269"}'
PUSH = (
    b'{"cmd":"push_msg","IMEI":"865501040783269","packnum":"7","time":"2024-07-16 12:00:00",'
    b'"data0":"0000,0001,FFFF","temperature":"25.5"}'
)
TRICKY = b'{"location":"a{b}c","note":"say \\"}\\" and \\\\","nested":{"x":{"y":"}"}},"end":"\\\\"}'
NOISE = (b"\r\n", b"\0\0\0", b"   ", b"AT\r\nOK\r\n", b"\xff\xfe\xff", b"", b'"}"', b"]]")
MESSAGES = [PING, PUSH, TRICKY, b"{}", b'{"a":[{"b":{}}]}']


def feed_all(splitter: JsonSplitter, chunks: list[bytes]) -> list[bytes]:
    out: list[bytes] = []
    for chunk in chunks:
        out.extend(splitter.feed(chunk))
    return out


def stream_with_noise() -> bytes:
    parts = []
    for i, msg in enumerate(MESSAGES * 2):
        parts.append(NOISE[i % len(NOISE)])
        parts.append(msg)
    return b"".join(parts)


def test_whole_stream_in_one_read() -> None:
    assert JsonSplitter().feed(stream_with_noise()) == MESSAGES * 2


def test_two_objects_in_one_read_separated_by_nothing() -> None:
    assert JsonSplitter().feed(PING + PUSH) == [PING, PUSH]


@pytest.mark.parametrize("msg", MESSAGES)
def test_every_split_point(msg: bytes) -> None:
    for cut in range(len(msg) + 1):
        splitter = JsonSplitter()
        assert feed_all(splitter, [msg[:cut], msg[cut:]]) == [msg], cut
        assert splitter.pending == 0


def test_byte_by_byte() -> None:
    data = stream_with_noise()
    splitter = JsonSplitter()
    assert feed_all(splitter, [data[i : i + 1] for i in range(len(data))]) == MESSAGES * 2
    assert splitter.pending == 0


def test_object_followed_by_part_of_next() -> None:
    splitter = JsonSplitter()
    assert splitter.feed(PING + b"\r\n" + PUSH[:30]) == [PING]
    assert splitter.pending == 30
    assert splitter.feed(PUSH[30:] + PING[:1]) == [PUSH]
    assert splitter.pending == 1
    assert splitter.feed(PING[1:]) == [PING]


def test_braces_and_escaped_quotes_inside_strings() -> None:
    assert JsonSplitter().feed(TRICKY + PING) == [TRICKY, PING]


def test_escape_split_across_feeds() -> None:
    msg = b'{"a":"x\\"}y"}'
    splitter = JsonSplitter()
    assert splitter.feed(msg[:8]) == []  # ends right after the backslash
    assert splitter.feed(msg[8:]) == [msg]


def test_escaped_backslash_before_closing_quote() -> None:
    msg = b'{"a":"\\\\"}'  # the string is one backslash; the brace closes the object
    assert JsonSplitter().feed(msg + PING) == [msg, PING]


def test_noise_only_is_discarded() -> None:
    splitter = JsonSplitter()
    assert splitter.feed(b'AT\r\n\xff\0}}]]"x"' * 100) == []
    assert splitter.pending == 0


def test_accepts_bytearray_and_memoryview() -> None:
    splitter = JsonSplitter()
    assert splitter.feed(bytearray(PING)) == [PING]
    assert splitter.feed(memoryview(PING)) == [PING]


def test_reset_forgets_partial_object() -> None:
    splitter = JsonSplitter()
    splitter.feed(PUSH[:40])
    assert splitter.pending == 40
    splitter.reset()
    assert splitter.pending == 0
    assert splitter.feed(PING) == [PING]


def test_constructor_rejects_tiny_cap() -> None:
    with pytest.raises(ValueError):
        JsonSplitter(1)


# ----------------------------------------------------------------- size cap


def _object_of_size(size: int) -> bytes:
    return b'{"a":"' + b"x" * (size - 8) + b'"}'


@pytest.mark.parametrize("cap", [2, 64, 1000])
def test_object_exactly_at_cap_passes(cap: int) -> None:
    obj = b"{}" if cap == 2 else _object_of_size(cap)
    assert len(obj) == cap
    assert JsonSplitter(cap).feed(obj) == [obj]
    splitter = JsonSplitter(cap)
    assert feed_all(splitter, [obj[i : i + 1] for i in range(cap)]) == [obj]


@pytest.mark.parametrize("cap", [64, 1000])
@pytest.mark.parametrize("whole", [True, False])
def test_object_one_past_cap_raises(cap: int, whole: bool) -> None:
    obj = _object_of_size(cap + 1)
    splitter = JsonSplitter(cap)
    with pytest.raises(ObjectTooLarge) as info:
        if whole:
            splitter.feed(obj)
        else:
            feed_all(splitter, [obj[i : i + 1] for i in range(len(obj))])
    # Raised as soon as ``cap`` bytes are buffered without the object being complete.
    raw = info.value.raw
    assert obj.startswith(raw)
    assert min(cap, 200) <= len(raw) <= 200
    assert splitter.pending == 0


def test_oversize_with_nested_objects_raises() -> None:
    obj = b'{"a":' + b'{"b":"{",' * 100 + b"}" * 101
    with pytest.raises(ObjectTooLarge):
        JsonSplitter(len(obj) - 1).feed(obj)


def test_oversize_raised_before_buffering_everything() -> None:
    splitter = JsonSplitter(100)
    with pytest.raises(ObjectTooLarge):
        for _ in range(1000):
            splitter.feed(b'{"a":"' + b"x" * 10)
            assert splitter.pending <= 100


def test_objects_before_an_oversized_one_are_returned_then_error_is_sticky() -> None:
    splitter = JsonSplitter(64)
    assert splitter.feed(PING[:10]) == []
    assert splitter.feed(PING[10:] + _object_of_size(65)) == [PING]
    with pytest.raises(ObjectTooLarge):
        splitter.feed(b"")
    with pytest.raises(ObjectTooLarge):
        splitter.feed(b"{}")
    splitter.reset()
    assert splitter.feed(b"{}") == [b"{}"]


# ----------------------------------------------------------------- linear cost


def _work_byte_by_byte(obj: bytes) -> int:
    splitter = JsonSplitter(len(obj) + 1)
    out = feed_all(splitter, [obj[i : i + 1] for i in range(len(obj))])
    assert out == [obj]
    return splitter.scanned


@pytest.mark.parametrize(
    "unit",
    [
        b'"k":"0000,0001",',  # plain strings: block checks
        b'"k":"{\\"}{",',  # braces and escapes inside strings: regex steps
        b'"k":{"a":[1]},',  # nested objects
    ],
)
def test_work_grows_linearly_when_fed_byte_by_byte(unit: bytes) -> None:
    small = b"{" + unit * 500 + b'"z":0}'
    large = b"{" + unit * 2000 + b'"z":0}'
    work_small, work_large = _work_byte_by_byte(small), _work_byte_by_byte(large)
    # Every byte is examined a small constant number of times, however it arrives.
    assert work_small <= 3 * len(small)
    assert work_large <= 3 * len(large)
    assert work_large / work_small < 1.1 * len(large) / len(small)


def test_work_is_linear_for_many_braces_inside_one_long_string() -> None:
    # A failed block check must not be retried from every brace (that would be quadratic).
    obj = b'{"a":"' + b"{" * 20_000 + b'"}'
    splitter = JsonSplitter()
    assert splitter.feed(obj) == [obj]
    assert splitter.scanned <= 3 * len(obj)


def test_work_is_linear_in_pieces_of_any_size() -> None:
    obj = b"{" + b'"k":"{\\"}",' * 3000 + b'"z":0}'
    for piece in (1, 7, 100, 4096):
        splitter = JsonSplitter()
        chunks = [obj[i : i + piece] for i in range(0, len(obj), piece)]
        assert feed_all(splitter, chunks) == [obj]
        assert splitter.scanned <= 3 * len(obj), piece
