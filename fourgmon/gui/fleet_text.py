"""Words of fleet operations in the window's language: command kinds, result and queue
states, campaign step states (one place, so the table, the queue and the campaign agree)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Colours of a result or state: done, failed, waiting, gone.
OK_COLOR = "#2e7d32"
FAIL_COLOR = "#c62828"
WAIT_COLOR = "#b26a00"
GONE_COLOR = "#9e9e9e"
STATE_COLORS = {
    "ok": OK_COLOR,
    "updated": OK_COLOR,
    "failed": FAIL_COLOR,
    "timeout": FAIL_COLOR,
    "error": FAIL_COLOR,
    "not_back": FAIL_COLOR,
    "pending": WAIT_COLOR,
    "queued": WAIT_COLOR,
    "sending": WAIT_COLOR,
    "updating": WAIT_COLOR,
    "rebooting": WAIT_COLOR,
    "reading": WAIT_COLOR,
    "unchanged": WAIT_COLOR,
    "expired": GONE_COLOR,
    "cancelled": GONE_COLOR,
    "offline": GONE_COLOR,
    "aborted": GONE_COLOR,
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Fleet", text)


def kind_label(kind: str) -> str:
    """A command kind's short name."""
    names = {
        "time": _t("Time sync"),
        "info": _t("Query info"),
        "version": _t("Query version"),
        "query_msg": _t("Query data now"),
        "update": _t("Firmware update"),
    }
    return names.get(kind, kind)


def state_text(state: str) -> str:
    """A command result, a queue state or a campaign step state, in a word or two."""
    words = {
        "ok": _t("ok"),
        "failed": _t("refused"),
        "timeout": _t("timeout"),
        "error": _t("error"),
        "pending": _t("waiting for the reply"),
        "queued": _t("queued"),
        "sending": _t("sending"),
        "expired": _t("expired"),
        "cancelled": _t("cancelled"),
        "updating": _t("update sent"),
        "rebooting": _t("upgrading, waiting for it to come back"),
        "reading": _t("back, reading the version"),
        "updated": _t("updated"),
        "unchanged": _t("unchanged (same version)"),
        "not_back": _t("not back in time"),
        "offline": _t("never online"),
        "aborted": _t("aborted"),
    }
    return words.get(state, state)


def campaign_state_text(state: str) -> str:
    words = {
        "ready": _t("ready"),
        "running": _t("running"),
        "paused": _t("paused"),
        "aborted": _t("aborted"),
        "finished": _t("finished"),
    }
    return words.get(state, state)
