"""Date axes speak the window's language (a Chinese window showed "Wed 25" and "Dec")."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication

from fourgmon.gui.date_axis import LocalDateAxis
from fourgmon.gui.history_plots import HistoryPlots
from fourgmon.gui.i18n import LanguageManager
from fourgmon.gui.plot_trend import ChannelGrid

# 2026-11-25 12:00 local time: a Wednesday.
WEDNESDAY = time.mktime((2026, 11, 25, 12, 0, 0, 0, 0, -1))


def labels(axis: LocalDateAxis, strftime_format: str) -> list[str]:
    """The axis's labels at the zoom level whose first ticks use ``strftime_format``."""
    level = next(z for z in axis.zoomLevels.values() if z.tickSpecs[0].format == strftime_format)
    axis.zoomLevel = level
    return list(axis.tickStrings([WEDNESDAY], 1.0, level.tickSpecs[0].spacing))


def day_and_month_labels(axis: LocalDateAxis) -> tuple[list[str], list[str]]:
    return labels(axis, "%a %d"), labels(axis, "%b")


def test_day_and_month_names_follow_the_language(qapp: QApplication) -> None:
    languages = LanguageManager(qapp)
    axis = LocalDateAxis(orientation="bottom")
    try:
        languages.set_language("en")
        assert day_and_month_labels(axis) == (["Wed 25"], ["Nov"])
        assert languages.set_language("zh")
        days, months = day_and_month_labels(axis)
        assert days == ["周三 25"], days
        assert months == ["11月"], months
    finally:
        languages.set_language("en")


def test_the_live_trend_and_history_plots_use_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    history = HistoryPlots()
    trend = ChannelGrid(2, date_axis=True)
    for w in (history, trend):
        qtbot.addWidget(w)
        assert all(isinstance(p.getAxis("bottom"), LocalDateAxis) for p in w.plots)
