"""The benchmark command still runs end to end (a smoke run: no figure is held to a target).

Speed is measured by `python -m benchmarks`, never asserted in a test; this only keeps the
command from rotting: every benchmark runs, finds its conversations where they should end,
and writes its figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_the_quick_benchmark_run_measures_everything(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--tmp", str(tmp_path), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    figures = {f["name"]: f["value"] for f in results["figures"]}
    for part in (
        "disk:",
        "Brug: durable",
        "Brug: step time p99",
        "peer: durable",
        "RSS",
        "brug chat",
        "under a nudge backlog",
    ):
        assert any(name.startswith(part) or part in name for name in figures), part
    assert all(value > 0 for name, value in figures.items() if "growth" not in name)
    handled = results["details"]["throughput"]["handle"]
    assert handled["messages"] == handled["conversations"] * 5
    assert "Brug: durable messages/s" in done.stdout  # the table is printed
