"""The device registry lives in :mod:`fourgmon.domain.registry`; re-exported here."""

from fourgmon.domain.registry import DeviceRegistry, DeviceState

__all__ = ["DeviceRegistry", "DeviceState"]
