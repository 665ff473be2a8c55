"""Asyncio simulator of the 4G modules: one module, a fleet, or a scripted test peer.

Imports nothing of ours but :mod:`fourgmon.protocol`, and no Qt.
"""

from fourgmon.sim.fleet import Fleet, run_fleet
from fourgmon.sim.module import SimulatedModule, bump_version
from fourgmon.sim.scripted import (
    ScriptedModule,
    device_time,
    make_push_msg,
    make_push_online,
)
from fourgmon.sim.waveform import SignalMode, Waveform

__all__ = [
    "Fleet",
    "ScriptedModule",
    "SignalMode",
    "SimulatedModule",
    "Waveform",
    "bump_version",
    "device_time",
    "make_push_msg",
    "make_push_online",
    "run_fleet",
]
