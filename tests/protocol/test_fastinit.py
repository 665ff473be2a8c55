"""fast_init: the same class as the dataclass made, only a cheaper __init__."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from dataclasses import dataclass, field

import pytest

from fourgmon.domain.changes import FrameReceived
from fourgmon.protocol.fastinit import fast_init
from fourgmon.protocol.messages import PushMsg, PushMsgAck
from fourgmon.store.records import PushMsgRecord


@dataclass(frozen=True, slots=True)
class _Base:
    a: int


@dataclass(frozen=True, slots=True)
class _Plain(_Base):
    b: str
    c: float | None = None
    d: tuple[int, ...] = ()


@fast_init
@dataclass(frozen=True, slots=True)
class _Fast(_Base):
    b: str
    c: float | None = None
    d: tuple[int, ...] = ()


def _state(obj: object) -> tuple[object, ...]:
    return tuple(getattr(obj, f.name) for f in dataclasses.fields(obj))  # type: ignore[arg-type]


def test_same_signature_defaults_and_values_as_the_generated_init() -> None:
    assert str(inspect.signature(_Fast)) == str(inspect.signature(_Plain))
    for args, kwargs in [((1, "x"), {}), ((1, "x", 2.5), {}), ((1,), {"b": "y", "d": (3,)})]:
        assert _state(_Fast(*args, **kwargs)) == _state(_Plain(*args, **kwargs))  # type: ignore[arg-type]


def test_bad_calls_fail_as_before() -> None:
    with pytest.raises(TypeError):
        _Fast(1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Fast(1, "x", 2.0, (), 5)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Fast(1, "x", e=3)  # type: ignore[call-arg]


def test_still_frozen_comparable_replaceable_picklable() -> None:
    obj = _Fast(1, "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        obj.b = "y"  # type: ignore[misc]
    assert obj == _Fast(1, "x") and obj != _Fast(2, "x")
    assert hash(obj) == hash(_Fast(1, "x"))
    assert _state(dataclasses.replace(obj, c=4.0)) == (1, "x", 4.0, ())
    assert pickle.loads(pickle.dumps(obj)) == obj
    assert repr(obj) == "_Fast(a=1, b='x', c=None, d=())"
    match obj:
        case _Fast(a, b):
            assert (a, b) == (1, "x")


def test_the_hot_classes_use_it_and_stay_frozen() -> None:
    msg = PushMsg("865501040000001", 7, "2026-11-24 08:00:00", {})
    frame = FrameReceived(msg.imei, 7, msg.time, 1.0, {}, None, None)
    record = PushMsgRecord(msg, 1.0, b"{}")
    ack = PushMsgAck(7)
    for obj in (msg, frame, record, ack):
        assert type(obj).__init__.__qualname__ == f"{type(obj).__qualname__}.__init__"
        assert any(n.startswith("_set_") for n in type(obj).__init__.__code__.co_names)
        with pytest.raises(dataclasses.FrozenInstanceError):
            object.__getattribute__(obj, "__setattr__")(dataclasses.fields(obj)[0].name, 1)
    assert msg.temperature is None and msg.warnings == () and record.msg is msg
    assert pickle.loads(pickle.dumps(record)) == record


def test_refuses_what_it_cannot_copy() -> None:
    @dataclass(slots=True)
    class NotFrozen:
        a: int

    @dataclass(frozen=True)
    class NoSlots:
        a: int

    @dataclass(frozen=True, slots=True)
    class Factory:
        a: list[int] = field(default_factory=list)

    @dataclass(frozen=True, slots=True)
    class PostInit:
        a: int

        def __post_init__(self) -> None:
            pass

    for cls in (NotFrozen, NoSlots, Factory, PostInit):
        with pytest.raises(TypeError):
            fast_init(cls)
