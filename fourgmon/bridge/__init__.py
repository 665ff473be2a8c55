"""MQTT bridge (issue 15): what the store committed goes to a broker; commands come back.

A subscriber of :mod:`fourgmon.server`'s events and a reader of :mod:`fourgmon.store`;
it runs the same under ``fourgmon serve`` and in the window. See :mod:`.bridge`.

Names are imported on first use: ``fourgmon --help`` or ``sim`` need the options
(:mod:`.options`, :mod:`.config`), not aiomqtt.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fourgmon.bridge.bridge import Bridge, BridgeState
    from fourgmon.bridge.config import BridgeConfig, BridgeConfigError, parse_url

_WHERE = {
    "Bridge": "bridge",
    "BridgeState": "bridge",
    "BridgeConfig": "config",
    "BridgeConfigError": "config",
    "parse_url": "config",
}
__all__ = ["Bridge", "BridgeConfig", "BridgeConfigError", "BridgeState", "parse_url"]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"fourgmon.bridge.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'fourgmon.bridge' has no attribute {name!r}")
