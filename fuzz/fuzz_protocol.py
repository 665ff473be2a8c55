"""Atheris (libFuzzer) harness for the splitter and the decoder.

Invariant, as in h11's ``fuzz/afl-server.py``: feeding any bytes, cut anywhere,
yields objects; decoding an object yields a message or raises ``ProtocolError``.
Any other exception is a crash that libFuzzer reports with the input that caused it.

Run (see fuzz/README.md)::

    .venv/bin/python fuzz/fuzz_protocol.py -atheris_runs=1000000 fuzz/corpus
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from fourgmon.protocol import JsonSplitter, ProtocolError, decode, encode
    from fourgmon.protocol.errors import ObjectTooLarge

# Small enough that the size cap is hit often, big enough for a full push_msg.
MAX_OBJECT_SIZE = 4096


def test_one_input(data: bytes) -> None:
    """One fuzz case: the first byte picks a chunk size, the rest is the stream."""
    if not data:
        return
    chunk = data[0] % 64 + 1
    stream = data[1:]
    splitter = JsonSplitter(MAX_OBJECT_SIZE)
    objects: list[bytes] = []
    try:
        for i in range(0, len(stream), chunk):
            objects.extend(splitter.feed(stream[i : i + chunk]))
    except ObjectTooLarge:
        pass
    for raw in [*objects, stream]:
        if len(raw) > MAX_OBJECT_SIZE:
            continue
        try:
            msg = decode(raw)
        except ProtocolError:
            continue
        # Whatever decodes must encode again (the server echoes packnums back).
        encode(msg)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
