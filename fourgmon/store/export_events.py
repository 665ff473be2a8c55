"""The rows of an events export and of an alarm-history export.

Events, oldest first, columns ``imei,alias,time,event,channel,detail``:

- ``online`` / ``offline``: a connection change; detail: the cause and the peer;
- ``command``: a command and its outcome; detail: ``kind: status`` and what the module
  said or why it failed, and when it ended;
- ``sensor``: a channel's status changed (a push_online); detail: ``st=... dt=...`` as the
  module sent them (the first push_online of the range gives every channel it lists);
- ``info``: SIM info (CCID, location, error counters); ``version``: firmware type and version.

Alarms, by raise time, columns ``imei,alias,kind,severity,channel,raised_at,acked_at,
acked_by,cleared_at,count,detail``: every alarm open at some time in the window.
Times are ISO 8601 UTC; channel is 0-8 as in ``dataK`` (empty: the whole module).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fourgmon.store.alarms import read_alarms
from fourgmon.store.cells import iso_utc
from fourgmon.store.store import Store

if TYPE_CHECKING:
    from fourgmon.store.export import ExportRequest

EVENT_COLUMNS = ("imei", "alias", "time", "event", "channel", "detail")
ALARM_COLUMNS = (
    "imei",
    "alias",
    "kind",
    "severity",
    "channel",
    "raised_at",
    "acked_at",
    "acked_by",
    "cleared_at",
    "count",
    "detail",
)
_Row = list[object]


def table_header(what: str) -> tuple[str, ...]:
    """The columns of an ``events`` or ``alarms`` export."""
    return EVENT_COLUMNS if what == "events" else ALARM_COLUMNS


def _window(column: str, since: float | None, until: float | None) -> tuple[str, list[float]]:
    sql, params = "", []
    if since is not None:
        sql, params = f" AND {column} >= ?", [since]
    if until is not None:
        sql, params = sql + f" AND {column} < ?", [*params, until]
    return sql, params


def _query(store: Store, sql: str, params: Sequence[Any]) -> list[Any]:
    """``sql``'s rows over every data file (damaged parts left out)."""
    return [row for rows in store._each_file(sql, params) for row in rows]


def _time(t: float | None) -> str:
    return "" if t is None else iso_utc(t)


def event_rows(store: Store, request: ExportRequest) -> list[_Row]:
    """Every event of the request's modules in its window, oldest first."""
    aliases = {d.imei: d.alias for d in store.devices()}
    out: list[tuple[float, int, _Row]] = []
    for imei in request.imeis:

        def add(at: float, event: str, channel: int | None, detail: str, imei: str = imei) -> None:
            row: _Row = [imei, aliases.get(imei, ""), iso_utc(at), event, channel, detail]
            out.append((at, len(out), row))

        where, params = _window("at", request.since, request.until)
        for at, state, cause, peer in _query(
            store,
            "SELECT at, state, cause, peer FROM connection_events WHERE imei = ?" + where,
            [imei, *params],
        ):
            add(at, state, None, f"{cause} ({peer})" if peer else cause)
        cwhere, cparams = _window("sent_at", request.since, request.until)
        for kind, sent, done, status, detail in _query(
            store,
            "SELECT kind, sent_at, done_at, status, detail FROM commands WHERE imei = ?" + cwhere,
            [imei, *cparams],
        ):
            text = f"{kind}: {status}" + (f" - {detail}" if detail else "")
            if done is not None:
                text += f" (done {iso_utc(done)})"
            add(sent, "command", None, text)
        for at, ccid, location, e0, e1, e2 in _query(
            store,
            "SELECT at, ccid, location, err0, err1, err2 FROM info_history WHERE imei = ?" + where,
            [imei, *params],
        ):
            errs = ",".join("" if e is None else str(e) for e in (e0, e1, e2))
            add(at, "info", None, f"ccid={ccid} location={location} errors={errs}")
        for at, fw_type, version in _query(
            store,
            "SELECT at, type, version FROM version_history WHERE imei = ?" + where,
            [imei, *params],
        ):
            add(at, "version", None, f"{fw_type} {version}".strip())
        last: dict[int, tuple[str, str]] = {}
        for status in store.status_history(imei, request.since, request.until):
            for k in sorted(set(status.st) | set(status.dt)):
                now = (status.st.get(k, ""), status.dt.get(k, ""))
                if last.get(k) != now:
                    last[k] = now
                    add(status.received_at, "sensor", k, f"st={now[0]} dt={now[1]}")
    out.sort(key=lambda item: (item[0], item[1]))
    return [row for _, _, row in out]


def alarm_rows(store: Store, request: ExportRequest, data_dir: Path | None) -> list[_Row]:
    """The alarms of the request's modules that were open at some time in its window."""
    if data_dir is None:
        return []
    aliases = {d.imei: d.alias for d in store.devices()}
    wanted = set(request.imeis)
    rows: list[_Row] = []
    for a in read_alarms(data_dir):
        if a.imei not in wanted:
            continue
        if request.until is not None and a.raised_at >= request.until:
            continue
        if request.since is not None and a.cleared_at is not None and a.cleared_at < request.since:
            continue
        rows.append(
            [
                a.imei,
                aliases.get(a.imei, ""),
                a.kind,
                a.severity,
                a.channel,
                _time(a.raised_at),
                _time(a.acked_at),
                a.acked_by,
                _time(a.cleared_at),
                a.count,
                a.detail,
            ]
        )
    return rows
