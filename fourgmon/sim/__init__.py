"""fourgmon.sim."""
