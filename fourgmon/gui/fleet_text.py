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


def kind_label(kind: str) -> str:
    """A command kind's short name."""
    names = {
        "time": QCoreApplication.translate("Fleet", "Time sync"),
        "info": QCoreApplication.translate("Fleet", "Query info"),
        "version": QCoreApplication.translate("Fleet", "Query version"),
        "query_msg": QCoreApplication.translate("Fleet", "Query data now"),
        "update": QCoreApplication.translate("Fleet", "Firmware update"),
    }
    return names.get(kind, kind)


def state_text(state: str) -> str:
    """A command result, a queue state or a campaign step state, in a word or two."""
    words = {
        "ok": QCoreApplication.translate("Fleet", "ok"),
        "failed": QCoreApplication.translate("Fleet", "refused"),
        "timeout": QCoreApplication.translate("Fleet", "timeout"),
        "error": QCoreApplication.translate("Fleet", "error"),
        "pending": QCoreApplication.translate("Fleet", "waiting for the reply"),
        "queued": QCoreApplication.translate("Fleet", "queued"),
        "sending": QCoreApplication.translate("Fleet", "sending"),
        "expired": QCoreApplication.translate("Fleet", "expired"),
        "cancelled": QCoreApplication.translate("Fleet", "cancelled"),
        "updating": QCoreApplication.translate("Fleet", "update sent"),
        "rebooting": QCoreApplication.translate("Fleet", "upgrading, waiting for it to come back"),
        "reading": QCoreApplication.translate("Fleet", "back, reading the version"),
        "updated": QCoreApplication.translate("Fleet", "updated"),
        "unchanged": QCoreApplication.translate("Fleet", "unchanged (same version)"),
        "not_back": QCoreApplication.translate("Fleet", "not back in time"),
        "offline": QCoreApplication.translate("Fleet", "never online"),
        "aborted": QCoreApplication.translate("Fleet", "aborted"),
    }
    return words.get(state, state)


def campaign_state_text(state: str) -> str:
    words = {
        "ready": QCoreApplication.translate("Fleet", "ready"),
        "running": QCoreApplication.translate("Fleet", "running"),
        "paused": QCoreApplication.translate("Fleet", "paused"),
        "aborted": QCoreApplication.translate("Fleet", "aborted"),
        "finished": QCoreApplication.translate("Fleet", "finished"),
    }
    return words.get(state, state)
