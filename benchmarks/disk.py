"""The disk's limit: single-row upsert-and-commit with plain `sqlite3`, as Brug configures it.

WAL with synchronous=NORMAL, one conversation row (Brug's schema, a real state's JSON) per
transaction, on the same file system as the other benchmarks. For comparison, the same
transactions through `aiosqlite` (each statement a round trip to its thread), which is what
a store that commits each step on its own would reach.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import aiosqlite

from benchmarks.common import (
    PLATFORM,
    Figure,
    Report,
    Sizes,
    create_store,
    percentile,
    prepared_state,
)
from bot.core.step import Context

UPSERT = (
    "INSERT INTO conversations (platform, chat, user, data, updated_at) VALUES (?, ?, ?, ?, ?)"
    " ON CONFLICT (platform, chat, user) DO UPDATE SET data=excluded.data,"
    " updated_at=excluded.updated_at"
)
KEYS = 10_000  # rows cycled through, as many as the throughput run's conversations


def row(i: int, data: str) -> tuple[str, str, str, str, int]:
    n = i % KEYS
    return (PLATFORM, f"c{n}", f"u{n}", data, i)


def plain(path: Path, commits: int, data: str) -> dict[str, Any]:
    ms: list[float] = []
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        wall = time.perf_counter()
        for i in range(commits):
            started = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(UPSERT, row(i, data))
            conn.execute("COMMIT")
            ms.append((time.perf_counter() - started) * 1000)
        wall = time.perf_counter() - wall
    return {
        "commits": commits,
        "per_second": round(commits / wall),
        "commit_ms": {q: round(percentile(ms, q), 3) for q in (50, 99, 99.9, 100)},
    }


async def threaded(path: Path, commits: int, data: str) -> dict[str, Any]:
    async with aiosqlite.connect(path, isolation_level=None) as conn:
        await conn.execute("PRAGMA journal_mode=WAL")
        await conn.execute("PRAGMA synchronous=NORMAL")
        wall = time.perf_counter()
        for i in range(commits):
            await conn.execute("BEGIN IMMEDIATE")
            await conn.execute(UPSERT, row(i, data))
            await conn.commit()
        wall = time.perf_counter() - wall
    return {"commits": commits, "per_second": round(commits / wall)}


async def measure(report: Report, ctx: Context, temp: Path, sizes: Sizes) -> None:

    data = prepared_state(ctx, int(time.time())).to_json()
    path = temp / "disk.sqlite3"
    await create_store(path)
    raw = plain(path, sizes.disk_commits, data)
    hopping = await threaded(path, max(1, sizes.disk_commits // 5), data)
    report.details["disk"] = {"sqlite3": raw, "aiosqlite": hopping, "row_bytes": len(data)}
    report.add(
        Figure(
            "disk: sqlite3 single-row upsert+commit/s",
            raw["per_second"],
            "commit/s",
            note=f"WAL, synchronous=NORMAL, {len(data)} B rows; commit p99"
            f" {raw['commit_ms'][99]} ms, max {raw['commit_ms'][100]} ms (checkpoints)",
        )
    )
    report.add(
        Figure(
            "disk: the same through aiosqlite/s",
            hopping["per_second"],
            "commit/s",
            note="3 thread round trips per commit: the cost group commit spreads over a batch",
        )
    )
