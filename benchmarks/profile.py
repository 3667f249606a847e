"""`python -m benchmarks.profile`: where a durable message's time goes, under cProfile.

Runs the throughput benchmark (1,000 conversations, five steps each) with the profiler on,
counts the round trips to aiosqlite's thread, and prints the time per message of the parts
of a step, then the functions with the most own time. cProfile slows pure Python code down
more than C code, so read the shares, not the absolute times.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import io
import pstats
import tempfile
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import aiosqlite

from benchmarks import throughput
from benchmarks.common import STEPS, context

PARTS = (  # (label, file suffix, function): cumulative time of each, per message
    ("Engine.handle (everything)", "bot/engine.py", "handle"),
    ("step() (pure)", "bot/core/step.py", "step"),
    ("  Texts.get (Fluent)", "bot/core/texts.py", "get"),
    ("  _Turn._vars", "bot/core/step.py", "_vars"),
    ("  dialogue.move (the machine's transition)", "bot/core/dialogue.py", "move"),
    ("  Reader.read (understanding)", "bot/core/understanding/reading.py", "read"),
    ("  SafetyCheck.assess", "bot/core/understanding/safety.py", "assess"),
    ("  ConversationState.evolve", "bot/core/state.py", "evolve"),
    ("Store.load", "bot/store/sqlite.py", "load"),
    ("Store.commit (wait for the group)", "bot/store/sqlite.py", "commit"),
    ("Store._write (the group's work)", "bot/store/sqlite.py", "_write"),
    ("  ConversationState.to_json", "bot/core/state.py", "to_json"),
    ("  encode_outgoing", "bot/store/codec.py", "encode_outgoing"),
    ("Engine.who (pseudonym for a log line)", "bot/engine.py", "who"),
)


def count_hops() -> list[int]:
    """Count every call that aiosqlite hands to its thread (and waits for)."""
    counter = [0]
    original: Callable[..., Coroutine[Any, Any, Any]] = aiosqlite.Connection._execute

    async def counted(self: aiosqlite.Connection, fn: Any, *args: Any, **kwargs: Any) -> Any:
        counter[0] += 1
        return await original(self, fn, *args, **kwargs)

    aiosqlite.Connection._execute = counted  # type: ignore[method-assign]
    return counter


def time_collections() -> dict[str, float]:
    """Count the cycle collector's runs and the time they take."""
    seen = {"runs": 0, "seconds": 0.0, "started": 0.0}

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen["started"] = time.perf_counter()
        else:
            seen["runs"] += 1
            seen["seconds"] += time.perf_counter() - seen["started"]

    gc.callbacks.append(callback)
    return seen


def per_message(stats: pstats.Stats, messages: int) -> list[str]:
    table: dict[tuple[str, int, str], Any] = stats.stats  # type: ignore[attr-defined]
    lines = []
    for label, suffix, name in PARTS:
        total = sum(
            entry[3]
            for (file, _, func), entry in table.items()
            if file.endswith(suffix) and func == name
        )
        lines.append(f"{label:<44} {total / messages * 1e6:>8.1f} µs")
    return lines


async def profiled(conversations: int, in_flight: int) -> None:
    ctx = context()
    hops = count_hops()
    collections = time_collections()
    profiler = cProfile.Profile()
    with tempfile.TemporaryDirectory(prefix="brug-profile-") as folder:
        profiler.enable()
        result = await throughput.run(
            ctx, Path(folder) / "profile.sqlite3", conversations, in_flight
        )
        profiler.disable()
    messages = conversations * STEPS
    stats = pstats.Stats(profiler)
    print(
        f"{messages:,} messages, {result['commits']:,} group commits"
        f" ({result['steps_per_commit']} steps each), {hops[0] / messages:.2f} aiosqlite round"
        f" trips per message (opening and seeding included); under the profiler:"
        f" {result['per_second']:,} msg/s; the cycle collector ran {collections['runs']:.0f}"
        f" times, {collections['seconds'] * 1000:.0f} ms in all\n"
    )
    print("\n".join(per_message(stats, messages)))
    out = io.StringIO()
    stats.stream = out  # type: ignore[attr-defined]
    stats.sort_stats("tottime").print_stats(25)
    print(out.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile", description=__doc__)
    parser.add_argument("--conversations", type=int, default=1_000)
    parser.add_argument("--in-flight", type=int, default=200)
    args = parser.parse_args()
    asyncio.run(profiled(args.conversations, args.in_flight))


if __name__ == "__main__":
    main()
