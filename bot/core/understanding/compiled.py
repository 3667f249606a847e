"""The reading of messages, compiled: which modules mypyc compiles, and when they may be used.

Every message passes the reading and the safety check, so they are most of a step's time.
`python3 dev.py build` (and `python3 dev.py test`, and the container build) compiles the
modules named in `MODULES` with mypyc, the compiler of mypy, from the same type-annotated
sources: a step then takes about two thirds of the time (docs/benchmarks.md). It needs a C
compiler; without one, Brug runs the same sources as plain Python.

The compiled modules lie beside their sources, and Python prefers them. So that an edited
source never runs as its old compiled self, the build records a digest of the sources it
compiled (`DIGEST_FILE`), and `prefer_current()` reads the sources instead when they have
changed since. This module is never compiled itself, and imports nothing of the package:
setup.py reads it before anything is installed.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import logging
import sys
from pathlib import Path

__all__ = ["DIGEST_FILE", "GROUP", "MODULES", "digest", "is_compiled", "prefer_current"]

# In the order they import each other: each one's imports come before it.
MODULES = ("words", "lexicon", "reading", "frames", "model", "safety", "intent")
GROUP = "compiled"  # mypyc's shared library is this package's `compiled__mypyc`
DIGEST_FILE = "compiled.sha256"
HERE = Path(__file__).resolve().parent

log = logging.getLogger(__name__)


def digest(folder: Path = HERE) -> str:
    """The SHA-256 of the compiled modules' sources in `folder`, in the order of `MODULES`
    (hex); OSError when one is missing."""
    hashed = hashlib.sha256()
    for name in MODULES:
        hashed.update((folder / f"{name}.py").read_bytes())
    return hashed.hexdigest()


def is_compiled(folder: Path = HERE) -> bool:
    """Whether a compiled module lies beside the sources in `folder`."""
    return any(
        (folder / f"{name}{suffix}").exists()
        for name in MODULES
        for suffix in importlib.machinery.EXTENSION_SUFFIXES
    )


def prefer_current(package: str) -> bool:
    """Before the package imports its modules: True when the compiled ones are there and
    built from these sources (they are then used), False when there are none or they are
    older than the sources, which are then loaded as plain Python, in the order of
    `MODULES`, in their place. `package`: this package's name (`__name__` of its
    `__init__`)."""
    if not is_compiled():
        return False
    try:
        current = (HERE / DIGEST_FILE).read_text(encoding="ascii").strip() == digest()
    except OSError:
        current = False
    if current:
        return True
    log.warning(
        "The compiled reading is older than its sources; reading the sources instead"
        " (`python3 dev.py build` compiles them again)."
    )
    parent = sys.modules[package]
    for name in MODULES:
        spec = importlib.util.spec_from_file_location(f"{package}.{name}", HERE / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        setattr(parent, name, module)
    return False
