"""Render ``resources/icons/fourgmon.svg`` into the icons the installers need.

    python packaging/make_icons.py OUT_DIR

writes ``fourgmon.png`` (256 px, Linux desktop entry and .deb), ``fourgmon.ico``
(Windows executable and installer) and ``fourgmon.icns`` (macOS app). Both
containers hold PNG images, which Windows Vista+ and macOS 10.7+ read, so no
image library beyond Qt (already a dependency) is needed. The PyInstaller spec
runs this at build time, so the icons always match the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "fourgmon.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types holding PNG data, by pixel size.
ICNS_TYPES = (
    (16, b"icp4"),
    (32, b"icp5"),
    (64, b"icp6"),
    (128, b"ic07"),
    (256, b"ic08"),
    (512, b"ic09"),
    (1024, b"ic10"),
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG rendered as a square PNG of ``size`` pixels (transparent background)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the PNGs (sizes up to 256)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding the PNGs."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for size, kind in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str]) -> int:
    """Write the three icon files into ``argv[0]``."""
    if len(argv) != 1:
        print("usage: make_icons.py OUT_DIR", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # QPainter needs one
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    sizes = sorted({*ICO_SIZES, *(size for size, _ in ICNS_TYPES)})
    pngs = {size: render_png(SVG, size) for size in sizes}
    (out / "fourgmon.png").write_bytes(pngs[256])
    (out / "fourgmon.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (out / "fourgmon.icns").write_bytes(icns(pngs))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
