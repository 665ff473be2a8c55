"""The usual push_msg's fast path: the same message as the general reader, or no say at all.

Every packet is decoded twice, with the fast path and with it switched off; the two
must agree on the message, its warnings and its arrays, or on the error. The fast
path must also actually take the usual packets and leave every unusual one alone.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fourgmon.protocol import PushMsg, codec, decode
from fourgmon.protocol import _fields as f
from fourgmon.protocol.errors import ProtocolError

IMEI = "865501040783269"
HEX = [f"{i * 1311 % 65536:04X}" for i in range(50)]
SAMPLES = ",".join(HEX)


def usual(**extra: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "cmd": "push_msg",
        "IMEI": IMEI,
        "packnum": "42",
        "time": "2026-11-24 08:00:00",
        "data0": SAMPLES,
        "data1": ",".join(HEX[::-1]),
        "data2": SAMPLES.lower(),
        "temperature": "25.5",
        "humidity": "30.3",
    }
    fields.update(extra)
    return {k: v for k, v in fields.items() if v is not _DROP}


_DROP = object()


def raw_of(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


def general(raw: bytes, monkeypatch: pytest.MonkeyPatch) -> Any:
    with monkeypatch.context() as m:
        m.setattr(codec, "_usual_push_msg", lambda obj: None)
        return outcome(raw)


def outcome(raw: bytes) -> Any:
    try:
        msg = decode(raw)
    except ProtocolError as exc:
        return (type(exc), exc.reason, exc.raw)
    assert isinstance(msg, PushMsg)
    arrays = {
        k: (v.dtype.str, v.shape, v.flags.writeable, v.tobytes()) for k, v in msg.channels.items()
    }
    return (msg, msg.warnings, list(msg.channels), arrays)


def fast_taken(raw: bytes) -> bool:
    return codec._usual_push_msg(json.loads(raw)) is not None


USUAL = [
    usual(),
    usual(time="2026-11-24 08:00:00 "),  # the vendor's trailing space: stripped
    usual(temperature=_DROP, humidity=_DROP),
    usual(temperature=25.5, humidity=-3.0),
    usual(temperature="-1e3"),
    usual(packnum="4294967295"),
    usual(packnum="0"),
    usual(data1=_DROP, data2=_DROP),  # one channel
    usual(data2=_DROP),  # two
    usual(data0=_DROP, data1=_DROP, data2=_DROP, data6=SAMPLES, data7=SAMPLES, data8=SAMPLES),
    usual(**{f"data{k}": SAMPLES for k in range(9)}),
    usual(data3=SAMPLES),  # four
    usual(data0=None, data3=SAMPLES),  # null: absent
]

UNUSUAL = [
    usual(IMEI=f" {IMEI}"),
    usual(IMEI=int(IMEI)),
    usual(IMEI=IMEI[:-1]),
    usual(IMEI="８" * 15),  # full-width digits: not ASCII
    usual(packnum=42),
    usual(packnum=" 42"),
    usual(packnum="4294967296"),
    usual(packnum="00000000042"),
    usual(packnum="-1"),
    usual(packnum=""),
    usual(time=20261124),
    usual(time=None),
    usual(temperature=25),
    usual(temperature=""),
    usual(temperature="warm"),
    usual(temperature="nan"),
    usual(humidity="inf"),
    usual(humidity=True),
    usual(humidity=[1]),
    usual(data0=SAMPLES + ",0000"),  # 51 samples: a warning
    usual(data0=",".join(HEX[:49])),  # 49
    usual(data0=" " + SAMPLES[1:]),  # white space in place of a digit
    usual(data0=SAMPLES[:-4] + "   1"),
    usual(data0=f" {SAMPLES[:-1]}"),
    usual(data0=SAMPLES[:-1] + "G"),
    usual(data0=SAMPLES.replace(",", ";")),
    usual(data0=SAMPLES[:4] + "," + SAMPLES[5:9] + ",," + SAMPLES[11:]),
    usual(data0=12),
    usual(data0=[SAMPLES]),
    usual(data0=_DROP, data1=_DROP, data2=_DROP),  # no channels: a warning
    usual(IMEI=_DROP),
    usual(packnum=_DROP),
    usual(time=_DROP),
]


@pytest.mark.parametrize("fields", USUAL, ids=range(len(USUAL)))
def test_usual_packets_take_the_fast_path_and_decode_the_same(
    fields: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = raw_of(fields)
    assert fast_taken(raw)
    fast = outcome(raw)
    assert fast == general(raw, monkeypatch)
    msg = fast[0]
    assert msg.warnings == () and all(not v.flags.writeable for v in msg.channels.values())
    assert list(msg.channels) == sorted(msg.channels)


@pytest.mark.parametrize("fields", UNUSUAL, ids=range(len(UNUSUAL)))
def test_unusual_packets_fall_back_to_the_general_reader(
    fields: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = raw_of(fields)
    assert not fast_taken(raw)
    assert outcome(raw) == general(raw, monkeypatch)


def test_the_channels_match_the_general_reader_exactly() -> None:
    obj = usual(data3=SAMPLES, data8=SAMPLES.lower())
    fast = f.nominal_channels(obj)
    assert fast is not None
    warnings: list[str] = []
    slow = f.channels(obj, b"", warnings)
    assert warnings == [] and list(fast) == list(slow) == [0, 1, 2, 3, 8]
    for k in slow:
        assert fast[k].dtype == np.uint16 and np.array_equal(fast[k], slow[k])
    assert int(fast[0][1]) == int(HEX[1], 16)


_hex4 = st.integers(0, 0xFFFF).map(lambda v: f"{v:04x}")
_text = st.one_of(
    st.lists(_hex4, min_size=50, max_size=50).map(",".join),
    st.lists(_hex4, min_size=1, max_size=52).map(",".join),
    st.text(alphabet="0123456789abcdefABCDEF, \t", min_size=245, max_size=251),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    present=st.dictionaries(st.integers(0, 8), _text, max_size=9),
    packnum=st.one_of(st.integers(0, 2**33).map(str), st.integers(0, 2**33), st.text(max_size=12)),
    temperature=st.one_of(st.none(), st.floats(), st.text(max_size=6), st.integers()),
)
def test_any_packet_decodes_as_the_general_reader_says(
    present: dict[int, str], packnum: Any, temperature: Any
) -> None:
    fields = usual(packnum=packnum, temperature=temperature, data0=_DROP, data1=_DROP, data2=_DROP)
    fields.update((f"data{k}", v) for k, v in sorted(present.items()))
    raw = raw_of(fields)
    with pytest.MonkeyPatch.context() as m:
        assert outcome(raw) == general(raw, m)
