"""The campaign state machine with a stepped clock: no sockets, no loop."""

from __future__ import annotations

from fourgmon.domain.campaign import (
    REPORT_HEADER,
    Campaign,
    ReadVersion,
    SendUpdate,
    StateChanged,
    StepChanged,
    Target,
    report_rows,
    version_below,
)

A, B, C, D = "865501040000001", "865501040000002", "865501040000003", "865501040000004"


def sends(actions: list[object]) -> list[object]:
    return [a for a in actions if isinstance(a, SendUpdate | ReadVersion)]


def states(c: Campaign) -> dict[str, str]:
    return {s.imei: s.state for s in c.steps}


def make(n: int = 1, back: float = 900.0) -> Campaign:
    targets = [Target(i, f"m{i[-1]}", "0001", "1.0.3") for i in (A, B, C)]
    return Campaign("c1", targets, 1000.0, concurrency=n, back_within=back)


def test_one_at_a_time_update_back_and_read_version() -> None:
    c = make()
    out = c.start(1000.0, {A, B, C})
    assert out[0] == StateChanged("running")
    assert sends(out) == [SendUpdate(A)]
    assert states(c) == {A: "updating", B: "pending", C: "pending"}
    assert c.update_result(A, "ok", "accepted", 1001.0)[0].step.state == "rebooting"  # type: ignore[union-attr]
    assert sends(c.module_online(A, 1100.0)) == [ReadVersion(A)]
    out = c.version_result(A, "ok", "1.0.4", "", 1101.0)
    assert c.step(A).state == "updated" and c.step(A).version_after == "1.0.4"  # type: ignore[union-attr]
    assert sends(out) == [SendUpdate(B)]  # the next one only now


def test_refused_unchanged_and_not_back_then_finished() -> None:
    c = make(n=3, back=60.0)
    out = c.start(1000.0, {A, B, C})
    assert sends(out) == [SendUpdate(A), SendUpdate(B), SendUpdate(C)]
    c.update_result(A, "failed", "refused by the module", 1001.0)
    c.update_result(B, "ok", "", 1001.0)
    c.update_result(C, "ok", "", 1001.0)
    c.module_online(B, 1010.0)
    c.version_result(B, "ok", "1.0.3", "", 1011.0)
    assert c.tick(1060.0) == []  # C: T not over yet
    out = c.tick(1061.0)
    assert states(c) == {A: "failed", B: "unchanged", C: "not_back"}
    assert out[-1] == StateChanged("finished") and c.done


def test_offline_at_start_is_queued_until_it_comes_online() -> None:
    c = make()
    out = c.start(1000.0, {B})
    assert states(c)[A] == "queued" and sends(out) == [SendUpdate(B)]
    assert sends(c.module_online(A, 1005.0)) == []  # B still under way: N = 1
    c.update_result(B, "timeout", "no reply within 15 s", 1020.0)
    assert c.step(B).state == "failed"  # type: ignore[union-attr]
    assert c.step(A).state == "updating"  # type: ignore[union-attr]
    out = c.tick(1000.0 + 86400)
    assert c.step(C).state == "offline"  # type: ignore[union-attr]


def test_pause_resume_abort() -> None:
    c = make()
    c.start(1000.0, {A, B, C})
    c.pause(1001.0)
    assert sends(c.update_result(A, "failed", "", 1002.0)) == []  # paused: nothing new
    assert sends(c.resume(1003.0)) == [SendUpdate(B)]
    out = c.abort(1004.0)
    assert states(c) == {A: "failed", B: "updating", C: "aborted"}
    assert out[-1] == StateChanged("aborted") and not c.done  # B is still under way
    c.update_result(B, "ok", "", 1005.0)
    c.module_online(B, 1006.0)
    c.version_result(B, "ok", "1.0.4", "", 1007.0)
    assert c.step(B).state == "updated" and c.done  # type: ignore[union-attr]


def test_a_failed_read_back_waits_for_the_next_return() -> None:
    c = make(back=60.0)
    c.start(1000.0, {A})
    c.update_result(A, "ok", "", 1001.0)
    c.module_online(A, 1010.0)
    assert (
        c.version_result(A, "error", "", "connection closed", 1011.0)[0].step.state == "rebooting"
    )  # type: ignore[union-attr]
    assert sends(c.module_online(A, 1020.0)) == [ReadVersion(A)]


def test_report_rows() -> None:
    c = make()
    c.start(0.0, {A})
    c.update_result(A, "failed", "", 60.0)
    rows = report_rows(c.steps)
    assert rows[0] == REPORT_HEADER
    assert rows[1][:6] == (A, "m1", "0001", "1.0.3", "", "failed")
    assert rows[1][6:8] == ("1970-01-01T00:00:00Z", "1970-01-01T00:01:00Z")
    assert [r[5] for r in rows[2:]] == ["queued", "queued"]
    assert all(isinstance(a, StepChanged | StateChanged) for a in c.pause(1.0))


def test_version_below() -> None:
    assert version_below("1.0.3", "1.0.4") and version_below("1.0.9", "1.0.10")
    assert not version_below("1.0.4", "1.0.4") and not version_below("2.0", "1.9.9")
    assert version_below("", "") and not version_below("", "1.0")
