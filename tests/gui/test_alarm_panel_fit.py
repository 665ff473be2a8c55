"""Issue 12 remainder: the alarm list readable at 1024x700 and at full size (no sideways
scrolling, rows one line high), the traffic log's "N of M shown" line shown whole, and
unticked check boxes visible in the dark theme.

Real server on loopback, real modules raising real alarms, the real window offscreen.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QTableView

from fourgmon.gui.alarm_panel import AlarmPanel, AlarmTableModel
from fourgmon.gui.theme import apply_theme
from fourgmon.sim.scripted import ScriptedModule, make_push_online
from tests.gui.conftest import settle, wait_until, window_on_server

SMALL = (1024, 700)
FULL = (1600, 1000)
IMEIS = [f"86550104000{i:04d}" for i in range(5)]
ALIASES = ["Zone B — riser 12 north", "泵站 3 号出口", "", "Basement pump", ""]


def visible_columns(view: QTableView) -> list[int]:
    header = view.horizontalHeader()
    return [
        header.logicalIndex(v)
        for v in range(header.count())
        if not view.isColumnHidden(header.logicalIndex(v))
    ]


def fits_without_scrolling(panel: AlarmPanel) -> bool:
    view = panel.view
    used = sum(view.columnWidth(c) for c in visible_columns(view))
    return used <= view.viewport().width() and view.horizontalScrollBar().maximum() == 0


def full_rows(view: QTableView) -> int:
    return view.viewport().height() // view.verticalHeader().defaultSectionSize()


async def raise_alarms(h) -> list[ScriptedModule]:  # type: ignore[no-untyped-def]
    modules = []
    for imei, alias in zip(IMEIS, ALIASES, strict=True):
        module = await ScriptedModule.connect("127.0.0.1", h.port, imei=imei)
        modules.append(module)
        if alias:
            await h.server.set_alias(imei, alias)
        st = dict.fromkeys(range(9), 1) | {3: 0, 5: 2}  # CH4 sensor offline, CH6 interference
        module.send(make_push_online(imei, 1, st=st))
        await module.recv()
    panel = h.window.alarm_panel
    await wait_until(lambda: panel.model.rowCount() == 2 * len(IMEIS), what="ten alarms")
    return modules


def test_the_alarm_list_is_readable_at_1024x700_and_at_full_size(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data", size=SMALL) as h:
            w = h.window
            w.reset_layout()  # what a first start at this size gets
            modules = await raise_alarms(h)
            panel = w.alarm_panel
            m = AlarmTableModel
            try:
                await asyncio.sleep(0.05)
                await settle()
                # 1024x700: the compact set, whole rows one text line high, nothing sideways.
                assert panel.columns == m.COMPACT
                assert fits_without_scrolling(panel)
                assert full_rows(panel.view) >= 3
                assert panel.view.verticalHeader().defaultSectionSize() <= (
                    panel.fontMetrics().height() + 8
                )
                proxy = panel.proxy
                texts = {proxy.index(r, m.ALARM_CHANNEL).data() for r in range(proxy.rowCount())}
                assert "interference · CH6" in texts and "sensor offline · CH4" in texts
                names = {proxy.index(r, m.MODULE_SHORT).data() for r in range(proxy.rowCount())}
                assert {"泵站 3 号出口", IMEIS[2]} <= names  # the alias, else the IMEI
                tip = proxy.index(0, m.SEVERITY).data(Qt.ItemDataRole.ToolTipRole)
                assert "Since " in tip and "(bus " in tip  # what the narrow list leaves out
                # Sorting still works on the compact columns.
                panel.view.sortByColumn(m.MODULE_SHORT, Qt.SortOrder.AscendingOrder)
                names = [proxy.index(r, m.MODULE_SHORT).data() for r in range(proxy.rowCount())]
                assert names == sorted(names, key=str.lower)

                w.resize(*FULL)
                w.reset_layout()
                await asyncio.sleep(0.05)
                await settle()
                # Full size: every column (the module by alias at least), the detail too.
                assert panel.columns in (m.FULL, m.WIDE)
                assert {m.CHANNEL, m.SINCE, m.DURATION, m.COUNT, m.DETAIL} <= set(
                    visible_columns(panel.view)
                )
                assert fits_without_scrolling(panel)
                assert full_rows(panel.view) >= 6
                for c in visible_columns(panel.view):
                    if c != m.DETAIL:  # the detail is elided, the tooltip has it whole
                        need = panel.view.sizeHintForColumn(c)
                        assert panel.view.columnWidth(c) >= need, c
            finally:
                for module in modules:
                    await module.aclose()

    run(scenario())


def test_the_traffic_logs_count_line_shows_whole_under_the_log(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data", size=SMALL) as h:
            w = h.window
            modules = await raise_alarms(h)
            log = w.message_log
            try:
                for size in (SMALL, FULL):
                    w.resize(*size)
                    w.reset_layout()
                    await asyncio.sleep(0.6)  # the log's refresh tick
                    await settle()
                    status = log.status
                    assert " of " in status.text() and status.isVisible()
                    need = status.fontMetrics().horizontalAdvance(status.text())
                    assert status.contentsRect().width() >= need, (size, status.text())
                    # In the status bar, right under the log (its right end).
                    at, log_at = status.mapTo(w, QPoint(0, 0)), log.mapTo(w, QPoint(0, 0))
                    assert at.y() >= log_at.y() + log.height() and at.x() >= log_at.x()
            finally:
                for module in modules:
                    await module.aclose()

    run(scenario())


def _frame_contrast(box: QCheckBox) -> int:
    """How much the unticked box's frame stands out from the window behind it."""
    image: QImage = box.grab().toImage()
    background = box.palette().color(box.backgroundRole()).lightness()
    indicator = box.style().subElementRect(
        box.style().SubElement.SE_CheckBoxIndicator, _option(box), box
    )
    ratio = box.devicePixelRatioF()
    edge = [
        QColor(image.pixel(int(x * ratio), int(indicator.top() * ratio))).lightness()
        for x in range(indicator.left() + 2, indicator.right() - 1)
    ]
    return max(abs(v - background) for v in edge)


def _option(box: QCheckBox):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyleOptionButton

    option = QStyleOptionButton()
    option.initFrom(box)
    return option


def test_unticked_check_boxes_are_clearly_visible_in_the_dark_theme(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.style().name(), app.palette()
    try:
        apply_theme(app, "dark")
        box = QCheckBox("Errors only")
        qtbot.addWidget(box)
        box.show()
        assert not box.isChecked()
        assert _frame_contrast(box) >= 60  # Fusion alone: near black on #2b2b2b
        apply_theme(app, "light")
        light = QCheckBox("Errors only")
        qtbot.addWidget(light)
        light.show()
        assert _frame_contrast(light) >= 45  # the light theme, as a yardstick
    finally:
        app.setStyle(before[0])
        app.setPalette(before[1])
