"""Child processes for the hostile-network tests: serve under an fd limit, an idle flood."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

from tests.e2e.serve_process import ServeProcess

# Sets the child's RLIMIT_NOFILE, then becomes `python -m fourgmon serve ...` (exec keeps
# the pid): the limit a desktop session hands to every process it starts.
_WITH_NOFILE = (
    "import os, resource, sys; "
    "resource.setrlimit(resource.RLIMIT_NOFILE, (int(sys.argv[1]), int(sys.argv[2]))); "
    "os.execv(sys.executable, [sys.executable, *sys.argv[3:]])"
)


class LimitedServe(ServeProcess):
    """``fourgmon serve`` on 127.0.0.1:0 started with soft/hard open-file limits."""

    def __init__(
        self, data_dir: Path, *extra: str, soft: int, hard: int, uvloop: bool = False
    ) -> None:
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self.stderr_path = data_dir.parent / f"{data_dir.name}-serve.log"
        self._stderr = open(self.stderr_path, "w+b")  # noqa: SIM115 (closed in wait())
        argv = ["-m", "fourgmon", "serve", "--host", "127.0.0.1", "--port", "0"]
        argv += ["--data-dir", str(data_dir), *extra]
        if not uvloop:
            argv.append("--no-uvloop")
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _WITH_NOFILE, str(soft), str(hard), *argv],
            stdout=subprocess.DEVNULL,
            stderr=self._stderr,
            env=env,
        )
        try:
            self.port = self._wait_for_port()
        except BaseException:
            self.kill()
            raise

    def open_fds(self) -> int:
        return len(os.listdir(f"/proc/{self.proc.pid}/fd"))


# Opens N idle connections (non-blocking connects) and watches them until stdin closes:
# how many the server closed in order (EOF), reset, failed otherwise or left open.
_FLOOD = r"""
import json, resource, selectors, socket, sys, time
n, port, batch = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
sel = selectors.DefaultSelector()
sel.register(sys.stdin, selectors.EVENT_READ, None)
opened = eof = reset = failed = 0
pending = selectors.DefaultSelector()  # connects not completed yet
for i in range(n):
    s = socket.socket()
    s.setblocking(False)
    if s.connect_ex(("127.0.0.1", port)) not in (0, 115):  # 115: EINPROGRESS
        s.close()
        continue
    opened += 1
    sel.register(s, selectors.EVENT_READ, s)
    pending.register(s, selectors.EVENT_WRITE)
    if batch and (i + 1) % batch == 0:  # let the server's queue drain (at most 2 s)
        deadline = time.monotonic() + 2.0
        while pending.get_map() and time.monotonic() < deadline:
            for key, _ in pending.select(0.1):
                pending.unregister(key.fileobj)
        for key in list(pending.get_map().values()):
            pending.unregister(key.fileobj)
print(json.dumps({"opened": opened}), flush=True)
done = False
while not done:
    for key, _ in sel.select():
        s = key.data
        if s is None:
            done = True
            continue
        try:
            if s.recv(1):
                continue  # the server said something: still open
            eof += 1
        except ConnectionResetError:
            reset += 1
        except BlockingIOError:
            continue
        except OSError:
            failed += 1
        sel.unregister(s)
        s.close()
left = opened - eof - reset - failed
print(json.dumps({"opened": opened, "eof": eof, "reset": reset, "failed": failed, "open": left}))
"""


class IdleFlood:
    """A process holding ``n`` idle connections to ``port`` until :meth:`finish`."""

    def __init__(self, n: int, port: int, *, batch: int = 0) -> None:
        """``batch``: connect that many, wait until they are through, then the next."""
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _FLOOD, str(n), str(port), str(batch)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.opened = int(json.loads(self.proc.stdout.readline())["opened"])

    def finish(self) -> dict[str, int]:
        """Close the connections; what the server did to them."""
        out, _ = self.proc.communicate(timeout=60)
        return {k: int(v) for k, v in json.loads(out.strip().splitlines()[-1]).items()}

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()


def hard_nofile() -> int:
    """This process's hard open-file limit (RLIM_INFINITY as a large number)."""
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    return 1 << 30 if hard == resource.RLIM_INFINITY else hard
