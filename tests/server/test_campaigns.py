"""A firmware campaign over real sockets: scripted modules that update, refuse, vanish."""

from __future__ import annotations

import asyncio
import csv
import io

from fourgmon.domain.campaign import Target, report_rows
from fourgmon.protocol.messages import Ping, UpdateAck, UpdateRequest, VersionAck, VersionRequest
from fourgmon.server.campaigns import CampaignRunner
from fourgmon.server.events import CampaignChanged
from fourgmon.sim.scripted import ScriptedModule
from tests.server.conftest import Harness

OLD, NEW = "1.0.3", "1.0.4"
UPDATES, REFUSES, NEVER_BACK, SAME, LATE = (str(865501040800000 + i) for i in range(5))


async def identify(harness: Harness, imei: str) -> ScriptedModule:
    module = await harness.connect(imei)
    module.send(Ping(imei))
    await module.expect("pong")
    return module


async def behave(harness: Harness, module: ScriptedModule, role: str) -> None:
    """What the module does with the campaign's requests."""
    await module.expect(UpdateRequest, timeout=10)
    module.send(UpdateAck(result=role != REFUSES))
    if role == REFUSES:
        return
    await asyncio.sleep(0.05)
    await module.aclose()  # into upgrade mode: offline for a while
    if role == NEVER_BACK:
        return
    await asyncio.sleep(0.2)
    back = await identify(harness, role)
    await back.expect(VersionRequest, timeout=10)
    back.send(VersionAck(role, "0001", OLD if role == SAME else NEW))


async def test_campaign_over_five_modules_ends_with_the_right_states(harness: Harness) -> None:
    imeis = [UPDATES, REFUSES, NEVER_BACK, SAME, LATE]
    modules = {imei: await identify(harness, imei) for imei in imeis[:-1]}  # LATE is offline
    targets = [Target(imei, f"site-{i}", "0001", OLD) for i, imei in enumerate(imeis)]
    runner = CampaignRunner(harness.server, targets, concurrency=2, back_within=1.5, tick=0.05)
    behaviours = [asyncio.create_task(behave(harness, m, imei)) for imei, m in modules.items()]
    runner.start()
    assert runner.campaign.step(LATE).state == "queued"  # type: ignore[union-attr]
    assert {s.state for s in runner.campaign.steps if s.imei != LATE} >= {"updating"}
    assert sum(s.state == "updating" for s in runner.campaign.steps) == 2  # N at a time
    await asyncio.sleep(0.3)
    late = await identify(harness, LATE)  # comes online during the campaign
    behaviours.append(asyncio.create_task(behave(harness, late, LATE)))
    await asyncio.wait_for(runner.finished(), 15)
    await asyncio.gather(*behaviours)
    await runner.stop()

    states = {s.imei: s.state for s in runner.campaign.steps}
    assert states == {
        UPDATES: "updated",
        REFUSES: "failed",
        NEVER_BACK: "not_back",
        SAME: "unchanged",
        LATE: "updated",
    }
    assert runner.campaign.state == "finished"
    assert runner.campaign.step(UPDATES).version_after == NEW  # type: ignore[union-attr]
    # Stored: the campaign and every step, as the report shows them.
    await asyncio.sleep(0.1)
    stored = harness.store.campaign_steps(runner.id)
    assert {s.imei: s.state for s in stored} == states
    assert [c.state for c in harness.store.campaigns()] == ["finished"]
    text = io.StringIO()
    csv.writer(text).writerows(report_rows(runner.campaign.steps))
    rows = list(csv.DictReader(io.StringIO(text.getvalue())))
    assert [(r["imei"], r["result"], r["version_after"]) for r in rows] == [
        (UPDATES, "updated", NEW),
        (REFUSES, "failed", ""),
        (NEVER_BACK, "not_back", ""),
        (SAME, "unchanged", OLD),
        (LATE, "updated", NEW),
    ]
    # The update and read-back results are in the command history like any other.
    kinds = [(r.kind, r.status) for r in harness.store.command_history(UPDATES)]
    assert kinds == [("version", "ok"), ("update", "ok")]
    assert harness.of_type(CampaignChanged)


async def test_abort_stops_the_modules_not_started(harness: Harness) -> None:
    imeis = [UPDATES, REFUSES, SAME]
    modules = {imei: await identify(harness, imei) for imei in imeis}
    runner = CampaignRunner(
        harness.server, [Target(i, "", "0001", OLD) for i in imeis], back_within=1.0, tick=0.05
    )
    runner.start()
    await modules[UPDATES].expect(UpdateRequest)
    runner.abort()
    modules[UPDATES].send(UpdateAck(result=False))
    await asyncio.wait_for(runner.finished(), 5)
    await runner.stop()
    assert {s.imei: s.state for s in runner.campaign.steps} == {
        UPDATES: "failed",
        REFUSES: "aborted",
        SAME: "aborted",
    }
    for imei in (REFUSES, SAME):  # never sent
        assert not harness.store.command_history(imei)
