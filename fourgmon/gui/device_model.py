"""The device table: a QAbstractTableModel over the domain's DeviceRegistry.

The model never copies device state: ``data()`` reads the registry. The domain's
changes say what changed: ``DeviceAdded`` queues a row, every other change names
the fields it changed, which map to columns (``FIELD_COLUMNS``); ``on_event`` only
ORs those columns into the row's dirty mask. ``refresh()``, called by the window's UI
timer, inserts the queued rows and emits one ``dataChanged`` per run of rows with
the same columns — never one per message, never a walk over every device: a tick's
work is O(changes). A frame moves the packet count, not the nine sensor chips, and
not the IMEI the proxy sorts and filters on. The online and faulty sets the status
bar counts follow the same changes.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from fourgmon.domain import changes as f
from fourgmon.domain.alarms import Alarm, AlarmCleared, AlarmEvent
from fourgmon.domain.changes import (
    DeviceAdded,
    DeviceChanged,
    DeviceOffline,
    DeviceOnline,
    Event,
    FrameReceived,
    InfoReceived,
    SensorChanged,
    VersionReceived,
)
from fourgmon.domain.registry import DeviceRegistry, DeviceState
from fourgmon.gui.alarm_panel import SEVERITY_COLORS, alarm_rank, kind_text
from fourgmon.gui.fleet_text import GONE_COLOR, STATE_COLORS, kind_label, state_text
from fourgmon.gui.sensor_cells import (
    CELL_LOOK_ROLE,
    channel_label,
    sensor_look,
    sensor_tooltip,
)
from fourgmon.protocol.messages import CHANNELS
from fourgmon.server.events import CommandResult, QueueChanged

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
IMEI_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3  # "imei<US>alias": the proxy's filter, in C++
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
# Roles data() answers; the others (font, colours, check state... asked for every painted
# cell) return None before any lookup.
_ROLES = frozenset(
    int(r)
    for r in (
        _DISPLAY,
        _EDIT,
        _TOOLTIP,
        _DECORATION,
        _ALIGNMENT,
        SORT_ROLE,
        IMEI_ROLE,
        FILTER_ROLE,
        CELL_LOOK_ROLE,
    )
)
ONLINE_COLOR = "#2e7d32"
OFFLINE_COLOR = "#9e9e9e"
Index = QModelIndex | QPersistentModelIndex


class Col(enum.IntEnum):
    """Columns of the device table; CH1..CH9 are SENSOR0 + k."""

    IMEI = 0
    ALIAS = 1
    STATE = 2
    PEER = 3
    SINCE = 4
    SENSOR0 = 5
    TEMPERATURE = SENSOR0 + CHANNELS
    HUMIDITY = TEMPERATURE + 1
    FIRMWARE = HUMIDITY + 1
    CCID = FIRMWARE + 1
    LAST_PACKET = CCID + 1
    PACKETS = LAST_PACKET + 1
    ALARM = PACKETS + 1  # the worst open alarm
    RESULT = ALARM + 1  # the last command's result (or that it is queued)


COLUMN_COUNT = Col.RESULT + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_SENSOR_COLS = tuple(range(Col.SENSOR0, Col.SENSOR0 + CHANNELS))
# The columns that show each DeviceState field (a field shown nowhere maps to none).
FIELD_COLUMNS: dict[str, tuple[int, ...]] = {
    f.ALIAS: (Col.ALIAS,),
    f.ONLINE: (Col.STATE, Col.SINCE),
    f.PEER: (Col.PEER,),
    f.CONNECTED_SINCE: (Col.SINCE,),
    f.LAST_SEEN: (Col.STATE,),
    f.OFFLINE_CAUSE: (Col.STATE,),
    f.LAST_PACKET_AT: (Col.LAST_PACKET,),
    f.PACKET_COUNT: (Col.PACKETS,),
    f.SENSORS: _SENSOR_COLS,
    f.CRYSTALS: _SENSOR_COLS,
    f.TEMPERATURE: (Col.TEMPERATURE,),
    f.HUMIDITY: (Col.HUMIDITY,),
    f.FW_TYPE: (Col.FIRMWARE,),
    f.FW_VERSION: (Col.FIRMWARE,),
    f.CCID: (Col.CCID,),
    f.LOCATION: (Col.CCID,),
    f.ERR_COUNTS: (),
}


def columns_mask(fields: frozenset[str]) -> int:
    """Bit c set for every column c that shows one of ``fields``."""
    mask = 0
    for name in fields:
        for col in FIELD_COLUMNS.get(name, ()):
            mask |= 1 << col
    return mask


# Changes whose fields do not depend on the instance.
_STATIC_MASKS: dict[type, int] = {
    t: columns_mask(t.fields) for t in (FrameReceived, InfoReceived, VersionReceived)
}


def format_age(seconds: float) -> str:
    """'just now', '12 s ago', '5 min ago', '3 h ago', '2 d ago'."""
    s = max(0, int(seconds))
    if s < 2:
        return QCoreApplication.translate("DeviceTableModel", "just now")
    if s < 120:
        return QCoreApplication.translate("DeviceTableModel", "{n} s ago").format(n=s)
    if s < 2 * 3600:
        return QCoreApplication.translate("DeviceTableModel", "{n} min ago").format(n=s // 60)
    if s < 2 * 86400:
        return QCoreApplication.translate("DeviceTableModel", "{n} h ago").format(n=s // 3600)
    return QCoreApplication.translate("DeviceTableModel", "{n} d ago").format(n=s // 86400)


def format_clock(at: float | None, now: float) -> str:
    """Local time: 'HH:MM:SS' today, else 'YYYY-MM-DD HH:MM'."""
    if at is None:
        return ""
    t = time.localtime(at)
    if time.localtime(now)[:3] == t[:3]:
        return time.strftime("%H:%M:%S", t)
    return time.strftime("%Y-%m-%d %H:%M", t)


class DeviceTableModel(QAbstractTableModel):
    """Rows are the registry's devices in first-seen order; see the module docstring."""

    AGE_REFRESH_SECONDS = 1.0

    def __init__(
        self,
        registry: DeviceRegistry,
        alias_setter: Callable[[str, str], None] | None = None,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._alias_setter = alias_setter
        self._clock = clock
        self._imeis: list[str] = []
        self._row_of: dict[str, int] = {}
        self._added: list[str] = []  # DeviceAdded since the last refresh
        self._dirty: dict[str, int] = {}  # imei -> mask of the columns to repaint
        self._masks: dict[frozenset[str], int] = {}  # fields -> columns_mask, memoised
        self._pending_alias: dict[str, str] = {}
        self._last_age_refresh = 0.0
        self._online: set[str] = set()
        self._faulty: set[str] = set()
        self._alarms: dict[str, dict[tuple[str, str, int | None], Alarm]] = {}  # open, per module
        # imei -> (kind, state, detail, at) of its last command result or queue change
        self._results: dict[str, tuple[str, str, str, float]] = {}
        # The devices known before the model: the only walk over every device.
        for dev in registry:
            self._added.append(dev.imei)
            self._count(dev)
        self.refresh()

    # ------------------------------------------------------------ updates
    def on_event(self, event: Event) -> None:
        """Observer hook: records which cells a change touches (cheap, per message)."""
        mask = _STATIC_MASKS.get(type(event))
        if mask is not None:  # the hot path: one per frame
            imei = event.imei  # type: ignore[attr-defined]
            self._dirty[imei] = self._dirty.get(imei, 0) | mask
            return
        if isinstance(event, DeviceAdded):
            self._added.append(event.imei)
            return
        if isinstance(event, AlarmEvent):
            self._on_alarm(event)
            return
        fields: frozenset[str] | None = getattr(event, "fields", None)
        if fields is None:
            return
        imei: str = getattr(event, "imei", "")
        if isinstance(event, SensorChanged):
            if not event.changed:
                return  # the module repeated its states: nothing to repaint
            mask = 0
            for k in event.changed:
                mask |= 1 << (Col.SENSOR0 + k)
            self._count_faults(imei)
        else:
            mask = self._masks.get(fields)
            if mask is None:
                mask = self._masks[fields] = columns_mask(fields)
            if isinstance(event, DeviceOnline):
                self._online.add(imei)
            elif isinstance(event, DeviceOffline):
                self._online.discard(imei)
            elif (
                isinstance(event, DeviceChanged)
                and f.ALIAS in fields
                and imei in self._pending_alias
            ):
                dev = self._registry.get(imei)
                if dev is not None and dev.alias == self._pending_alias[imei]:
                    del self._pending_alias[imei]
        if mask:
            self._dirty[imei] = self._dirty.get(imei, 0) | mask

    def _on_alarm(self, event: AlarmEvent) -> None:
        alarm = event.alarm
        open_ = self._alarms.setdefault(alarm.imei, {})
        if isinstance(event, AlarmCleared):
            open_.pop(alarm.key, None)
            if not open_:
                del self._alarms[alarm.imei]
        else:
            open_[alarm.key] = alarm
        self._dirty[alarm.imei] = self._dirty.get(alarm.imei, 0) | 1 << Col.ALARM

    def on_command(self, event: CommandResult | QueueChanged) -> None:
        """A command result or queue change: the module's Last command cell (coalesced)."""
        if isinstance(event, QueueChanged):
            item = event.item
            if item.state in ("sending", "ok", "failed", "timeout", "error"):
                return  # the CommandResult of the delivery says it
            entry = (item.kind, item.state, item.detail, item.done_at or item.queued_at)
            imei = item.imei
        else:
            imei = event.imei
            kind = "version" if event.kind == "readback" else event.kind
            entry = (kind, event.status, event.detail, event.done_at or event.sent_at)
        self._results[imei] = entry
        self._dirty[imei] = self._dirty.get(imei, 0) | 1 << Col.RESULT

    def last_result(self, imei: str) -> tuple[str, str, str, float] | None:
        """(kind, state, detail, at) of the module's last command, None if none yet."""
        return self._results.get(imei)

    def imeis_with_open_alarms(self) -> list[str]:
        return list(self._alarms)

    def worst_alarm(self, imei: str) -> Alarm | None:
        """The module's worst open alarm (unacknowledged before acknowledged)."""
        open_ = self._alarms.get(imei)
        if not open_:
            return None
        return min(open_.values(), key=alarm_rank)

    # The window routes the hot change types straight here.
    mark_dirty = on_event

    def _count(self, dev: DeviceState) -> None:
        if dev.online:
            self._online.add(dev.imei)
        if dev.has_fault():
            self._faulty.add(dev.imei)

    def _count_faults(self, imei: str) -> None:
        dev = self._registry.get(imei)
        if dev is not None and dev.has_fault():
            self._faulty.add(imei)
        else:
            self._faulty.discard(imei)

    def online_count(self) -> int:
        """Devices online now."""
        return len(self._online)

    def fault_count(self) -> int:
        """Online devices with a sensor fault now."""
        return len(self._faulty & self._online)

    def refresh(self) -> None:
        """Insert new devices and emit coalesced dataChanged for dirty cells (UI timer)."""
        if self._added:
            new = [i for i in dict.fromkeys(self._added) if i not in self._row_of]
            self._added = []
            if new:
                first = len(self._imeis)
                self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
                for imei in new:
                    self._row_of[imei] = len(self._imeis)
                    self._imeis.append(imei)
                self.endInsertRows()
                for imei in new:  # a new row is painted whole anyway
                    self._dirty.pop(imei, None)
        now = self._clock()
        if self._dirty:
            dirty, self._dirty = self._dirty, {}
            self._emit_changes(dirty)
        if self._imeis and now - self._last_age_refresh >= self.AGE_REFRESH_SECONDS:
            self._last_age_refresh = now
            last = len(self._imeis) - 1
            self.dataChanged.emit(self.index(0, Col.STATE), self.index(last, Col.STATE))

    def _emit_changes(self, dirty: dict[str, int]) -> None:
        """One dataChanged per (run of rows, run of columns) with the same columns."""
        by_mask: dict[int, list[int]] = {}
        row_of = self._row_of
        for imei, mask in dirty.items():
            row = row_of.get(imei)
            if row is not None:
                by_mask.setdefault(mask, []).append(row)
        for mask, rows in by_mask.items():
            cols = _runs([c for c in range(COLUMN_COUNT) if mask >> c & 1])
            for start, end in _runs(sorted(rows)):
                for first, last in cols:
                    self.dataChanged.emit(self.index(start, first), self.index(end, last))

    def retranslate(self) -> None:
        """Headers and every cell's words after a language change."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._imeis:
            last = len(self._imeis) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, COLUMN_COUNT - 1))

    # ------------------------------------------------------------ lookups
    def imei_at(self, row: int) -> str | None:
        return self._imeis[row] if 0 <= row < len(self._imeis) else None

    def row_of(self, imei: str) -> int | None:
        return self._row_of.get(imei)

    def device_at(self, row: int) -> DeviceState | None:
        imei = self.imei_at(row)
        return self._registry.get(imei) if imei is not None else None

    # ------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._imeis)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == Col.ALIAS:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        k = section - Col.SENSOR0
        if role == Qt.ItemDataRole.DisplayRole:
            if 0 <= k < CHANNELS:
                return f"CH{k + 1}"
            return self._header_text(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            if 0 <= k < CHANNELS:
                return channel_label(k)
            return self._header_text(section)
        return None

    def _header_text(self, section: int) -> str:
        texts = {
            Col.IMEI: self.tr("IMEI"),
            Col.ALIAS: self.tr("Alias"),
            Col.STATE: self.tr("State"),
            Col.PEER: self.tr("Peer"),
            Col.SINCE: self.tr("Connected since"),
            Col.TEMPERATURE: self.tr("Temp. °C"),
            Col.HUMIDITY: self.tr("Hum. %RH"),
            Col.FIRMWARE: self.tr("Firmware"),
            Col.CCID: self.tr("CCID"),
            Col.LAST_PACKET: self.tr("Last packet"),
            Col.PACKETS: self.tr("Packets"),
            Col.ALARM: self.tr("Alarm"),
            Col.RESULT: self.tr("Last command"),
        }
        return texts.get(Col(section), "") if 0 <= section < COLUMN_COUNT else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._imeis):
            return None
        dev = self._registry.get(self._imeis[row])
        if dev is None:
            return None
        col = index.column()
        if role == IMEI_ROLE:
            return dev.imei
        if role == FILTER_ROLE:
            return f"{dev.imei}\x1f{self._pending_alias.get(dev.imei, dev.alias)}"
        k = col - Col.SENSOR0
        if 0 <= k < CHANNELS:
            return self._sensor_data(dev, k, role)
        if col == Col.ALARM:
            return self._alarm_data(dev.imei, role)
        if col == Col.RESULT:
            return self._result_data(dev.imei, role)
        if role in (_DISPLAY, _EDIT):
            return self._text(dev, Col(col), role)
        if role == SORT_ROLE:
            return self._sort_key(dev, Col(col))
        if role == _TOOLTIP:
            return self._tooltip(dev, Col(col))
        if role == _DECORATION and col == Col.STATE:
            return QColor(ONLINE_COLOR if dev.online else OFFLINE_COLOR)
        if role == _ALIGNMENT and col in (Col.TEMPERATURE, Col.HUMIDITY, Col.PACKETS):
            return _RIGHT
        return None

    def _alarm_data(self, imei: str, role: int) -> Any:
        worst = self.worst_alarm(imei)
        if role == SORT_ROLE:
            return (9, True) if worst is None else alarm_rank(worst)
        if worst is None:
            return None
        if role == _DISPLAY:
            more = len(self._alarms.get(imei, {})) - 1
            channel = "" if worst.channel is None else f" CH{worst.channel + 1}"
            return kind_text(worst.kind) + channel + (f" (+{more})" if more > 0 else "")
        if role == _DECORATION:
            return QColor(SEVERITY_COLORS.get(worst.severity, OFFLINE_COLOR))
        if role == _TOOLTIP:
            return "\n".join(
                f"{kind_text(a.kind)}: {a.detail}" for a in self._alarms.get(imei, {}).values()
            )
        return None

    def _result_data(self, imei: str, role: int) -> Any:
        last = self._results.get(imei)
        if last is None:
            return "" if role == SORT_ROLE else None
        kind, state, detail, at = last
        if role in (_DISPLAY, SORT_ROLE):
            return f"{kind_label(kind)}: {state_text(state)}"
        if role == _DECORATION:
            return QColor(STATE_COLORS.get(state, GONE_COLOR))
        if role == _TOOLTIP:
            when = format_clock(at, self._clock())
            return f"{when} {kind_label(kind)}: {state_text(state)}" + (
                f"\n{detail}" if detail else ""
            )
        return None

    def _sensor_data(self, dev: DeviceState, k: int, role: int) -> Any:
        sensor, crystal = dev.sensors[k], dev.crystals[k]
        if role == CELL_LOOK_ROLE:
            return sensor_look(sensor, crystal)
        if role == _DISPLAY:
            return sensor_look(sensor, crystal).symbol
        if role == _TOOLTIP:
            return sensor_tooltip(k, sensor, crystal)
        if role == SORT_ROLE:
            return sensor_look(sensor, crystal).key
        if role == _ALIGNMENT:
            return _CENTER
        return None

    def _text(self, dev: DeviceState, col: Col, role: int) -> str:
        now = self._clock()
        match col:
            case Col.IMEI:
                return dev.imei
            case Col.ALIAS:
                return self._pending_alias.get(dev.imei, dev.alias)
            case Col.STATE:
                state = self.tr("online") if dev.online else self.tr("offline")
                if dev.last_seen is None:
                    return state
                return f"{state} · {format_age(now - dev.last_seen)}"
            case Col.PEER:
                return dev.peer
            case Col.SINCE:
                return format_clock(dev.connected_since, now) if dev.online else ""
            case Col.TEMPERATURE:
                return "" if dev.temperature is None else f"{dev.temperature:.1f}"
            case Col.HUMIDITY:
                return "" if dev.humidity is None else f"{dev.humidity:.1f}"
            case Col.FIRMWARE:
                return " ".join(p for p in (dev.fw_type, dev.fw_version) if p)
            case Col.CCID:
                return dev.ccid
            case Col.LAST_PACKET:
                return format_clock(dev.last_packet_at, now)
            case Col.PACKETS:
                return str(dev.packet_count)
        return ""

    def _sort_key(self, dev: DeviceState, col: Col) -> Any:
        match col:
            case Col.STATE:
                return (1 if dev.online else 0) * 1e12 + (dev.last_seen or 0.0)
            case Col.SINCE:
                return dev.connected_since or 0.0
            case Col.TEMPERATURE:
                return -1e9 if dev.temperature is None else dev.temperature
            case Col.HUMIDITY:
                return -1e9 if dev.humidity is None else dev.humidity
            case Col.LAST_PACKET:
                return dev.last_packet_at or 0.0
            case Col.PACKETS:
                return float(dev.packet_count)
        return self._text(dev, col, Qt.ItemDataRole.DisplayRole).lower()

    def _tooltip(self, dev: DeviceState, col: Col) -> str | None:
        match col:
            case Col.STATE:
                if dev.online:
                    return self.tr("Online since {t}").format(
                        t=format_clock(dev.connected_since, self._clock())
                    )
                cause = dev.offline_cause or self.tr("not connected")
                return self.tr("Offline: {cause}").format(cause=cause)
            case Col.ALIAS:
                return self.tr("Double-click to name this module")
            case Col.CCID if dev.location:
                return self.tr("Location: {loc}").format(loc=dev.location)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != Col.ALIAS:
            return False
        dev = self.device_at(index.row())
        if dev is None:
            return False
        alias = str(value).strip()
        if alias == self._pending_alias.get(dev.imei, dev.alias):
            return False
        self._pending_alias[dev.imei] = alias
        if self._alias_setter is not None:
            self._alias_setter(dev.imei, alias)
        self.dataChanged.emit(index, index)
        return True


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """[1, 2, 3, 7, 8] -> [(1, 3), (7, 8)] (rows sorted, unique)."""
    runs: list[tuple[int, int]] = []
    for r in rows:
        if runs and r == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], r)
        elif not runs or r != runs[-1][1]:
            runs.append((r, r))
    return runs


class DeviceFilterProxy(QSortFilterProxyModel):
    """Sorting by SORT_ROLE and a case-insensitive filter on IMEI or alias.

    The filter is Qt's own (a fixed string matched against FILTER_ROLE, "imei<US>alias"),
    not a Python ``filterAcceptsRow``: the proxy re-filters every changed row on each
    dataChanged, and with no filter text Qt accepts a row without asking the model.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(Col.IMEI)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def set_filter_text(self, text: str) -> None:
        self._needle = text.replace("\x1f", "").strip().lower()
        self.setFilterFixedString(self._needle)
