"""Cold start: `brug chat` from process start to its first reply on standard output.

Each run is a new process on a new database (so it includes creating the file and its
migrations), with "hallo" piped to it; the clock stops when the first line of the reply is
read. The median of the runs is the figure.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, Figure, Report, Sizes
from bot.core.step import Context

TARGET_SECONDS = 1.0  # issue 8


def command(db: Path) -> list[str]:
    """The installed console script if there is one, else the module it runs."""
    script = Path(sys.executable).with_name("brug")
    start = [str(script)] if script.exists() else [sys.executable, "-m", "bot"]
    return [*start, "chat", "--db", str(db), "--lang", "nl", "--user", "bench"]


def once(db: Path) -> float:
    started = time.perf_counter()
    with subprocess.Popen(
        command(db),
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    ) as process:
        assert process.stdin and process.stdout
        process.stdin.write(b"hallo\n")
        process.stdin.close()
        first = process.stdout.readline()
        elapsed = time.perf_counter() - started
        process.stdout.read()
    if process.returncode != 0 or not first.strip():
        raise RuntimeError(f"brug chat failed (exit {process.returncode}, first line {first!r})")
    return elapsed


def run(temp: Path, runs: int) -> dict[str, Any]:
    seconds = [once(temp / f"cold-{i}.sqlite3") for i in range(runs)]
    return {
        "command": " ".join(command(temp / "cold-N.sqlite3")),
        "runs_seconds": [round(s, 3) for s in seconds],
        "median_seconds": round(statistics.median(seconds), 3),
    }


async def measure(report: Report, ctx: Context, temp: Path, sizes: Sizes) -> None:
    result = run(temp, sizes.cold_starts)
    report.details["cold_start"] = result
    median = result["median_seconds"]
    report.add(
        Figure(
            "brug chat: start to first reply",
            median,
            "s",
            f"<= {TARGET_SECONDS:g}",
            median <= TARGET_SECONDS,
            f"median of {sizes.cold_starts}, new database each",
        )
    )
