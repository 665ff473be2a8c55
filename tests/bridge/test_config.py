"""The bridge's URL and options, its backoff, and the payload rules that need no broker."""

from __future__ import annotations

import pytest

from fourgmon.bridge import BridgeConfigError, parse_url
from fourgmon.bridge.config import backoff_delay
from fourgmon.bridge.payloads import dumps


def test_urls_with_token_password_tls_and_default_ports() -> None:
    c = parse_url("mqtt://A1b2C3token@tb.example")
    assert (c.host, c.port, c.username, c.password, c.tls) == (
        "tb.example", 1883, "A1b2C3token", None, False
    )  # fmt: skip
    c = parse_url("mqtts://user:p%40ss@10.0.0.5")
    assert (c.port, c.username, c.password, c.tls) == (8883, "user", "p@ss", True)
    assert parse_url("mqtt://h:1884").port == 1884
    assert "p@ss" not in parse_url("mqtts://user:p%40ss@h").display_url
    c = parse_url("mqtt://h")
    assert c.clean_session and not c.allow_update and c.format == "thingsboard"


@pytest.mark.parametrize(
    ("url", "options", "says"),
    [
        ("http://h", {}, "mqtt://"),
        ("mqtt://", {}, "no host"),
        ("mqtt://h:99999", {}, "Port out of range"),
        ("mqtt://h/topic", {}, "nothing may follow"),
        ("mqtt://h", {"format": "json"}, "unknown MQTT format"),
        ("mqtt://h", {"prefix": "a/#"}, "prefix"),
    ],
)
def test_bad_urls_and_options_are_one_clear_line(url: str, options: dict, says: str) -> None:
    with pytest.raises(BridgeConfigError, match=says) as info:
        parse_url(url, **options)
    assert "\n" not in str(info.value)


def test_backoff_is_full_jitter_under_a_capped_exponential() -> None:
    assert backoff_delay(0, 1.0, 60.0, 0.5) == 0.5
    assert backoff_delay(3, 1.0, 60.0, 0.999) == pytest.approx(7.992)
    assert backoff_delay(10, 1.0, 60.0, 0.999) == pytest.approx(59.94)  # capped
    assert backoff_delay(10_000, 1.0, 60.0, 0.0) == 0.0  # no overflow, may be immediate


def test_json_has_no_nan() -> None:
    assert dumps({"a": float("nan"), "b": [float("inf"), 1.5]}) == b'{"a":null,"b":[null,1.5]}'
