"""`python -m benchmarks [--quick]`: every benchmark of issue 8 in one run, as a table and JSON.

Run from the repository root with the project's Python. The full run takes a few minutes;
`--quick` does the same at a smaller scale in seconds (a smoke test, not a measurement).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import (
    backlog,
    chart,
    cold_start,
    disk,
    flood,
    latency,
    matrix_load,
    memory,
    peer,
    throughput,
)
from benchmarks.common import QUICK, Figure, Report, Sizes, context, dump_json, machine
from bot.core.step import Context

HERE = Path(__file__).resolve().parent
Benchmark = Callable[[Report, Context, Path, Sizes], Awaitable[None]]
BENCHMARKS: tuple[tuple[str, Benchmark], ...] = (
    ("disk", disk.measure),
    ("throughput", throughput.measure),
    ("latency", latency.measure),
    ("peer", peer.measure),
    ("memory", memory.measure),
    ("cold start", cold_start.measure),
    ("flood", flood.measure),
    ("nudge backlog", backlog.measure),
    ("matrix load", matrix_load.measure),
    ("progress picture", chart.measure),
)
PEER_FACTOR = 100  # Brug's durable throughput against the peer's durable one (issue 8)
WITHIN_REACH = 0.5  # "within reach of the peer's memory-only figure": at least half of it


def idlest_cpus(count: int) -> set[int]:
    """The `count` CPUs (of those allowed) that were least busy over the last half second."""

    def busy() -> dict[int, tuple[int, int]]:
        found = {}
        for line in Path("/proc/stat").read_text().splitlines():
            name, *ticks = line.split()
            if name.startswith("cpu") and name != "cpu":
                values = [int(t) for t in ticks]
                idle = values[3] + values[4]
                found[int(name[3:])] = (sum(values) - idle, sum(values))
        return found

    first = busy()
    time.sleep(0.5)
    second = busy()
    allowed = os.sched_getaffinity(0)

    def load(cpu: int) -> float:
        work = second[cpu][0] - first[cpu][0]
        return work / max(1, second[cpu][1] - first[cpu][1])

    return set(sorted(allowed, key=load)[:count])


def comparisons(report: Report) -> None:
    brug = report.value("Brug: durable messages/s")
    durable = report.value("peer: durable messages/s")
    memory_only = report.value("peer: memory messages/s")
    factor = brug / durable
    report.add(
        Figure(
            "Brug / peer durable",
            round(factor),
            "x",
            f">= {PEER_FACTOR}",
            factor >= PEER_FACTOR,
            "both durable before the reply; the peer at its population (see peer rows)",
        )
    )
    share = brug / memory_only
    report.add(
        Figure(
            "Brug durable / peer memory-only",
            round(share, 2),
            "x",
            f">= {WITHIN_REACH:g}",
            share >= WITHIN_REACH,
            "within reach: at least half the peer's speed when it writes nothing",
        )
    )


def table(report: Report, header: str) -> str:
    lines = [header, "", f"{'what':<46} {'figure':>16}  {'target':<11} status"]
    for figure in report.figures:
        value = f"{figure.value:,.3f}".rstrip("0").rstrip(".")
        status = {True: "met", False: "MISSED", None: ""}[figure.met]
        lines.append(
            f"{figure.name:<46} {value + ' ' + figure.unit:>16}  {figure.target:<11} {status}"
        )
        if figure.note:
            lines.append(f"    {figure.note}")
    return "\n".join(lines)


async def run(sizes: Sizes, temp: Path, label: str) -> tuple[Report, dict[str, object]]:
    report = Report()
    ctx = context()
    described = machine(temp)
    started = time.perf_counter()
    for name, benchmark in BENCHMARKS:
        print(f"… {name}", flush=True)
        await benchmark(report, ctx, temp, sizes)
    comparisons(report)
    described["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    run_info: dict[str, object] = {
        "mode": label,
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "seconds": round(time.perf_counter() - started, 1),
        "machine": described,
    }
    return report, run_info


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a smaller smoke run (seconds)")
    parser.add_argument("--cores", type=int, default=1, help="CPUs to run on (default: 1)")
    parser.add_argument("--tmp", type=Path, default=None, help="where the data files go")
    parser.add_argument("--out", type=Path, default=None, help="the JSON file to write")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    os.sched_setaffinity(0, idlest_cpus(args.cores))
    sizes, label = (QUICK, "quick") if args.quick else (Sizes(), "full")
    out = args.out or HERE / ("results-quick.json" if args.quick else "results.json")
    with tempfile.TemporaryDirectory(prefix="brug-bench-", dir=args.tmp) as folder:
        report, info = asyncio.run(run(sizes, Path(folder), label))
    described = info["machine"]
    assert isinstance(described, dict)
    header = (
        f"Brug benchmarks, {label} run of {info['seconds']} s, {info['finished']}\n"
        f"{described['cpu']}, {described['cores']} cores (running on"
        f" {len(described['cores_used'])}), Python {described['python']},"
        f" SQLite {described['sqlite']}, {described['compiled']},"
        f" temp on {described['temp_file_system']},"
        f" load average {described['load_average'][0]} before, "
        f"{described['load_average_after'][0]} after"
    )
    print()
    print(table(report, header))
    dump_json(out, {**info, **report.as_json()})
    print(f"\nwrote {out}")


if __name__ == "__main__":
    main()
