"""Issue 10 §4: every result readable in full, a usable window at 1024x700, the log's filter.

Real server on loopback, a ScriptedModule for the module, the real window offscreen.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSettings, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QSplitter,
    QStyle,
    QTreeWidget,
    QWidget,
)

from fourgmon.gui.i18n import LanguageManager
from fourgmon.gui.main_window import LAYOUT_VERSION
from fourgmon.gui.message_log import MessageLogModel
from fourgmon.protocol.messages import InfoAck, UpdateAck, VersionAck
from tests.gui.conftest import settle, wait_until, window_on_server
from tests.gui.test_window import IMEI, button, connect, select

SMALL = (1024, 700)  # a 1366x768 laptop at 150 % scaling, minus the task bar
FULL = (1920, 1080)
CCID = "89860454121236945339"
LOCATION = "113.006090,22.354250"


def shows_in_full(label: QLabel) -> bool:
    """The label's whole text, wrapped at its width, fits in the part of it one can see."""
    width = label.contentsRect().width()
    need = label.fontMetrics().boundingRect(
        QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, label.text()
    )
    seen = label.visibleRegion().boundingRect()
    return need.width() <= width and need.height() <= min(seen.height(), label.height())


def row_shows_in_full(tree: QTreeWidget, row: int) -> bool:
    """Every cell of a history row fits in its column, wrapped, within the row's height."""
    item = tree.topLevelItem(row)
    height = tree.visualItemRect(item).height()
    metrics = tree.fontMetrics()
    # The item delegate's text margin (QCommonStyle: the focus frame's margin + 1 a side).
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    for col in range(tree.columnCount()):
        width = tree.columnWidth(col) - 2 * margin
        need = metrics.boundingRect(
            QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, item.text(col)
        )
        if need.width() > width or need.height() > height:
            return False
    return True


def history_text(tree: QTreeWidget) -> list[str]:
    return [
        " | ".join(tree.topLevelItem(i).text(c) for c in range(tree.columnCount()))
        for i in range(tree.topLevelItemCount())
    ]


# ------------------------------------------------------------------ command results


def test_info_and_update_results_are_readable_in_full_at_1024x700(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data", size=SMALL) as h:
            w = h.window
            assert (w.width(), w.height()) == SMALL  # the window may be that small
            module = await connect(h.port)
            await select(w)
            results = w.commands.results
            button(w, "btnInfo").click()
            await module.expect("info")
            module.send(InfoAck(CCID, LOCATION, (4, 5, 6)))
            await wait_until(lambda: CCID in results["info"].text(), what="info result")
            button(w, "btnUpdate").click()
            assert w.commands.confirm_box is not None
            w.commands.confirm_box.button(QMessageBox.StandardButton.Yes).click()
            await module.expect("update")
            module.send(UpdateAck(True))
            await wait_until(lambda: "upgrade mode" in results["update"].text())
            await asyncio.sleep(0.1)  # the layout follows the new texts
            await settle()

            for kind in ("info", "update"):
                assert shows_in_full(results[kind]), (kind, results[kind].text())
            info = results["info"].text()
            assert LOCATION in info and "4\u00a0/\u00a05\u00a0/\u00a06" in info  # counters unbroken
            assert len(info.splitlines()) == 3  # CCID / location / RS485 counters
            history = w.commands.history
            assert all(row_shows_in_full(history, i) for i in range(history.topLevelItemCount()))
            await module.aclose()

    run(scenario())


def test_history_rows_show_whole_results_and_the_history_has_room(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data", size=SMALL) as h:
            w = h.window
            module = await connect(h.port)
            await select(w)
            for n in range(3):
                button(w, "btnInfo").click()
                await module.expect("info")
                module.send(InfoAck(CCID, f"113.00609{n},22.354250", (n, 0, 0)))
                await wait_until(lambda n=n: f"00609{n}," in w.commands.results["info"].text())
                button(w, "btnVersion").click()
                await module.expect("version")
                module.send(VersionAck(IMEI, "0001", f"1.0.{n}"))
                await wait_until(lambda n=n: f"1.0.{n}" in w.commands.results["version"].text())
            button(w, "btnUpdate").click()
            assert w.commands.confirm_box is not None
            w.commands.confirm_box.button(QMessageBox.StandardButton.Yes).click()
            await module.expect("update")
            module.send(UpdateAck(True))
            await wait_until(lambda: button(w, "btnUpdate").isEnabled(), what="update done")
            await module.aclose()
            module = await connect(h.port)  # back with the new firmware: read back
            await module.expect("version")
            module.send(VersionAck(IMEI, "0001", "1.0.4"))
            history = w.commands.history
            await wait_until(lambda: "1.0.4" in history_text(history)[0], what="readback")
            await settle()
            lines = history.viewport().height() / history.fontMetrics().lineSpacing()
            assert lines >= 8, f"history is {lines:.1f} lines tall at 1024x700"
            for i in range(history.topLevelItemCount()):
                assert row_shows_in_full(history, i), history_text(history)[i]
            text = "\n".join(history_text(history))
            assert text.count(LOCATION.replace("090", "092")) == 1  # whole results are there
            assert "RS485 errors bus 1/2/3: 2\u00a0/\u00a00\u00a0/\u00a00" in text
            assert history.topLevelItemCount() == 8  # the read-back took its request's entry
            w.top_splitter.setSizes([w.width(), 0])  # the panel dragged as narrow as it goes
            await asyncio.sleep(0.05)
            await settle()
            assert w.commands.width() < 420
            wrapped = 0
            for i in range(history.topLevelItemCount()):
                assert row_shows_in_full(history, i), history_text(history)[i]
                item = history.topLevelItem(i)
                lines = item.text(1).count("\n") + 1
                spacing = history.fontMetrics().lineSpacing()
                wrapped += history.visualItemRect(item).height() >= (lines + 1) * spacing
            assert wrapped, "no entry needed wrapping: the test proves nothing"
            assert all(shows_in_full(label) for label in w.commands.results.values())
            await module.aclose()

    run(scenario())


def test_history_entries_are_in_one_language(run, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    languages = LanguageManager(qapp)
    languages.set_language("zh")
    english = re.compile(r"\b(?!CCID\b|RS485\b|IMEI\b)[A-Za-z]{2,}")

    async def scenario() -> None:
        async with window_on_server(tmp_path / "data", languages, request_timeout=0.5) as h:
            w = h.window
            module = await connect(h.port)
            await select(w)
            button(w, "btnUpdate").click()
            assert w.commands.confirm_box is not None
            w.commands.confirm_box.button(QMessageBox.StandardButton.Yes).click()
            await module.expect("update")
            module.send(UpdateAck(True))
            await wait_until(lambda: button(w, "btnUpdate").isEnabled(), what="update done")
            await module.aclose()  # the module restarts with its new firmware
            back = await connect(h.port)
            await back.expect("version")
            back.send(VersionAck(IMEI, "0001", "1.0.4"))
            history = w.commands.history
            await wait_until(lambda: "1.0.4" in history_text(history)[0], what="readback")
            button(w, "btnInfo").click()  # no reply: a timeout
            await back.expect("info")
            await wait_until(lambda: "超时" in w.commands.results["info"].text(), what="timeout")
            await settle()
            entries = history_text(w.commands.history)
            readback = next(e for e in entries if "升级后回读版本" in e)
            assert "类型 0001 · 版本 1.0.4" in readback
            for entry in entries:
                assert not english.search(entry), entry
            for label in w.commands.results.values():
                assert not english.search(label.text()), label.text()
            assert len(entries) == 3  # update, its read-back, info (one entry each)
            await back.aclose()

    try:
        run(scenario())
    finally:
        languages.set_language("en")


# ------------------------------------------------------------------ plots at 1024x700


def _text_rects(grid) -> list[tuple[str, QRectF]]:  # type: ignore[no-untyped-def]
    """Scene rectangles of every tick label, axis label and title drawn in ``grid``."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    found: list[tuple[str, QRectF]] = []
    try:
        for k, plot in enumerate(grid.plots):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                painter.setFont(axis.style["tickFont"] or axis.font())
                _, _, texts = axis.generateDrawSpecs(painter)
                for rect, _flags, text in texts:
                    found.append((f"CH{k + 1} {name} tick {text}", axis.mapRectToScene(rect)))
                if axis.label.isVisible() and axis.labelText:
                    found.append((f"CH{k + 1} {name} label", _ink(axis.label)))
            found.append((f"CH{k + 1} title", _ink(plot.titleLabel.item)))
    finally:
        painter.end()
    return found


def _ink(item) -> QRectF:  # type: ignore[no-untyped-def]
    """A text item's scene rectangle without its document margin (where text is drawn)."""
    m = item.document().documentMargin()
    return item.mapRectToScene(item.boundingRect().adjusted(m, m, -m, -m))


def _overlaps(found: list[tuple[str, QRectF]]) -> list[tuple[str, str]]:
    bad = []
    for i, (name_a, a) in enumerate(found):
        for name_b, b in found[i + 1 :]:
            shared = a.intersected(b)
            if shared.width() > 1 and shared.height() > 1:
                bad.append((name_a, name_b))
    return bad


def test_plots_are_usable_at_1024x700(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data", size=SMALL) as h:
            panel = h.window.plot_panel
            for tab, grid in ((0, panel.frame_grid), (1, panel.trend_grid)):
                panel.tabs.setCurrentIndex(tab)
                await asyncio.sleep(0.05)
                await settle()
                grid.grab()  # lays the plots out at their real size
                for k, plot in enumerate(grid.plots):
                    height = plot.geometry().height()
                    assert height >= 95, f"tab {tab} CH{k + 1} is {height:.0f} px tall"
                    assert plot.getViewBox().height() >= 55
                # What does not fit is reachable: the grid scrolls in its area.
                area = grid.parentWidget().parentWidget()
                overflow = grid.height() - area.viewport().height()
                assert overflow <= 0 or area.verticalScrollBar().maximum() >= overflow
                assert not _overlaps(_text_rects(grid)), _overlaps(_text_rects(grid))[:5]

    run(scenario())


# ------------------------------------------------------------------ layout state


def test_default_layout_at_1024x700_shows_every_plot_without_scrolling(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data", size=SMALL) as h:
            w = h.window
            w.reset_layout()  # what a first start at this size gets
            await asyncio.sleep(0.05)
            await settle()
            area = w.plot_panel.frame_scroll
            assert area.verticalScrollBar().maximum() == 0
            assert w.table.viewport().height() >= 3 * w.table.verticalHeader().defaultSectionSize()
            assert w.message_log.view.viewport().height() >= 3 * 18
            assert w.commands.width() >= w.commands.minimumSizeHint().width()

    run(scenario())


def _collapsed_state(count: int, orientation: Qt.Orientation) -> QByteArray:
    """A splitter state whose last pane was dragged to nothing."""
    splitter = QSplitter(orientation)
    for _ in range(count):
        splitter.addWidget(QWidget())
    splitter.resize(1000, 1000)
    splitter.setSizes([1000] + [0] * (count - 1))
    state = splitter.saveState()
    splitter.deleteLater()
    return state


def test_a_saved_collapsed_or_old_layout_is_not_restored(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    qs = QSettings()
    prefix = f"window/layout{LAYOUT_VERSION}"
    qs.setValue(f"{prefix}/topSplitter", _collapsed_state(2, Qt.Orientation.Horizontal))
    qs.setValue(f"{prefix}/mainSplitter", QByteArray(b"not a splitter state"))
    qs.setValue("window/mainSplitter", _collapsed_state(3, Qt.Orientation.Vertical))  # layout 1
    qs.sync()

    async def scenario() -> None:
        # Smaller than the (offscreen) screen, so that its geometry is restored as it was.
        async with window_on_server(tmp_path / "data", size=(800, 700)) as h:
            w = h.window
            await settle()
            for splitter in (w.main_splitter, w.top_splitter, w.left_splitter):
                vertical = splitter.orientation() == Qt.Orientation.Vertical
                for i, size in enumerate(splitter.sizes()):
                    hint: QSize = splitter.widget(i).minimumSizeHint()
                    assert size >= (hint.height() if vertical else hint.width()) > 0
            assert w.commands.isVisible() and w.message_log.view.isVisible()
            total = sum(w.left_splitter.sizes())
            w.left_splitter.setSizes([200, total - 200])  # the user gave the table more room
            await settle()
            w.save_state()  # a good layout is kept
        async with window_on_server(tmp_path / "data2") as h2:
            await settle()
            assert h2.window.left_splitter.sizes()[0] == 200

    run(scenario())


# ------------------------------------------------------------------ traffic log


def test_selecting_a_module_keeps_the_users_log_filter(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            w = h.window
            log = w.message_log
            other = "865501040000043"
            first = await connect(h.port)
            second = await connect(h.port, other)
            log.imei_edit.setFocus()
            log.imei_edit.setText("")
            log.imei_edit.insert("0000043")  # typed by the user
            await select(w, IMEI)
            assert log.imei_edit.text() == "0000043"
            await select(w, other)
            assert log.imei_edit.text() == "0000043"
            # Following the selection is the user's choice, from the log or the View menu.
            w.log_selected_action.trigger()
            assert log.follow_selection and log.imei_edit.text() == other
            await select(w, IMEI)
            assert log.imei_edit.text() == IMEI
            log.imei_edit.clear()
            log.imei_edit.insert("0000043")  # typing takes the filter back
            assert not log.follow_selection and not w.log_selected_action.isChecked()
            await select(w, other)
            assert log.imei_edit.text() == "0000043"
            await first.aclose()
            await second.aclose()

    run(scenario())


def test_a_bad_packet_from_a_new_connection_is_logged_under_its_imei(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            log = h.window.message_log
            _, writer = await asyncio.open_connection("127.0.0.1", h.port)
            writer.write(b'{"cmd":"push_msg","IMEI":"%s","packnum":"x1"}' % IMEI.encode())
            await writer.drain()
            await wait_until(lambda: any(r.error for r in log.model.rows), what="error row")
            row = next(r for r, e in enumerate(log.model.rows) if e.error)
            index = log.model.index(row, MessageLogModel.IMEI)
            assert index.data() == IMEI
            assert log.model.rows[row].peer in index.data(Qt.ItemDataRole.ToolTipRole)
            log.set_imei_filter(IMEI)  # found by the IMEI it named
            assert any(r.error for r in log.visible_rows())
            writer.write(b'{"cmd":"ping", oops}')  # still no IMEI for this connection
            await writer.drain()
            await wait_until(lambda: sum(r.error for r in log.model.rows) == 2)
            last = log.model.index(log.model.rowCount() - 1, MessageLogModel.IMEI)
            assert last.data().startswith("(127.0.0.1:")  # nothing named: the peer
            writer.close()
            await writer.wait_closed()

    run(scenario())
