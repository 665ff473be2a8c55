"""The tray icon: its colour is the worst open alarm; a raise notifies and plays a short
sound (``resources/sounds/alarm.wav``), unless the sound is muted (tray menu, Settings)."""

from __future__ import annotations

import shutil
import sys

from PySide6.QtCore import QObject, QProcess, QSettings
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from fourgmon.domain.alarms import Alarm
from fourgmon.gui.alarm_panel import SEVERITY_COLORS, kind_text
from fourgmon.gui.i18n import resource_path

MUTED_KEY = "alarms/soundMuted"
OK_COLOR = "#2e7d32"
SOUND = ("sounds", "alarm.wav")


def dot_icon(color: str) -> QIcon:
    """A filled circle: the tray's state at a glance."""
    pix = QPixmap(32, 32)
    pix.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(QColor("#202020"))
    painter.drawEllipse(3, 3, 26, 26)
    painter.end()
    return QIcon(pix)


class AlarmTray(QObject):
    """See the module docstring; ``state`` is the worst open severity or 'ok'."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.state = "ok"
        self.icon = QSystemTrayIcon(dot_icon(OK_COLOR), self)
        self.icon.setObjectName("alarmTray")
        self.menu = QMenu(window)
        self.show_action = QAction(self)
        self.show_action.triggered.connect(self._show_window)
        self.mute_action = QAction(self)
        self.mute_action.setCheckable(True)
        self.mute_action.setChecked(bool(QSettings().value(MUTED_KEY, False, type=bool)))
        self.mute_action.toggled.connect(self.set_muted)
        self.menu.addAction(self.show_action)
        self.menu.addAction(self.mute_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(lambda _reason: self._show_window())
        self.notified: list[Alarm] = []  # what was notified (tests, the log)
        self.sounds_played = 0
        self._player: QProcess | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()
        self.retranslate_ui()

    @property
    def muted(self) -> bool:
        return self.mute_action.isChecked()

    def set_muted(self, muted: bool) -> None:
        if self.mute_action.isChecked() != muted:
            self.mute_action.setChecked(muted)
        QSettings().setValue(MUTED_KEY, muted)

    def retranslate_ui(self) -> None:
        self.show_action.setText(self.tr("Show the window"))
        self.mute_action.setText(self.tr("Mute the alarm sound"))
        self._tooltip()

    def _tooltip(self) -> None:
        texts = {
            "ok": self.tr("fourgmon: no open alarm"),
            "critical": self.tr("fourgmon: critical alarm open"),
            "major": self.tr("fourgmon: major alarm open"),
            "minor": self.tr("fourgmon: minor alarm open"),
        }
        self.icon.setToolTip(texts.get(self.state, self.state))

    def _show_window(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def set_worst(self, worst: Alarm | None) -> None:
        state = "ok" if worst is None else worst.severity
        if state == self.state:
            return
        self.state = state
        self.icon.setIcon(dot_icon(SEVERITY_COLORS.get(state, OK_COLOR)))
        self._tooltip()

    def raised(self, alarm: Alarm, module: str) -> None:
        """A new alarm (not a repeat of a flapping one): notify, and sound unless muted."""
        self.notified.append(alarm)
        channel = "" if alarm.channel is None else f" CH{alarm.channel + 1}"
        if self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(
                self.tr("Alarm: {kind}").format(kind=kind_text(alarm.kind)),
                f"{module}{channel}\n{alarm.detail}",
                QSystemTrayIcon.MessageIcon.Warning,
                8000,
            )
        if not self.muted:
            self._play()

    def _play(self) -> None:
        """The WAV, through the platform's player; never blocks the loop."""
        self.sounds_played += 1
        path = str(resource_path(*SOUND))
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(path, winsound.SND_FILENAME | winsound.SND_ASYNC)
            return
        player = shutil.which("afplay") or shutil.which("paplay") or shutil.which("aplay")
        busy = self._player is not None and self._player.state() != QProcess.ProcessState.NotRunning
        if player is None or busy:
            return
        self._player = QProcess(self)
        self._player.start(player, ["-q", path] if player.endswith("/aplay") else [path])

    def close(self) -> None:
        self.icon.hide()
        if self._player is not None and self._player.state() != QProcess.ProcessState.NotRunning:
            self._player.kill()
            self._player.waitForFinished(1000)
