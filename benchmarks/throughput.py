"""Durable messages per second through `Engine.handle`: many conversations walking five steps.

Every conversation starts at the danger pause's `describe` question, its state written to the
SQLite file directly beforehand (so the first step reads it from disk, the next four from the
cache). The conversations run concurrently, at most `in_flight` at once, each sending its next
message when the reply to the previous one is committed, as a person in a chat would.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from benchmarks.common import (
    FLOW,
    LAST,
    STEPS,
    Figure,
    Report,
    Sizes,
    brug_engine,
    five_steps,
    positions,
    seeded_engine_file,
)
from bot.core.messages import Incoming
from bot.core.step import Context
from bot.engine import Engine

TARGET = 10_000  # durable messages per second on one core (issue 8)


async def walk_all(engine: Engine, walks: list[list[Incoming]], in_flight: int, ack: bool) -> None:
    """`in_flight` lanes, each walking one conversation after another (a pool, as adapters
    keep their lanes; a semaphore over 10,000 waiting tasks costs asyncio more than a step)."""
    pending = iter(walks)

    async def lane() -> None:
        for messages in pending:
            for incoming in messages:
                replies = await engine.handle(incoming)
                if ack:  # what an adapter does once the platform confirmed the replies
                    await engine.delivered(replies)

    await asyncio.gather(*(lane() for _ in range(min(in_flight, len(walks)))))


async def run(
    ctx: Context, path: Path, conversations: int, in_flight: int, *, ack: bool = False
) -> dict[str, Any]:
    await seeded_engine_file(path, ctx, conversations)
    async with brug_engine(path, ctx) as engine:
        walks = [five_steps(n) for n in range(conversations)]  # made after start-up, as updates are
        commits = engine.store.commits
        wall, cpu = time.perf_counter(), time.process_time()
        await walk_all(engine, walks, in_flight, ack)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        commits = engine.store.commits - commits
    finished = positions(path).get(f"{FLOW}@{ctx.dialogues[FLOW].version}:{LAST}", 0)
    if finished != conversations:
        raise RuntimeError(f"only {finished} of {conversations} conversations reached {LAST}")
    messages = conversations * STEPS
    return {
        "conversations": conversations,
        "messages": messages,
        "in_flight": in_flight,
        "acknowledged": ack,
        "seconds": round(wall, 3),
        "cpu_seconds": round(cpu, 3),
        "per_second": round(messages / wall),
        "per_cpu_second": round(messages / cpu),
        "commits": commits,
        "steps_per_commit": round(messages / max(commits, 1), 1),
    }


async def measure(report: Report, ctx: Context, temp: Path, sizes: Sizes) -> None:
    plain = await run(ctx, temp / "throughput.sqlite3", sizes.conversations, sizes.in_flight)
    acked = await run(
        ctx, temp / "throughput-ack.sqlite3", sizes.conversations, sizes.in_flight, ack=True
    )
    report.details["throughput"] = {"handle": plain, "handle_and_delivered": acked}
    rate = plain["per_second"]
    report.add(
        Figure(
            "Brug: durable messages/s",
            rate,
            "msg/s",
            f">= {TARGET:,}",
            rate >= TARGET,
            f"{plain['conversations']:,} conversations x {STEPS} steps, {plain['in_flight']:,}"
            f" in flight, {plain['steps_per_commit']} steps/commit",
        )
    )
    report.add(
        Figure(
            "Brug: durable messages per CPU-second",
            plain["per_cpu_second"],
            "msg/s",
            note="the same run by the process's CPU time: what one core of its own would do",
        )
    )
    report.add(
        Figure(
            "Brug: durable messages/s, replies acknowledged",
            acked["per_second"],
            "msg/s",
            note="engine.delivered() after each reply, as adapters do (one more write each)",
        )
    )
