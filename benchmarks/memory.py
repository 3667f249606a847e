"""Resident memory with many people stored: Brug (states in SQLite) against the peer (in memory).

Each figure comes from a fresh process (`python -m benchmarks.memory SIDE FILE PEOPLE`) that
loads the content, notes its resident set (VmRSS), then opens the data and serves one message
for each of the last 1,000 people (so Brug's cache is warm), and notes it again. The files are
made beforehand by this process: Brug's with one transaction of `executemany`, the peer's as
PicklePersistence writes it.
"""

from __future__ import annotations

import asyncio
import gc
import json
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks import peer
from benchmarks.common import (
    ROOT,
    Figure,
    Report,
    Sizes,
    brug_engine,
    context,
    create_store,
    five_steps,
    prepared_state,
    rss_kib,
    seed_conversations,
)
from bot.core.step import Context

SERVED = 1_000  # the last people each serve one message
TARGET_MIB = 20.0  # growth from the fewest to the most people (issue 8)
NAMES = {"brug": "Brug", "peer": "peer"}


async def brug_file(path: Path, people: int, ctx: Context) -> None:
    await create_store(path)
    state = prepared_state(ctx, int(time.time()))
    seed_conversations(
        path, ((n, replace(state, last_seen=state.last_seen - n).to_json()) for n in range(people))
    )


async def brug_worker(path: Path, people: int) -> dict[str, int]:
    ctx = context()
    gc.collect()
    before = rss_kib()
    async with brug_engine(path, ctx) as engine:
        first = max(0, people - SERVED)
        await asyncio.gather(*(engine.handle(five_steps(n)[0]) for n in range(first, people)))
        after = rss_kib()
    return {"before_kib": before, "after_kib": after}


async def peer_worker(path: Path, people: int) -> dict[str, int]:
    ctx = context()
    gc.collect()
    before = rss_kib()
    app = peer.application(path, ctx.texts, on_flush=True)
    await app.initialize()  # reads the pickle: every person's state, in memory
    for n in range(max(0, people - SERVED), people):
        await app.process_update(peer.five_updates(app, n)[0])
    return {"before_kib": before, "after_kib": rss_kib()}


def in_fresh_process(side: str, path: Path, people: int) -> dict[str, int]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.memory", side, str(path), str(people)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, int] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def available_kib() -> int:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1])
    return 0


def fits(measured: dict[int, dict[str, Any]], people: int) -> bool:
    """Whether the peer's process for `people` fits in the memory available now, judged
    (with half again as margin) from its largest measurement so far; a million need ~5 GB."""
    if not measured:
        return True
    most = max(measured)
    per_person = (measured[most]["after_kib"] - measured[most]["before_kib"]) / most
    need = measured[most]["before_kib"] + per_person * people * 1.5
    return need < available_kib()


def sweep(path: Path) -> float:
    """Delete a benchmark's data file (and SQLite's companions); returns their size in MiB."""
    size = 0
    for file in path.parent.glob(path.name + "*"):
        size += file.stat().st_size
        file.unlink()
    return size / 2**20


async def measure(report: Report, ctx: Context, temp: Path, sizes: Sizes) -> None:
    results: dict[str, dict[int, dict[str, Any]]] = {"brug": {}, "peer": {}}
    for side in ("brug", "peer"):
        for people in sizes.memory_users:
            if side == "peer" and not fits(results["peer"], people):
                continue  # measured up to the largest that fits, extrapolated from there
            path = temp / f"memory-{side}-{people}"
            made = time.perf_counter()
            if side == "brug":
                await brug_file(path, people, ctx)
            else:
                peer.write_population(path, people, ctx)
            made = time.perf_counter() - made
            result: dict[str, Any] = await asyncio.to_thread(in_fresh_process, side, path, people)
            result["made_seconds"] = round(made, 1)
            result["file_mib"] = round(sweep(path), 1)
            results[side][people] = result
    report.details["memory"] = results
    for side in ("brug", "peer"):
        for people, result in results[side].items():
            report.add(
                Figure(
                    f"{NAMES[side]}: RSS with {people:,} people",
                    round(result["after_kib"] / 1024, 1),
                    "MiB",
                    note=f"{(result['after_kib'] - result['before_kib']) / 1024:.1f} MiB more"
                    f" than before opening the data; file {result['file_mib']} MiB",
                )
            )
    brug = results["brug"]
    fewest, most = min(brug), max(brug)
    growth = (brug[most]["after_kib"] - brug[fewest]["after_kib"]) / 1024
    report.add(
        Figure(
            f"Brug: RSS growth {fewest:,} -> {most:,} people",
            round(growth, 1),
            "MiB",
            f"<= {TARGET_MIB:g}",
            growth <= TARGET_MIB,
        )
    )
    theirs = results["peer"]
    low, high = min(theirs), max(theirs)
    per_person = (theirs[high]["after_kib"] - theirs[low]["after_kib"]) / (high - low)
    report.add(
        Figure(
            f"peer: RSS growth {fewest:,} -> {most:,} people",
            round(per_person * (most - fewest) / 1024, 1),
            "MiB",
            note=f"{per_person:.2f} KiB per person, measured from {low:,} to {high:,}"
            + ("" if high == most else " and extrapolated (more did not fit in memory)"),
        )
    )


def main(argv: list[str]) -> None:
    side, path, people = argv[0], Path(argv[1]), int(argv[2])
    worker = brug_worker if side == "brug" else peer_worker
    print(json.dumps(asyncio.run(worker(path, people))))


if __name__ == "__main__":
    main(sys.argv[1:])
