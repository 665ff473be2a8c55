"""packaging/system-packages.txt and the ELF facts it is checked against.

``read_list()`` parses the list the way scripts/setup.sh and packaging/build_deb.sh do;
``needed()`` reads an ELF file's DT_NEEDED entries (the libraries it links by name) without
binutils, which a fresh machine does not have; ``system_needs()`` follows those links through
the files a package ships and returns the ones it does not carry.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIST = ROOT / "packaging" / "system-packages.txt"
ROLES = ("base", "run", "venv", "test")


@dataclass(frozen=True)
class Entry:
    role: str
    alternatives: tuple[str, ...]  # "libglib2.0-0t64|libglib2.0-0" -> both names
    sonames: tuple[str, ...]
    line: int


def read_list(path: Path = LIST) -> list[Entry]:
    """Every package line of the list (comments and blank lines skipped)."""
    entries = []
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fields = text.split("#", 1)[0].split()
        if not fields:
            continue
        if len(fields) < 2 or fields[0] not in ROLES:
            raise ValueError(f"{path.name}:{number}: expected 'ROLE PACKAGE [SONAME...]'")
        entries.append(Entry(fields[0], tuple(fields[1].split("|")), tuple(fields[2:]), number))
    return entries


_SHT_DYNAMIC = 6
_DT_NULL, _DT_NEEDED = 0, 1


def needed(path: Path) -> list[str] | None:
    """The DT_NEEDED names of a 64-bit little-endian ELF file; None if it is not one."""
    with open(path, "rb") as fh:
        data = fh.read()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return None
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    names: list[str] = []
    for _name, sh_type, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if sh_type != _SHT_DYNAMIC:
            continue
        strtab = sections[link][4]
        for at in range(offset, offset + size, entsize or 16):
            tag, value = struct.unpack_from("<qQ", data, at)
            if tag == _DT_NULL:
                break
            if tag == _DT_NEEDED:
                end = data.index(b"\0", strtab + value)
                names.append(data[strtab + value : end].decode())
    return names


def elf_files(roots: Iterable[Path]) -> dict[str, Path]:
    """Shared objects under ``roots`` by file name (the name another file links them by)."""
    found: dict[str, Path] = {}
    for root in roots:
        for path in sorted(root.rglob("*.so*")):
            if path.is_file() and not path.is_symlink():
                found.setdefault(path.name, path)
    return found


def system_needs(starts: Iterable[Path], shipped: dict[str, Path]) -> dict[str, set[str]]:
    """soname -> the shipped files that link it, for every soname ``shipped`` lacks.

    Follows DT_NEEDED from ``starts`` through the shipped libraries (what the dynamic
    loader would load from the package itself).
    """
    outside: dict[str, set[str]] = {}
    seen: set[Path] = set()
    todo = list(starts)
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for name in needed(path) or ():
            if name in shipped:
                todo.append(shipped[name])
            else:
                outside.setdefault(name, set()).add(path.name)
    return outside
