"""sans-I/O: what a message means for a device (DESIGN.md, "Layers").

The device registry as a state machine returning typed changes
(:mod:`~fourgmon.domain.registry`, :mod:`~fourgmon.domain.changes`), the one
command catalogue (:mod:`~fourgmon.domain.commands`), the calibration
(:mod:`~fourgmon.domain.calibration`) and the frame statistics
(:mod:`~fourgmon.domain.frames`). No asyncio, no sqlite, no Qt.
"""
