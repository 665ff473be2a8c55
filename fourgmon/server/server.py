"""The TCP server: listener, sessions, registry, command requests, events.

PUBLIC API (the window and the CLI are written against it):

    server = Server(config, store)          # store: an opened fourgmon.store.Store (started)
    unsubscribe = server.subscribe(observer) # observer(event) on the loop, must be cheap
    await server.start()                    # bind and listen; OSError if the port is in use
    server.address                          # (host, port) actually bound
    server.registry                         # DeviceRegistry: imei -> DeviceState
    result = await server.request(imei, kind)   # kind in COMMAND_KINDS -> CommandResult
    await server.set_alias(imei, alias)     # stored, then DeviceSeen published
    await server.restart(new_config)        # rebind (port change); OSError keeps the old one
    await server.stop()                     # stop accepting, close sessions (store stays open)
    server.stats                            # ServerStats: counters for the status bar
"""

from __future__ import annotations
