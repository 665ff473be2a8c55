"""fourgmon.protocol."""
