"""fourgmon.store."""
