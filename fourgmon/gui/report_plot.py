"""Trend images for the site report: a 3x3 grid of min/max band + mean, drawn with
QPainter on a QImage (no scene, no window: cheap, and the same on every platform)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from fourgmon.domain.calibration import Calibration
from fourgmon.gui.history_plots import with_breaks
from fourgmon.protocol.messages import CHANNELS
from fourgmon.store.trends import Trend

MAIN = QColor("#1565c0")
BAND = QColor(21, 101, 192, 70)
GRID = QColor("#d0d0d0")
TEXT = QColor("#202020")
MUTED = QColor("#808080")


def _ticks(lo: float, hi: float, n: int = 4) -> list[float]:
    """About ``n`` round values between lo and hi."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return [lo]
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.ceil(lo / step) * step
    return [first + i * step for i in range(int((hi - first) / step) + 1)]


def _fmt(v: float) -> str:
    if abs(v) >= 1000 or v == int(v):
        return f"{v:.0f}"
    return f"{v:.3g}" if abs(v) < 1 else f"{v:.1f}"


def _time_labels(since: float, until: float) -> list[tuple[float, str]]:
    span = until - since
    fmt = "%H:%M" if span <= 86400 else "%m-%d %H:%M" if span <= 3 * 86400 else "%m-%d"
    return [
        (t, datetime.fromtimestamp(t).strftime(fmt)) for t in np.linspace(since, until, 3).tolist()
    ]


def channel_chart(
    painter: QPainter,
    rect: QRectF,
    trend: Trend | None,
    cal: Calibration,
    title: str,
    since: float,
    until: float,
    empty: str,
) -> None:
    """One channel's band + mean in ``rect`` (title above, value axis left, times below)."""
    font = QFont(painter.font())
    painter.setPen(TEXT)
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), 28), Qt.AlignmentFlag.AlignLeft, title
    )
    area = QRectF(rect.left() + 74, rect.top() + 32, rect.width() - 80, rect.height() - 62)
    painter.setPen(QPen(GRID, 1))
    painter.drawRect(area)
    if trend is None or len(trend.at) == 0:
        painter.setPen(MUTED)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, empty)
        return
    lo, hi = cal.apply_array(trend.min), cal.apply_array(trend.max)
    lo, hi = np.minimum(lo, hi), np.maximum(lo, hi)
    mean = cal.apply_array(trend.mean)
    ymin, ymax = float(lo.min()), float(hi.max())
    if ymax - ymin < 1e-9:
        ymin, ymax = ymin - 1, ymax + 1
    pad = (ymax - ymin) * 0.05
    ymin, ymax = ymin - pad, ymax + pad

    def x_of(t: np.ndarray) -> np.ndarray:
        return area.left() + (t - since) / max(1e-9, until - since) * area.width()

    def y_of(v: np.ndarray) -> np.ndarray:
        return area.bottom() - (v - ymin) / (ymax - ymin) * area.height()

    painter.setFont(font)
    for v in _ticks(ymin, ymax):
        y = float(y_of(np.array([v]))[0])
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(rect.left(), y - 13, 70, 26),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            _fmt(v),
        )
    metrics = QFontMetricsF(painter.font())
    right_of_last = -math.inf
    labels = _time_labels(since, until)
    for i, (t, label) in enumerate(labels):
        x = float(x_of(np.array([t]))[0])
        w = metrics.horizontalAdvance(label) + 8
        if i == 0:
            box = QRectF(x, area.bottom() + 4, w, 26)
        elif i == len(labels) - 1:
            box = QRectF(x - w, area.bottom() + 4, w, 26)
        else:
            box = QRectF(x - w / 2, area.bottom() + 4, w, 26)
        end_box = QRectF(area.right() - w, 0, w, 1)
        if box.left() < right_of_last or (i < len(labels) - 1 and box.right() > end_box.left()):
            continue  # no room: the first and last times are enough
        painter.setPen(TEXT)
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, label)
        right_of_last = box.right()
    painter.save()
    painter.setClipRect(area)
    # One band and line per stretch of data: a pause (the module offline) is a break.
    at, mean, lo, hi = with_breaks(trend.at, mean, lo, hi)
    xs = x_of(at)
    breaks = np.flatnonzero(~np.isfinite(mean))
    for part in np.split(np.arange(len(at)), breaks):
        part = part[np.isfinite(mean[part])]
        if not len(part):
            continue
        px = xs[part].tolist()
        upper = [QPointF(x, y) for x, y in zip(px, y_of(hi[part]).tolist(), strict=True)]
        lower = [QPointF(x, y) for x, y in zip(px, y_of(lo[part]).tolist(), strict=True)]
        band = QPainterPath()
        band.addPolygon(QPolygonF([*upper, *reversed(lower)]))
        painter.fillPath(band, BAND)
        painter.setPen(QPen(MAIN, 1.5))
        line = [QPointF(x, y) for x, y in zip(px, y_of(mean[part]).tolist(), strict=True)]
        painter.drawPolyline(QPolygonF(line))
    painter.restore()


def trend_image(
    trends: dict[int, Trend],
    cals: Sequence[Calibration],
    titles: Sequence[str],
    since: float,
    until: float,
    empty: str,
    size: tuple[int, int] = (1500, 1050),
) -> QImage:
    """The nine channels of a module as one image (white background)."""
    width, height = size
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(painter.font())
        font.setPixelSize(22)
        painter.setFont(font)
        cw, ch = width / 3, height / 3
        for k in range(CHANNELS):
            rect = QRectF((k % 3) * cw + 6, (k // 3) * ch + 4, cw - 14, ch - 8)
            channel_chart(painter, rect, trends.get(k), cals[k], titles[k], since, until, empty)
    finally:
        painter.end()
    return image
