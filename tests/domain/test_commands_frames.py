"""The command catalogue and the frame statistics."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fourgmon.domain.commands import COMMANDS, command, describe_reply, kind_of_reply
from fourgmon.domain.frames import FrameStats, frame_stats
from fourgmon.protocol import encode
from fourgmon.protocol.messages import (
    InfoAck,
    QueryMsgAck,
    TimeAck,
    UpdateAck,
    VersionAck,
    VersionRequest,
)

IMEI = "865501040000001"


def test_every_command_builds_its_request_and_knows_its_reply() -> None:
    assert list(COMMANDS) == ["time", "info", "version", "query_msg", "update"]
    for cmd in COMMANDS.values():
        msg = cmd.request(IMEI, 1_700_000_000.5)
        assert encode(msg)  # a message the protocol can send
        assert cmd.button.startswith("btn") and cmd.label and cmd.help
        if cmd.reply is not None:
            assert kind_of_reply(cmd.reply.__new__(cmd.reply)) == cmd.kind
    assert command("time").request(IMEI, 1_700_000_000.5) == TimeAck(1_700_000_000)
    assert command("version").request(IMEI, 0) == VersionRequest(IMEI)
    with pytest.raises(ValueError, match="expected one of time, info"):
        command("reboot")
    assert kind_of_reply(TimeAck(1)) is None


def test_replies_are_described_once() -> None:
    assert describe_reply(InfoAck("8986", "x", (0, 1, 2))) == (
        "ok",
        "CCID 8986, location x, RS485 errors 0/1/2",
    )
    assert describe_reply(VersionAck(None, "0001", "1.0")) == ("ok", "type 0001, version 1.0")
    assert describe_reply(UpdateAck(False)) == ("failed", "refused by the module")
    assert describe_reply(QueryMsgAck(True)) == ("ok", "accepted")


@given(st.lists(st.lists(st.integers(0, 65535), max_size=60), max_size=12))
def test_frame_stats_match_numpy_per_frame(frames: list[list[int]]) -> None:
    arrays = [np.array(f, dtype=np.uint16) for f in frames]
    as_bytes = [a.astype("<u2").tobytes() for a in arrays]
    expected = [
        FrameStats(len(a), float(a.mean()), int(a.min()), int(a.max()))
        if len(a)
        else FrameStats(0, None, None, None)
        for a in arrays
    ]
    for got in (frame_stats(arrays), frame_stats(as_bytes)):
        assert len(got) == len(expected)
        for g, e in zip(got, expected, strict=True):
            assert (g.n, g.min, g.max) == (e.n, e.min, e.max)
            assert g.mean == pytest.approx(e.mean)
