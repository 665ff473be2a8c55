"""The site report: one PDF for a range, what an engineer hands to the client.

:func:`gather` reads everything from the store (blocking: run it in a worker);
:func:`write_pdf` lays it out with Qt's own ``QTextDocument`` and prints it with
``QPdfWriter`` (no other dependency), in Chinese or English whatever the window's
language: the report loads the catalogue of its language itself.

Contents: the site summary (every module, its availability and data completeness,
open and past alarms), then per module its trends in engineering units (an image of
the nine channels), completeness, firmware and SIM info, and command history.
"""

from __future__ import annotations

import html
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QTranslator, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

import fourgmon
from fourgmon.domain.alarms import Alarm
from fourgmon.domain.calibration import Calibration, CalibrationTable
from fourgmon.domain.commands import COMMANDS
from fourgmon.gui.i18n import resource_path
from fourgmon.gui.report_plot import trend_image
from fourgmon.protocol.messages import CHANNELS, bus_of, position_of
from fourgmon.store import history as h
from fourgmon.store.alarms import read_alarms
from fourgmon.store.records import CommandRecord, DeviceRow
from fourgmon.store.trends import Trend

TREND_POINTS = 600  # per channel in a report image (~ its width in pixels)
COMMANDS_SHOWN = 50  # the newest commands of the range, per module
_QM = {"en": "fourgmon_en", "zh": "fourgmon_zh_CN"}


@dataclass
class ModuleReport:
    device: DeviceRow
    completeness: h.Completeness
    trend: dict[int, Trend]
    calibration: tuple[Calibration, ...]
    commands: list[CommandRecord]
    versions: list[h.HistoryEvent]


@dataclass
class SiteData:
    since: float
    until: float
    generated_at: float
    modules: list[ModuleReport] = field(default_factory=list)
    alarms: list[Alarm] = field(default_factory=list)  # open now, or active in the range


def gather(
    store: Any,
    since: float,
    until: float,
    calibration: CalibrationTable,
    token: h.CancelToken | None = None,
) -> SiteData:
    """Everything the report shows, for every stored module (blocking; a worker's job)."""
    token = h.CancelToken() if token is None else token
    data = SiteData(since, until, time.time())
    for device in store.devices():
        imei = device.imei
        token.check()
        commands = [
            c for c in store.command_history(imei, limit=10_000) if since <= c.sent_at < until
        ]
        versions = h.events(store, imei, since, until, token, kinds=(h.VERSION, h.INFO))
        data.modules.append(
            ModuleReport(
                device,
                h.completeness(store, imei, since, until, token),
                h.trend(store, imei, since, until, TREND_POINTS, token),
                calibration.for_module(imei),
                commands[:COMMANDS_SHOWN],
                versions,
            )
        )
    data.alarms = [
        a
        for a in read_alarms(store.data_dir)
        if a.raised_at < until and (a.cleared_at is None or a.cleared_at >= since)
    ]
    return data


def report_language() -> str:
    """The window's language: 'zh' when the Chinese catalogue is installed, else 'en'."""
    probe = "Site report"
    return "zh" if QCoreApplication.translate("SiteReport", probe) != probe else "en"


class _Texts:
    """Looks texts up in one language's catalogue, whatever language the window shows."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in _QM else "en"
        self._translator = QTranslator()
        if self.lang != "en":
            self._translator.load(str(resource_path("translations", _QM[self.lang] + ".qm")))

    def translate(self, context: str, text: str) -> str:
        return self._translator.translate(context, text) or text


def _when(at: float | None) -> str:
    return "–" if at is None else datetime.fromtimestamp(at).strftime("%Y-%m-%d %H:%M:%S")


def _e(text: object) -> str:
    return html.escape(str(text))


# English source texts of the alarm kinds (translated in the alarm panel's context).
_ALARM_KINDS = {
    "offline": "module offline",
    "sensor_offline": "sensor offline",
    "interference": "interference",
    "stuck": "stuck value",
    "crystal": "crystal fault",
    "sensor_unknown": "unknown sensor status",
    "no_data": "no data",
    "packet_gap": "lost packets",
    "rs485_errors": "RS485 errors rising",
    "clock_skew": "clock off",
    "threshold_high": "above high threshold",
    "threshold_low": "below low threshold",
}


def build_document(data: SiteData, lang: str) -> QTextDocument:
    """The report as a QTextDocument (its trend images added as resources)."""
    t = _Texts(lang)
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(9.5)
    # No ligatures: "offline" must come out of the PDF as typed (search, copy and paste).
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(
        "h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 14px; }"
        " h3 { font-size: 10.5pt; } th { background-color: #e8eef7; text-align: left; }"
        " td, th { padding: 2px 5px; } .muted { color: #666666; } .bad { color: #c62828; }"
    )
    names = {m.device.imei: m.device.alias or m.device.imei for m in data.modules}

    def alarm_kind(kind: str) -> str:
        return t.translate("Alarms", _ALARM_KINDS.get(kind, kind))

    out: list[str] = []
    out.append("<h1>" + _e(t.translate("SiteReport", "Site report")) + "</h1>")
    out.append(
        "<p>"
        + _e(t.translate("SiteReport", "Range: {since} to {until} (local time)")).format(
            since=_when(data.since), until=_when(data.until)
        )
        + "<br/>"
        + _e(t.translate("SiteReport", "Generated {at} by fourgmon {version}")).format(
            at=_when(data.generated_at), version=fourgmon.__version__
        )
        + "</p>"
    )
    # ---- summary
    out.append("<h2>" + _e(t.translate("SiteReport", "Site summary")) + "</h2>")
    open_now = [a for a in data.alarms if a.cleared_at is None]
    out.append(
        "<p>"
        + _e(
            t.translate(
                "SiteReport", "{modules} module(s); {open} open alarm(s); {past} in the range."
            )
        ).format(modules=len(data.modules), open=len(open_now), past=len(data.alarms))
        + "</p>"
    )
    head = [
        t.translate("SiteReport", "Module"),
        "IMEI",
        t.translate("SiteReport", "Online"),
        t.translate("SiteReport", "Packets received / expected"),
        t.translate("SiteReport", "Firmware"),
        t.translate("SiteReport", "Open alarms"),
    ]
    rows = []
    for m in data.modules:
        c = m.completeness
        pct = c.received_percent
        opened = sum(1 for a in open_now if a.imei == m.device.imei)
        rows.append(
            [
                _e(m.device.alias or "–"),
                _e(m.device.imei),
                f"{c.online_percent:.1f} %",
                f"{c.received} / {c.expected}" + ("" if pct is None else f" ({pct:.2f} %)"),
                _e(" ".join(x for x in (m.device.fw_type, m.device.fw_version) if x) or "–"),
                f'<span class="bad">{opened}</span>' if opened else "0",
            ]
        )
    out.append(_table(head, rows))
    # ---- alarms
    out.append("<h2>" + _e(t.translate("SiteReport", "Alarms")) + "</h2>")
    if data.alarms:
        head = [
            t.translate("SiteReport", "Module"),
            t.translate("SiteReport", "Alarm"),
            t.translate("SiteReport", "Channel"),
            t.translate("SiteReport", "Raised"),
            t.translate("SiteReport", "Cleared"),
            t.translate("SiteReport", "Detail"),
        ]
        rows = [
            [
                _e(names.get(a.imei, a.imei)),
                _e(alarm_kind(a.kind)),
                "–" if a.channel is None else f"CH{a.channel + 1}",
                _when(a.raised_at),
                (
                    '<span class="bad">' + _e(t.translate("SiteReport", "open")) + "</span>"
                    if a.cleared_at is None
                    else _when(a.cleared_at)
                ),
                _e(a.detail),
            ]
            for a in data.alarms
        ]
        out.append(_table(head, rows))
    else:
        out.append("<p class='muted'>" + _e(t.translate("SiteReport", "No alarms.")) + "</p>")
    # ---- modules
    empty = t.translate("SiteReport", "no data")
    for i, m in enumerate(data.modules):
        d = m.device
        title = f"{d.alias} · {d.imei}" if d.alias else d.imei
        out.append(f"<h2>{_e(title)}</h2>")
        info = [
            (t.translate("SiteReport", "Firmware"), f"{d.fw_type} {d.fw_version}".strip() or "–"),
            (t.translate("SiteReport", "SIM (CCID)"), d.ccid or "–"),
            (t.translate("SiteReport", "Location"), d.location or "–"),
            (t.translate("SiteReport", "First seen"), _when(d.first_seen)),
            (t.translate("SiteReport", "Last seen"), _when(d.last_seen)),
        ]
        c = m.completeness
        pct = c.received_percent
        info.append(
            (
                t.translate("SiteReport", "Data completeness"),
                t.translate(
                    "SiteReport", "{received} of {expected} packets received ({pct}), {lost} lost"
                ).format(
                    received=c.received,
                    expected=c.expected,
                    pct="–" if pct is None else f"{pct:.2f} %",
                    lost=c.lost,
                ),
            )
        )
        info.append(
            (
                t.translate("SiteReport", "Online"),
                t.translate("SiteReport", "{pct:.1f} % of the range").format(pct=c.online_percent),
            )
        )
        out.append(_table([], [[f"<b>{_e(k)}</b>", _e(v)] for k, v in info]))
        titles = []
        for k in range(CHANNELS):
            cal = m.calibration[k]
            unit = t.translate("SiteReport", "AD counts") if cal.is_raw else cal.unit or "–"
            titles.append(f"CH{k + 1} · {bus_of(k)}/{position_of(k)} · {unit}")
        image = trend_image(m.trend, m.calibration, titles, data.since, data.until, empty)
        name = f"trend-{i}.png"
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        out.append(
            "<h3>"
            + _e(t.translate("SiteReport", "Trends (min / max band and mean)"))
            + f'</h3><p><img src="{name}" width="640"/></p>'
            + "<p class='muted'>"
            + _e(t.translate("SiteReport", "CHn · bus/position · unit; times in local time."))
            + "</p>"
        )
        if m.versions:
            out.append("<h3>" + _e(t.translate("SiteReport", "Firmware and SIM changes")) + "</h3>")
            rows = []
            for e in m.versions:
                if e.kind == h.VERSION:
                    what = f"{e.fields['type']} {e.fields['version']}"
                else:
                    what = f"CCID {e.fields['ccid']} · {e.fields['location']}"
                rows.append([_when(e.at), _e(what)])
            head = [t.translate("SiteReport", "Time"), t.translate("SiteReport", "Change")]
            out.append(_table(head, rows))
        out.append("<h3>" + _e(t.translate("SiteReport", "Command history")) + "</h3>")
        if m.commands:
            rows = []
            for cmd in m.commands:
                known = COMMANDS.get(cmd.kind)
                label = t.translate("CommandPanel", known.label) if known else cmd.kind
                status = {
                    "ok": t.translate("SiteReport", "done"),
                    "timeout": t.translate("SiteReport", "no reply (timeout)"),
                    "failed": t.translate("SiteReport", "refused by the module"),
                    "error": t.translate("SiteReport", "error"),
                }.get(cmd.status, cmd.status)
                rows.append([_when(cmd.sent_at), _e(label), _e(status), _e(cmd.detail or "")])
            head = [
                t.translate("SiteReport", "Sent"),
                t.translate("SiteReport", "Command"),
                t.translate("SiteReport", "Result"),
                t.translate("SiteReport", "Detail"),
            ]
            out.append(_table(head, rows))
        else:
            out.append(
                "<p class='muted'>"
                + _e(t.translate("SiteReport", "No commands in the range."))
                + "</p>"
            )
    doc.setHtml("<html><body>" + "\n".join(out) + "</body></html>")
    return doc


def _table(head: list[str], rows: list[list[str]]) -> str:
    parts = ['<table border="0.5" cellspacing="0" cellpadding="3" width="100%">']
    if head:
        parts.append("<tr>" + "".join(f"<th>{_e(x)}</th>" for x in head) + "</tr>")
    for row in rows:
        parts.append("<tr>" + "".join(f"<td>{x}</td>" for x in row) + "</tr>")
    parts.append("</table>")
    return "".join(parts)


def write_pdf(data: SiteData, path: Path, lang: str) -> None:
    """Lay the report out and print it to ``path`` (A4). OSError if it cannot be written."""
    path = Path(path)
    if not path.parent.is_dir():
        raise OSError(f"no such folder: {path.parent}")
    doc = build_document(data, lang)
    writer = QPdfWriter(str(path))
    writer.setTitle(_Texts(lang).translate("SiteReport", "Site report"))
    writer.setCreator(f"fourgmon {fourgmon.__version__}")
    writer.setResolution(96)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.print_(writer)
    del writer  # flushes and closes the file
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
