"""``fourgmon serve`` (the real :func:`fourgmon.server.service.serve`, options parsed by
the real CLI parser) that also takes alarm acknowledgements on stdin, for the tests.

A line ``ack IMEI KIND CHANNEL`` (CHANNEL ``-`` for a module's alarm) acknowledges that
alarm as the engineer's button does; once the acknowledgement is committed the child
prints ``acked N`` (N: how many were acknowledged) on stdout.

    python -m tests.e2e.alarm_serve --port 0 --data-dir D [serve options...]
"""

from __future__ import annotations

import asyncio
import logging
import sys

from fourgmon.cli import build_parser, disk_limits, server_config
from fourgmon.server.server import Server
from fourgmon.server.service import serve


async def _acknowledgements(server: Server) -> None:
    loop = asyncio.get_running_loop()
    while line := await loop.run_in_executor(None, sys.stdin.readline):
        word, imei, kind, channel = line.split()
        assert word == "ack", line
        key = (imei, kind, None if channel == "-" else int(channel))
        n = server.acknowledge_alarms([key], "field engineer")
        await server.alarms.settled()
        print(f"acked {n}", flush=True)


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(["serve", *argv])
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(name)s: %(message)s")
    tasks: set[asyncio.Task[None]] = set()

    def started(server: Server) -> None:
        tasks.add(asyncio.get_running_loop().create_task(_acknowledgements(server)))

    return asyncio.run(
        serve(server_config(args), args.data_dir, disk=disk_limits(args), started=started)
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
