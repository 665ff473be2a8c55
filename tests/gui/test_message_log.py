"""MessageLog: bounded batched model, filters, error highlight, pause, save."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fourgmon.gui.message_log import (
    DISPLAY_LIMIT,
    FILTER_ROLE,
    FLOOD_ROWS,
    LogRow,
    MessageLog,
    MessageLogModel,
    escape_raw,
    save_log,
)
from fourgmon.server.events import DeviceChanged, ProtocolErrorEvent, Traffic

IMEI = "861234567890123"
OTHER = "869999999999999"
PEER = "10.0.0.7:40112"
BG = Qt.ItemDataRole.BackgroundRole
FG = Qt.ItemDataRole.ForegroundRole


def traffic(i: int = 0, *, imei: str | None = IMEI, cmd: str = "ping", direction: str = "in"):
    raw = b'{"cmd":"%s","IMEI":"%s","n":%d}' % (cmd.encode(), (imei or "").encode(), i)
    return Traffic(direction, imei, PEER, 1_795_550_000.0 + i, cmd, raw)  # type: ignore[arg-type]


@pytest.fixture
def log(qtbot) -> Iterator[MessageLog]:
    w = MessageLog(capacity=100)
    qtbot.addWidget(w)
    w.resize(900, 300)
    yield w


def cell(w: MessageLog, row: int, col: int, role=Qt.ItemDataRole.DisplayRole):
    return w.proxy.index(row, col).data(role)


def test_rows_are_appended_in_one_batch_per_refresh(log: MessageLog, qtbot) -> None:
    for i in range(5):
        log.on_event(traffic(i))
    log.on_event(DeviceChanged(IMEI, frozenset({"alias"})))  # not traffic: ignored
    assert log.model.rowCount() == 0  # nothing before the UI tick
    inserts: list[tuple[int, int]] = []
    log.model.rowsInserted.connect(lambda _p, first, last: inserts.append((first, last)))
    log.refresh()
    assert inserts == [(0, 4)]
    assert log.model.rowCount() == 5
    assert cell(log, 0, MessageLogModel.DIRECTION) == "← in"
    assert cell(log, 0, MessageLogModel.IMEI) == IMEI
    assert cell(log, 0, MessageLogModel.CMD) == "ping"
    assert cell(log, 4, MessageLogModel.TEXT) == '{"cmd":"ping","IMEI":"861234567890123","n":4}'
    assert datetime.strptime(cell(log, 0, MessageLogModel.TIME), "%H:%M:%S.%f")


def test_log_is_bounded_at_its_capacity(log: MessageLog) -> None:
    removed: list[tuple[int, int]] = []
    log.model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    for batch in range(5):
        for i in range(60):
            log.on_event(traffic(batch * 60 + i))
        log.refresh()
    assert log.model.rowCount() == 100
    assert log.model.rows[0].at == traffic(200).at  # the oldest were dropped
    assert log.model.rows[-1].at == traffic(299).at
    assert removed and all(first == 0 for first, _ in removed)
    assert log.model.dropped == 200


def test_a_batch_larger_than_the_capacity_keeps_the_newest() -> None:
    model = MessageLogModel(capacity=3)
    model.append_rows([LogRow(float(i), "in", IMEI, PEER, "ping", b"") for i in range(10)])
    assert [r.at for r in model.rows] == [7.0, 8.0, 9.0]


def test_filters_by_imei_cmd_and_errors(log: MessageLog) -> None:
    log.on_event(traffic(0, cmd="ping"))
    log.on_event(traffic(1, cmd="pong", direction="out"))
    log.on_event(traffic(2, imei=OTHER, cmd="push_msg"))
    log.on_event(traffic(3, imei=OTHER, cmd="push_msg_ack", direction="out"))
    log.on_event(ProtocolErrorEvent(None, "10.9.9.9:1", 1_795_550_004.0, "bad JSON", b"{x"))
    log.refresh()
    assert log.proxy.rowCount() == 5
    log.set_imei_filter(OTHER)
    assert [r.cmd for r in log.visible_rows()] == ["push_msg", "push_msg_ack"]
    log.set_cmd_filter("ack")
    assert [r.cmd for r in log.visible_rows()] == ["push_msg_ack"]
    log.set_imei_filter("")
    log.set_cmd_filter("")
    log.set_imei_filter("10.9.9")  # unbound connections are found by their address
    assert [r.reason for r in log.visible_rows()] == ["bad JSON"]
    log.set_imei_filter("")
    log.set_errors_only(True)
    assert len(log.visible_rows()) == 1
    assert log.errors_box.isChecked()
    log.on_event(traffic(5))  # new rows go through the same filters
    log.refresh()
    assert len(log.visible_rows()) == 1
    log.set_errors_only(False)
    assert log.proxy.rowCount() == 6
    assert "6 of 6" in log.status.text()


def test_protocol_errors_are_highlighted_and_not_logged_twice(log: MessageLog) -> None:
    raw = b'AT\r\n\xff{"cmd":"pi'
    log.on_event(traffic(0))
    # What the server publishes for an undecodable message: Traffic(error) + the error event.
    log.on_event(Traffic("in", IMEI, PEER, 1.0, "?", raw, True))
    log.on_event(ProtocolErrorEvent(IMEI, PEER, 1.0, "invalid JSON", raw))
    # An error with no Traffic before it (e.g. an oversized object) gets a row of its own.
    log.on_event(ProtocolErrorEvent(None, "10.1.1.1:9", 2.0, "object too large", b"{{{{"))
    log.refresh()
    assert log.model.rowCount() == 3
    _, merged, alone = log.model.rows
    assert (merged.error, merged.reason) == (True, "invalid JSON")
    assert (alone.error, alone.reason, alone.cmd) == (True, "object too large", "?")
    for col in range(log.model.columnCount()):
        assert cell(log, 0, col, BG) is None and cell(log, 0, col, FG) is None
        assert cell(log, 1, col, BG) is not None and cell(log, 1, col, FG) is not None
    assert cell(log, 1, MessageLogModel.TEXT).startswith("[invalid JSON] AT\\r\\n\ufffd")
    assert "Protocol error: invalid JSON" in cell(
        log, 1, MessageLogModel.TEXT, Qt.ItemDataRole.ToolTipRole
    )
    assert cell(log, 2, MessageLogModel.IMEI) == "(10.1.1.1:9)"
    # Readable in both palettes: text and background differ strongly in lightness.
    for dark in (False, True):
        log.model.set_dark(dark)
        bg, fg = cell(log, 1, 0, BG), cell(log, 1, 0, FG)
        assert abs(bg.lightness() - fg.lightness()) > 120


def test_pause_holds_counts_and_resumes(log: MessageLog) -> None:
    log.on_event(traffic(0))
    log.refresh()
    log.set_paused(True)
    assert log.pause_button.text() == "Resume"
    for i in range(1, 4):
        log.on_event(traffic(i))
    log.refresh()
    assert log.model.rowCount() == 1
    assert log.held_count == 3
    assert log.status.text() == "3 message(s) held"
    log.pause_button.click()  # resume
    assert not log.paused
    assert log.model.rowCount() == 4
    assert log.held_count == 0


def test_pause_stays_bounded(log: MessageLog) -> None:
    log.set_paused(True)
    for i in range(250):
        log.on_event(traffic(i))
    log.refresh()
    assert log.held_count == 250
    assert log.status.text() == "250 message(s) held"
    log.set_paused(False)
    assert log.model.rowCount() == 100
    assert log.model.rows[-1].at == traffic(249).at


def test_auto_scroll_only_when_at_the_bottom(log: MessageLog, qtbot) -> None:
    log.show()
    qtbot.waitExposed(log)
    bar = log.view.verticalScrollBar()
    for i in range(60):
        log.on_event(traffic(i))
    log.refresh()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()
    log.on_event(traffic(60))
    log.refresh()
    assert bar.value() == bar.maximum()  # followed the new row
    bar.setValue(0)  # the user scrolls up to read
    log.on_event(traffic(61))
    log.refresh()
    assert bar.value() == 0


def test_raw_text_is_escaped_and_truncated_with_full_tooltip(log: MessageLog) -> None:
    assert escape_raw(b'{"a":"\x00"}\r\n') == '{"a":"\\x00"}\\r\\n'
    assert escape_raw(b"\xff\xfe ok") == "\ufffd\ufffd ok"
    assert escape_raw("温度\t\u200b".encode()) == "温度\\t\\u200b"
    long = b'{"cmd":"push_msg","data0":"' + b"0001," * 400 + b'"}'
    log.on_event(Traffic("in", IMEI, PEER, 1.0, "push_msg", long))
    log.refresh()
    shown = cell(log, 0, MessageLogModel.TEXT)
    assert len(shown) == DISPLAY_LIMIT + 1 and shown.endswith("…")
    assert cell(log, 0, MessageLogModel.TEXT, Qt.ItemDataRole.ToolTipRole) == long.decode()


def test_save_log_writes_tab_separated_iso_lines(tmp_path: Path) -> None:
    at = time.time()
    rows = [
        LogRow(at, "in", IMEI, PEER, "push_msg", b'{"cmd":"push_msg"}\r\n'),
        LogRow(at + 1.5, "out", IMEI, PEER, "push_msg_ack", b'{"cmd":"push_msg_ack"}'),
        LogRow(at + 2, "in", None, "10.1.1.1:9", "?", b"\x00\t{", True, "bad\tJSON"),
    ]
    path = tmp_path / "log.tsv"
    assert save_log(rows, path) == 3
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[0] == "time\tdirection\timei\tpeer\tcmd\terror\ttext"
    assert lines[-1] == ""  # newline-terminated
    cols = [line.split("\t") for line in lines[1:-1]]
    assert all(len(c) == 7 for c in cols)  # escaped tabs never split a record
    assert datetime.fromisoformat(cols[0][0]).timestamp() == pytest.approx(at, abs=1e-3)
    assert datetime.fromisoformat(cols[1][0]).tzinfo is not None
    assert cols[0][1:] == ["in", IMEI, PEER, "push_msg", "", '{"cmd":"push_msg"}\\r\\n']
    assert cols[2][1:] == ["in", "", "10.1.1.1:9", "?", "bad\\tJSON", "\\x00\\t{"]


def test_save_writes_the_filtered_rows(log: MessageLog, tmp_path: Path) -> None:
    log.on_event(traffic(0, cmd="ping"))
    log.on_event(traffic(1, cmd="pong", direction="out"))
    log.refresh()
    log.set_cmd_filter("pong")
    path = tmp_path / "pong.tsv"
    log._save_to(str(path))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and "\tpong\t" in lines[1]
    assert log.status.text() == f"Saved 1 row(s) to {path}"


def test_save_failure_is_reported_not_raised(log: MessageLog, tmp_path: Path) -> None:
    log._save_to(str(tmp_path / "missing" / "dir" / "x.tsv"))
    assert log.status.text().startswith("Could not save:")


def test_clear_forgets_everything(log: MessageLog) -> None:
    log.on_event(traffic(0))
    log.refresh()
    log.on_event(traffic(1))
    log.clear_button.click()
    log.refresh()
    assert log.model.rowCount() == 0


def test_a_flood_shows_the_newest_rows_per_refresh_and_counts_the_rest(qtbot) -> None:
    w = MessageLog(capacity=1000)
    qtbot.addWidget(w)
    for i in range(FLOOD_ROWS + 300):
        w.on_traffic(traffic(i))
    w.refresh()
    assert w.model.rowCount() == FLOOD_ROWS
    assert w.model.rows[0].at == traffic(300).at  # the newest FLOOD_ROWS, in order
    assert w.model.rows[-1].at == traffic(FLOOD_ROWS + 299).at
    assert w.flood_skipped == 300
    assert w.status.text().endswith("· 300 message(s) not shown (flood)")
    # Beyond the queue's bound (its capacity) the messages are still counted.
    for i in range(2500):
        w.on_traffic(traffic(i))
    w.refresh()
    assert w.flood_skipped == 300 + 2500 - FLOOD_ROWS
    assert w.model.rows[-1].at == traffic(2499).at
    w.clear()
    assert w.flood_skipped == 0
    w.on_traffic(traffic(1))
    w.refresh()
    assert "not shown" not in w.status.text()


def test_resuming_shows_everything_held_not_just_a_flood_share(qtbot) -> None:
    w = MessageLog(capacity=1000)
    qtbot.addWidget(w)
    w.set_paused(True)
    for i in range(FLOOD_ROWS * 2):
        w.on_traffic(traffic(i))
    assert w.held_count == FLOOD_ROWS * 2  # counted before the UI tick too
    w.refresh()
    assert w.model.rowCount() == 0
    w.set_paused(False)
    assert w.model.rowCount() == FLOOD_ROWS * 2
    assert w.flood_skipped == 0


def test_filter_text_is_matched_literally(log: MessageLog) -> None:
    peer = "192.168.100.1:1007"
    log.on_event(Traffic("in", None, peer, 1.0, "ping", b"{}"))
    log.on_event(Traffic("in", IMEI, "10.0.0.9:40112", 2.0, "push_msg_ack", b"{}", True))
    log.refresh()
    log.set_imei_filter("0.7")  # not a pattern: "007" in the peer does not match
    assert log.visible_rows() == []
    log.set_imei_filter("100.1:")
    assert [r.peer for r in log.visible_rows()] == [peer]
    log.set_imei_filter("(")
    assert log.visible_rows() == []
    log.set_imei_filter("")
    log.set_cmd_filter("MSG_A")  # cmd: case-insensitive
    assert [r.cmd for r in log.visible_rows()] == ["push_msg_ack"]
    log.set_cmd_filter("")
    log.set_errors_only(True)
    assert [r.cmd for r in log.visible_rows()] == ["push_msg_ack"]
    log.set_imei_filter(IMEI[:6])  # the IMEI column, together with errors only
    assert len(log.visible_rows()) == 1
    log.set_errors_only(False)
    log.set_imei_filter("")
    assert len(log.visible_rows()) == 2


def test_without_filters_appending_asks_the_model_no_filter_data(log: MessageLog) -> None:
    asked: list[int] = []
    original = log.model.data

    def spy(index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        asked.append(int(role))
        return original(index, role)

    log.model.data = spy  # type: ignore[method-assign]
    for i in range(50):
        log.on_traffic(traffic(i))
    log.refresh()
    assert log.proxy.rowCount() == 50
    assert int(FILTER_ROLE) not in asked


# ------------------------------------------------------------------ issue 10 §4


def _fill(log: MessageLog, start: int, count: int, imei: str = IMEI) -> None:
    for i in range(start, start + count):
        log.on_traffic(traffic(i, imei=imei))
    log.refresh()


def _at_bottom(log: MessageLog) -> bool:
    """The newest row shown is in sight (and the view scrolled as far down as it goes)."""
    bar = log.view.verticalScrollBar()
    rows = log.proxy.rowCount()
    if rows == 0:
        return True
    newest = log.view.visualRect(log.proxy.index(rows - 1, 0))
    return bar.value() == bar.maximum() and log.view.viewport().rect().contains(newest)


def test_the_view_keeps_following_new_rows_after_filtering_and_saving(
    log: MessageLog, qtbot, tmp_path: Path
) -> None:
    log.show()
    qtbot.waitExposed(log)
    _fill(log, 0, 40)
    _fill(log, 40, 40, imei=OTHER)
    assert _at_bottom(log) and log.view.verticalScrollBar().maximum() > 0
    n = 80
    for change in (
        lambda: log.set_imei_filter(OTHER),  # fewer rows...
        lambda: log.set_imei_filter(""),  # ...then all again
        lambda: log.set_errors_only(True),  # nothing left to scroll
        lambda: log.set_errors_only(False),
        lambda: log.set_cmd_filter("ping"),
        lambda: log._save_to(str(tmp_path / "log.tsv")),
    ):
        change()
        qtbot.wait(10)
        _fill(log, n, 5)
        n += 5
        assert _at_bottom(log), "stopped following new traffic"
        assert log.following_rows
    assert (tmp_path / "log.tsv").is_file()


def test_scrolling_up_stops_following_and_scrolling_down_resumes(log: MessageLog, qtbot) -> None:
    log.show()
    qtbot.waitExposed(log)
    _fill(log, 0, 60)
    bar = log.view.verticalScrollBar()
    bar.setValue(3)  # the user scrolls up to read
    assert not log.following_rows
    _fill(log, 60, 5)
    log.set_imei_filter("")  # filtering does not take the user's place away either
    _fill(log, 65, 5)
    assert bar.value() == 3
    bar.setValue(bar.maximum())  # back at the bottom: following again
    _fill(log, 70, 5)
    assert _at_bottom(log)


def test_the_imei_filter_follows_the_selection_only_when_asked(log: MessageLog) -> None:
    changes: list[bool] = []
    log.follow_selection_changed.connect(changes.append)
    log.imei_edit.insert("99999")  # typed
    log.set_selected_imei(IMEI)
    assert log.imei_edit.text() == "99999"  # the user's filter stays
    log.follow_box.click()
    assert log.follow_selection and log.imei_edit.text() == IMEI
    log.set_selected_imei(OTHER)
    assert log.imei_edit.text() == OTHER
    log.set_selected_imei(None)
    assert log.imei_edit.text() == ""
    log.set_selected_imei(OTHER)
    log.follow_box.click()  # off: the selection's filter goes, everything shows again
    assert log.imei_edit.text() == ""
    log.follow_box.click()
    log.imei_edit.insert("1")  # typing while following: the filter is the user's again
    assert not log.follow_selection and log.imei_edit.text() == OTHER + "1"
    assert changes == [True, False, True, False]


def test_a_bad_packet_shows_the_imei_it_names(log: MessageLog) -> None:
    named = b'{"cmd":"push_msg","IMEI": "%s","packnum":"x"}' % IMEI.encode()
    as_number = b'{"cmd":"ping","imei":%s,' % OTHER.encode()
    # The server's pair for a bad packet on a connection not yet identified:
    log.on_event(Traffic("in", None, PEER, 1.0, "?", named, True))
    log.on_event(ProtocolErrorEvent(None, PEER, 1.0, "packnum: not an integer", named))
    log.on_event(ProtocolErrorEvent(None, "10.1.1.1:9", 2.0, "bad JSON", as_number))
    log.on_event(ProtocolErrorEvent(None, "10.1.1.1:9", 3.0, "bad JSON", b'{"IMEI":"12345"}'))
    fine = b'{"cmd":"ping","IMEI":"%s"}' % OTHER.encode()
    log.on_event(Traffic("in", None, PEER, 4.0, "ping", fine))
    log.refresh()
    assert log.model.rowCount() == 4
    assert [cell(log, r, MessageLogModel.IMEI) for r in range(4)] == [
        IMEI,
        OTHER,
        "(10.1.1.1:9)",  # not 15 digits: no IMEI
        f"({PEER})",  # not an error: only the server's word counts
    ]
    assert PEER in cell(log, 0, MessageLogModel.IMEI, Qt.ItemDataRole.ToolTipRole)
    assert "bad packet" in cell(log, 0, MessageLogModel.IMEI, Qt.ItemDataRole.ToolTipRole)
    log.set_imei_filter(IMEI)
    assert [r.reason for r in log.visible_rows()] == ["packnum: not an integer"]
