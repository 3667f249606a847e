"""What an operator does to the database: backup, key rotation, retention, forget, stats.

Plain `sqlite3` in the operator's own process: each is safe while Brug runs (WAL lets readers
and one writer share the file, and Brug notices writes from elsewhere and drops its cache).
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from bot.store.crypto import Sealer, open_plain
from bot.store.sqlite import PERSONAL_TABLES, create_private_file, hold_file

# Columns that hold what people wrote (sealed when a key is configured), with their row key.
SEALED = (
    ("conversations", "data", ("platform", "chat", "user")),
    ("records", "data", ("id",)),
    ("outbox", "payload", ("id",)),
    ("scheduled", "payload", ("id",)),
)
MONTH = 30 * 86_400


def _connect(path: Path) -> sqlite3.Connection:
    if not path.exists():
        raise FileNotFoundError(f"no database at {path}")
    conn = sqlite3.connect(path, timeout=30)
    conn.execute("PRAGMA busy_timeout=30000")
    conn.execute("PRAGMA secure_delete=ON")  # deleted rows overwritten, not only unlinked
    return conn


def backup(path: Path, target: Path) -> int:
    """A consistent copy through SQLite's online backup API; returns the pages copied."""
    create_private_file(target)
    with _connect(path) as source, sqlite3.connect(target) as copy:
        pages = 0

        def progress(status: int, _remaining: int, total: int) -> None:
            nonlocal pages
            pages = total

        source.backup(copy, pages=256, progress=progress)
        copy.execute("PRAGMA journal_mode=DELETE")
    return pages


def rotate_key(path: Path, old: Sealer | None, new: Sealer | None) -> int:
    """Re-encrypt every sealed value under `new` (None: decrypt to plain) in one transaction.

    Raises StoreBusy while Brug runs on the file: it would go on writing under the old key.
    """
    opened: Callable[[str], str] = old.open if old else open_plain
    changed = 0
    held = hold_file(path, alone=True)
    with closing(os.fdopen(held)), _connect(path) as conn:
        conn.execute("BEGIN IMMEDIATE")
        for table, column, keys in SEALED:
            where = " AND ".join(f"{k}=?" for k in keys)
            rows = conn.execute(f"SELECT {column}, {', '.join(keys)} FROM {table}").fetchall()
            updates = []
            for value, *row_key in rows:
                plain = opened(value)
                updates.append((new.seal(plain) if new else plain, *row_key))
            conn.executemany(f"UPDATE {table} SET {column}=? WHERE {where}", updates)
            changed += len(updates)
    return changed


def apply_retention(path: Path, months: int, now: float | None = None) -> int:
    """Delete free text older than `months` months: records, and finished schedule rows."""
    before = int((now or time.time()) - months * MONTH)
    with _connect(path) as conn:
        gone = conn.execute("DELETE FROM records WHERE created_at<?", (before,)).rowcount
        gone += conn.execute(
            "DELETE FROM scheduled WHERE done_at IS NOT NULL AND done_at<?", (before,)
        ).rowcount
    return int(gone)


def forget(path: Path, platform: str, user: str) -> int:
    """Every row of one person, for requests that arrive by e-mail; returns rows deleted.
    The log file is emptied afterwards, so the old pages are gone from it too. A running
    Brug learns of it at its next commit: a step that read the person's state before this
    is refused and reads again (`forgotten`, kept FORGOTTEN_KEEP seconds)."""
    with closing(_connect(path)) as conn:
        with conn:
            gone = sum(
                conn.execute(
                    f"DELETE FROM {t} WHERE platform=? AND user=?", (platform, user)
                ).rowcount
                for t in PERSONAL_TABLES
            )
            # A running Brug refuses to write back what it read of this person before now
            # (a file no Brug of this version has opened yet has no such table, nor a cache).
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name='forgotten'").fetchone():
                conn.execute(
                    "INSERT INTO forgotten (platform, user, at) VALUES (?, ?, ?)",
                    (platform, user, time.time()),
                )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return int(gone)


def stats(path: Path, sealer: Sealer | None) -> dict[str, object]:
    """Aggregate counts only: no ids, no text."""
    opened: Callable[[str], str] = sealer.open if sealer else open_plain
    with _connect(path) as conn:
        people: dict[str, dict[str, int]] = {}
        for platform, data in conn.execute("SELECT platform, data FROM conversations"):
            state = json.loads(opened(data))
            counts = people.setdefault(
                platform, {"conversations": 0, "onboarded": 0, "consent": 0, "inactive": 0}
            )
            counts["conversations"] += 1
            counts["onboarded"] += bool(state.get("onboarded"))
            counts["consent"] += state.get("consent") is True
            counts["inactive"] += state.get("active") is False
        month_ago = int(time.time()) - MONTH
        return {
            "people": people,
            "records": dict(conn.execute("SELECT kind, COUNT(*) FROM records GROUP BY kind")),
            "safety_answers_30_days": conn.execute(
                "SELECT COALESCE(SUM(answers), 0) FROM safety_counts"
                " WHERE day>=date(?, 'unixepoch')",
                (month_ago,),
            ).fetchone()[0],
            "scheduled_open": dict(
                conn.execute(
                    "SELECT kind, COUNT(*) FROM scheduled WHERE done_at IS NULL GROUP BY kind"
                )
            ),
            "outbox_waiting": conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0],
        }
