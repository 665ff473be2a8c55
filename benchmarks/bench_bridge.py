"""The MQTT bridge's cost (issue 15): serve with and without ``--mqtt``, one run, and the
latency from a module's ack to the delivery at a subscriber of a real mosquitto.

1. Throughput: every round runs ``serve`` (plain asyncio) without and with the bridge
   (ThingsBoard format, ``--mqtt-rate`` unbounded so that it forwards everything live:
   the worst case) under the same ``loadgen.py`` load; acked packets/s, the ratio of
   medians and the median of per-round ratios (target >= 0.8); what a subscriber got
   (telemetry messages a second, entries a message, bytes a message); serve's CPU
   (its process and the writer) per acked packet with and without the bridge, and the
   difference: the bridge's CPU per packet.
2. Latency: one module sends a packet every 50 ms to ``serve --mqtt``; for each, the
   time from its ack (at the module) to the telemetry entry at a subscriber, p50/p99.
3. In-process: the bridge's own work (outbox reads + ThingsBoard telemetry, rounds of
   300 packets over the 50 modules) on the first round's stored data, CPU µs per
   packet in this process (best of 5): no serve, no load, little noise.

    python benchmarks/bench_bridge.py [--rounds 3] [--modules 50] [--duration 8]
        [--latency-packets 200] [--bridge-rate 1e6]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aiomqtt
from _common import (
    PY,
    Child,
    child_env,
    cpu_seconds,
    emit,
    loadavg,
    machine,
    median,
    pct,
    ratio,
    run_json,
    scratch,
    serve_argv,
)

from fourgmon.protocol import JsonSplitter, PushMsgAck, decode, encode
from fourgmon.sim.scripted import make_push_msg

HERE = Path(__file__).resolve().parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_broker(root: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    conf = root / "mosquitto.conf"
    conf.write_text(f"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n"
                    "user root\n")  # fmt: skip
    mosquitto = shutil.which("mosquitto") or "/usr/sbin/mosquitto"
    proc = subprocess.Popen([mosquitto, "-c", str(conf)], stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, port
        except OSError:
            time.sleep(0.02)
    raise RuntimeError("mosquitto did not start")


class Counter:
    """A subscriber counting telemetry entries and noting when each packnum arrived."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.entries = 0
        self.messages = 0
        self.bytes = 0
        self.counted = 0  # entries counted without parsing (the throughput rounds)
        self.parse = False  # during the throughput rounds only count (the CPU is shared)
        self.arrived: dict[tuple[str, int], float] = {}
        self.ready = asyncio.Event()

    async def run(self) -> None:
        async with aiomqtt.Client("127.0.0.1", self.port, identifier="bench-counter") as c:
            await c.subscribe("v1/gateway/telemetry", qos=1)
            self.ready.set()
            async for m in c.messages:
                now = time.perf_counter()
                assert isinstance(m.payload, bytes)
                self.messages += 1
                self.bytes += len(m.payload)
                if not self.parse:
                    self.counted += m.payload.count(b'"ts":')  # one per entry, cheap
                    continue
                for imei, entries in json.loads(m.payload).items():
                    for e in entries:
                        self.entries += 1
                        if "packnum" in e["values"]:
                            self.arrived.setdefault((imei, e["values"]["packnum"]), now)


def run_serve(extra: list[str], args: argparse.Namespace, wd: Path, name: str) -> dict:
    data_dir = wd / name
    child = Child(serve_argv(data_dir, uvloop=False) + extra, name=name, workdir=wd)
    cpu0 = cpu_seconds(child.pid)
    load = run_json(
        [PY, str(HERE / "loadgen.py"), "--port", str(child.port), "--modules",
         str(args.modules), "--window", "8", "--warmup", "2", "--duration", str(args.duration)],
        timeout=args.duration + 70,
    )  # fmt: skip
    cpu1 = cpu_seconds(child.pid)
    status, _ = child.stop()
    acks = sum(load["per_second"]) or 1  # the measured window; CPU also covers the warm-up
    cpu = (cpu1 - cpu0) if cpu0 is not None and cpu1 is not None else None
    return {
        "acks_per_s": load["acks_per_s"],
        # serve and its writer process, CPU µs per acked packet (warm-up included: a bound)
        "cpu_us_per_ack": round(1e6 * cpu / acks, 1) if cpu is not None else None,
        "exit_status": status,
        "load": loadavg()[0],
    }


async def latency(port: int, broker: int, n: int, counter: Counter) -> dict:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    splitter = JsonSplitter()
    imei = "865501049999999"
    acked: dict[int, float] = {}
    for packnum in range(1, n + 1):
        writer.write(encode(make_push_msg(imei, packnum)))
        await writer.drain()
        while packnum not in acked:
            data = await asyncio.wait_for(reader.read(65536), 10)
            now = time.perf_counter()
            for raw in splitter.feed(data):
                msg = decode(raw)
                if isinstance(msg, PushMsgAck):
                    acked[msg.packnum] = now
        await asyncio.sleep(0.05)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not all((imei, p) in counter.arrived for p in acked):
        await asyncio.sleep(0.05)
    writer.close()
    lat = [
        1000 * (counter.arrived[(imei, p)] - t)
        for p, t in acked.items()
        if (imei, p) in counter.arrived
    ]
    return {
        "packets": n,
        "delivered": len(lat),
        "ack_to_delivery_ms_p50": pct(lat, 0.5),
        "ack_to_delivery_ms_p99": pct(lat, 0.99),
        "max_ms": max(lat) if lat else None,
    }


async def in_process(data_dir: Path, rounds: int = 20, per_round: int = 300) -> dict:
    """CPU µs per packet of the bridge's reads and telemetry on a stored run (see 3.)."""
    from fourgmon.bridge.outbox import Outbox
    from fourgmon.bridge.payloads import make_format
    from fourgmon.domain.calibration import CalibrationTable
    from fourgmon.store import Store
    from fourgmon.store.outbox import PUSH_MSG

    store = Store.open(data_dir, readonly=True)
    try:
        imeis = [d.imei for d in store.devices()]
        fmt, table = make_format("thingsboard", "fourgmon"), CalibrationTable()
        best, messages, packets = float("inf"), 0, 0
        for _ in range(5):
            outbox = Outbox(store, "bench-in-process", with_samples=False)
            outbox.load(float("-inf"))  # a new target: from the first stored packet on
            cpu, messages, packets = time.process_time(), 0, 0
            for _ in range(rounds):
                for imei in imeis:
                    outbox.mark(imei, PUSH_MSG)
                batch = outbox.take(per_round)
                messages += len(fmt.telemetry(batch.frames, batch.statuses, table))
                outbox.acknowledged(batch)
                packets += len(batch)
            best = min(best, (time.process_time() - cpu) / max(packets, 1))
    finally:
        await store.close()
    return {
        "us_per_packet": round(best * 1e6, 2),
        "packets": packets,
        "messages": messages,
        "modules": len(imeis),
    }


async def main_async(args: argparse.Namespace) -> dict:
    wd = scratch("fourgmon-bench-bridge-")
    broker, bport = start_broker(wd)
    counter = Counter(bport)
    task = asyncio.create_task(counter.run())
    await counter.ready.wait()
    url = f"mqtt://127.0.0.1:{bport}"
    bridge = ["--mqtt", url, "--mqtt-rate", str(args.bridge_rate)]
    rounds = []
    try:
        for rnd in range(args.rounds):
            plain = await asyncio.to_thread(run_serve, [], args, wd, f"plain-r{rnd}")
            before = (counter.messages, counter.counted, counter.bytes, time.perf_counter())
            bridged = await asyncio.to_thread(run_serve, bridge, args, wd, f"bridge-r{rnd}")
            await asyncio.sleep(1)
            seconds = time.perf_counter() - before[3]
            got = counter.messages - before[0]
            entries = counter.counted - before[1]
            rounds.append(
                {
                    "serve": plain,
                    "serve_bridge": bridged,
                    "telemetry_messages_at_subscriber": got,
                    "telemetry_entries_at_subscriber": entries,
                    # over the whole serve run (start to stop, ~duration + 6 s)
                    "telemetry_messages_per_s": round(got / seconds, 1),
                    "entries_per_message": round(entries / got, 1) if got else None,
                    "bytes_per_message": round((counter.bytes - before[2]) / got) if got else None,
                }
            )
        argv = [*serve_argv(wd / "latency", uvloop=False), "--mqtt", url]
        child = Child(argv, name="latency", workdir=wd, env=child_env())
        try:
            await asyncio.sleep(1.0)  # connected to the broker
            counter.parse = True
            lat = await latency(child.port, bport, args.latency_packets, counter)
        finally:
            child.stop()
    finally:
        task.cancel()  # before the broker goes: else aiomqtt's socket fails under it
        with contextlib.suppress(asyncio.CancelledError, aiomqtt.MqttError):
            await task
        broker.terminate()
        broker.wait()
    own = await in_process(wd / "plain-r0")
    a = median([r["serve"]["acks_per_s"] for r in rounds])
    b = median([r["serve_bridge"]["acks_per_s"] for r in rounds])
    per = [ratio(r["serve_bridge"]["acks_per_s"], r["serve"]["acks_per_s"]) for r in rounds]
    return {
        "benchmark": "bridge",
        "machine": machine(),
        "modules": args.modules,
        "duration_s": args.duration,
        "rounds": rounds,
        "serve_acks_per_s_median": a,
        "serve_bridge_acks_per_s_median": b,
        "ratio_of_medians": ratio(b, a),
        "median_of_round_ratios": median(per),
        "cpu_us_per_ack_serve": median([r["serve"]["cpu_us_per_ack"] for r in rounds]),
        "cpu_us_per_ack_serve_bridge": median(
            [r["serve_bridge"]["cpu_us_per_ack"] for r in rounds]
        ),
        # serve + writer CPU per packet with minus without the bridge, per round: the
        # bridge's own cost (its reads, payloads, MQTT client) plus what it adds to serve
        "bridge_cpu_us_per_packet": median(
            [
                round(r["serve_bridge"]["cpu_us_per_ack"] - r["serve"]["cpu_us_per_ack"], 1)
                for r in rounds
            ]
        ),
        "telemetry_messages_per_s": median([r["telemetry_messages_per_s"] for r in rounds]),
        "entries_per_message": median([r["entries_per_message"] for r in rounds]),
        "bytes_per_message": median([r["bytes_per_message"] for r in rounds]),
        "latency": lat,
        "bridge_in_process": own,
    }


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--modules", type=int, default=50)
    p.add_argument("--duration", type=float, default=8.0)
    p.add_argument("--latency-packets", type=int, default=200)
    p.add_argument(
        "--bridge-rate", type=float, default=1e6, help="--mqtt-rate (default: unthrottled)"
    )
    emit(asyncio.run(main_async(p.parse_args())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
