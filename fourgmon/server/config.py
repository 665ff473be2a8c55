"""Server settings with their defaults (shared by the CLI, the window and tests)."""

from __future__ import annotations

from dataclasses import dataclass, field

from fourgmon.domain.alarms import AlarmRules

DEFAULT_PORT = 51609
DEFAULT_HOST = "0.0.0.0"
# PROTOCOL.md: offline after 3 missed heartbeats of 60 s.
DEFAULT_HEARTBEAT_TIMEOUT = 180.0
# A connection that never sends an IMEI is closed after this long.
DEFAULT_IDENTIFY_TIMEOUT = 30.0
# 4G round trips are slow; PROTOCOL.md suggests 15 s for a command reply.
DEFAULT_REQUEST_TIMEOUT = 15.0
# Requests in flight at once (bulk actions, queue deliveries, campaigns): a 4G site's
# cell is not flooded by a bulk action over a hundred modules.
DEFAULT_MAX_IN_FLIGHT = 8
# A command queued for an offline module is dropped (state "expired") after this long.
DEFAULT_QUEUE_EXPIRY = 24 * 3600.0
# A full push_msg is ~2.5 KiB; 64 KiB leaves room for odd firmware, not for abuse.
DEFAULT_MAX_OBJECT_SIZE = 64 * 1024
# Open connections at once: far above a site's modules (benchmarks run 10,000). Each
# connection is one file descriptor: the server lowers the cap in force to fit the
# open-file limit (see fdlimit.py), which it first raises as far as it may.
DEFAULT_MAX_CONNECTIONS = 20_000

# Per connection, reading pauses (the kernel then slows the peer down) once a module
# goes over these averages. A real module sends < 1 message/s of ~2.5 KiB; a benchmark
# module streaming with 16 packets in flight stays well under both.
DEFAULT_MAX_MESSAGE_RATE = 2000.0  # messages/s
DEFAULT_MAX_BYTE_RATE = 2 * 1024 * 1024  # bytes/s
RATE_BURST_SECONDS = 1.0  # a bucket holds this many seconds of its rate

# New connections per second from one source address (IPv6: one /64). The burst lets a
# whole site behind one NAT router (one public IP) reconnect at once after the router
# restarts; a reconnect storm beyond it is held to the rate. 0 disables the limit.
# Loopback is exempt by default: it is this machine (simulators, benchmarks).
DEFAULT_MAX_CONNECT_RATE = 20.0
DEFAULT_MAX_CONNECT_BURST = 500

# Outbound flow control: above the high mark asyncio calls pause_writing and the
# session stops reading from that peer. A peer still not reading after
# SLOW_READER_TIMEOUT, or whose buffer passes the hard cap, is disconnected.
DEFAULT_WRITE_BUFFER_HIGH = 64 * 1024
DEFAULT_WRITE_BUFFER_HARD_CAP = 1024 * 1024
DEFAULT_SLOW_READER_TIMEOUT = 60.0

# Packets of one connection waiting for their commit; beyond it reading pauses, so a
# stalled disk costs bounded memory instead of an ever-growing queue.
DEFAULT_MAX_UNCOMMITTED = 256

# What one peer can make us write (issue 10: 40 KB of "{}" once became 20,000 log lines
# and 20,000 quarantine rows). Per interval, the first few lines of a kind per source
# address are logged and the rest summarised in one line; quarantine keeps a sample.
DEFAULT_SUMMARY_INTERVAL = 60.0  # seconds
LOG_BURST = 5  # lines of one kind per source address per interval
LOG_TOTAL = 50  # lines of one kind per interval from all sources together
QUARANTINE_PER_CONNECTION = 10  # raw packets kept per connection per interval
QUARANTINE_PER_SOURCE = 50  # ... per source address (a site behind one NAT router)
QUARANTINE_TOTAL = 500  # ... from all sources together
# Bytes kept of one quarantined packet: a whole object up to the default size cap.
QUARANTINE_SAMPLE_MAX = 64 * 1024


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
    max_message_rate: float = DEFAULT_MAX_MESSAGE_RATE  # per connection; 0: unlimited
    max_byte_rate: float = DEFAULT_MAX_BYTE_RATE  # per connection; 0: unlimited
    max_connect_rate: float = DEFAULT_MAX_CONNECT_RATE  # per source address; 0: unlimited
    max_connect_burst: int = DEFAULT_MAX_CONNECT_BURST
    connect_rate_exempt_loopback: bool = True
    write_buffer_high: int = DEFAULT_WRITE_BUFFER_HIGH
    write_buffer_hard_cap: int = DEFAULT_WRITE_BUFFER_HARD_CAP
    slow_reader_timeout: float = DEFAULT_SLOW_READER_TIMEOUT
    max_uncommitted: int = DEFAULT_MAX_UNCOMMITTED
    emit_traffic: bool = True  # publish a Traffic event per message in/out
    summary_interval: float = DEFAULT_SUMMARY_INTERVAL  # of bounded logging and quarantine
    alarm_rules: AlarmRules = field(default_factory=AlarmRules)
    alarm_tick: float = 10.0  # seconds between checks of the time-outs (no data)
    max_in_flight: int = DEFAULT_MAX_IN_FLIGHT  # command requests at once
    queue_expiry: float = DEFAULT_QUEUE_EXPIRY  # seconds a queued command waits
    auto_time_sync: bool = False  # on each (re)connect and when clock_skew is raised
