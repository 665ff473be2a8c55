"""One window per data dir: a second launch brings the running window to the front.

The data dir's lock (:mod:`fourgmon.store.lock`) decides who runs; this module only
lets a second launch talk to the window that holds it. The running window listens
on a QLocalServer (a Unix socket or a Windows named pipe, this user only) named
after the data dir; a launch that finds the lock taken sends ``activate`` and
gets ``ok`` (the window came to the front) or ``stopping`` (it is shutting down:
wait for the lock, then start).
"""

from __future__ import annotations

import getpass
import hashlib
import os
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
OK = "ok"
STOPPING = "stopping"
# How long a second launch waits for an answer, and keeps trying while the first window
# is still starting (it takes the lock before it listens).
ANSWER_TIMEOUT_MS = 3000
CONNECT_FOR_S = 5.0


def instance_name(data_dir: Path) -> str:
    """The local-socket name of the window on ``data_dir``, for this user."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: the uid still separates users
        user = str(getattr(os, "getuid", lambda: 0)())
    resolved = os.path.normcase(str(Path(data_dir).expanduser().resolve()))
    digest = hashlib.sha256(f"{user}\0{resolved}".encode()).hexdigest()[:20]
    return f"fourgmon-{digest}"


class InstanceServer(QObject):
    """Answers second launches on the running window's data dir.

    ``activate_requested`` fires for each ``activate``; once :attr:`stopping` is set the
    answer is ``stopping`` and the signal stays quiet.
    """

    activate_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.stopping = False
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Listen (False, with the reason in :attr:`error`, if it cannot).

        Call it only while holding the data dir's lock: a socket left by a killed
        window is then stale for sure and is removed first.
        """
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    @property
    def error(self) -> str:
        return self._server.errorString()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock: QLocalSocket) -> None:
        if not sock.canReadLine():
            if sock.bytesAvailable() > 256:  # not one of ours
                sock.abort()
            return
        line = bytes(sock.readLine().data())
        if line != ACTIVATE:
            sock.abort()
            return
        if self.stopping:
            sock.write(f"{STOPPING}\n".encode())
        else:
            self.activate_requested.emit()
            sock.write(f"{OK} {os.getpid()}\n".encode())
        sock.flush()
        sock.disconnectFromServer()


def ask_running_instance(name: str, connect_for: float = CONNECT_FOR_S) -> str | None:
    """Ask the window listening as ``name`` to come to the front (blocking, before the loop).

    Returns ``"ok"``, ``"stopping"``, or None when nothing answered within ``connect_for``
    seconds (no window there: ``fourgmon serve`` holds the data dir, or it hangs).
    """
    deadline = time.monotonic() + connect_for
    while True:
        sock = QLocalSocket()
        sock.connectToServer(name)
        if sock.waitForConnected(500):
            try:
                return _exchange(sock)
            finally:
                sock.abort()
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.1)


def _exchange(sock: QLocalSocket) -> str | None:
    sock.write(ACTIVATE)
    if not sock.waitForBytesWritten(ANSWER_TIMEOUT_MS):
        return None
    answer = b""
    deadline = time.monotonic() + ANSWER_TIMEOUT_MS / 1000
    connected = QLocalSocket.LocalSocketState.ConnectedState
    while b"\n" not in answer and time.monotonic() < deadline:
        ready = sock.waitForReadyRead(100)
        answer += bytes(sock.readAll().data())
        if not ready and sock.state() != connected:
            break
    word = answer.decode("ascii", "replace").split()
    return word[0] if word and word[0] in (OK, STOPPING) else None
