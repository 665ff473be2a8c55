"""``fourgmon serve``'s bridge options (DESIGN.md: ``--mqtt``, ``--mqtt-format``, ...)."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from fourgmon.bridge.config import (
    DEFAULT_BACKOFF_CAP,
    DEFAULT_FORMAT,
    DEFAULT_KEEPALIVE,
    DEFAULT_MAX_RATE,
    DEFAULT_PREFIX,
    FORMATS,
    BridgeConfig,
    BridgeConfigError,
    parse_url,
)

if TYPE_CHECKING:
    from fourgmon.server.server import Server


def add_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("MQTT bridge")
    group.add_argument(
        "--mqtt",
        metavar="URL",
        default=None,
        help="forward to this broker: mqtt://[user[:pass]@]host[:port] or mqtts://..."
        " (ThingsBoard: the gateway's access token as user); default: no bridge",
    )
    group.add_argument(
        "--mqtt-format", choices=FORMATS, default=DEFAULT_FORMAT, help="topics and payloads"
    )
    group.add_argument(
        "--mqtt-prefix", default=DEFAULT_PREFIX, metavar="P", help="topic prefix (plain)"
    )
    group.add_argument(
        "--mqtt-allow-update",
        action="store_true",
        help="let RPC / cmd topics trigger a firmware update (default: refused)",
    )
    group.add_argument("--mqtt-ca", type=Path, default=None, help="CA file (mqtts)")
    group.add_argument("--mqtt-cert", type=Path, default=None, help="client certificate (mqtts)")
    group.add_argument("--mqtt-key", type=Path, default=None, help="client key (mqtts)")
    group.add_argument(
        "--mqtt-client-id",
        default="",
        metavar="ID",
        help="MQTT client id (empty: fourgmon-HOST-DATADIR)",
    )
    group.add_argument("--mqtt-keepalive", type=int, default=DEFAULT_KEEPALIVE, help="seconds")
    group.add_argument(
        "--mqtt-clean-session",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="start each connection afresh (commands sent while away are not run late)",
    )
    group.add_argument(
        "--mqtt-backoff-cap",
        type=float,
        default=DEFAULT_BACKOFF_CAP,
        help="longest wait between reconnects, seconds (full jitter below it)",
    )
    group.add_argument(
        "--mqtt-rate",
        type=float,
        default=DEFAULT_MAX_RATE,
        help="packets a second at most (a backlog drains at this rate)",
    )


def config_from_args(args: argparse.Namespace) -> BridgeConfig | None:
    """The bridge the options ask for (None without ``--mqtt``); BridgeConfigError."""
    if not args.mqtt:
        return None
    if not args.mqtt.startswith("mqtts://") and (args.mqtt_ca or args.mqtt_cert):
        raise BridgeConfigError("--mqtt-ca / --mqtt-cert need an mqtts:// URL")
    return parse_url(
        args.mqtt,
        format=args.mqtt_format,
        prefix=args.mqtt_prefix,
        allow_update=args.mqtt_allow_update,
        ca_file=args.mqtt_ca,
        cert_file=args.mqtt_cert,
        key_file=args.mqtt_key,
        client_id=args.mqtt_client_id,
        keepalive=args.mqtt_keepalive,
        clean_session=args.mqtt_clean_session,
        backoff_cap=args.mqtt_backoff_cap,
        max_rate=args.mqtt_rate,
    )


def attachment(
    config: BridgeConfig,
) -> Callable[[Server], Awaitable[Callable[[], Awaitable[None]]]]:
    """What ``serve`` runs beside the server: start the bridge, return its stop."""

    async def attach(server: Server) -> Callable[[], Awaitable[None]]:
        from fourgmon.bridge.bridge import Bridge  # aiomqtt: only when a bridge runs

        bridge = Bridge(config, server)
        await bridge.start()
        return bridge.stop

    return attach
