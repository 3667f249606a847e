"""What /progress's picture costs: drawing a PNG with matplotlib, in a fresh process.

The first picture in a process pays for importing matplotlib (it is loaded only then, never at
start-up); the figure is that first picture's time and the process's peak memory growth, then
the median time of the following pictures. The chart is a year of weekly check-ins and daily
moods, larger than most people's.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, Figure, Report, Sizes
from bot.core.step import Context

CHILD = """
import json, statistics, sys, time
from bot.adapters.chart import png
from bot.core.messages import Chart, Series
def peak_kb():  # VmHWM: this process's own peak (getrusage's survives exec, from the parent)
    with open("/proc/self/status") as status:
        return next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
before = peak_kb()
day = 86400
chart = Chart("Check-ins and mood over time", (
    Series("Check-in", tuple((1_700_000_000 + w * 7 * day, float(w % 7)) for w in range(52)), 0, 6),
    Series("Mood", tuple((1_700_000_000 + d * day, float(1 + d % 5)) for d in range(365)), 1, 5),
))
started = time.perf_counter()
size = len(png(chart))
first = time.perf_counter() - started
peak = peak_kb()
times = []
for _ in range(int(sys.argv[1])):
    started = time.perf_counter()
    png(chart)
    times.append(time.perf_counter() - started)
next_ms = round(statistics.median(times) * 1000, 1)
memory_mb = round((peak - before) / 1024, 1)
print(json.dumps({"first_seconds": round(first, 3), "next_ms": next_ms, "memory_mb": memory_mb,
                  "png_bytes": size}))
"""


def run(pictures: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(pictures)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(out.stdout))


async def measure(report: Report, ctx: Context, temp: Path, sizes: Sizes) -> None:
    result = run(sizes.chart_pictures)
    report.details["chart"] = result
    report.add(
        Figure(
            "progress picture: the first in a process",
            result["first_seconds"],
            "s",
            note=f"importing matplotlib included; +{result['memory_mb']:g} MB peak",
        )
    )
    report.add(
        Figure(
            "progress picture: each after that",
            result["next_ms"],
            "ms",
            note=f"median of {sizes.chart_pictures}; {result['png_bytes']:,} bytes",
        )
    )


if __name__ == "__main__":
    print(json.dumps(run(10), indent=2))
