"""Text from the wire made safe to print: control and bidi characters escaped.

A module (or anyone who can open a TCP connection) chooses the IMEI, ``cmd`` and
field texts the server may log. Printed raw, ``U+202E`` reverses what follows it on
screen, ``U+2028``/``U+0085``/``\\r`` start what looks like a new, forged log line in
editors and viewers, and ESC sequences drive the terminal. :func:`escape_controls`
turns each such character into a visible ``\\uXXXX`` escape (Trojan Source,
CVE-2021-42574, is the same trick against code review).
"""

from __future__ import annotations

import re

__all__ = ["escape_controls", "excerpt"]

# C0 and C1 controls and DEL; soft hyphen; Arabic letter mark; Mongolian vowel separator;
# zero-width and bidi marks, embeddings, overrides and isolates; line and paragraph
# separators; word joiner and invisible operators; BOM; interlinear annotation;
# lone surrogates (from surrogateescape); tag characters.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f"
    "\ufeff\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def escape_controls(text: str) -> str:
    """``text`` with every control, bidi and line-breaking character as ``\\uXXXX``.

    Printable text (including CJK and other scripts) is left alone; the result holds
    no character that can move the cursor, reorder the line or break it.
    """
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_escape, text)


def excerpt(raw: bytes, limit: int) -> str:
    """At most ``limit`` bytes of ``raw`` as printable text, for a log line.

    UTF-8 is shown as text, other bytes as ``\\xNN``; what was cut is counted.
    """
    text = escape_controls(raw[:limit].decode("utf-8", "backslashreplace"))
    if len(raw) > limit:
        text += f"... ({len(raw) - limit} more bytes)"
    return text
