#!/usr/bin/env python3
"""Sets Brug up in ./.venv and runs it, so a fresh machine needs nothing but python3.

python3 dev.py chat [--lang nl|en] ...   a terminal chat with Brug (embedded SQLite)
python3 dev.py test [pytest args]        install everything and run the whole suite
python3 dev.py build                     compile what runs for every message with mypyc
python3 dev.py brug ARGS                 any other `brug` command, e.g. `check` or `run`
python3 dev.py lock [uv pip compile args] refresh deploy/requirements*.lock from pyproject.toml
                                         (`--upgrade` takes every newest release)

`test` installs from deploy/requirements-test.lock and `brug` from deploy/requirements.lock:
exact versions, checked against their hashes. `chat` installs the core dependencies as
pyproject.toml bounds them. `test` also compiles what runs for every message (`build`,
bot/compiled.py) when its sources have changed since it was last compiled: the suite runs what
is deployed (see setup.py).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / "bin"
COMPILED = ROOT / "bot" / "compiled.py"  # what `build` compiles

# The lock files: every dependency pinned to one version, with the hashes of its files.
# `python3 dev.py lock` writes them with this uv, for CPython 3.11 on x86-64 Linux (the hashes
# cover every file of each pinned release, so other Linux machines install them too).
LOCKS = {
    "telegram,matrix": ROOT / "deploy" / "requirements.lock",
    "test": ROOT / "deploy" / "requirements-test.lock",
    "build": ROOT / "deploy" / "requirements-build.lock",  # the container's compile step
}
UV = "uv==0.13.9"
LOCK_FLAGS = [
    *("--python-version", "3.11", "--python-platform", "x86_64-unknown-linux-gnu"),
    *("--generate-hashes", "--no-config"),  # no uv.toml of this machine or user counts
]


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
    """Install the project (editable) once per change of pyproject.toml, extras and lock file.

    With a lock file for these extras, its pinned and hash-checked dependencies first, then the
    project alone (`--no-deps`: an editable install has no file whose hash pip could check).
    """
    _make_venv()
    lock = LOCKS.get(extras)
    inputs = (ROOT / "pyproject.toml").read_bytes() + extras.encode()
    if lock is not None:
        inputs += lock.read_bytes()
    digest = hashlib.sha256(inputs).hexdigest()
    marker = VENV / f".installed-{extras or 'core'}-{digest[:16]}"
    if marker.exists():
        return
    print(f"Installing Brug{f' [{extras}]' if extras else ''} into .venv …", file=sys.stderr)
    pip = [str(BIN / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
    if lock is None:
        _run([*pip, "install", "-e", f"{ROOT}[{extras}]" if extras else str(ROOT)])
    else:
        _run([*pip, "install", "--require-hashes", "-r", str(lock)])
        _run([*pip, "install", "--no-deps", "-e", str(ROOT)])
    marker.touch()


def _compile(always: bool = False) -> None:
    """Compile the modules bot/compiled.py names with mypyc (setup.py with BRUG_COMPILE=1)
    unless they are compiled from the current sources. Without a C compiler, say so: Brug then
    runs the sources as they are."""
    spec = importlib.util.spec_from_file_location("brug_compiled", COMPILED)
    assert spec is not None and spec.loader is not None
    compiled = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(compiled)
    if not always and compiled.current():
        return
    print("Compiling with mypyc …", file=sys.stderr)
    command = [str(BIN / "python"), "setup.py", "-q", "build_ext", "--inplace"]
    env = {**os.environ, "BRUG_COMPILE": "1"}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        print(done.stdout[-2000:], done.stderr[-2000:], sep="\n", file=sys.stderr)
        # With a C compiler at hand a failed build is a defect (mypyc refusing a source), not
        # a bare machine: it stops here, or the suite would quietly test the plain sources.
        if always or _has_c_compiler():
            print("Could not compile (see above).", file=sys.stderr)
            sys.exit(1)
        print("No C compiler here: Brug runs the plain sources.", file=sys.stderr)


def _has_c_compiler() -> bool:
    """Whether the C compiler Python's own build names (sysconfig's CC, else cc) is on PATH."""
    configured = (sysconfig.get_config_var("CC") or "cc").split()
    return bool(configured) and shutil.which(os.environ.get("CC", configured[0])) is not None


def _lock(args: list[str]) -> None:
    """Write the lock files from pyproject.toml with a pinned uv, kept only for this run.

    uv keeps the versions already in a lock file unless pyproject.toml no longer allows them,
    or `--upgrade` / `--upgrade-package NAME` (in `args`) asks for newer ones. The test lock
    is constrained by the deployment lock, so the tests run the versions that are deployed,
    and the build lock by the test lock, so the container compiles with the tested mypy.
    """
    _make_venv()
    with tempfile.TemporaryDirectory(prefix="brug-uv-") as tool:
        pip = [str(BIN / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
        _run([*pip, "install", "--target", tool, UV])
        uv = [str(Path(tool) / "bin" / "uv"), "pip", "compile", "pyproject.toml", "--quiet"]
        flags = [*LOCK_FLAGS, "--custom-compile-command", "python3 dev.py lock", *args]
        # Paths relative to the checkout, so the files' comments name no folder of this machine.
        deploy, test, build = (str(path.relative_to(ROOT)) for path in LOCKS.values())
        _run([*uv, "--extra", "telegram", "--extra", "matrix", "-o", deploy, *flags], cwd=ROOT)
        _run([*uv, "--extra", "test", "--constraint", deploy, "-o", test, *flags], cwd=ROOT)
        _run([*uv, "--extra", "build", "--constraint", test, "-o", build, *flags], cwd=ROOT)
    print(f"Wrote {deploy}, {test} and {build}.", file=sys.stderr)


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
    elif command == "lock":
        _lock(rest)
    elif command == "build":
        _install("test")  # mypy, which holds mypyc
        _compile(always=True)
    elif command == "test":
        _install("test")
        _compile()
        os.chdir(ROOT)
        linted = ["bot", "tests", "benchmarks", "dev.py", "setup.py"]
        checks = [
            [str(BIN / "ruff"), "check", *linted],
            [str(BIN / "ruff"), "format", "--check", *linted],
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
