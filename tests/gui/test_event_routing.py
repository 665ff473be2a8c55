"""The window's observer routes each event type to the parts that use it; the chip cache."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from fourgmon.domain.registry import DeviceRegistry
from fourgmon.gui.device_model import Col, DeviceTableModel
from fourgmon.gui.sensor_cells import SensorCellDelegate
from fourgmon.protocol.messages import CrystalState, SensorKind, SensorState
from fourgmon.server.events import (
    DeviceChanged,
    Event,
    FrameReceived,
    ProtocolErrorEvent,
    StorageFault,
    Traffic,
)
from tests.gui.conftest import window_on_server

IMEI = "865501040000042"
OTHER = "865501040000043"


def test_each_part_sees_only_its_events(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            w = h.window
            w.refresh()
            w.plot_panel.show_device(IMEI)
            publish = h.server.publish
            publish(Traffic("in", IMEI, "127.0.0.1:5", 1.0, "push_msg", b"{}"))
            publish(Traffic("out", IMEI, "127.0.0.1:5", 1.0, "push_msg_ack", b"{}"))
            publish(ProtocolErrorEvent(None, "127.0.0.1:6", 2.0, "bad JSON", b"{x"))
            assert len(w.message_log._pending) == 3
            assert not w.model._dirty  # traffic is not a row change
            samples = {0: np.arange(50, dtype=np.uint16)}
            publish(FrameReceived(OTHER, 1, "", 3.0, samples, None, None))
            assert set(w.model._dirty) == {OTHER}
            assert not w.plot_panel._dirty  # not the module shown
            publish(FrameReceived(IMEI, 1, "", 3.0, samples, None, None))
            publish(DeviceChanged(IMEI, frozenset({"alias"})))
            assert set(w.model._dirty) == {OTHER, IMEI}
            assert w.plot_panel._dirty == {0}
            assert len(w.message_log._pending) == 3  # frames and rows are not logged
            publish(StorageFault(4.0, "disk full"))
            assert w._storage_fault == "disk full"

            class Unknown(Event):  # a future event type reaches every part unharmed
                pass

            publish(Unknown())
            w.refresh()
            assert w.message_log.model.rowCount() == 3  # no Traffic of its own: a row of its own
            assert w.message_log.model.rows[-1].reason == "bad JSON"

    run(scenario())


def test_sensor_chips_paint_from_cached_pens_and_brushes(qtbot) -> None:  # type: ignore[no-untyped-def]
    registry = DeviceRegistry()
    registry.add(IMEI)
    dev = registry.get(IMEI)
    assert dev is not None
    dev.sensors[0] = SensorState(SensorKind.OFFLINE, "0")
    dev.sensors[1] = SensorState(SensorKind.ONLINE, "1")
    dev.sensors[2] = SensorState(SensorKind.ONLINE, "1")
    dev.crystals[3] = CrystalState(True, "1")
    model = DeviceTableModel(registry)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = SensorCellDelegate(view)
    image = QImage(40, 24, QImage.Format.Format_ARGB32)

    def paint(k: int) -> QColor:
        image.fill(QColor("white"))
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = image.rect()
        painter = QPainter(image)
        delegate.paint(painter, option, model.index(0, Col.SENSOR0 + k))
        painter.end()
        return image.pixelColor(6, 12)  # inside the chip, left of the symbol

    assert paint(0) == QColor("#6d6d6d")  # offline
    assert paint(1) == QColor("#2e7d32")  # online
    brushes, pens, font = dict(delegate._brushes), dict(delegate._pens), delegate._font_of
    assert paint(2) == QColor("#2e7d32")
    assert delegate._brushes == brushes and delegate._pens == pens  # reused, not re-made
    assert delegate._font_of is font
    assert paint(3) == QColor("#c62828")  # crystal fault: a new colour, cached once
    assert len(delegate._brushes) == 3
    paint(8)  # nothing reported yet: no chip, no brush
    assert len(delegate._brushes) == 3
