"""The Modules menu: select many rows (all in the filter, all with open alarms) and the
firmware campaign; the device table's context menu offers the same."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from fourgmon.gui.campaign_dialog import CampaignDialog
from fourgmon.gui.device_model import COLUMN_COUNT, Col

if TYPE_CHECKING:
    from fourgmon.gui.main_window import MainWindow


class FleetActions(QObject):
    """Builds the menu on ``window`` (before Help) and keeps the campaign dialog."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.campaign_dialog: CampaignDialog | None = None
        self.menu = QMenu(window)
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.menu)
        self.select_all_action = QAction(window)
        self.select_all_action.setShortcut(QKeySequence.StandardKey.SelectAll)
        self.select_all_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.select_all_action.triggered.connect(self.select_all_in_filter)
        window.table.addAction(self.select_all_action)  # Ctrl+A where the table has focus
        self.select_alarms_action = QAction(window)
        self.select_alarms_action.triggered.connect(self.select_with_open_alarms)
        self.campaign_action = QAction(window)
        self.campaign_action.setObjectName("actionFirmwareCampaign")
        self.campaign_action.triggered.connect(self.open_campaign)
        self.menu.addAction(self.select_all_action)
        self.menu.addAction(self.select_alarms_action)
        self.menu.addSeparator()
        self.menu.addAction(self.campaign_action)
        # The Last command column right after State: in view without scrolling at 1024 px.
        header = window.table.horizontalHeader()
        header.moveSection(header.visualIndex(Col.RESULT), header.visualIndex(Col.STATE) + 1)
        window.table.setColumnWidth(Col.RESULT, 170)
        window.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.table.customContextMenuRequested.connect(self._context_menu)
        self.retranslate_ui()

    def select_all_in_filter(self) -> int:
        """Select every row the filter shows; how many."""
        table = self._window.table
        table.selectAll()
        return table.model().rowCount()

    def select_with_open_alarms(self) -> int:
        """Select the rows (within the filter) of modules with an open alarm; how many."""
        window = self._window
        selection = QItemSelection()
        for imei in window.model.imeis_with_open_alarms():
            row = window.model.row_of(imei)
            if row is None:
                continue
            index = window.proxy.mapFromSource(window.model.index(row, 0))
            if index.isValid():
                last = window.proxy.index(index.row(), COLUMN_COUNT - 1)
                selection.select(index, last)
        window.table.selectionModel().select(
            selection,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return len(selection.indexes()) // COLUMN_COUNT

    def open_campaign(self) -> CampaignDialog:
        """The campaign dialog (the running one if a campaign is under way)."""
        dialog = self.campaign_dialog
        if dialog is None or not dialog.running:
            if dialog is not None:
                dialog.shutdown()
                dialog.deleteLater()
            window = self._window
            dialog = CampaignDialog(window.server, window.selected_imeis(), window)
            self.campaign_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self._window.table)
        for action in (self.select_all_action, self.select_alarms_action, self.campaign_action):
            menu.addAction(action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self._window.table.viewport().mapToGlobal(pos))

    def shutdown(self) -> None:
        if self.campaign_dialog is not None:
            self.campaign_dialog.shutdown()
            self.campaign_dialog.close()

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("&Modules"))
        self.select_all_action.setText(self.tr("Select all in the filter"))
        self.select_alarms_action.setText(self.tr("Select all with open alarms"))
        self.campaign_action.setText(self.tr("Firmware campaign…"))
