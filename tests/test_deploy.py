"""The deployment files: the systemd units verify, the example config is what Brug reads."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bot.config import load
from tests.conftest import ROOT

DEPLOY = ROOT / "deploy"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze here")
def test_systemd_units_verify() -> None:
    result = subprocess.run(
        ["bash", str(DEPLOY / "check-unit.sh")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_example_config_is_valid_as_shipped_and_uncommented(tmp_path: Path) -> None:
    example = (DEPLOY / "brug.example.toml").read_text()
    load(DEPLOY / "brug.example.toml", {}, tmp_path / "db", platforms=False)
    uncommented = re.sub(r"^#([a-z_]+ = )", r"\1", example, flags=re.MULTILINE)
    assert uncommented != example
    path = tmp_path / "brug.toml"
    path.write_text(uncommented)
    load(path, {}, tmp_path / "db", platforms=False)
