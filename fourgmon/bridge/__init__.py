"""MQTT bridge (issue 15): what the store committed goes to a broker; commands come back.

A subscriber of :mod:`fourgmon.server`'s events and a reader of :mod:`fourgmon.store`;
it runs the same under ``fourgmon serve`` and in the window. See :mod:`.bridge`.
"""

from fourgmon.bridge.bridge import Bridge, BridgeState
from fourgmon.bridge.config import BridgeConfig, BridgeConfigError, parse_url

__all__ = ["Bridge", "BridgeConfig", "BridgeConfigError", "BridgeState", "parse_url"]
