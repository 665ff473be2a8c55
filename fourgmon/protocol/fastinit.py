"""A cheaper ``__init__`` for the frozen slots dataclasses built once per packet.

A frozen dataclass's generated ``__init__`` sets each field through
``object.__setattr__`` (the class's own ``__setattr__`` refuses), ~0.2 µs a field;
at four such objects a packet that was ~5 µs of serve's event loop. :func:`fast_init`
replaces it with one that calls each slot's descriptor directly (about half the
cost). The class stays what it was: frozen (assignment still raises), the same
fields, defaults, ``__match_args__``, ``replace()`` and equality.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

__all__ = ["fast_init"]

T = TypeVar("T")


def fast_init(cls: type[T]) -> type[T]:
    """Give the frozen slots dataclass ``cls`` a faster ``__init__`` of the same signature.

    Only plain fields (no ``default_factory``, no ``init=False``, no ``__post_init__``):
    anything else raises TypeError at import, not a subtle difference at run time.
    """
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__}: fast_init needs a frozen slots dataclass")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: fast_init does not run __post_init__")
    names: list[str] = []
    args: list[str] = []
    scope: dict[str, Any] = {}
    for field in dataclasses.fields(cls):  # type: ignore[arg-type]
        if not field.init or field.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{cls.__name__}.{field.name}: fast_init takes plain fields only")
        name = field.name
        descriptor = None
        for klass in cls.__mro__:  # the slot may be declared by a base class
            descriptor = klass.__dict__.get(name)
            if descriptor is not None and hasattr(descriptor, "__set__"):
                break
        if descriptor is None:
            raise TypeError(f"{cls.__name__}.{name}: no slot descriptor")
        scope[f"_set_{name}"] = descriptor.__set__
        if field.default is dataclasses.MISSING:
            args.append(name)
        else:
            scope[f"_default_{name}"] = field.default
            args.append(f"{name}=_default_{name}")
        names.append(name)
    body = "".join(f"    _set_{n}(self, {n})\n" for n in names) or "    pass\n"
    source = f"def __init__(self{''.join(', ' + a for a in args)}):\n{body}"
    exec(source, scope)  # the way dataclasses builds its own __init__
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    init.__annotations__ = dict(getattr(cls.__init__, "__annotations__", {}))
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
