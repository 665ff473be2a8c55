"""fourgmon.server."""
