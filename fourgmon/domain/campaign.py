"""A firmware campaign as a state machine: events and the clock in, actions out.

No I/O: a driver (:mod:`fourgmon.server.campaigns`) feeds it what happened (a module
identified itself, the result of an update or version request, the time) and carries
out the actions it returns (send ``update``, read the version, store a changed step).

Per module::

    pending --start--> updating --accepted--> rebooting --back online--> reading
       ^                  |                       |                         |
    queued (offline       +--refused/no reply--> failed          version read back:
    at start; pending     |                       |              updated / unchanged
    once it is online)    |               not back within T --> not_back
                          +-- (never online before the queue expiry) --> offline

``concurrency`` modules are in updating / rebooting / reading at once. Pause stops new
starts (an update already sent cannot be taken back); abort also marks every module not
started yet "aborted"; the ones under way still get their result.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Literal

StepState = Literal[
    "pending",
    "queued",
    "updating",
    "rebooting",
    "reading",
    "updated",
    "unchanged",
    "failed",
    "not_back",
    "offline",
    "aborted",
]
CampaignState = Literal["ready", "running", "paused", "aborted", "finished"]
ACTIVE: frozenset[str] = frozenset({"updating", "rebooting", "reading"})
FINAL: frozenset[str] = frozenset(
    {"updated", "unchanged", "failed", "not_back", "offline", "aborted"}
)
DEFAULT_CONCURRENCY = 1
DEFAULT_BACK_WITHIN = 15 * 60.0  # seconds a module may take to come back after update
DEFAULT_QUEUE_EXPIRY = 24 * 3600.0  # a module offline at start is waited for this long
REPORT_HEADER = (
    "imei",
    "alias",
    "type",
    "version_before",
    "version_after",
    "result",
    "started_at",
    "finished_at",
    "detail",
)


@dataclass(frozen=True, slots=True)
class Target:
    """A module chosen for the campaign, as the confirm dialog listed it."""

    imei: str
    alias: str = ""
    fw_type: str = ""
    version: str = ""


@dataclass(frozen=True, slots=True)
class Step:
    """One module's progress in the campaign."""

    imei: str
    position: int
    alias: str
    fw_type: str
    version_before: str
    state: StepState = "pending"
    version_after: str = ""
    started_at: float | None = None
    finished_at: float | None = None
    detail: str = ""
    deadline: float | None = None  # rebooting: not back after this


@dataclass(frozen=True, slots=True)
class SendUpdate:
    imei: str


@dataclass(frozen=True, slots=True)
class ReadVersion:
    imei: str


@dataclass(frozen=True, slots=True)
class StepChanged:
    step: Step


@dataclass(frozen=True, slots=True)
class StateChanged:
    state: CampaignState


Action = SendUpdate | ReadVersion | StepChanged | StateChanged


class Campaign:
    """See the module docstring. Every method returns the actions to carry out, in order."""

    def __init__(
        self,
        campaign_id: str,
        targets: Iterable[Target],
        created_at: float,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        back_within: float = DEFAULT_BACK_WITHIN,
        queue_expiry: float = DEFAULT_QUEUE_EXPIRY,
    ) -> None:
        self.id = campaign_id
        self.created_at = created_at
        self.concurrency = max(1, concurrency)
        self.back_within = back_within
        self.queue_expiry = queue_expiry
        self.state: CampaignState = "ready"
        self.finished_at: float | None = None
        self._steps: dict[str, Step] = {}
        for t in targets:
            if t.imei not in self._steps:
                self._steps[t.imei] = Step(t.imei, len(self._steps), t.alias, t.fw_type, t.version)

    # ------------------------------------------------------------ queries
    @property
    def steps(self) -> list[Step]:
        return sorted(self._steps.values(), key=lambda s: s.position)

    def step(self, imei: str) -> Step | None:
        return self._steps.get(imei)

    def counts(self) -> dict[str, int]:
        """Steps per state."""
        out: dict[str, int] = {}
        for s in self._steps.values():
            out[s.state] = out.get(s.state, 0) + 1
        return out

    @property
    def done(self) -> bool:
        return self.state in ("finished", "aborted") and not any(
            s.state in ACTIVE for s in self._steps.values()
        )

    # ------------------------------------------------------------ commands
    def start(self, now: float, online: Collection[str]) -> list[Action]:
        """Begin: modules online now are pending, the others queued until they are back."""
        if self.state != "ready":
            return []
        out: list[Action] = [self._set_state("running")]
        for s in self.steps:
            if s.imei not in online:
                out.append(self._set(s, state="queued", detail="offline at start: queued"))
        return out + self._fill(now)

    def pause(self, now: float) -> list[Action]:
        if self.state != "running":
            return []
        return [self._set_state("paused")]

    def resume(self, now: float) -> list[Action]:
        if self.state != "paused":
            return []
        return [self._set_state("running"), *self._fill(now)]

    def abort(self, now: float) -> list[Action]:
        if self.state not in ("running", "paused", "ready"):
            return []
        out: list[Action] = []
        for s in self.steps:
            if s.state in ("pending", "queued"):
                out.append(
                    self._set(s, state="aborted", finished_at=now, detail="campaign aborted")
                )
        self.finished_at = now
        out.append(self._set_state("aborted"))
        return out

    # ------------------------------------------------------------ events
    def module_online(self, imei: str, now: float) -> list[Action]:
        """``imei`` identified itself (a new connection)."""
        s = self._steps.get(imei)
        if s is None:
            return []
        if s.state == "rebooting":
            return [self._set(s, state="reading", detail="back online: reading the version"),
                    ReadVersion(imei)]  # fmt: skip
        if s.state == "queued":
            return [self._set(s, state="pending", detail="online"), *self._fill(now)]
        return []

    def update_result(self, imei: str, status: str, detail: str, now: float) -> list[Action]:
        """The module's answer to ``update`` (status ok / failed / timeout / error)."""
        s = self._steps.get(imei)
        if s is None or s.state != "updating":
            return []
        if status == "ok":
            out = [self._set(s, state="rebooting", deadline=now + self.back_within,
                             detail="upgrade mode entered: waiting for the module")]  # fmt: skip
        elif status == "failed":
            out = [self._set(s, state="failed", finished_at=now, detail="refused by the module")]
        else:
            out = [self._set(s, state="failed", finished_at=now, detail=detail or status)]
        return out + self._fill(now)

    def version_result(
        self, imei: str, status: str, version: str, detail: str, now: float
    ) -> list[Action]:
        """The version read back after the module came back."""
        s = self._steps.get(imei)
        if s is None or s.state != "reading":
            return []
        if status != "ok":  # dropped again (firmware may reboot twice): wait for it
            return [self._set(s, state="rebooting", detail=f"version not read: {detail}")]
        same = version == s.version_before
        out = [
            self._set(
                s,
                state="unchanged" if same else "updated",
                version_after=version,
                finished_at=now,
                detail="same version as before"
                if same
                else f"{s.version_before or '?'} → {version}",
            )
        ]
        return out + self._fill(now)

    def tick(self, now: float) -> list[Action]:
        """The clock: modules not back within T, queued ones past the queue expiry."""
        out: list[Action] = []
        for s in self.steps:
            if s.state == "rebooting" and s.deadline is not None and now >= s.deadline:
                out.append(self._set(s, state="not_back", finished_at=now,
                                     detail=f"not back within {self.back_within:g} s"))  # fmt: skip
            elif s.state == "queued" and now >= self.created_at + self.queue_expiry:
                out.append(self._set(s, state="offline", finished_at=now,
                                     detail="never online during the campaign"))  # fmt: skip
        return out + self._fill(now)

    # ------------------------------------------------------------ internals
    def _set(self, s: Step, **changes: object) -> StepChanged:
        new = replace(s, **changes)  # type: ignore[arg-type]
        self._steps[s.imei] = new
        return StepChanged(new)

    def _set_state(self, state: CampaignState) -> StateChanged:
        self.state = state
        return StateChanged(state)

    def _fill(self, now: float) -> list[Action]:
        """Start pending modules while there is room; finish when nothing is left."""
        out: list[Action] = []
        if self.state == "running":
            active = sum(1 for s in self._steps.values() if s.state in ACTIVE)
            for s in self.steps:
                if active >= self.concurrency:
                    break
                if s.state == "pending":
                    out.append(self._set(s, state="updating", started_at=now,
                                         detail="update sent"))  # fmt: skip
                    out.append(SendUpdate(s.imei))
                    active += 1
            if all(s.state in FINAL for s in self._steps.values()):
                self.finished_at = now
                out.append(self._set_state("finished"))
        return out


def version_key(version: str) -> tuple[int, ...]:
    """'1.0.10' -> (1, 0, 10): the numbers of a version text, compared as numbers."""
    return tuple(int(n) for n in re.findall(r"\d+", version))


def version_below(version: str, limit: str) -> bool:
    """Whether ``version`` is older than ``limit`` (an empty limit: every version; an
    unknown version is never below a limit)."""
    if not limit.strip():
        return True
    mine, theirs = version_key(version), version_key(limit)
    return bool(mine) and mine < theirs


def report_rows(steps: Iterable[Step]) -> list[tuple[str, ...]]:
    """The CSV report: :data:`REPORT_HEADER`, then one row per module (times ISO, UTC)."""
    rows: list[tuple[str, ...]] = [REPORT_HEADER]
    for s in steps:
        rows.append(
            (
                s.imei,
                s.alias,
                s.fw_type,
                s.version_before,
                s.version_after,
                s.state,
                _iso(s.started_at),
                _iso(s.finished_at),
                s.detail,
            )
        )
    return rows


def _iso(at: float | None) -> str:
    if at is None:
        return ""
    return datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
