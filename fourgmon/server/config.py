"""Server settings with their defaults (shared by the CLI, the window and tests)."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_PORT = 51609
DEFAULT_HOST = "0.0.0.0"
# PROTOCOL.md: offline after 3 missed heartbeats of 60 s.
DEFAULT_HEARTBEAT_TIMEOUT = 180.0
# A connection that never sends an IMEI is closed after this long.
DEFAULT_IDENTIFY_TIMEOUT = 30.0
# 4G round trips are slow; PROTOCOL.md suggests 15 s for a command reply.
DEFAULT_REQUEST_TIMEOUT = 15.0
# A full push_msg is ~2.5 KiB; 64 KiB leaves room for odd firmware, not for abuse.
DEFAULT_MAX_OBJECT_SIZE = 64 * 1024
DEFAULT_MAX_CONNECTIONS = 20_000


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """Everything the listener and its sessions need to know."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    heartbeat_timeout: float = DEFAULT_HEARTBEAT_TIMEOUT
    identify_timeout: float = DEFAULT_IDENTIFY_TIMEOUT
    request_timeout: float = DEFAULT_REQUEST_TIMEOUT
    reply_terminator: bytes = b""  # b"\r\n" for firmware that wants it
    max_object_size: int = DEFAULT_MAX_OBJECT_SIZE
    max_connections: int = DEFAULT_MAX_CONNECTIONS
    allow_imeis: frozenset[str] | None = None  # None: any IMEI
    emit_traffic: bool = True  # publish a Traffic event per message in/out
