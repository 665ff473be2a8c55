"""fourgmon.store: the durable SQLite store (group-commit writer, history queries, export)."""

from fourgmon.store.disk import DiskLimits, DiskStatus
from fourgmon.store.records import (
    AliasRecord,
    CommandRecord,
    ConnectionRecord,
    DamagedFile,
    DeviceRow,
    FrameRow,
    InfoRecord,
    PushMsgRecord,
    PushOnlineRecord,
    QuarantineRecord,
    Record,
    StatusRow,
    StoreHealth,
    VersionRecord,
    WriteResult,
)
from fourgmon.store.store import DB_FILENAME, ReadDamage, Store, StoreError, StoreStats

__all__ = [
    "DB_FILENAME",
    "AliasRecord",
    "CommandRecord",
    "ConnectionRecord",
    "DamagedFile",
    "DeviceRow",
    "DiskLimits",
    "DiskStatus",
    "FrameRow",
    "InfoRecord",
    "PushMsgRecord",
    "PushOnlineRecord",
    "QuarantineRecord",
    "ReadDamage",
    "Record",
    "StatusRow",
    "Store",
    "StoreError",
    "StoreHealth",
    "StoreStats",
    "VersionRecord",
    "WriteResult",
]
