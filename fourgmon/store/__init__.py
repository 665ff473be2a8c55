"""fourgmon.store: the durable SQLite store (group-commit writer, history queries, export)."""

from fourgmon.store.records import (
    AliasRecord,
    CommandRecord,
    ConnectionRecord,
    DeviceRow,
    FrameRow,
    InfoRecord,
    PushMsgRecord,
    PushOnlineRecord,
    QuarantineRecord,
    Record,
    StatusRow,
    VersionRecord,
    WriteResult,
)
from fourgmon.store.store import DB_FILENAME, Store, StoreError, StoreStats

__all__ = [
    "DB_FILENAME",
    "AliasRecord",
    "CommandRecord",
    "ConnectionRecord",
    "DeviceRow",
    "FrameRow",
    "InfoRecord",
    "PushMsgRecord",
    "PushOnlineRecord",
    "QuarantineRecord",
    "Record",
    "StatusRow",
    "Store",
    "StoreError",
    "StoreStats",
    "VersionRecord",
    "WriteResult",
]
