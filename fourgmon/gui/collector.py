"""Cyclic garbage collection on the GUI thread only.

Python's collector runs in whichever thread happens to allocate when a generation's
count passes its threshold: the store's sender and receiver threads, the history
queries, the export thread. A collection there frees the cycles of dropped windows,
and with them the Qt objects Python owns (pyqtgraph makes many: each PlotItem's
WidgetGroup, SignalProxy and ThreadsafeTimer QObjects, QTimers). Their C++ side is
then destroyed on that thread while the GUI thread uses it; a destroyed timer stays
registered with the GUI thread's event dispatcher, which fires it on freed memory
(seen: SIGSEGV in ``QCoreApplication::notifyInternal2`` from
``QTimerInfoList::activateTimers``). Qt forbids deleting a QObject from a thread
other than its own; pyqtgraph ships the same remedy as
``pyqtgraph.util.garbage_collector.GarbageCollector``.

So the automatic collector is switched off and a timer on the GUI thread runs the
same generational collections, with the same thresholds, every :data:`INTERVAL_MS`.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 100
OBJECT_NAME = "fourgmonGuiCollector"


class GuiCollector(QObject):
    """Collects on the GUI thread's timer; :meth:`stop` gives collection back to Python."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.threshold = gc.get_threshold()
        self.collections = 0  # how many this timer ran (tests)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self.start()

    def start(self) -> None:
        """Automatic collection off; this timer collects (idempotent)."""
        gc.disable()
        if not self._timer.isActive():
            self._timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, as Python would."""
        count0, count1, count2 = gc.get_count()
        t0, t1, t2 = self.threshold
        if t0 <= 0 or count0 <= t0:
            return
        generation = 0
        if count1 > t1:
            generation = 2 if count2 > t2 else 1
        gc.collect(generation)
        self.collections += 1

    def stop(self) -> None:
        """Automatic collection again (the program is ending, or a test is done).

        What is left is collected here first, on the GUI thread: otherwise the first
        automatic collection, in whichever thread allocates next, would free the Qt
        objects of the windows dropped since the last tick there (seen: the test run
        crashed in the next package's store threads)."""
        self._timer.stop()
        gc.collect()
        gc.enable()


def install(app: QCoreApplication | None = None) -> GuiCollector:
    """The application's collector, made on the first call (on ``app``'s thread) and
    started again on later ones."""
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the GUI collector needs a QApplication")
    found = app.findChild(GuiCollector, OBJECT_NAME)
    if isinstance(found, GuiCollector):
        found.start()
        return found
    return GuiCollector(app)
