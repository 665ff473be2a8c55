"""The literal samples of the vendor document (module-protocol-v1.0.9.zh.txt), byte for byte.

They are not strict JSON: a full-width comma after ``"cmd": "info"`` (making a trailing
comma), full-width commas as separators, a trailing space in ``time``, and no-break
spaces (U+00A0) indenting ``pong`` and ``push_info_ack``.
"""

from __future__ import annotations

import numpy as np
import pytest

from fourgmon.protocol import (
    InfoAck,
    InfoRequest,
    InvalidMessage,
    JsonSplitter,
    Message,
    Ping,
    Pong,
    PushInfo,
    PushInfoAck,
    PushMsg,
    PushMsgAck,
    PushOnline,
    PushOnlineAck,
    QueryMsgAck,
    QueryMsgRequest,
    SensorKind,
    SensorState,
    TimeAck,
    TimeRequest,
    UpdateAck,
    UpdateRequest,
    VersionAck,
    VersionRequest,
    decode,
    encode,
)

IMEI = "865501040783269"
CCID = "89860317045714788688"
LOCATION = "113.584312,22.283756"

VENDOR: list[tuple[str, Message]] = [
    ('{\n\n"cmd": "ping",\n"IMEI": "865501040783269"\n}', Ping(IMEI)),
    ('{\n\n\xa0 \xa0 "cmd": "pong"\n\n}', Pong()),
    ('{\n\n"cmd": "time",\n"IMEI": "865501040783269"\n}', TimeRequest(IMEI)),
    ('{\n\n"cmd": "time_ack",\n\n"timestamp": "1583847057"\n}', TimeAck(1583847057)),
    ('{\n\n"cmd": "push_msg_ack",\n\n"packnum": "0"\n}', PushMsgAck(0)),
    (
        '{\n\n"cmd": "push_info",\n"IMEI": "865501040783269",\n"CCID": "89860317045714788688",'
        '\n\n"location": "113.584312,22.283756"\n}',
        PushInfo(IMEI, CCID, LOCATION),
    ),
    ('{\n\n\xa0 \xa0 "cmd": "push_info_ack"\n\n}', PushInfoAck()),
    ('{\n\n"cmd": "info"，\n\n}', InfoRequest()),
    (
        '{\n\n"cmd": "info_ack",\n\n"CCID": "89860317045714788688",\n\n'
        '"location": "113.584312,22.283756",\n\n"err0num": "1",\n"err1num": "2",\n'
        '"err2num": "3"\n}',
        InfoAck(CCID, LOCATION, (1, 2, 3)),
    ),
    ('{\n\n"cmd": "version"，\n\n"IMEI": "865501040783269"\n}', VersionRequest(IMEI)),
    (
        '{\n\n"cmd": "version_ack",\n\n"IMEI": "865501040783269",\n\n"type": "0001",\n\n'
        '"version": "1.0.3"\n}',
        VersionAck(IMEI, "0001", "1.0.3"),
    ),
    ('{\n\n"cmd": "update"，\n\n"IMEI": "865501040783269"\n}', UpdateRequest(IMEI)),
    ('{\n\n"cmd": "update_ack",\n\n"result": "true"\n}', UpdateAck(True)),
    ('{\n\n"cmd": "query_msg"，\n\n"IMEI": "865501040783269"\n}', QueryMsgRequest(IMEI)),
    ('{\n\n"cmd": "query_msg_ack",\n\n"result": "true"\n}', QueryMsgAck(True)),
    (
        '{\n\n"cmd": "push_online",\n"IMEI": "865501040783269",\n"packnum": "0",\n'
        '"st0": [1],\n"st1": [0],\n"st2": [0]\n}',
        PushOnline(
            IMEI,
            0,
            {
                0: SensorState(SensorKind.ONLINE, "[1]"),
                1: SensorState(SensorKind.OFFLINE, "[0]"),
                2: SensorState(SensorKind.OFFLINE, "[0]"),
            },
        ),
    ),
    ('{\n\n"cmd": "push_online_ack",\n\n"packnum": "0"\n}', PushOnlineAck(0)),
]

# The document abbreviates the samples with "..."; "0000".."0032" (hex) is 51 samples.
PUSH_MSG_LITERAL = (
    '{\n\n"cmd": "push_msg",\n"IMEI": "865501040783269",\n"packnum": "0",\n'
    '"time": "2019-06-15 16:07:28 ",\n"data0": "0000,0001,0002,0003,0004,...,0032",\n'
    '"data1": "0000,0001,0002,0003,0004,...,0032",\n'
    '"data2": "0000,0001,0002,0003,0004,...,0032"\n}'
)
RAMP = ",".join(f"{i:04X}" for i in range(0x33))
PUSH_MSG_EXPANDED = PUSH_MSG_LITERAL.replace("0000,0001,0002,0003,0004,...,0032", RAMP)


@pytest.mark.parametrize(("text", "expected"), VENDOR, ids=[m.CMD for _, m in VENDOR])
def test_vendor_sample_decodes(text: str, expected: Message) -> None:
    assert decode(text.encode("utf-8")) == expected


@pytest.mark.parametrize(("text", "expected"), VENDOR, ids=[m.CMD for _, m in VENDOR])
def test_vendor_sample_round_trips_through_encode(text: str, expected: Message) -> None:
    assert decode(encode(expected)) == expected


def test_vendor_samples_through_the_splitter_byte_by_byte() -> None:
    stream = b"\r\n".join(text.encode("utf-8") for text, _ in VENDOR)
    splitter = JsonSplitter()
    raws = [raw for i in range(len(stream)) for raw in splitter.feed(stream[i : i + 1])]
    assert [decode(raw) for raw in raws] == [m for _, m in VENDOR]


def test_vendor_push_msg_with_its_ellipsis_is_rejected() -> None:
    raw = PUSH_MSG_LITERAL.encode("utf-8")
    with pytest.raises(InvalidMessage) as info:
        decode(raw)
    assert info.value.raw == raw
    assert "data0" in info.value.reason


def test_vendor_push_msg_expanded_decodes_with_a_count_warning() -> None:
    msg = decode(PUSH_MSG_EXPANDED.encode("utf-8"))
    assert isinstance(msg, PushMsg)
    assert msg.imei == IMEI
    assert msg.packnum == 0
    assert msg.time == "2019-06-15 16:07:28"  # the trailing space is stripped
    assert sorted(msg.channels) == [0, 1, 2]
    for samples in msg.channels.values():
        assert samples.dtype == np.uint16
        assert samples.tolist() == list(range(0x33))
    assert msg.warnings == tuple(f"data{k}: 51 samples, expected 50" for k in range(3))


def test_server_replies_are_compact_strings() -> None:
    assert encode(Pong()) == b'{"cmd":"pong"}'
    assert encode(TimeAck(1583847057)) == b'{"cmd":"time_ack","timestamp":"1583847057"}'
    assert encode(PushMsgAck(5)) == b'{"cmd":"push_msg_ack","packnum":"5"}'
    assert encode(PushInfoAck()) == b'{"cmd":"push_info_ack"}'
    assert encode(PushOnlineAck(0)) == b'{"cmd":"push_online_ack","packnum":"0"}'
    assert encode(InfoRequest()) == b'{"cmd":"info"}'
    assert encode(VersionRequest(IMEI)) == b'{"cmd":"version","IMEI":"865501040783269"}'
    assert encode(UpdateRequest(IMEI)) == b'{"cmd":"update","IMEI":"865501040783269"}'
    assert encode(QueryMsgRequest(IMEI)) == b'{"cmd":"query_msg","IMEI":"865501040783269"}'
