"""Step time at a fixed offered load: an open-loop generator, one message every 1/rate seconds.

Arrivals are scheduled on the event loop's clock in advance and fire whether or not earlier
messages are done, so a slow step cannot hold back the load (no coordinated omission). Each
message goes to the next of rate x seconds / 5 conversations in turn, so a conversation's next
step comes long after its previous one, as with people typing.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from benchmarks.common import (
    STEPS,
    Figure,
    Report,
    Sizes,
    brug_engine,
    five_steps,
    percentile,
    seeded_engine_file,
)
from bot.core.messages import Incoming
from bot.core.step import Context
from bot.engine import Engine

TARGET_P99_MS = 5.0  # at 1,000 messages/s (issue 8)
LEAD_IN = 0.05  # seconds between scheduling the arrivals and the first one


async def offer(engine: Engine, messages: list[Incoming], rate: int) -> tuple[list[float], ...]:
    """Send `messages` at `rate` per second; per message: handle() time, and time since due."""
    loop = asyncio.get_running_loop()
    handle_ms: list[float] = []
    since_due_ms: list[float] = []
    tasks: set[asyncio.Task[None]] = set()
    all_done = loop.create_future()

    async def one(incoming: Incoming, due: float) -> None:
        started = time.monotonic()
        await engine.handle(incoming)
        ended = time.monotonic()
        handle_ms.append((ended - started) * 1000)
        since_due_ms.append((ended - due) * 1000)
        if len(handle_ms) == len(messages):
            all_done.set_result(None)

    def arrive(incoming: Incoming, due: float) -> None:
        task = loop.create_task(one(incoming, due))
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    first = loop.time() + LEAD_IN  # loop.time() is time.monotonic()
    for i, incoming in enumerate(messages):
        due = first + i / rate
        loop.call_at(due, arrive, incoming, due)
    await all_done
    return handle_ms, since_due_ms


async def run(ctx: Context, path: Path, rate: int, seconds: float) -> dict[str, Any]:
    conversations = max(1, round(rate * seconds / STEPS))
    await seeded_engine_file(path, ctx, conversations)
    async with brug_engine(path, ctx) as engine:
        walks = [five_steps(n) for n in range(conversations)]  # made after start-up
        messages = [walks[n][i] for i in range(STEPS) for n in range(conversations)]
        commits = engine.store.commits
        wall = time.perf_counter()
        handle_ms, since_due_ms = await offer(engine, messages, rate)
        wall = time.perf_counter() - wall - LEAD_IN
        commits = engine.store.commits - commits
    return {
        "offered_per_second": rate,
        "messages": len(messages),
        "conversations": conversations,
        "achieved_per_second": round(len(messages) / wall),
        "commits": commits,
        "handle_ms": {q: round(percentile(handle_ms, q), 3) for q in (50, 90, 99, 99.9, 100)},
        "since_arrival_ms": {
            q: round(percentile(since_due_ms, q), 3) for q in (50, 90, 99, 99.9, 100)
        },
    }


async def measure(report: Report, ctx: Context, temp: Path, sizes: Sizes) -> None:
    result = await run(ctx, temp / "latency.sqlite3", sizes.latency_rate, sizes.latency_seconds)
    report.details["latency"] = result
    handle, arrival = result["handle_ms"], result["since_arrival_ms"]
    load = f"at {sizes.latency_rate:,} msg/s offered, {result['messages']:,} messages"
    report.add(Figure("Brug: step time p50", handle[50], "ms", note=load))
    report.add(
        Figure(
            "Brug: step time p99",
            handle[99],
            "ms",
            f"<= {TARGET_P99_MS:g}",
            handle[99] <= TARGET_P99_MS,
            f"{load}; from scheduled arrival: p50 {arrival[50]:.2f}, p99 {arrival[99]:.2f} ms",
        )
    )
