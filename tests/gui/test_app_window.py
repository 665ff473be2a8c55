"""Window chrome: title, About, the Settings port warning and the quit-question setting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

from fourgmon import __version__
from fourgmon.gui.about_box import AboutBox
from fourgmon.gui.app import make_application
from fourgmon.gui.settings_dialog import (
    CONFIRM_QUIT_KEY,
    AppSettings,
    SettingsDialog,
    load_settings,
    save_settings,
)
from tests.gui.conftest import wait_until, window_on_server


def test_the_title_does_not_repeat_the_program_name(  # type: ignore[no-untyped-def]
    run, qapp: QApplication, tmp_path: Path
) -> None:
    """Qt appends the display name ("… — fourgmon"): the title itself must not hold it."""
    name, display = qapp.applicationName(), qapp.applicationDisplayName()
    try:
        make_application()
        assert qapp.applicationDisplayName() == "fourgmon"

        async def scenario() -> None:
            async with window_on_server(tmp_path / "d") as h:
                assert "fourgmon" not in h.window.windowTitle()
                assert h.window.windowTitle() == "4G pressure module monitor"

        run(scenario())
    finally:
        qapp.setApplicationName(name)
        qapp.setApplicationDisplayName(display)


def test_about_shows_the_version_and_the_data_folder(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "d") as h:
            h.window.about_action.trigger()
            about = h.window.findChild(AboutBox, "aboutBox")
            assert about is not None
            await wait_until(about.isVisible, what="About shown")
            assert __version__ in about.text()
            info = about.informativeText()
            folder = str(tmp_path / "d")
            assert folder in info
            assert QUrl.fromLocalFile(folder).toString() in info  # a link that opens it
            assert f"127.0.0.1:{h.port}" in info
            labels = about.findChildren(QLabel)
            assert any(label.openExternalLinks() for label in labels)
            about.close()

    run(scenario())


def test_a_different_port_in_settings_warns_that_modules_will_not_follow(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(AppSettings(port=51609), running_port=51609)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.port_warning.isVisible()
    dialog.port.setValue(6000)
    assert dialog.port_warning.isVisible()
    text = dialog.port_warning.text()
    assert "51609" in text and "6000" in text
    dialog.port.setValue(51609)  # back to the running port: no warning
    assert not dialog.port_warning.isVisible()


def test_no_port_warning_when_the_server_is_not_listening(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(AppSettings(port=51609), running_port=None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.port.setValue(6000)
    assert not dialog.port_warning.isVisible()


def test_settings_from_the_window_know_the_running_port(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "d") as h:
            dialog = h.window.open_settings()
            try:
                assert dialog.running_port == h.port
                assert dialog.port.value() == h.port  # the port in effect, not the saved one
                assert not dialog.port_warning.isVisible()
                dialog.port.setValue(h.port + 1 if h.port < 65535 else h.port - 1)
                assert dialog.port_warning.isVisible()
            finally:
                dialog.reject()

    run(scenario())


def test_the_quit_question_can_be_turned_back_on_in_settings(qtbot) -> None:  # type: ignore[no-untyped-def]
    QSettings().setValue(CONFIRM_QUIT_KEY, False)  # "Don't ask again" was ticked once
    current = load_settings()
    assert current.confirm_quit is False
    dialog = SettingsDialog(current)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QCheckBox, "settingsConfirmQuit")
    assert box is not None and not box.isChecked()
    box.setChecked(True)
    dialog.accept()
    save_settings(dialog.values())
    assert load_settings().confirm_quit is True
