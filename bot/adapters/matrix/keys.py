"""Brug's Matrix crypto store: sealed with a key derived from Brug's own, and letting go of
one person's keys on /forget.

matrix-nio keeps, per account, an SQLite file (device keys, Olm sessions, inbound Megolm
sessions per room) and three text files of device keys by trust (verified, blacklisted,
ignored), plus the same in memory. nio has no call to forget one person, so this removes
their rows from its tables (the schema of matrix-nio's `DefaultStore`, store version 2) and
their entries from its stores in memory, after Brug has left the room: with the room's
inbound sessions gone, its history can no longer be decrypted from Brug's files.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import vodozemac

NIO_DEFAULT_KEY = "DEFAULT_KEY"  # nio's pickle key when none is given (AsyncClientConfig)
# What nio keeps pickled (encrypted with the pickle key): table, column, row key, kind.
PICKLED = (
    ("accounts", "account", "id", vodozemac.Account),
    ("olmsessions", "session", "session_id", vodozemac.Session),
    ("megolminboundsessions", "session", "session_id", vodozemac.InboundGroupSession),
)


def pickle_key(derived: bytes | None) -> str:
    """The passphrase nio seals its store with: from Brug's encryption key when one is set
    (`Store.derived`), else nio's default (without a key nothing is sealed at rest)."""
    return derived.hex() if derived is not None else NIO_DEFAULT_KEY


def _vodozemac_key(passphrase: str) -> bytes:
    return hashlib.sha256(passphrase.encode()).digest()  # as nio's derive_pickle_key


def reseal(path: Path, old: str, new: str) -> int:
    """Pickle again under `new` what nio pickled under `old` (a store from before Brug's key
    was set); nothing when it already opens with `new`. Returns the values changed."""
    old_key, new_key = _vodozemac_key(old), _vodozemac_key(new)
    with closing(sqlite3.connect(path, timeout=30)) as conn, conn:
        row = conn.execute("SELECT account FROM accounts LIMIT 1").fetchone()
        if row is None or old == new:
            return 0
        try:
            vodozemac.Account.from_pickle(bytes(row[0]).decode(), new_key)
            return 0
        except vodozemac.PickleException:
            pass
        changed = 0
        for table, column, key, kind in PICKLED:
            rows = conn.execute(f"SELECT {key}, {column} FROM {table}").fetchall()
            updates = [
                (kind.from_pickle(bytes(blob).decode(), old_key).pickle(new_key).encode(), rid)
                for rid, blob in rows
            ]
            conn.executemany(f"UPDATE {table} SET {column}=? WHERE {key}=?", updates)
            changed += len(updates)
        return changed


def forget_person(client: Any, room_id: str, user_id: str) -> int:
    """Drop `user_id`'s devices and sessions, and the room's Megolm sessions, from nio's
    store (files and memory). Returns the rows deleted from its database."""
    olm, store = client.olm, client.store
    if olm is None or store is None:  # encryption was never set up: nothing kept
        return 0
    devices = list(olm.device_store._entries.pop(user_id, {}).values())
    curve_keys = [device.curve25519 for device in devices]
    olm.inbound_group_store._entries.pop(room_id, None)
    olm.outbound_group_sessions.pop(room_id, None)
    for key in curve_keys:
        olm.session_store._entries.pop(key, None)
    for trust in (store.trust_db, store.blacklist_db, store.ignore_db):
        trust.remove_many([key for key in trust._entries if key.user_id == user_id])
    return _delete_rows(Path(store.database_path), room_id, user_id)


def _delete_rows(path: Path, room_id: str, user_id: str) -> int:
    with closing(sqlite3.connect(path, timeout=30)) as conn, conn:
        conn.execute("PRAGMA secure_delete=ON")  # the freed pages are overwritten too
        devices = "SELECT id FROM devicekeys WHERE user_id=?"
        curve = f"SELECT key FROM keys WHERE key_type='curve25519' AND device_id IN ({devices})"
        sessions = "SELECT session_id FROM megolminboundsessions WHERE room_id=?"
        statements = [
            (f"DELETE FROM olmsessions WHERE sender_key IN ({curve})", (user_id,)),
            (f"DELETE FROM keys WHERE device_id IN ({devices})", (user_id,)),
            ("DELETE FROM devicekeys WHERE user_id=?", (user_id,)),
            (f"DELETE FROM forwardedchains WHERE session_id IN ({sessions})", (room_id,)),
            ("DELETE FROM megolminboundsessions WHERE room_id=?", (room_id,)),
            ("DELETE FROM encryptedrooms WHERE room_id=?", (room_id,)),
            ("DELETE FROM outgoingkeyrequests WHERE room_id=?", (room_id,)),
        ]
        return sum(conn.execute(sql, args).rowcount for sql, args in statements)
