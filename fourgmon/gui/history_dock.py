"""The history panel in the main window: a dock, hidden until View → History is chosen.

It opens floating over the window, nearly its size (the panel needs room for nine
plots, the timeline and the frame browser); it can be docked to any edge. The
window wires it with a few lines (see :func:`make_history_dock`).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

from fourgmon.gui.history_panel import HistoryPanel
from fourgmon.store.errors import StoreError

log = logging.getLogger(__name__)
SHORTCUT = "Ctrl+H"


class HistoryDock(QDockWidget):
    """A dock holding the history panel; the first time it is shown it floats over
    the window at about its size."""

    def __init__(self, window: QMainWindow, panel: HistoryPanel) -> None:
        super().__init__(window)
        self.setObjectName("historyDock")
        self.setWidget(panel)
        self.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        self._placed = False
        self._window = window

    def set_open(self, on: bool) -> None:
        if on:
            self.open()
        else:
            self.hide()

    def open(self) -> None:
        if not self._placed:
            self._placed = True
            self.setFloating(True)
            geo = self._window.geometry()
            width, height = max(800, geo.width() - 40), max(560, geo.height() - 60)
            self.setGeometry(geo.x() + 20, geo.y() + 40, width, height)
        self.show()
        self.raise_()


def follow_units(panel: HistoryPanel, units: Any) -> None:
    """Keep the panel on the window's units: ``units`` has ``calibration`` (a
    CalibrationTable), ``show_raw`` and a ``changed`` signal (``gui.units.Units``)."""

    def update() -> None:
        panel.set_calibration(units.calibration)
        panel.set_raw(bool(units.show_raw))

    units.changed.connect(update)
    update()


def make_history_dock(
    window: QMainWindow, store: Any, units: Any = None
) -> tuple[HistoryDock, HistoryPanel, QAction]:
    """The panel (on ``store``, in the units of ``units`` if given, else of the
    calibration stored now), its dock (hidden) and the View menu's checkable action."""
    panel = HistoryPanel()
    panel.set_store(store)
    if units is not None:
        follow_units(panel, units)
    else:
        try:
            panel.set_calibration(store.calibration())
        except StoreError as exc:  # a damaged file: raw counts until the next change
            log.warning("calibration not read: %s", exc)
    dock = HistoryDock(window, panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    action = QAction(window)
    action.setObjectName("actionHistory")
    action.setCheckable(True)
    action.setShortcut(QKeySequence(SHORTCUT))
    # triggered (the user), not toggled: setChecked from visibilityChanged must not call
    # back into the dock, which emits it while the window destroys it.
    action.triggered.connect(dock.set_open)
    dock.visibilityChanged.connect(action.setChecked)
    return dock, panel, action
