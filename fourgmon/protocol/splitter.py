"""Extract complete top-level JSON objects from a TCP byte stream.

The protocol has no delimiter and no length prefix: objects arrive concatenated,
split anywhere, and with noise between them (CR/LF, NUL padding, modem ``AT``
echoes, ``\\xff``). :class:`JsonSplitter` tracks brace depth outside JSON strings
and keeps its scan state between feeds, so its cost is linear in the bytes
received however the stream is cut.
"""

from __future__ import annotations

import re

from fourgmon.protocol.errors import ObjectTooLarge

__all__ = ["DEFAULT_MAX_OBJECT_SIZE", "JsonSplitter"]

# A full 9-channel push_msg is about 2.5 KiB; 64 KiB leaves room for any sane
# message while bounding what one misbehaving device can make us buffer.
DEFAULT_MAX_OBJECT_SIZE = 64 * 1024
_PREVIEW = 200  # bytes of an oversized object kept in ObjectTooLarge.raw

_OUTSIDE_STRING = re.compile(rb'[{}"]')
_INSIDE_STRING = re.compile(rb'["\\]')
_QUOTE, _OPEN, _BACKSLASH = 0x22, 0x7B, 0x5C


class JsonSplitter:
    """Incremental splitter: :meth:`feed` bytes, get back each complete object's bytes.

    Bytes outside objects are skipped. An object that reaches ``max_object_size``
    bytes without being complete raises :class:`ObjectTooLarge`; the caller should
    close the connection. Objects completed in the same :meth:`feed` before the
    oversized one are returned first, and the error is raised by the next
    :meth:`feed` (and every one after it, until :meth:`reset`).
    """

    __slots__ = (
        "_buf",
        "_depth",
        "_error",
        "_esc",
        "_in_str",
        "_pos",
        "_slow_until",
        "_start",
        "max_object_size",
        "scanned",
    )

    def __init__(self, max_object_size: int = DEFAULT_MAX_OBJECT_SIZE) -> None:
        if max_object_size < 2:
            raise ValueError("max_object_size must be at least 2 (the size of '{}')")
        self.max_object_size = max_object_size
        #: Bytes examined so far (diagnostics; tests use it to check linear cost).
        self.scanned = 0
        self.reset()

    def reset(self) -> None:
        """Forget buffered bytes, scan state and any pending error."""
        self._buf = bytearray()  # the unfinished object (and nothing else) between feeds
        self._pos = 0  # next byte of _buf to scan
        self._start = -1  # index of the current object's '{', -1 between objects
        self._depth = 0
        self._in_str = False
        self._esc = False  # the previous byte was a backslash inside a string
        self._slow_until = 0  # scan byte by byte (regex) up to here before block checks
        self._error: ObjectTooLarge | None = None

    @property
    def pending(self) -> int:
        """Bytes buffered: the start of an object not yet complete."""
        return len(self._buf)

    def feed(self, data: bytes) -> list[bytes]:
        """Add ``data``; return every object completed by it, in order."""
        if self._error is not None:
            # A fresh exception each time, so tracebacks do not pile up on one object.
            raise ObjectTooLarge(self._error.reason, self._error.raw)
        buf: bytes | bytearray
        if self._buf:
            self._buf += data
            buf = self._buf
        else:
            # Nothing pending: scan the caller's bytes in place, no copy.
            buf = data if type(data) is bytes else bytes(data)
        out: list[bytes] = []
        try:
            self._scan(buf, out)
        except ObjectTooLarge as exc:
            self.reset()
            # Keep a copy that was never raised: the original's traceback holds the
            # frames, and with them the whole receive buffer, until the GC runs.
            self._error = ObjectTooLarge(exc.reason, exc.raw)
            if not out:
                raise
            return out
        start = self._start
        if start < 0:
            if self._buf:
                self._buf = bytearray()
            self._pos = self._slow_until = 0
        else:
            # Keep only the unfinished object; indices become relative to it.
            if buf is self._buf:
                if start:
                    del self._buf[:start]
            else:
                self._buf = bytearray(buf[start:])
            self._pos -= start
            self._slow_until = max(0, self._slow_until - start)
            self._start = 0
        return out

    def _scan(self, buf: bytes | bytearray, out: list[bytes]) -> None:
        """Advance the scan state over ``buf``, appending complete objects to ``out``.

        Two ways forward, both linear:

        - a block check: from a state with no pending escape, find the next ``}``;
          if the bytes up to it hold no ``{`` and no backslash, the number of
          quotes alone says whether that ``}`` is inside a string, so the whole
          block is consumed with a few C-level scans. A plain message is one block.
        - otherwise, a regex step to the next interesting byte (``{}"`` outside a
          string, ``"\\`` inside), up to where the failed block check looked, so
          no byte is examined by block checks twice.
        """
        n = len(buf)
        pos, start, depth = self._pos, self._start, self._depth
        in_str, esc, slow_until = self._in_str, self._esc, self._slow_until
        cap = self.max_object_size
        scanned = 0
        try:
            while True:
                if start < 0:
                    i = buf.find(b"{", pos)
                    if i < 0:
                        scanned += n - pos
                        pos = n
                        return
                    scanned += i + 1 - pos
                    start, depth, in_str, esc = i, 1, False, False
                    pos = slow_until = i + 1
                limit = start + cap  # the closing '}' must lie before this index
                if pos >= limit:
                    raise ObjectTooLarge(
                        f"JSON object larger than {cap} bytes", bytes(buf[start : start + _PREVIEW])
                    )
                if pos >= n:
                    return
                window = n if n < limit else limit
                if esc:
                    pos += 1
                    scanned += 1
                    esc = False
                    continue
                if pos >= slow_until:
                    j = buf.find(b"}", pos, window)
                    end = j + 1 if j >= 0 else window
                    scanned += end - pos  # counted once though a few C scans cover it
                    if buf.find(b"{", pos, end) < 0 and buf.find(b"\\", pos, end) < 0:
                        if buf.count(b'"', pos, end) & 1:
                            in_str = not in_str
                        pos = end
                        if j >= 0 and not in_str:
                            depth -= 1
                            if depth == 0:
                                obj = buf[start:end]
                                out.append(obj if type(obj) is bytes else bytes(obj))
                                start = -1
                        continue
                    slow_until = end
                m = (_INSIDE_STRING if in_str else _OUTSIDE_STRING).search(buf, pos, window)
                if m is None:
                    scanned += window - pos
                    pos = window
                    continue
                k = m.start()
                scanned += k + 1 - pos
                pos = k + 1
                c = buf[k]
                if in_str:
                    if c == _BACKSLASH:
                        esc = True
                    else:
                        in_str = False
                elif c == _QUOTE:
                    in_str = True
                elif c == _OPEN:
                    depth += 1
                else:
                    depth -= 1
                    if depth == 0:
                        obj = buf[start:pos]
                        out.append(obj if type(obj) is bytes else bytes(obj))
                        start = -1
        finally:
            self._pos, self._start, self._depth = pos, start, depth
            self._in_str, self._esc, self._slow_until = in_str, esc, slow_until
            self.scanned += scanned
