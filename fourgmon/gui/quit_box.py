"""The question before quitting while modules are connected (with "Don't ask again")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton, QWidget


class QuitBox(QMessageBox):
    """Shown with ``open()`` (never ``exec()``: the loop keeps serving modules meanwhile).

    After ``finished``: :meth:`confirmed` says whether Quit was clicked, and
    :attr:`dont_ask_again` holds the checkbox. Cancel is the default button: Enter must
    not stop a site's server by accident.
    """

    def __init__(self, connected: int, port: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quitConfirmBox")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Quit fourgmon?"))
        self.setText(self.tr("%n module(s) connected.", "", connected))
        if port is not None:
            consequence = self.tr(
                "Quitting stops the server on port {port}: the modules go offline, and "
                "nothing they send is received until fourgmon runs again."
            ).format(port=port)
        else:
            consequence = self.tr(
                "Quitting stops the server: the modules go offline, and nothing they "
                "send is received until fourgmon runs again."
            )
        self.setInformativeText(consequence)
        self.quit_button: QPushButton = self.addButton(
            self.tr("Quit"), QMessageBox.ButtonRole.AcceptRole
        )
        self.quit_button.setObjectName("btnConfirmQuit")
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(cancel)
        self.setEscapeButton(cancel)
        self.dont_ask_again = QCheckBox(self.tr("Don't ask again"))
        self.dont_ask_again.setObjectName("quitDontAskAgain")
        self.setCheckBox(self.dont_ask_again)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.quit_button
