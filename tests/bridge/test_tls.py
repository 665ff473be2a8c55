"""mqtts:// with a test CA: the bridge verifies the broker's certificate."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from fourgmon.bridge import BridgeConfigError, parse_url
from fourgmon.bridge.bridge import tls_context

from .conftest import FAST, Broker, Site, until, watching

pytestmark = [
    pytest.mark.timeout(60),
    pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl"),
]


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True, timeout=60)


def make_ca(root: Path) -> dict[str, Path]:
    """A CA and a server certificate for 127.0.0.1 signed by it."""
    ca_key, ca, key, csr, cert = (
        root / n for n in ("ca.key", "ca.pem", "srv.key", "srv.csr", "srv.pem")
    )
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(ca_key),
             "-out", str(ca), "-days", "2", "-subj", "/CN=fourgmon test CA")  # fmt: skip
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(csr),
             "-subj", "/CN=127.0.0.1")  # fmt: skip
    ext = root / "ext.cnf"
    ext.write_text("subjectAltName=IP:127.0.0.1\n")
    _openssl("x509", "-req", "-in", str(csr), "-CA", str(ca), "-CAkey", str(ca_key),
             "-CAcreateserial", "-out", str(cert), "-days", "2", "-extfile", str(ext))  # fmt: skip
    return {"ca": ca, "cert": cert, "key": key}


async def test_mqtts_with_a_test_ca_connects_and_delivers(site: Site, tmp_path: Path) -> None:
    root = tmp_path / "tls"
    root.mkdir()
    files = make_ca(root)
    broker = Broker(root, tls=files)
    broker.start()
    try:
        async with watching(broker.port, "v1/devices/me/attributes") as w:
            url = f"mqtts://127.0.0.1:{broker.tls_port}"
            bridge = await site.start_bridge(parse_url(url, ca_file=files["ca"], **FAST))
            await until(lambda: bridge.state.connected, what="TLS connection")
            await w.until(lambda: {"fourgmon_online": True} in w.on("v1/devices/me/attributes"))
            await site.stop_bridge()
            # Without the CA the broker's certificate is not trusted: an error, no connection.
            bridge = await site.start_bridge(parse_url(url, **FAST))
            await until(lambda: bridge.state.last_error, what="the TLS error")
            assert not bridge.state.connected
            assert "certificate" in bridge.state.last_error.lower()
    finally:
        await site.stop_bridge()
        broker.stop()


def test_unusable_tls_files_are_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "ca.pem"
    bad.write_text("not a certificate")
    with pytest.raises(BridgeConfigError, match="TLS"):
        tls_context(parse_url("mqtts://broker.example", ca_file=bad))
    with pytest.raises(BridgeConfigError, match="no such file"):
        parse_url("mqtts://broker.example", ca_file=tmp_path / "missing.pem")
