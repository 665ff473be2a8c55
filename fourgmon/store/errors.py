"""The store's one exception."""

from __future__ import annotations


class StoreError(Exception):
    """The store cannot be opened, read or written (message is one human-readable line)."""
