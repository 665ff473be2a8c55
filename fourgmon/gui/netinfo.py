"""This machine's LAN addresses, for the status bar (the engineer types one into the modules).

No traffic is sent: ``connect`` on a UDP socket only asks the kernel which local
address would route to the target.
"""

from __future__ import annotations

import ipaddress
import socket

# TEST-NET-1 (RFC 5737) and a public resolver: only used to pick a route, nothing is sent.
_ROUTE_PROBES = ("192.0.2.1", "8.8.8.8")


def _is_lan_ipv4(text: str) -> bool:
    try:
        addr = ipaddress.IPv4Address(text)
    except ValueError:
        return False
    return not (addr.is_loopback or addr.is_unspecified or addr.is_link_local or addr.is_multicast)


def _route_address(target: str) -> str | None:
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.connect((target, 9))
            return str(sock.getsockname()[0])
    except OSError:
        return None


def lan_addresses() -> list[str]:
    """Non-loopback IPv4 addresses of this machine, the default-route one first."""
    found: list[str] = []
    for probe in _ROUTE_PROBES:
        addr = _route_address(probe)
        if addr and _is_lan_ipv4(addr) and addr not in found:
            found.append(addr)
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    for info in infos:
        addr = str(info[4][0])
        if _is_lan_ipv4(addr) and addr not in found:
            found.append(addr)
    return found
