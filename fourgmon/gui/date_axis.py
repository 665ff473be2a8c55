"""Date axes whose labels follow the window's language.

pyqtgraph's ``DateAxisItem`` formats its ticks with ``strftime``, which speaks the C
locale: a Chinese window showed "Wed 25" and "Dec". Here the common formats are drawn
through ``QLocale`` ("周三 25", "12月"); the locale is named by the loaded catalogue
(the translatable string "en_US"), so it switches with the language.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

# pyqtgraph's strftime formats -> Qt's date formats (others stay pyqtgraph's own).
_QT_FORMATS = {
    "%a %d": "ddd d",
    "%b": "MMM",
    "%d": "d",
    "%Y": "yyyy",
    "%H:%M": "HH:mm",
    "%H:%M:%S": "HH:mm:ss",
}


def axis_locale() -> QLocale:
    """The locale of the window's language (named by its catalogue)."""
    return QLocale(QCoreApplication.translate("DateAxis", "en_US"))


class LocalDateAxis(pg.DateAxisItem):  # type: ignore[misc]
    """A local-time date axis whose day and month names are in the window's language."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        qt_format = _QT_FORMATS.get(spec.format) if spec is not None else None
        if qt_format is None or self.utcOffset is not None:
            return list(super().tickStrings(values, scale, spacing))
        locale = axis_locale()
        out = []
        for v in values:
            try:
                moment = QDateTime.fromMSecsSinceEpoch(round(v * 1000.0))
            except (OverflowError, ValueError):
                out.append("")
                continue
            out.append(locale.toString(moment, qt_format))
        return out

    def language_changed(self) -> None:
        """Redraw the labels in the new language (the axis caches its picture)."""
        self.picture = None
        self.update()


def retranslate_date_axes(plots: list[Any]) -> None:
    """Call on LanguageChange of a widget holding plots with LocalDateAxis bottoms."""
    for plot in plots:
        axis = plot.getAxis("bottom")
        if isinstance(axis, LocalDateAxis):
            axis.language_changed()
