"""Help → About: the version, the data folder (a link that opens it), where it listens."""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from fourgmon import __version__


class AboutBox(QMessageBox):
    """Shown with ``open()``; deletes itself when closed."""

    def __init__(
        self,
        data_dir: Path,
        address: tuple[str, int] | None,
        icon: QIcon,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutBox")
        self.setWindowTitle(self.tr("About fourgmon"))
        self.setIconPixmap(icon.pixmap(64, 64))
        self.setTextFormat(Qt.TextFormat.RichText)
        what = self.tr("Monitor and built-in server for 4G pressure-monitoring modules.")
        self.setText(f"<h3>fourgmon {html.escape(__version__)}</h3>{html.escape(what)}")
        link = QUrl.fromLocalFile(str(data_dir)).toString()
        listening = (
            self.tr("Listening on {host}:{port}").format(host=address[0], port=address[1])
            if address is not None
            else self.tr("Not listening")
        )
        self.setInformativeText(
            "<br><br>".join(
                [
                    html.escape(self.tr("Data folder:"))
                    + f'<br><a href="{html.escape(link)}">{html.escape(str(data_dir))}</a>',
                    html.escape(listening),
                    html.escape(versions()),
                ]
            )
        )
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        for label in self.findChildren(QLabel):
            label.setOpenExternalLinks(True)  # the data folder opens in the file manager
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def versions() -> str:
    """Qt, PySide6 and Python versions, for bug reports."""
    import PySide6

    return f"Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {platform.python_version()}"
