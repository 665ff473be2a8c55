"""One command on many modules: who answered what, and its one-line summary."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from fourgmon.server.events import CommandResult

FINAL_STATUSES = ("ok", "failed", "timeout", "error")


@dataclass
class BulkAction:
    """A command sent to ``imeis`` at ``started``; results filled in as they arrive."""

    kind: str
    imeis: list[str]
    started: float = field(default_factory=time.time)
    results: dict[str, str] = field(default_factory=dict)  # imei -> final status
    queued: set[str] = field(default_factory=set)  # offline: in the command queue
    finished: bool = False

    def take(self, result: CommandResult) -> bool:
        """Count ``result`` if it belongs to this action (once); True if it belongs."""
        if (
            result.kind != self.kind
            or result.sent_at < self.started - 1.0
            or result.imei not in self._members
        ):
            return False
        if result.status in FINAL_STATUSES:
            self.results.setdefault(result.imei, result.status)
        return True

    def __post_init__(self) -> None:
        self._members = set(self.imeis)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for status in self.results.values():
            out[status] = out.get(status, 0) + 1
        return out

    @property
    def waiting(self) -> int:
        return len(self._members) - len(self.results) - len(self.queued)

    def failed(self) -> list[str]:
        """Modules that did not get the command done (to retry), in selection order."""
        return [i for i in self.imeis if self.results.get(i, "ok") != "ok"]


def summary(action: BulkAction, kind_name: str) -> str:
    """'Time sync on 40 modules: 37 ok, 2 timeout, 1 refused' (the parts that are not 0)."""
    c = action.counts()
    parts = [
        (c.get("ok", 0), QCoreApplication.translate("BulkAction", "{n} ok")),
        (c.get("timeout", 0), QCoreApplication.translate("BulkAction", "{n} timeout")),
        (c.get("failed", 0), QCoreApplication.translate("BulkAction", "{n} refused")),
        (c.get("error", 0), QCoreApplication.translate("BulkAction", "{n} error")),
        (len(action.queued), QCoreApplication.translate("BulkAction", "{n} queued (offline)")),
        (action.waiting, QCoreApplication.translate("BulkAction", "{n} waiting")),
    ]
    counts = QCoreApplication.translate("BulkAction", ", ").join(
        text.format(n=n) for n, text in parts if n
    )
    return QCoreApplication.translate("BulkAction", "{command} on {n} modules: {counts}").format(
        command=kind_name, n=len(action.imeis), counts=counts or "-"
    )
