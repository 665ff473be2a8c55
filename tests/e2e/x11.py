"""A private Xvfb and the few Xlib calls (ctypes) a desktop makes to close a window.

``close_request`` is what a window manager's close button sends (WM_DELETE_WINDOW);
``destroy`` is ``xdotool windowclose``; ``kill_client`` is ``xkill`` (the X
connection goes away, as when the X server ends with the session).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from typing import Any

_CLIENT_MESSAGE = 33
_ANY_PROPERTY_TYPE = 0
_XA_CARDINAL = 6
_XA_STRING = 31


def xvfb_available() -> bool:
    return shutil.which("Xvfb") is not None and ctypes.util.find_library("X11") is not None


@contextlib.contextmanager
def xvfb(size: str = "1280x800x24") -> Iterator[str]:
    """A fresh Xvfb on a free display number (``-displayfd``); yields ``":N"``."""
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd, "rb") as pipe:
            number = pipe.readline().strip().decode()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
        ("pad", ctypes.c_long * 12),  # XEvent is 24 longs
    ]


# Xlib's default error handler prints and calls exit(1): a window that goes away between
# XQueryTree and XGetWindowProperty (a dialog closing, the app quitting) ended the whole
# pytest run with status 1 and no summary. Errors are ignored instead: the calls that
# meet them return a failure status, which the callers already handle.
_ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _ignore_x_error(_display: int, _event: int) -> int:
    return 0


_IGNORE_X_ERROR = _ErrorHandler(_ignore_x_error)  # kept alive for as long as Xlib may call it


def _xlib() -> Any:
    lib = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
    lib.XSetErrorHandler.argtypes = [_ErrorHandler]
    lib.XSetErrorHandler.restype = ctypes.c_void_p
    lib.XSetErrorHandler(_IGNORE_X_ERROR)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XInternAtom.restype = ctypes.c_ulong
    lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    ulong_p = ctypes.POINTER(ctypes.c_ulong)
    lib.XQueryTree.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ulong_p,
        ulong_p,
        ctypes.POINTER(ulong_p),
        ctypes.POINTER(ctypes.c_uint),
    ]
    lib.XGetWindowProperty.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_ulong,
        ctypes.c_long,
        ctypes.c_long,
        ctypes.c_int,
        ctypes.c_ulong,
        ulong_p,
        ctypes.POINTER(ctypes.c_int),
        ulong_p,
        ulong_p,
        ctypes.POINTER(ctypes.c_void_p),
    ]
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XSendEvent.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.c_void_p,
    ]
    for name in ("XDestroyWindow", "XKillClient"):
        getattr(lib, name).argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return lib


class X11:
    """One Xlib connection to ``display``: find a process's windows and close them."""

    def __init__(self, display: str) -> None:
        self._x = _xlib()
        self._d = self._x.XOpenDisplay(display.encode())
        if not self._d:
            raise RuntimeError(f"cannot open display {display}")

    def close(self) -> None:
        if self._d:
            self._x.XCloseDisplay(self._d)
            self._d = None

    def __enter__(self) -> X11:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _property(self, window: int, name: bytes, kind: int, length: int) -> bytes | None:
        x = self._x
        atom = x.XInternAtom(self._d, name, 0)
        actual, fmt = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = x.XGetWindowProperty(
            self._d,
            window,
            atom,
            0,
            length,
            0,
            kind,
            ctypes.byref(actual),
            ctypes.byref(fmt),
            ctypes.byref(count),
            ctypes.byref(after),
            ctypes.byref(data),
        )
        if status != 0 or not data.value:
            return None
        try:
            if not count.value:
                return None
            size = count.value * (ctypes.sizeof(ctypes.c_long) if fmt.value == 32 else 1)
            return ctypes.string_at(data.value, size)
        finally:
            x.XFree(data)

    def windows_of(self, pid: int) -> dict[int, str]:
        """Top-level windows whose _NET_WM_PID is ``pid`` -> their title (WM_NAME/_NET_WM_NAME)."""
        x = self._x
        root = x.XDefaultRootWindow(self._d)
        parent, root_ret = ctypes.c_ulong(), ctypes.c_ulong()
        kids = ctypes.POINTER(ctypes.c_ulong)()
        count = ctypes.c_uint()
        x.XQueryTree(
            self._d,
            root,
            ctypes.byref(root_ret),
            ctypes.byref(parent),
            ctypes.byref(kids),
            ctypes.byref(count),
        )
        found: dict[int, str] = {}
        try:
            for i in range(count.value):
                window = int(kids[i])
                raw_pid = self._property(window, b"_NET_WM_PID", _XA_CARDINAL, 1)
                if raw_pid is None or int.from_bytes(raw_pid[:4], "little") != pid:
                    continue
                utf8 = x.XInternAtom(self._d, b"UTF8_STRING", 0)
                name = self._property(window, b"_NET_WM_NAME", utf8, 1024)
                name = name or self._property(window, b"WM_NAME", _XA_STRING, 1024) or b""
                found[window] = name.decode(errors="replace")
        finally:
            if kids:
                x.XFree(kids)
        return found

    def wait_for_window(self, pid: int, title_part: str, timeout: float = 10.0) -> int:
        deadline = time.monotonic() + timeout
        while True:
            for window, title in self.windows_of(pid).items():
                if title_part in title:
                    return window
            if time.monotonic() > deadline:
                raise AssertionError(f"no window {title_part!r} of {pid}: {self.windows_of(pid)}")
            time.sleep(0.1)

    def close_request(self, window: int) -> None:
        """WM_PROTOCOLS / WM_DELETE_WINDOW: the window manager's close button."""
        x = self._x
        event = _ClientMessage(
            type=_CLIENT_MESSAGE,
            window=window,
            format=32,
            message_type=x.XInternAtom(self._d, b"WM_PROTOCOLS", 0),
        )
        event.data[0] = x.XInternAtom(self._d, b"WM_DELETE_WINDOW", 0)
        x.XSendEvent(self._d, window, 0, 0, ctypes.byref(event))
        x.XSync(self._d, 0)

    def destroy(self, window: int) -> None:
        """XDestroyWindow from another client (``xdotool windowclose``)."""
        self._x.XDestroyWindow(self._d, window)
        self._x.XSync(self._d, 0)

    def kill_client(self, window: int) -> None:
        """XKillClient (``xkill``): the window's program loses its X connection."""
        self._x.XKillClient(self._d, window)
        self._x.XSync(self._d, 0)
