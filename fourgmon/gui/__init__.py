"""fourgmon.gui: the Qt window over the asyncio server (the only package importing Qt)."""
