#!/usr/bin/env python3
"""Sets Brug up in ./.venv and runs it, so a fresh machine needs nothing but python3.

python3 dev.py chat [--lang nl|en] ...   a terminal chat with Brug (embedded SQLite)
python3 dev.py test [pytest args]        install everything and run the whole suite
python3 dev.py brug ARGS                 any other `brug` command, e.g. `check` or `run`
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / "bin"


def _run(cmd: list[str], **kwargs: object) -> None:
    subprocess.run(cmd, check=True, **kwargs)  # type: ignore[call-overload]


def _make_venv() -> None:
    if (BIN / "python").exists():
        return
    if subprocess.run([sys.executable, "-m", "venv", str(VENV)]).returncode == 0:
        return
    # Debian ships venv without ensurepip; as root we can add it, otherwise say how.
    shutil.rmtree(VENV, ignore_errors=True)
    if os.geteuid() == 0 and shutil.which("apt-get"):
        version = f"{sys.version_info.major}.{sys.version_info.minor}"
        _run(["apt-get", "update", "-qq"])
        _run(["apt-get", "install", "-y", "-qq", f"python{version}-venv"])
        _run([sys.executable, "-m", "venv", str(VENV)])
        return
    sys.exit(
        "Brug needs Python's venv module: run `sudo apt install python3-venv`, then try again."
    )


def _install(extras: str) -> None:
    """Install the project (editable) once per change of pyproject.toml and extras."""
    _make_venv()
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    marker = VENV / f".installed-{extras or 'core'}-{digest[:16]}"
    if marker.exists():
        return
    print(f"Installing Brug{f' [{extras}]' if extras else ''} into .venv …", file=sys.stderr)
    pip = [str(BIN / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
    _run([*pip, "install", "-e", f"{ROOT}[{extras}]" if extras else str(ROOT)])
    marker.touch()


def _exec(args: list[str]) -> None:
    os.execv(args[0], args)


def main(argv: list[str]) -> None:
    command, rest = (argv[0], argv[1:]) if argv else ("chat", [])
    if command == "chat":
        _install("")
        _exec([str(BIN / "brug"), "chat", *rest])
    elif command == "brug":
        _install("telegram,matrix")
        _exec([str(BIN / "brug"), *rest])
    elif command == "test":
        _install("test")
        os.chdir(ROOT)
        checks = [
            [str(BIN / "ruff"), "check", "bot", "tests", "benchmarks", "dev.py"],
            [str(BIN / "ruff"), "format", "--check", "bot", "tests", "benchmarks", "dev.py"],
            [str(BIN / "mypy"), "bot"],
        ]
        for check in checks:
            print("$", " ".join(Path(check[0]).name if i == 0 else a for i, a in enumerate(check)))
            if subprocess.run(check).returncode != 0:
                sys.exit(1)
        _exec([str(BIN / "python"), "-m", "pytest", *rest])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
