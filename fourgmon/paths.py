"""Where fourgmon keeps its data by default (shared by the CLI and the window)."""

from __future__ import annotations

from pathlib import Path


def default_data_dir() -> Path:
    """The platform's per-user data dir for fourgmon (e.g. ~/.local/share/fourgmon)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("fourgmon", appauthor=False))
