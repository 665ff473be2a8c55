"""The Settings dialog: access control fields, validation, values."""

from __future__ import annotations

from fourgmon.gui.settings_dialog import AppSettings, SettingsDialog


def test_allow_list_and_connection_cap_round_trip(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(AppSettings(allow_imeis=("865501040783269",), max_connections=30))
    qtbot.addWidget(dialog)
    assert dialog.allow.toPlainText() == "865501040783269"
    dialog.allow.setPlainText("865501040783269\n865501040783277")
    dialog.max_connections.setValue(12)
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    values = dialog.values()
    assert values.allow_imeis == ("865501040783269", "865501040783277")
    assert values.max_connections == 12


def test_a_bad_imei_keeps_the_dialog_open_with_a_clear_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.allow.setPlainText("865501040783269, 86550104078")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.isVisible() and "86550104078" in dialog.error.text()
    dialog.allow.setPlainText("")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.values().allow_imeis == ()
