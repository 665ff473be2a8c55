"""decode/encode: quirks, field types, status codes, errors carrying raw bytes."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest

from fourgmon.protocol import (
    CrystalState,
    InfoAck,
    InvalidMessage,
    MalformedJSON,
    Message,
    Ping,
    ProtocolError,
    PushInfo,
    PushMsg,
    PushMsgAck,
    PushOnline,
    QueryMsgAck,
    SensorKind,
    SensorState,
    TimeAck,
    UnknownCommand,
    UpdateAck,
    VersionAck,
    crystal_state,
    decode,
    encode,
    sensor_state,
)
from fourgmon.protocol.codec import encode_push_msg_ack

IMEI = "865501040783269"
SAMPLES = ",".join(f"{i * 1311 % 65536:04X}" for i in range(50))


def raw_of(**fields: Any) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


def push(**extra: Any) -> bytes:
    fields: dict[str, Any] = {
        "cmd": "push_msg",
        "IMEI": IMEI,
        "packnum": "1",
        "time": "2024-07-16 12:00:00",
        "data0": SAMPLES,
    }
    fields.update(extra)
    return raw_of(**{k: v for k, v in fields.items() if v is not ...})


def decode_push(**extra: Any) -> PushMsg:
    msg = decode(push(**extra))
    assert isinstance(msg, PushMsg)
    return msg


def rejects(raw: bytes, exc: type[ProtocolError] = InvalidMessage) -> ProtocolError:
    with pytest.raises(exc) as info:
        decode(raw)
    assert info.value.raw == raw
    return info.value


# ----------------------------------------------------------------- quirks


def test_full_width_punctuation_outside_strings_only() -> None:
    raw = '{"cmd"："push_info"，"IMEI"："865501040783269"，"CCID":"1","location":"东经，北纬："}'
    assert decode(raw.encode()) == PushInfo(IMEI, "1", "东经，北纬：")


def test_trailing_commas_before_brace_and_bracket() -> None:
    raw = b'{"cmd":"push_online","IMEI":"865501040783269","packnum":"1","st0":[1,],\r\n}'
    msg = decode(raw)
    assert isinstance(msg, PushOnline)
    assert msg.st[0] == SensorState(SensorKind.ONLINE, "[1]")


def test_comma_before_brace_inside_a_string_is_kept() -> None:
    raw = b'{"cmd":"push_info","IMEI":"865501040783269","CCID":"1","location":",}",}'
    assert decode(raw) == PushInfo(IMEI, "1", ",}")


def test_surrounding_white_space_in_values_and_around_the_object() -> None:
    raw = b' \r\n{"cmd":" ping ","IMEI":" 865501040783269\\t"}\r\n'
    assert decode(raw) == Ping(IMEI)


def test_utf8_bom_is_ignored() -> None:
    assert decode('\ufeff{"cmd":"ping","IMEI":"865501040783269"}'.encode()) == Ping(IMEI)


# ----------------------------------------------------------------- field types


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0", 0), (" 5 ", 5), (5, 5), (5.0, 5), ("4294967295", 2**32 - 1), (2**32 - 1, 2**32 - 1)],
)
def test_packnum_as_string_or_number(value: object, expected: int) -> None:
    assert decode_push(packnum=value).packnum == expected


@pytest.mark.parametrize(
    "value", ["-1", -1, "4294967296", 2**32, "1e3", "0x10", "", "1 2", 1.5, True, None, [1], "٣"]
)
def test_bad_packnum_is_rejected(value: object) -> None:
    assert "packnum" in rejects(push(packnum=value)).reason


def test_missing_packnum_is_rejected() -> None:
    rejects(push(packnum=...))


@pytest.mark.parametrize("value", [IMEI, int(IMEI), f"  {IMEI} "])
def test_imei_as_string_or_number(value: object) -> None:
    assert decode(raw_of(cmd="ping", IMEI=value)) == Ping(IMEI)


@pytest.mark.parametrize(
    "value",
    [
        "86550104078326",
        "8655010407832690",
        "86550104078326x",
        "８６５５０１０４０７８３２６９",
        None,
    ],
)
def test_bad_imei_is_rejected(value: object) -> None:
    assert "IMEI" in rejects(raw_of(cmd="ping", IMEI=value)).reason


@pytest.mark.parametrize("ccid", ["89860317045714788688", "8986031704571478868F", "1", "A" * 22])
def test_ccid_is_lenient(ccid: str) -> None:
    raw = raw_of(cmd="push_info", IMEI=IMEI, CCID=f" {ccid} ", location="1,2")
    assert decode(raw) == PushInfo(IMEI, ccid, "1,2")


@pytest.mark.parametrize("ccid", ["", "A" * 23, "8986-0317", None])
def test_bad_ccid_is_rejected(ccid: object) -> None:
    rejects(raw_of(cmd="push_info", IMEI=IMEI, CCID=ccid, location="1,2"))


def test_number_where_a_string_is_documented() -> None:
    raw = raw_of(cmd="version_ack", IMEI=IMEI, type=1, version=1.5)
    assert decode(raw) == VersionAck(IMEI, "1", "1.5")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("true", True),
        ("false", False),
        (True, True),
        (False, False),
        (1, True),
        ("0", False),
        (" TRUE ", True),
        ("False", False),
    ],
)
def test_result_forms(value: object, expected: bool) -> None:
    assert decode(raw_of(cmd="update_ack", result=value)) == UpdateAck(expected)
    assert decode(raw_of(cmd="query_msg_ack", result=value)) == QueryMsgAck(expected)


@pytest.mark.parametrize("value", ["yes", 2, None, [True], ""])
def test_bad_result_is_rejected(value: object) -> None:
    rejects(raw_of(cmd="update_ack", result=value))


def test_replies_may_carry_an_imei_which_must_then_be_valid() -> None:
    assert decode(raw_of(cmd="update_ack", IMEI=IMEI, result="true")) == UpdateAck(True, IMEI)
    rejects(raw_of(cmd="update_ack", IMEI="123", result="true"))


def test_info_ack_error_counters() -> None:
    raw = raw_of(cmd="info_ack", CCID="1", location="", err0num=0, err1num="7", err2num=" 9 ")
    assert decode(raw) == InfoAck("1", "", (0, 7, 9))
    rejects(raw_of(cmd="info_ack", CCID="1", location="", err0num=0, err1num="7"))


def test_time_ack_timestamp() -> None:
    assert decode(b'{"cmd":"time_ack","timestamp":1583847057}') == TimeAck(1583847057)
    rejects(b'{"cmd":"time_ack","timestamp":"soon"}')


# ----------------------------------------------------------------- samples


def test_samples_values_and_dtype() -> None:
    msg = decode_push(data0="0000,0102,FFFF,abcd", data4="7fff")
    assert msg.channels[0].tolist() == [0, 0x0102, 0xFFFF, 0xABCD]
    assert msg.channels[4].tolist() == [0x7FFF]
    assert all(a.dtype == np.uint16 for a in msg.channels.values())
    assert msg.warnings == ("data0: 4 samples, expected 50", "data4: 1 samples, expected 50")


def test_fifty_samples_give_no_warning_and_arrays_are_read_only() -> None:
    msg = decode_push(data1=SAMPLES, data2=SAMPLES.lower())
    assert msg.warnings == ()
    assert list(msg.channels) == [0, 1, 2]
    assert np.array_equal(msg.channels[0], msg.channels[2])
    with pytest.raises(ValueError):
        msg.channels[1][0] = 1


def test_null_channel_is_absent_and_no_channel_is_a_warning() -> None:
    msg = decode_push(data0=None)
    assert msg.channels == {}
    assert msg.warnings == ("no data channels",)


@pytest.mark.parametrize(
    "value",
    [
        *("", "000", "00000", "0000,", ",0000", "0000;0001", "00G0", "00 0", "0000, 001"),
        *("0,000", "0000,0001,...,0032", "０000", 1234, ["0000"]),
    ],
)
def test_bad_samples_are_rejected_naming_the_channel(value: object) -> None:
    assert "data5" in rejects(push(data5=value)).reason


def test_temperature_and_humidity() -> None:
    msg = decode_push(temperature=25.5, humidity=" 30.3 ")
    assert (msg.temperature, msg.humidity) == (25.5, 30.3)
    msg = decode_push(temperature="", humidity=None)
    assert (msg.temperature, msg.humidity, msg.warnings) == (None, None, ())
    msg = decode_push(temperature="hot", humidity=[1])
    assert (msg.temperature, msg.humidity) == (None, None)
    assert len(msg.warnings) == 2


def test_integer_temperature_too_large_for_a_float_is_a_warning() -> None:
    msg = decode_push(temperature=10**400, humidity=-(10**309))
    assert (msg.temperature, msg.humidity) == (None, None)
    assert len(msg.warnings) == 2


def test_nan_is_not_json() -> None:
    rejects(b'{"cmd":"push_msg","temperature":NaN}', MalformedJSON)


# ----------------------------------------------------------------- st / dt


@pytest.mark.parametrize(
    ("value", "kind", "raw"),
    [
        ([1], SensorKind.ONLINE, "[1]"),
        ([0], SensorKind.OFFLINE, "[0]"),
        ([2], SensorKind.INTERFERENCE, "[2]"),
        (3, SensorKind.STUCK, "3"),
        ("1", SensorKind.ONLINE, '"1"'),
        (["11"], SensorKind.RESERVED, '["11"]'),
        ("10", SensorKind.RESERVED, '"10"'),
        (["01"], SensorKind.RESERVED, '["01"]'),
        ("00", SensorKind.RESERVED, '"00"'),
        (11, SensorKind.UNKNOWN, "11"),
        ([4], SensorKind.UNKNOWN, "[4]"),
        ([1, 0], SensorKind.UNKNOWN, "[1,0]"),
        ([], SensorKind.UNKNOWN, "[]"),
        (True, SensorKind.UNKNOWN, "true"),
        (None, SensorKind.UNKNOWN, "null"),
        ({"a": "在线"}, SensorKind.UNKNOWN, '{"a":"在线"}'),
        (1.0, SensorKind.UNKNOWN, "1.0"),
    ],
)
def test_sensor_states(value: object, kind: SensorKind, raw: str) -> None:
    msg = decode(raw_of(cmd="push_online", IMEI=IMEI, packnum=1, st4=value))
    assert isinstance(msg, PushOnline)
    assert msg.st == {4: SensorState(kind, raw)}
    assert sensor_state(value) == SensorState(kind, raw)


@pytest.mark.parametrize(
    ("value", "fault", "raw"),
    [
        (1, True, "1"),
        (0, False, "0"),
        ([1], True, "[1]"),
        (["0"], False, '["0"]'),
        (True, True, "true"),
        (2, None, "2"),
        ([1, 1], None, "[1,1]"),
        ("x", None, '"x"'),
    ],
)
def test_crystal_states(value: object, fault: bool | None, raw: str) -> None:
    msg = decode(raw_of(cmd="push_online", IMEI=IMEI, packnum=1, dt8=value))
    assert isinstance(msg, PushOnline)
    assert msg.dt == {8: CrystalState(fault, raw)}
    assert crystal_state(value) == CrystalState(fault, raw)


# ----------------------------------------------------------------- errors


@pytest.mark.parametrize("raw", [b"[1]", b'"x"', b"1", b"null", b"{", b"{}{}", b"", b"{'a':1}"])
def test_not_a_json_object(raw: bytes) -> None:
    rejects(raw, MalformedJSON)


def test_invalid_utf8() -> None:
    rejects(b'{"cmd":"ping","IMEI":"\xff"}', MalformedJSON)


@pytest.mark.parametrize("raw", [b"{}", b'{"cmd":1}', b'{"cmd":null}', b'{"IMEI":"1"}'])
def test_missing_or_bad_cmd(raw: bytes) -> None:
    assert "cmd" in rejects(raw).reason


def test_unknown_cmd_keeps_cmd_and_raw() -> None:
    exc = rejects(b'{"cmd":"reboot","IMEI":"865501040783269"}', UnknownCommand)
    assert isinstance(exc, UnknownCommand)
    assert exc.cmd == "reboot"


@pytest.mark.parametrize("raw", [b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 50_000])
def test_deep_nesting_is_malformed_json(raw: bytes) -> None:
    rejects(raw, MalformedJSON)


def test_deep_nesting_in_a_status_value() -> None:
    raw = b'{"cmd":"push_online","IMEI":"865501040783269","packnum":1,"st0":' + b"[" * 900
    raw += b"]" * 900 + b"}"
    try:
        msg = decode(raw)
    except MalformedJSON:
        return
    assert isinstance(msg, PushOnline)
    assert msg.st[0].kind is SensorKind.UNKNOWN


def test_huge_integer_is_malformed_json() -> None:
    rejects(b'{"cmd":"push_msg","packnum":' + b"9" * 5000 + b"}", MalformedJSON)


def test_decode_accepts_bytearray() -> None:
    assert decode(bytearray(b'{"cmd":"ping","IMEI":"865501040783269"}')) == Ping(IMEI)


# ----------------------------------------------------------------- encode


def test_encode_push_msg() -> None:
    msg = PushMsg(
        IMEI,
        4294967295,
        "2024-07-16 12:00:00",
        {3: np.array([0, 0xABCD, 65535], np.uint16), 0: np.array([1], np.uint16)},
        temperature=25.5,
        humidity=30.0,
    )
    assert encode(msg) == (
        b'{"cmd":"push_msg","IMEI":"865501040783269","packnum":"4294967295",'
        b'"time":"2024-07-16 12:00:00","data0":"0001","data3":"0000,ABCD,FFFF",'
        b'"temperature":"25.5","humidity":"30.0"}'
    )
    assert decode(encode(msg)) == msg


def test_encode_accepts_other_integer_arrays_in_range_only() -> None:
    msg = PushMsg(IMEI, 1, "t", {0: np.arange(3)})
    assert b'"data0":"0000,0001,0002"' in encode(msg)
    for bad in (np.array([65536]), np.array([-1]), np.array([0.5]), np.zeros((2, 2)), []):
        with pytest.raises(ValueError):
            encode(PushMsg(IMEI, 1, "t", {0: bad}))  # type: ignore[dict-item]


def test_encode_push_online() -> None:
    msg = PushOnline(
        IMEI,
        9,
        {
            0: SensorState(SensorKind.ONLINE, "[1]"),
            1: SensorState(SensorKind.STUCK, ""),  # raw text that is not JSON: canonical
            2: SensorState(SensorKind.RESERVED, '["11"]'),
            3: SensorState(SensorKind.UNKNOWN, "[7]"),
            4: SensorState(SensorKind.ONLINE, "[0]"),  # raw disagrees with kind: canonical
            5: SensorState(SensorKind.UNKNOWN, "garbage"),
        },
        {0: CrystalState(True, "1"), 1: CrystalState(False, "[0]"), 2: CrystalState(None, '"x"')},
    )
    assert encode(msg) == (
        b'{"cmd":"push_online","IMEI":"865501040783269","packnum":"9",'
        b'"st0":[1],"st1":[3],"st2":["11"],"st3":[7],"st4":[1],"st5":["garbage"],'
        b'"dt0":1,"dt1":[0],"dt2":"x"}'
    )
    back = decode(encode(msg))
    assert isinstance(back, PushOnline)
    assert [s.kind for s in back.st.values()] == [s.kind for s in msg.st.values()]
    assert [d.fault for d in back.dt.values()] == [d.fault for d in msg.dt.values()]


def test_encode_replies_with_and_without_imei() -> None:
    assert encode(UpdateAck(False)) == b'{"cmd":"update_ack","result":"false"}'
    assert encode(QueryMsgAck(True, IMEI)) == (
        b'{"cmd":"query_msg_ack","IMEI":"865501040783269","result":"true"}'
    )
    assert encode(InfoAck("1", "东", (1, 2, 3))) == (
        '{"cmd":"info_ack","CCID":"1","location":"东","err0num":"1","err1num":"2",'
        '"err2num":"3"}'.encode()
    )
    assert encode(VersionAck(None, "0001", "1.0.3")) == (
        b'{"cmd":"version_ack","type":"0001","version":"1.0.3"}'
    )


@pytest.mark.parametrize("packnum", [0, 1, 12345, 4294967295])
def test_encode_push_msg_ack_is_the_general_encoding(packnum: int) -> None:
    general = json.dumps(
        {"cmd": "push_msg_ack", "packnum": str(packnum)}, separators=(",", ":")
    ).encode()
    assert encode_push_msg_ack(packnum) == encode(PushMsgAck(packnum)) == general
    assert decode(encode_push_msg_ack(packnum)) == PushMsgAck(packnum)


@pytest.mark.parametrize("k", [-1, 9, True, "0"])
def test_encode_rejects_bad_sensor_indices(k: object) -> None:
    with pytest.raises((ValueError, TypeError)):
        encode(PushMsg(IMEI, 1, "t", {k: np.zeros(1, np.uint16)}))  # type: ignore[dict-item]
    with pytest.raises((ValueError, TypeError)):
        encode(PushOnline(IMEI, 1, {k: SensorState(SensorKind.ONLINE, "[1]")}))  # type: ignore[dict-item]


def test_encode_accepts_numpy_integer_indices() -> None:
    msg = PushMsg(IMEI, 1, "t", {np.int64(2): np.zeros(1, np.uint16)})  # type: ignore[dict-item]
    assert b'"data2":"0000"' in encode(msg)


def test_encode_rejects_the_base_class() -> None:
    with pytest.raises(TypeError):
        encode(Message())


@pytest.mark.parametrize(
    "raw",
    [
        b'{"cmd":"ping","IMEI":"865501040783269"}',
        b'{"cmd":"push_info","IMEI":"865501040783269","CCID":"8986F","location":"1,2"}',
        b'{"cmd":"push_online","IMEI":"865501040783269","packnum":"3","st0":[1],"st1":["10"],'
        b'"dt0":0}',
        b'{"cmd":"push_msg","IMEI":"865501040783269","packnum":"3","time":"t",'
        b'"data2":"0000,FFFF","temperature":"-3.5"}',
    ],
)
def test_canonical_bytes_round_trip(raw: bytes) -> None:
    assert encode(decode(raw)) == raw
