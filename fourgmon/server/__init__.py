"""asyncio server: listener, sessions, device registry, heartbeat watchdog, commands, events."""

from fourgmon.server.config import ServerConfig
from fourgmon.server.registry import DeviceRegistry, DeviceState
from fourgmon.server.server import Server, ServerStats

__all__ = ["DeviceRegistry", "DeviceState", "Server", "ServerConfig", "ServerStats"]
