"""``fourgmon`` command line: the window (default), ``serve``, ``sim``, ``export``.

Every option has a default shown by ``--help``. A bad option, an unusable port or
data dir is one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import logging
import os
import re
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from fourgmon import __version__
from fourgmon.domain.alarms import AlarmRules
from fourgmon.paths import default_data_dir
from fourgmon.server.config import (
    DEFAULT_HEARTBEAT_TIMEOUT,
    DEFAULT_HOST,
    DEFAULT_MAX_BYTE_RATE,
    DEFAULT_MAX_CONNECT_RATE,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_IN_FLIGHT,
    DEFAULT_MAX_MESSAGE_RATE,
    DEFAULT_PORT,
    DEFAULT_QUEUE_EXPIRY,
    ServerConfig,
)
from fourgmon.store.db import WRITER_FLAG
from fourgmon.store.disk import (
    DEFAULT_WARN_PERCENT,
    DiskLimits,
)

if TYPE_CHECKING:
    from fourgmon.domain.calibration import CalibrationRow
    from fourgmon.store import ReadDamage, Store
    from fourgmon.store.export import ExportRequest

EXIT_USAGE = 2
EXIT_FAILURE = 1
# ``fourgmon export``: rows were written, but a damaged database file kept some back.
EXIT_INCOMPLETE = 3
_SIZE = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*([kmgt]?)(i?)b?", re.IGNORECASE)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are a single line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


class _HelpFormatter(argparse.ArgumentDefaultsHelpFormatter):
    """Shows "(default: …)" for real defaults only, not for None, False or unset options."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.default in (None, False) or action.help is None:
            return action.help
        return super()._get_help_string(action)


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port out of range 0-65535: {port}")
    return port


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be greater than 0: {text}")
    return value


def _rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text}")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {value}")
    return value


def parse_size(text: str) -> int:
    """Bytes: ``64M``, ``1G``, ``1.5GB``, ``512MiB`` or a plain number (k/M/G/T are powers
    of 1000, with ``i`` of 1024)."""
    match = _SIZE.fullmatch(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (use e.g. 64M, 1G or bytes)")
    number, unit, binary = match.groups()
    base = 1024 if binary else 1000
    return int(float(number) * base ** " kmgt".index(unit.lower() or " "))


def _percent(text: str) -> float:
    value = _rate(text)
    if value > 100:
        raise argparse.ArgumentTypeError(f"not a percentage 0-100: {text}")
    return value


def parse_time(text: str) -> float:
    """Unix seconds, or ISO 8601 (a time without offset is this machine's local time)."""
    try:
        return float(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a time: {text!r} (use ISO 8601 like 2026-11-24T08:00 or Unix seconds)"
        ) from None


def _server_options(parser: argparse.ArgumentParser, *, window: bool = False) -> None:
    """Options shared by the window and ``serve``.

    In window mode host, port, heartbeat timeout and the connection cap are left
    unset when omitted, so that the values saved in Settings apply; ``--help``
    still shows the default used when nothing was saved.
    """

    def default(value: object) -> object:
        return argparse.SUPPRESS if window else value

    def shown(value: object) -> str:
        # The formatter adds "(default: …)" by itself except for unset options.
        return f" (default: {value} or the value saved in Settings)" if window else ""

    parser.add_argument(
        "--host",
        default=default(DEFAULT_HOST),
        help="address to listen on" + shown(DEFAULT_HOST),
    )
    parser.add_argument(
        "--port",
        type=_port,
        default=default(DEFAULT_PORT),
        help="TCP port to listen on" + shown(DEFAULT_PORT),
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=f"where packets are stored (default: {default_data_dir()})",
    )
    parser.add_argument(
        "--heartbeat-timeout",
        type=_positive,
        default=default(DEFAULT_HEARTBEAT_TIMEOUT),
        metavar="SECONDS",
        help="a module is offline after this long without a message"
        + shown(f"{DEFAULT_HEARTBEAT_TIMEOUT:g}"),
    )
    parser.add_argument(
        "--allow-imei",
        action="append",
        default=None,
        metavar="IMEI",
        help="accept only these IMEIs (repeat the option; default: any IMEI)",
    )
    parser.add_argument(
        "--reply-crlf", action="store_true", help="end every reply with \\r\\n (some firmware)"
    )
    parser.add_argument(
        "--max-connections",
        type=_count,
        default=default(DEFAULT_MAX_CONNECTIONS),
        metavar="N",
        help="refuse connections beyond this many open at once" + shown(DEFAULT_MAX_CONNECTIONS),
    )
    parser.add_argument(
        "--max-connect-rate",
        type=_rate,
        default=DEFAULT_MAX_CONNECT_RATE,
        metavar="PER_SECOND",
        help="new connections per second from one address after a burst of 500;"
        " loopback is exempt (0: no limit)",
    )
    parser.add_argument(
        "--max-message-rate",
        type=_rate,
        default=DEFAULT_MAX_MESSAGE_RATE,
        metavar="PER_SECOND",
        help="messages per second read from one connection (0: no limit)",
    )
    parser.add_argument(
        "--max-byte-rate",
        type=_rate,
        default=DEFAULT_MAX_BYTE_RATE,
        metavar="BYTES_PER_SECOND",
        help="bytes per second read from one connection (0: no limit)",
    )
    parser.add_argument(
        "--disk-warn",
        type=parse_size,
        default="1G",
        metavar="SIZE",
        help="warn when the data dir's free space is below this and below --disk-warn-percent",
    )
    parser.add_argument(
        "--disk-warn-percent",
        type=_percent,
        default=f"{DEFAULT_WARN_PERCENT:g}",
        metavar="PERCENT",
        help="see --disk-warn",
    )
    parser.add_argument(
        "--disk-reserve",
        type=parse_size,
        default="64M",
        metavar="SIZE",
        help="stop storing (and acknowledging) packets while the data dir's free space is"
        " below this, so that the disk never fills up",
    )
    parser.add_argument(
        "--retain-disk-percent",
        type=_percent,
        default=default("80"),
        metavar="PERCENT",
        help="retention: remove the oldest packets while the data dir's disk is fuller than"
        " this (0: never for space; per-minute trends are kept)" + shown("80"),
    )
    parser.add_argument(
        "--retain-days",
        type=_rate,
        default=default("0"),
        metavar="DAYS",
        help="retention: remove packets older than this (0: keep them)" + shown("0"),
    )
    parser.add_argument(
        "--journal-max",
        type=parse_size,
        default=default("1GiB"),
        metavar="SIZE",
        help="cap of the raw-traffic journal (journal/ in the data dir; oldest goes first)"
        + shown("1GiB"),
    )


def fleet_options(parser: argparse.ArgumentParser) -> None:
    """Options of the request engine (``serve``; the window has them in Settings)."""
    group = parser.add_argument_group("commands")
    group.add_argument(
        "--max-in-flight",
        type=_count,
        default=DEFAULT_MAX_IN_FLIGHT,
        metavar="N",
        help="command requests on the air at once (bulk actions, queued commands)",
    )
    group.add_argument(
        "--queue-expiry",
        type=_positive,
        default=DEFAULT_QUEUE_EXPIRY / 3600,
        metavar="HOURS",
        help="a command queued for an offline module is dropped after this long",
    )
    group.add_argument(
        "--auto-time-sync",
        action="store_true",
        help="send the time to every module when it (re)connects and when its clock drifts",
    )


def fleet_config(args: argparse.Namespace) -> dict[str, Any]:
    """The ServerConfig fields of :func:`fleet_options` (defaults where absent)."""
    return {
        "max_in_flight": getattr(args, "max_in_flight", DEFAULT_MAX_IN_FLIGHT),
        "queue_expiry": getattr(args, "queue_expiry", DEFAULT_QUEUE_EXPIRY / 3600) * 3600,
        "auto_time_sync": getattr(args, "auto_time_sync", False),
    }


def _offset(text: str) -> float:
    """'+8', '-5:30', '0' (hours from UTC) -> seconds."""
    match = re.fullmatch(r"([+-]?)(\d{1,2})(?::(\d{2}))?", text.strip())
    if match is None or int(match.group(2)) > 14:
        raise argparse.ArgumentTypeError(f"not a UTC offset like +8 or -5:30: {text!r}")
    seconds = int(match.group(2)) * 3600 + int(match.group(3) or 0) * 60
    return -seconds if match.group(1) == "-" else seconds


def _alarm_kind(text: str) -> tuple[str, int]:
    """'stuck' or 'stuck:4' (CH4) -> ('stuck', 3)."""
    from fourgmon.sim.module import SimulatedModule

    kind, _, ch = text.partition(":")
    if kind not in SimulatedModule.ALARM_KINDS:
        raise argparse.ArgumentTypeError(
            f"unknown alarm kind {kind!r}; one of {', '.join(SimulatedModule.ALARM_KINDS)}"
        )
    if ch and not (ch.isdigit() and 1 <= int(ch) <= 9):
        raise argparse.ArgumentTypeError(f"channel must be 1-9: {text!r}")
    return kind, int(ch) - 1 if ch else 0


def _alarm_options(parser: argparse.ArgumentParser) -> None:
    """The alarm rules' limits (the window has them in Settings)."""
    rules = AlarmRules()
    group = parser.add_argument_group("alarms")
    group.add_argument(
        "--no-data-minutes",
        type=float,
        default=rules.no_data_minutes,
        metavar="MIN",
        help="alarm when an online module sends no push_msg for this long (0: off)",
    )
    group.add_argument(
        "--clock-skew",
        type=float,
        default=rules.clock_skew_seconds,
        metavar="SECONDS",
        help="alarm when a module's clock is off by more than this (0: off)",
    )
    group.add_argument(
        "--device-utc-offset",
        type=_offset,
        default=None,
        metavar="HOURS",
        help="the modules' time zone, e.g. +8 (default: this computer's)",
    )
    group.add_argument(
        "--threshold-high",
        type=int,
        default=None,
        metavar="COUNTS",
        help="alarm when a frame's maximum is above this, in raw AD counts, on channels"
        " without a threshold row (the window's calibration dialog sets those in units)",
    )
    group.add_argument(
        "--threshold-low",
        type=int,
        default=None,
        metavar="COUNTS",
        help="alarm when a frame's minimum is below this (raw AD counts, as --threshold-high)",
    )
    group.add_argument(
        "--hysteresis",
        type=int,
        default=rules.hysteresis,
        metavar="COUNTS",
        help="how far back inside a threshold a value must be to clear its alarm",
    )
    group.add_argument(
        "--flap-window",
        type=float,
        default=rules.flap_window,
        metavar="SECONDS",
        help="an alarm back within this time after clearing is counted on the same alarm",
    )


def alarm_rules(args: argparse.Namespace) -> AlarmRules:
    """The AlarmRules the parsed options describe (defaults where not given)."""
    d = AlarmRules()
    return AlarmRules(
        no_data_minutes=getattr(args, "no_data_minutes", d.no_data_minutes),
        clock_skew_seconds=getattr(args, "clock_skew", d.clock_skew_seconds),
        device_utc_offset=getattr(args, "device_utc_offset", d.device_utc_offset),
        threshold_high=getattr(args, "threshold_high", d.threshold_high),
        threshold_low=getattr(args, "threshold_low", d.threshold_low),
        hysteresis=getattr(args, "hysteresis", d.hysteresis),
        flap_window=getattr(args, "flap_window", d.flap_window),
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole command line (also used by tests)."""
    fmt = _HelpFormatter
    parser = _Parser(
        prog="fourgmon",
        description="Monitor for 4G pressure-monitoring modules.",
        formatter_class=fmt,
    )
    parser.add_argument("--version", action="version", version=f"fourgmon {__version__}")
    _server_options(parser, window=True)
    parser.add_argument(
        "--demo",
        type=_count,
        nargs="?",
        const=10,
        default=None,
        metavar="N",
        help="also run N simulated modules in-process (default N: 10)",
    )
    parser.add_argument(
        "--lang",
        choices=("zh", "en"),
        default=None,
        help="interface language (default: the system's)",
    )
    parser.add_argument(
        "--quit-after",
        type=_positive,
        default=None,
        metavar="SECONDS",
        help="close the window after this long (launch-and-quit smoke tests)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="run a quick end-to-end check on a free loopback port and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    serve = sub.add_parser("serve", help="run the server without a window", formatter_class=fmt)
    _server_options(serve)
    serve.add_argument(
        "--log-level",
        default="info",
        choices=("debug", "info", "warning", "error"),
        help="stderr log level",
    )
    serve.add_argument("--no-uvloop", action="store_true", help="use plain asyncio")
    _alarm_options(serve)
    fleet_options(serve)
    from fourgmon.bridge.options import add_options as add_bridge_options

    add_bridge_options(serve)

    sim = sub.add_parser("sim", help="run simulated modules against a server", formatter_class=fmt)
    sim.add_argument("--host", default="127.0.0.1", help="server address")
    sim.add_argument("--port", type=_port, default=DEFAULT_PORT, help="server port")
    sim.add_argument("--devices", type=_count, default=10, metavar="N", help="number of modules")
    sim.add_argument(
        "--push-interval",
        type=_positive,
        default=2.0,
        metavar="SECONDS",
        help="mean time between group pushes per module",
    )
    sim.add_argument(
        "--heartbeat-interval",
        type=_positive,
        default=60.0,
        metavar="SECONDS",
        help="time between pings",
    )
    sim.add_argument("--no-faults", action="store_true", help="all sensors stay healthy")
    sim.add_argument("--seed", type=int, default=1, help="random seed")
    sim.add_argument("--imei-base", type=int, default=865501040000000, help="first IMEI")
    sim.add_argument(
        "--duration",
        type=_positive,
        default=None,
        metavar="SECONDS",
        help="stop after this long (default: until Ctrl+C)",
    )
    sim.add_argument(
        "--record",
        type=Path,
        default=None,
        metavar="FILE",
        help="append every acknowledged push_msg as a JSON line (for checks)",
    )
    sim.add_argument(
        "--alarm",
        type=_alarm_kind,
        action="append",
        default=[],
        metavar="KIND[:CH]",
        help="make this alarm's condition happen (repeatable; the first module, the next...):"
        " offline, sensor_offline, interference, stuck, crystal, sensor_unknown, no_data,"
        " packet_gap, rs485_errors, clock_skew, threshold_high, threshold_low",
    )
    sim.add_argument(
        "--alarm-after",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="when to produce the --alarm conditions",
    )

    export = sub.add_parser(
        "export",
        help="write stored frames, events or alarms as CSV or XLSX",
        formatter_class=fmt,
        description="Frames: one row per stored channel frame, imei,packnum,device_time,"
        "received_at,channel,temperature,humidity,s1..s50 (--calibrated appends unit,v1..v50"
        " = gain x raw + offset). Events: imei,alias,time,event,channel,detail (online,"
        " offline, command, sensor, info, version). Alarms: imei,alias,kind,severity,channel,"
        "raised_at,acked_at,acked_by,cleared_at,count,detail (alarms open at some time in the"
        " window). Times in UTC. A CSV file starts with a UTF-8 BOM (Excel reads Chinese"
        " aliases right); standard output gets none. A text cell that starts like a formula"
        " gets a leading '. The file is written as FILE.partial and renamed when complete.",
        epilog=f"Exit status: 0 done, {EXIT_FAILURE} failed, {EXIT_INCOMPLETE} written but"
        " incomplete: a damaged database file kept some frames back (one line on stderr"
        " says which file and how many packets).",
    )
    export.add_argument(
        "--data-dir", type=Path, default=None, help=f"data dir (default: {default_data_dir()})"
    )
    modules = export.add_mutually_exclusive_group(required=True)
    modules.add_argument(
        "--imei", action="append", default=None, help="module to export (repeat for several)"
    )
    modules.add_argument("--all", action="store_true", help="every stored module")
    export.add_argument("--since", type=parse_time, default=None, help="from this time")
    export.add_argument("--until", type=parse_time, default=None, help="up to this time")
    export.add_argument(
        "--what", choices=("frames", "events", "alarms"), default="frames", help="what to export"
    )
    export.add_argument(
        "--format",
        choices=("csv", "xlsx"),
        default=None,
        help="file format (default: xlsx when --out ends in .xlsx, else csv)",
    )
    export.add_argument(
        "--calibrated",
        action="store_true",
        help="frames: also the values in engineering units (unit,v1..v50; see calibration)",
    )
    export.add_argument(
        "--out", type=Path, default=None, help="file to write (default: standard output, CSV)"
    )

    journal = sub.add_parser(
        "journal",
        help="print what modules sent, as received (the raw-traffic journal)",
        formatter_class=fmt,
    )
    journal.add_argument(
        "--data-dir", type=Path, default=None, help=f"data dir (default: {default_data_dir()})"
    )
    journal.add_argument("--imei", default=None, help="only this module (default: all)")
    journal.add_argument("--since", type=parse_time, default=None, help="from this time")
    journal.add_argument("--until", type=parse_time, default=None, help="up to this time")
    alarms = sub.add_parser("alarms", help="show the alarm history", formatter_class=fmt)
    alarms.add_argument(
        "--data-dir", type=Path, default=None, help=f"data dir (default: {default_data_dir()})"
    )
    alarms.add_argument("--imei", default=None, help="only this module's alarms")
    alarms.add_argument("--open", action="store_true", help="only alarms not cleared yet")
    alarms.add_argument("--json", action="store_true", help="one JSON object a line")
    calibration = sub.add_parser(
        "calibration",
        help="import or export the calibration (CSV: imei,channel,gain,offset,unit)",
        description="value = gain x raw + offset; imei '*' is the row of every module"
        " without its own. Every change is kept with its time and OS user.",
        formatter_class=fmt,
    )
    calibration.add_argument(
        "--data-dir", type=Path, default=None, help=f"data dir (default: {default_data_dir()})"
    )
    action = calibration.add_subparsers(dest="action", required=True, metavar="import|export")
    imports = action.add_parser("import", help="set the rows of a CSV file", formatter_class=fmt)
    imports.add_argument("file", type=Path, help="the CSV file ('-': standard input)")
    imports.add_argument(
        "--replace", action="store_true", help="also remove the rows the file does not list"
    )
    exports = action.add_parser(
        "export", help="write the rows in force as CSV", formatter_class=fmt
    )
    exports.add_argument(
        "file", type=Path, nargs="?", default=None, help="the CSV file (default: standard output)"
    )
    return parser


def server_config(args: argparse.Namespace) -> ServerConfig:
    """The ServerConfig the parsed options describe."""
    return ServerConfig(
        host=args.host,
        port=args.port,
        heartbeat_timeout=args.heartbeat_timeout,
        reply_terminator=b"\r\n" if args.reply_crlf else b"",
        allow_imeis=frozenset(args.allow_imei) if args.allow_imei else None,
        max_connections=args.max_connections,
        max_connect_rate=args.max_connect_rate,
        max_message_rate=args.max_message_rate,
        max_byte_rate=args.max_byte_rate,
        alarm_rules=alarm_rules(args),
        **fleet_config(args),
    )


def disk_limits(args: argparse.Namespace) -> DiskLimits:
    """The free-space, retention and journal limits the parsed options describe."""
    return DiskLimits.from_options(args)


def _fail(message: str) -> int:
    print(f"fourgmon: error: {message}", file=sys.stderr)
    return EXIT_FAILURE


def _usage(message: str) -> int:
    """Options that parse but do not go together: one line, as argparse's own errors."""
    print(f"fourgmon {message} (see --help)", file=sys.stderr)
    return EXIT_USAGE


def _cmd_serve(args: argparse.Namespace) -> int:
    from fourgmon.bridge.config import BridgeConfigError
    from fourgmon.bridge.options import attachment, config_from_args
    from fourgmon.server.service import ServeError, run
    from fourgmon.store import StoreError

    try:
        bridge = config_from_args(args)
        if bridge is not None:
            from fourgmon.bridge.bridge import tls_context

            tls_context(bridge)  # unusable TLS files: one line now, not at connect time
    except BridgeConfigError as exc:
        return _fail(str(exc))

    logging.basicConfig(
        level=args.log_level.upper(),
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    high, low = args.threshold_high, args.threshold_low
    if high is not None and low is not None and low >= high:
        return _fail(f"--threshold-low ({low}) must be below --threshold-high ({high})")
    try:
        # Nothing in serve shows traffic; the bridge, its only subscriber, must not make the
        # server build two Traffic events per packet (a fifth of serve's throughput).
        return run(
            dataclasses.replace(server_config(args), emit_traffic=False),
            args.data_dir or default_data_dir(),
            use_uvloop=not args.no_uvloop,
            disk=disk_limits(args),
            attach=attachment(bridge) if bridge is not None else None,
        )
    except (ServeError, StoreError) as exc:
        return _fail(str(exc))


def _cmd_sim(args: argparse.Namespace) -> int:
    from fourgmon.sim.fleet import Fleet

    logging.basicConfig(
        level=logging.WARNING,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )

    async def main(record: TextIO | None) -> None:
        fleet = Fleet(
            args.host,
            args.port,
            args.devices,
            seed=args.seed,
            imei_base=args.imei_base,
            faults=not args.no_faults,
            push_interval=args.push_interval,
            heartbeat_interval=args.heartbeat_interval,
            on_acked=_recorder(record) if record else None,
        )
        await fleet.start()
        try:
            if args.alarm:
                await asyncio.sleep(args.alarm_after)
                for i, (kind, channel) in enumerate(args.alarm):
                    module = fleet.modules[i % len(fleet.modules)]
                    module.produce(kind, channel)
                    print(f"{module.imei}: {kind} produced", file=sys.stderr)
            if args.duration is None:
                await asyncio.Event().wait()
            else:
                await asyncio.sleep(args.duration)
        finally:
            await fleet.stop()

    try:
        with contextlib.ExitStack() as stack:
            record = None
            if args.record is not None:
                record = stack.enter_context(open(args.record, "a", encoding="utf-8"))
            with contextlib.suppress(KeyboardInterrupt):
                asyncio.run(main(record))
    except OSError as exc:
        return _fail(f"cannot write {args.record}: {exc.strerror or exc}")
    return 0


def _recorder(out: TextIO) -> Callable[[object], None]:
    """An on_acked hook writing each acked push_msg as {imei, packnum, channels} JSON."""
    import json

    from fourgmon.protocol.messages import PushMsg

    def record(msg: object) -> None:
        if isinstance(msg, PushMsg):
            channels = {str(k): v.tolist() for k, v in msg.channels.items()}
            line = {"imei": msg.imei, "packnum": msg.packnum, "channels": channels}
            out.write(json.dumps(line) + "\n")

    return record


def _cmd_export(args: argparse.Namespace) -> int:
    from fourgmon.domain.calibration import CalibrationTable
    from fourgmon.store import ReadDamage, Store, StoreError
    from fourgmon.store.export import ExportRequest, damage_summary

    fmt = args.format or ("xlsx" if args.out and args.out.suffix.lower() == ".xlsx" else "csv")
    if fmt == "xlsx" and args.out is None:
        return _usage("export: --format xlsx needs --out FILE")
    if args.calibrated and args.what != "frames":
        return _usage("export: --calibrated applies to --what frames")
    data_dir = args.data_dir or default_data_dir()
    if not data_dir.is_dir():
        return _fail(f"no data dir at {data_dir}")
    try:
        store = Store.open(data_dir, readonly=True)
    except StoreError as exc:
        return _fail(str(exc))
    damage = ReadDamage()
    try:
        imeis = [d.imei for d in store.devices()] if args.all else list(dict.fromkeys(args.imei))
        request = ExportRequest(
            tuple(imeis),
            args.since,
            args.until,
            what=args.what,
            calibrated=args.calibrated,
            calibration=store.calibration() if args.calibrated else CalibrationTable(),
        )
        if args.out is None:
            _export_stdout(store, request, damage, data_dir)
        else:
            from fourgmon.store.export import export_to

            try:
                rows = export_to(store, request, args.out, fmt, damage, data_dir=data_dir)
            except OSError as exc:
                return _fail(f"cannot write {args.out}: {exc.strerror or exc}")
            print(f"{rows} rows written to {args.out}", file=sys.stderr)
    except StoreError as exc:
        return _fail(str(exc))
    finally:
        asyncio.run(store.close())
    summary = damage_summary(store, damage)
    if summary is None:
        return 0
    line, missing = summary
    print(f"fourgmon: {'warning' if missing else 'note'}: {line}", file=sys.stderr)
    return EXIT_INCOMPLETE if missing else 0


def _export_stdout(
    store: Store, request: ExportRequest, damage: ReadDamage, data_dir: Path
) -> None:
    """CSV to standard output (no BOM: a pipe is read by scripts)."""
    from fourgmon.store.export import write_frames_csv, write_table_csv
    from fourgmon.store.export_events import alarm_rows, event_rows, table_header

    if request.what == "frames":
        sys.stdout.flush()
        write_frames_csv(store, request, sys.stdout.buffer, damage)
        sys.stdout.buffer.flush()
        return
    rows = (
        event_rows(store, request)
        if request.what == "events"
        else alarm_rows(store, request, data_dir)
    )
    write_table_csv(table_header(request.what), rows, sys.stdout)
    sys.stdout.flush()


def _cmd_journal(args: argparse.Namespace) -> int:
    """One line per packet: ISO time (UTC), imei, the bytes as sent (escaped if not text)."""
    from fourgmon.store.export import iso_utc
    from fourgmon.store.journal import JOURNAL_DIR, read_journal

    data_dir = args.data_dir or default_data_dir()
    if not data_dir.is_dir():
        return _fail(f"no data dir at {data_dir}")
    for entry in read_journal(data_dir / JOURNAL_DIR, args.imei, args.since, args.until):
        text = entry.raw.decode("utf-8", "backslashreplace").replace("\n", "\\n")
        sys.stdout.write(f"{iso_utc(entry.received_at)} {entry.imei} {text}\n")
    sys.stdout.flush()
    return 0


def _cmd_alarms(args: argparse.Namespace) -> int:
    import json
    import sqlite3

    from fourgmon.store.alarms import read_alarms

    data_dir = args.data_dir or default_data_dir()
    if not data_dir.is_dir():
        return _fail(f"no data dir at {data_dir}")
    try:
        found = read_alarms(data_dir, imei=args.imei, open_only=args.open)
    except sqlite3.Error as exc:
        return _fail(f"cannot read the alarms in {data_dir}: {exc}")
    for a in found:
        if args.json:
            row = {
                "imei": a.imei,
                "kind": a.kind,
                "channel": a.channel,
                "raised_at": a.raised_at,
                "acked_at": a.acked_at,
                "cleared_at": a.cleared_at,
                "detail": a.detail,
                "count": a.count,
                "acked_by": a.acked_by or None,
                "severity": a.severity,
            }
            print(json.dumps(row, ensure_ascii=False))
            continue
        stamp = datetime.fromtimestamp(a.raised_at).strftime("%Y-%m-%d %H:%M:%S")
        channel = "-" if a.channel is None else f"CH{a.channel + 1}"
        state = "open" if a.cleared_at is None else "cleared"
        if a.acked_at is not None:
            state += f", acked by {a.acked_by}"
        count = f" x{a.count}" if a.count > 1 else ""
        print(f"{stamp}  {a.imei}  {a.kind:<14} {channel:<4} {state}{count}  {a.detail}")
    sys.stdout.flush()
    return 0


def _cmd_calibration(args: argparse.Namespace) -> int:
    from fourgmon.domain.calibration import CalibrationError, format_csv, parse_csv
    from fourgmon.store import Store, StoreError
    from fourgmon.store.lock import DataDirInUse, DataDirLock

    data_dir = args.data_dir or default_data_dir()
    if args.action == "export":
        if not data_dir.is_dir():
            return _fail(f"no data dir at {data_dir}")
        try:
            store = Store.open(data_dir, readonly=True)
            try:
                text = format_csv(store.calibration().rows())
            finally:
                asyncio.run(store.close())
        except StoreError as exc:
            return _fail(str(exc))
        if args.file is None:
            sys.stdout.write(text)
            sys.stdout.flush()
            return 0
        try:
            args.file.write_text(text, encoding="utf-8")
        except OSError as exc:
            return _fail(f"cannot write {args.file}: {exc.strerror or exc}")
        return 0
    try:
        raw = sys.stdin.read() if str(args.file) == "-" else args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return _fail(f"cannot read {args.file}: {getattr(exc, 'strerror', None) or exc}")
    try:
        rows = parse_csv(raw)
    except CalibrationError as exc:
        return _fail(f"{args.file}: {exc}")
    try:
        with DataDirLock.acquire(data_dir, "calibration"):
            return asyncio.run(_import_calibration(Store.open(data_dir), rows, args.replace))
    except DataDirInUse as exc:
        return _fail(f"{exc}; import the calibration from its window, or stop it first")
    except StoreError as exc:
        return _fail(str(exc))


async def _import_calibration(store: Store, rows: list[CalibrationRow], replace: bool) -> int:
    import time

    from fourgmon.server.alarms import os_user
    from fourgmon.store.calibration import import_record

    await store.start()
    try:
        record = import_record(time.time(), os_user(), store.calibration(), rows, replace)
        if record is not None:
            await store.write(record)
    finally:
        await store.close()
    changed = 0 if record is None else len(record.rows)
    print(f"{changed} calibration rows changed ({len(rows)} in the file)", file=sys.stderr)
    return 0


def _cmd_window(args: argparse.Namespace) -> int:
    if args.self_test:
        from fourgmon.selftest import run_self_test

        return run_self_test()
    from fourgmon.gui.app import run

    return run(args)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``fourgmon`` console script."""
    raw = sys.argv[1:] if argv is None else argv
    if raw[:1] == [WRITER_FLAG]:  # the frozen executable started as the store's writer
        from fourgmon.store.writer import main as writer_main

        return writer_main(raw[1:])
    args = build_parser().parse_args(argv)
    try:
        match args.command:
            case "serve":
                return _cmd_serve(args)
            case "sim":
                return _cmd_sim(args)
            case "export":
                return _cmd_export(args)
            case "journal":
                return _cmd_journal(args)
            case "alarms":
                return _cmd_alarms(args)
            case "calibration":
                return _cmd_calibration(args)
            case _:
                return _cmd_window(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `fourgmon export ... | head`: the reader left. Not an error worth a traceback;
        # point stdout at devnull so the interpreter's final flush cannot raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
