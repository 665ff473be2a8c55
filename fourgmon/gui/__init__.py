"""fourgmon.gui."""
