"""The bridge's settings (``serve``'s ``--mqtt*`` options and the window's Settings page).

``parse_url`` reads DESIGN.md's ``mqtt://[user[:pass]@]host[:port]`` (``mqtts://`` for
TLS); a bad URL or option is a :class:`BridgeConfigError` with one line to show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

FORMATS = ("thingsboard", "plain")
DEFAULT_FORMAT = "thingsboard"
DEFAULT_PREFIX = "fourgmon"
DEFAULT_PORT = 1883
DEFAULT_TLS_PORT = 8883
# MQTT's usual keepalive; a broker drops a silent client after 1.5 x this.
DEFAULT_KEEPALIVE = 60
# Reconnect: full jitter over a capped exponential (AWS architecture blog, "Exponential
# backoff and jitter"): waits are random in [0, min(cap, base * 2**attempt)].
DEFAULT_BACKOFF_BASE = 1.0
DEFAULT_BACKOFF_CAP = 60.0
# Backlog: messages a second at most once the broker is back, so that an hour of a
# site's data does not flood it; a module's new packets still go out within a round.
DEFAULT_MAX_RATE = 500.0
# Unacknowledged QoS 1 messages on the wire at once (paho's default is 20).
DEFAULT_IN_FLIGHT = 100

_TOPIC_PREFIX = re.compile(r"[^#+\x00]+")


class BridgeConfigError(ValueError):
    """A bridge setting that cannot be used; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class BridgeConfig:
    """Where and how the bridge publishes. Only ``host`` has no default."""

    host: str
    port: int = DEFAULT_PORT
    username: str | None = None  # ThingsBoard: the gateway device's access token
    password: str | None = None
    tls: bool = False
    ca_file: Path | None = None  # None with tls: the system's CAs
    cert_file: Path | None = None  # client certificate (with key_file)
    key_file: Path | None = None
    format: str = DEFAULT_FORMAT
    prefix: str = DEFAULT_PREFIX
    allow_update: bool = False  # firmware update over RPC / cmd topics
    client_id: str = ""  # "" : fourgmon-<host name>
    keepalive: int = DEFAULT_KEEPALIVE
    clean_session: bool = True  # False: the broker keeps our subscriptions (and queued commands)
    backoff_base: float = DEFAULT_BACKOFF_BASE
    backoff_cap: float = DEFAULT_BACKOFF_CAP
    max_rate: float = DEFAULT_MAX_RATE
    in_flight: int = DEFAULT_IN_FLIGHT

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise BridgeConfigError(
                f"unknown MQTT format {self.format!r}; expected one of {', '.join(FORMATS)}"
            )
        if not self.host:
            raise BridgeConfigError("the MQTT URL names no host")
        if not 0 < self.port < 65536:
            raise BridgeConfigError(f"MQTT port {self.port} is not between 1 and 65535")
        prefix = self.prefix.strip("/")
        if not prefix or not _TOPIC_PREFIX.fullmatch(prefix):
            raise BridgeConfigError(
                f"MQTT prefix {self.prefix!r} must be a topic without '+', '#' or NUL"
            )
        object.__setattr__(self, "prefix", prefix)
        if self.keepalive < 5:
            raise BridgeConfigError("MQTT keepalive must be at least 5 seconds")
        if (self.cert_file is None) != (self.key_file is None):
            raise BridgeConfigError("a client certificate needs both its cert and key files")
        for path in (self.ca_file, self.cert_file, self.key_file):
            if path is not None and not path.is_file():
                raise BridgeConfigError(f"cannot read {path}: no such file")
        if self.max_rate <= 0 or self.in_flight < 1:
            raise BridgeConfigError("the MQTT rate and in-flight limit must be positive")

    @property
    def target(self) -> str:
        """Names this broker and format for the outbox cursor (not the credentials)."""
        scheme = "mqtts" if self.tls else "mqtt"
        return f"{scheme}://{self.host}:{self.port}/{self.format}/{self.prefix}"

    @property
    def display_url(self) -> str:
        """The URL without the password (for logs and the status bar)."""
        scheme = "mqtts" if self.tls else "mqtt"
        return f"{scheme}://{self.host}:{self.port}"


def parse_url(url: str, **options: object) -> BridgeConfig:
    """A :class:`BridgeConfig` from ``mqtt[s]://[user[:pass]@]host[:port]`` and options."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise BridgeConfigError(f"bad MQTT URL {text!r}: {exc}") from None
    if parts.scheme not in ("mqtt", "mqtts"):
        raise BridgeConfigError(
            f"bad MQTT URL {text!r}: expected mqtt://[user[:pass]@]host[:port] or mqtts://..."
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise BridgeConfigError(f"bad MQTT URL {text!r}: nothing may follow host[:port]")
    tls = parts.scheme == "mqtts"
    host = parts.hostname or ""
    return BridgeConfig(
        host=host,
        port=port if port is not None else DEFAULT_TLS_PORT if tls else DEFAULT_PORT,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password is not None else None,
        tls=tls,
        **options,  # type: ignore[arg-type]
    )


def backoff_delay(attempt: int, base: float, cap: float, random: float) -> float:
    """Full jitter: ``random`` (in [0, 1)) times min(cap, base * 2**attempt)."""
    return random * min(cap, base * 2.0 ** min(attempt, 30))
