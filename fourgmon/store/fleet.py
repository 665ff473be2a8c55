"""Rows of fleet operations: the command queue, campaigns and their steps.

The writer upserts each record whole (:data:`FLEET_UPSERTS`, by primary key), so the
last state written wins; :class:`FleetReads` reads them back (the queue at start,
a campaign's report).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import astuple, fields
from pathlib import Path
from typing import Any

from fourgmon.store.records import (
    CampaignRecord,
    CampaignStepRecord,
    FleetRecord,
    QueuedCommandRecord,
)


def _upsert(table: str, cls: type, key: tuple[str, ...]) -> str:
    names = [f.name for f in fields(cls)]
    marks = ", ".join("?" * len(names))
    updates = ", ".join(f"{n} = excluded.{n}" for n in names if n not in key)
    return (
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})"
        f" ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updates}"
    )


FLEET_UPSERTS: dict[type, str] = {
    QueuedCommandRecord: _upsert("command_queue", QueuedCommandRecord, ("id",)),
    CampaignRecord: _upsert("campaigns", CampaignRecord, ("id",)),
    CampaignStepRecord: _upsert("campaign_steps", CampaignStepRecord, ("campaign", "imei")),
}


def fleet_row(record: FleetRecord) -> tuple[Any, ...]:
    """The record's fields in column order."""
    return astuple(record)


def _select(cls: type, table: str) -> str:
    return f"SELECT {', '.join(f.name for f in fields(cls))} FROM {table}"


class FleetReads:
    """Reads of the fleet tables; mixed into :class:`fourgmon.store.Store`."""

    def _each_file(self, sql: str, params: Sequence[Any] = ()) -> Iterator[list[Any]]:
        raise NotImplementedError  # StoreReads provides it

    _files: list[Path]

    def command_queue(self, *, open_only: bool = False) -> list[QueuedCommandRecord]:
        """Queued commands, oldest first (``open_only``: still queued or being sent)."""
        where = " WHERE state IN ('queued', 'sending')" if open_only else ""
        merged: dict[str, QueuedCommandRecord] = {}
        for rows in self._each_file(
            _select(QueuedCommandRecord, "command_queue") + where + " ORDER BY queued_at"
        ):
            for row in rows:
                record = QueuedCommandRecord(*row)
                merged[record.id] = record
        return sorted(merged.values(), key=lambda r: (r.queued_at, r.id))

    def campaigns(self) -> list[CampaignRecord]:
        """Every stored campaign, oldest first."""
        merged: dict[str, CampaignRecord] = {}
        for rows in self._each_file(_select(CampaignRecord, "campaigns")):
            for row in rows:
                merged[row[0]] = CampaignRecord(*row)
        return sorted(merged.values(), key=lambda c: c.created_at)

    def campaign_steps(self, campaign: str) -> list[CampaignStepRecord]:
        """The steps of ``campaign``, in campaign order."""
        merged: dict[str, CampaignStepRecord] = {}
        for rows in self._each_file(
            _select(CampaignStepRecord, "campaign_steps") + " WHERE campaign = ?", (campaign,)
        ):
            for row in rows:
                merged[row[1]] = CampaignStepRecord(*row)
        return sorted(merged.values(), key=lambda s: s.position)
