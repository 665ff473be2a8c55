"""Every way out of the window program ends in one place: :class:`ExitWatch`.

Ways out, and who notices them:

- the window's close button and File → Quit: the window (it asks first when
  modules are connected), then its ``closed`` signal;
- ``QApplication.quit()`` (a dock's Quit, macOS's application menu): Qt closes the
  window without asking and then stops its loop; ``app.run`` resumes the loop so
  that the shutdown can finish;
- SIGINT, SIGTERM, SIGHUP: ``loop.add_signal_handler`` (a wakeup fd the loop
  watches, so a signal is seen at once even while Qt idles);
- the desktop session ending: ``commitDataRequest``;
- on X11, the window destroyed by another program (``xdotool windowclose``): the
  DestroyNotify of the window, which Qt ignores (the program ran on invisibly).

The last four never ask anything: nobody may be there to answer. Each sets
:attr:`ExitWatch.requested` once, with a reason for the log; ``on_request``
callbacks run at once (the window hides itself before the store is flushed).
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import signal
import sys
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QObject, Qt
from PySide6.QtGui import QSessionManager
from PySide6.QtWidgets import QApplication, QWidget

_SIGNALS = {
    "SIGINT": "interrupted (SIGINT)",
    "SIGTERM": "terminated (SIGTERM)",
    "SIGHUP": "its terminal went away (SIGHUP)",
    "SIGBREAK": "interrupted (Ctrl+Break)",  # Windows consoles
}
_XCB_DESTROY_NOTIFY = 17


class ExitWatch(QObject):
    """Collects the ways out; ``await wait()`` returns the first one's reason."""

    def __init__(self, app: QApplication, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self.setObjectName("exitWatch")
        self.app = app
        self.loop = loop
        self.requested = asyncio.Event()
        self.reason = ""
        self.on_request: list[Callable[[], None]] = []
        self._signals: list[signal.Signals] = []
        self._plain_signals: dict[signal.Signals, object] = {}
        self._native: _DestroyWatch | None = None
        self._installed = False

    # ------------------------------------------------------------ requests
    def request(self, reason: str) -> None:
        """Ask the program to stop (idempotent: the first reason is kept)."""
        if self.requested.is_set():
            return
        self.reason = reason
        self.requested.set()
        for callback in list(self.on_request):
            callback()

    async def wait(self) -> str:
        await self.requested.wait()
        return self.reason

    def on_session_end(self, _manager: QSessionManager) -> None:
        """``commitDataRequest``: the session ends; stop as for SIGTERM, without asking.

        Qt's documentation suggests saving only here, since another program may still
        cancel the logout. But Windows kills the process right after WM_ENDSESSION, so
        the flush starts now; acknowledged packets are committed already either way.
        """
        self.request("the desktop session is ending")

    # ------------------------------------------------------------ install
    def install(self) -> None:
        """Watch signals and the session (call on the running loop's thread)."""
        if self._installed:
            return
        self._installed = True
        self.setParent(self.app)  # findable while it runs (app.findChild(ExitWatch))
        self.app.commitDataRequest.connect(self.on_session_end, Qt.ConnectionType.DirectConnection)
        for name, reason in _SIGNALS.items():
            sig = getattr(signal, name, None)
            if sig is None:
                continue
            try:
                self.loop.add_signal_handler(sig, self.request, reason)
                self._signals.append(sig)
            except (NotImplementedError, RuntimeError, ValueError):
                # Windows' loop has no add_signal_handler: a plain handler runs at the next
                # Python bytecode, which the window's 20 Hz timer guarantees.
                with contextlib.suppress(ValueError, OSError):
                    self._plain_signals[sig] = signal.signal(
                        sig,
                        lambda *_a, r=reason: self.loop.call_soon_threadsafe(self.request, r),
                    )

    def watch_window(self, window: QWidget) -> None:
        """On X11, treat the window's native window being destroyed as it being closed."""
        if self.app.platformName() != "xcb" or self._native is not None:
            return
        self._native = _DestroyWatch(window, lambda: self.request("its window was destroyed"))
        self.app.installNativeEventFilter(self._native)

    def uninstall(self) -> None:
        """Undo :meth:`install` and :meth:`watch_window` (idempotent)."""
        if self._native is not None:
            self.app.removeNativeEventFilter(self._native)
            self._native = None
        if not self._installed:
            return
        self._installed = False
        self.setParent(None)
        with contextlib.suppress(RuntimeError, TypeError):
            self.app.commitDataRequest.disconnect(self.on_session_end)
        for sig in self._signals:
            with contextlib.suppress(Exception):
                self.loop.remove_signal_handler(sig)
        self._signals.clear()
        for sig, previous in self._plain_signals.items():
            with contextlib.suppress(ValueError, OSError, TypeError):
                signal.signal(sig, previous)  # type: ignore[arg-type]
        self._plain_signals.clear()


class _DestroyWatch(QAbstractNativeEventFilter):
    """Sees every xcb event; calls ``on_destroyed`` on the DestroyNotify of the window."""

    def __init__(self, window: QWidget, on_destroyed: Callable[[], None]) -> None:
        super().__init__()
        self._window = window
        self._on_destroyed = on_destroyed

    def nativeEventFilter(self, _event_type: QByteArray, message: int) -> tuple[bool, int]:
        # xcb_destroy_notify_event_t: response_type, pad, sequence, event, window (uint32).
        head = ctypes.string_at(int(message), 12)
        if head[0] & 0x7F == _XCB_DESTROY_NOTIFY:
            destroyed = int.from_bytes(head[8:12], sys.byteorder)
            # Compared with the current id: a window Qt re-creates gets a new one.
            if destroyed == int(self._window.winId()):
                self._on_destroyed()
        return False, 0
