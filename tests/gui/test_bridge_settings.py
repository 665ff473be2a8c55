"""The MQTT bridge in the window: its Settings page and its state in the status bar."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from fourgmon.gui.settings_bridge import BridgeSettings, load_bridge_settings
from fourgmon.gui.settings_dialog import AppSettings, SettingsDialog, load_settings, save_settings
from tests.bridge.conftest import Broker

from .conftest import wait_until, window_on_server


def test_bridge_settings_round_trip_and_a_bad_url_keeps_the_dialog_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.bridge_page
    assert not page.isChecked()  # off by default
    page.setChecked(True)
    page.url.setText("http://broker:1883")
    dialog.accept()
    assert dialog.isVisible() and page.error.isVisible()
    assert "mqtt://" in page.error.text()
    page.url.setText("mqtt://TOKEN@127.0.0.1:1883")
    page.format.setCurrentIndex(page.format.findData("plain"))
    page.allow_update.setChecked(True)
    dialog.accept()
    assert not dialog.isVisible()
    values = dialog.values()
    assert values.bridge == BridgeSettings(
        enabled=True, url="mqtt://TOKEN@127.0.0.1:1883", format="plain", allow_update=True
    )
    save_settings(values)
    assert load_settings().bridge == values.bridge
    assert load_bridge_settings(QSettings()).url == "mqtt://TOKEN@127.0.0.1:1883"


@pytest.mark.skipif(shutil.which("mosquitto") is None and not Path("/usr/sbin/mosquitto").exists(),
                    reason="needs mosquitto")  # fmt: skip
def test_the_status_bar_shows_the_bridge_connected_then_disconnected(
    run,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    root = tmp_path / "broker"
    root.mkdir()
    broker = Broker(root)
    broker.start()

    async def scenario() -> None:
        data = tmp_path / "data"
        data.mkdir()
        async with window_on_server(data) as h:
            label = h.window.status.bridge_label
            assert label.isHidden()  # no bridge: nothing to say
            settings = BridgeSettings(enabled=True, url=broker.url)
            await h.window.apply_settings(
                AppSettings(host="127.0.0.1", port=h.port, bridge=settings)
            )
            await wait_until(lambda: label.text() == "MQTT: connected", what="connected")
            broker.stop()
            await wait_until(lambda: "disconnected" in label.text(), what="disconnected")
            assert "Last error" in label.toolTip()
            await h.window.bridge_control.stop()
            await wait_until(lambda: label.isHidden(), what="hidden once off")

    try:
        run(scenario())
    finally:
        broker.stop()


def test_the_saved_bridge_survives_the_command_line_merge() -> None:
    """Regression: the window rebuilt its settings from the options and dropped the bridge."""
    import argparse

    from fourgmon.gui.app import effective_settings

    saved = AppSettings(bridge=BridgeSettings(enabled=True, url="mqtt://t@h"))
    assert effective_settings(argparse.Namespace(), saved).bridge == saved.bridge
