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


def test_storage_limits_round_trip_through_the_dialog_and_qsettings(  # type: ignore[no-untyped-def]
    qtbot, tmp_path
) -> None:
    from PySide6.QtCore import QSettings

    from fourgmon.cli import build_parser
    from fourgmon.gui.app import effective_settings
    from fourgmon.gui.settings_dialog import load_settings, save_settings
    from fourgmon.gui.settings_storage import MIB, StorageLimits

    saved = AppSettings(storage=StorageLimits(256, 70.0, 30.0))
    dialog = SettingsDialog(saved)
    qtbot.addWidget(dialog)
    page = dialog.storage
    assert (page.journal_max.value(), page.retain_percent.value(), page.retain_days.value()) == (
        256,
        70.0,
        30.0,
    )
    assert "next start" in dialog._storage_box.title()
    page.journal_max.setValue(2048)
    page.retain_percent.setValue(0)  # never for space
    page.retain_days.setValue(7)
    dialog.accept()
    values = dialog.values()
    assert values.storage == StorageLimits(2048, 0.0, 7.0)
    assert page.retain_percent.text() == page.retain_percent.specialValueText()

    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    save_settings(values, qs)
    again = load_settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.storage == StorageLimits(2048, 0.0, 7.0)

    # The window's store gets them, and an option on the command line wins over each one.
    window_args = build_parser().parse_args([])
    limits = effective_settings(window_args, again).storage.disk_limits(window_args)
    assert (limits.journal_max_bytes, limits.retain_disk_percent, limits.retain_max_age) == (
        2048 * MIB,
        0.0,
        7 * 86_400.0,
    )
    cli = build_parser().parse_args(["--journal-max", "10MiB", "--retain-days", "2"])
    limits = again.storage.disk_limits(cli)
    assert (limits.journal_max_bytes, limits.retain_disk_percent, limits.retain_max_age) == (
        10 * MIB,
        0.0,
        2 * 86_400.0,
    )


def test_damaged_storage_settings_fall_back_to_the_defaults(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from fourgmon.gui.settings_dialog import load_settings
    from fourgmon.gui.settings_storage import StorageLimits

    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    qs.setValue("storage/journal_max_mib", "lots")
    qs.setValue("storage/retain_disk_percent", 250)
    qs.setValue("storage/retain_days", -3)
    qs.sync()
    assert load_settings(qs).storage == StorageLimits()
