"""What runs for every message, compiled: which modules mypyc compiles, and when they may be used.

Every typed message is read, checked for safety, read for its intent and stepped through its
dialogue, so the reading (`bot/core/understanding/`), the texts and the pure step are most of a
message's CPU time. `python3 dev.py build` (and `python3 dev.py test`, and the container build)
compiles the modules named in `MODULES` with mypyc, the compiler of mypy, from the same
type-annotated sources, into one group, so that they call each other natively: compiling the
reading took the pure step from 76 to 49 µs a message, and the step and texts with it took
the durable run up another 17 % (docs/benchmarks.md). It needs a C compiler; without one, Brug
runs the same sources as plain Python.

The compiled modules lie beside their sources, and Python prefers them. So that an edited
source never runs as its old compiled self, the build records a digest of the sources it
compiled (`digest_file()`), and `prefer_current()`, called by the package `bot` before any of
them is imported, has Python read the sources instead when they have changed since. This
module is never compiled itself, and imports nothing of the package: setup.py reads it before
anything is installed.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

__all__ = [
    "GROUP",
    "MODULES",
    "current",
    "digest",
    "digest_file",
    "is_compiled",
    "prefer_current",
    "source",
]

# The digest reads their sources in this order.
MODULES = (
    "bot.core.understanding.words",
    "bot.core.understanding.lexicon",
    "bot.core.understanding.reading",
    "bot.core.understanding.frames",
    "bot.core.understanding.model",
    "bot.core.understanding.safety",
    "bot.core.understanding.intent",
    "bot.core.texts",
    "bot.core.step",
)
GROUP = "bot.compiled"  # mypyc's shared library: bot/compiled__mypyc.<suffix>
ROOT = Path(__file__).resolve().parent.parent  # the folder that holds the package `bot`

log = logging.getLogger(__name__)


def source(module: str, root: Path = ROOT) -> Path:
    """The source file of one of `MODULES` under `root`."""
    return root.joinpath(*module.split(".")).with_suffix(".py")


def digest(root: Path = ROOT) -> str:
    """The SHA-256 of the compiled modules' sources under `root`, in the order of `MODULES`
    (hex); OSError when one is missing."""
    hashed = hashlib.sha256()
    for module in MODULES:
        hashed.update(source(module, root).read_bytes())
    return hashed.hexdigest()


def digest_file(root: Path = ROOT) -> Path:
    """Where the build records the digest of the sources it compiled: beside this module."""
    return root / "bot" / "compiled.sha256"


def is_compiled(root: Path = ROOT) -> bool:
    """Whether a compiled module lies beside the sources under `root`."""
    return any(
        source(module, root).with_suffix(suffix).exists()
        for module in MODULES
        for suffix in importlib.machinery.EXTENSION_SUFFIXES
    )


def current(root: Path = ROOT) -> bool:
    """Whether compiled modules lie beside the sources under `root` and were built from them
    (the recorded digest is theirs)."""
    if not is_compiled(root):
        return False
    try:
        return digest_file(root).read_text(encoding="ascii").strip() == digest(root)
    except OSError:
        return False


def prefer_current() -> bool:
    """Before any of `MODULES` is imported: True when the compiled ones are there and built
    from these sources (they are then used), False when there are none or they are older than
    the sources, which Python is then told to read in their place."""
    if current():
        return True
    if not is_compiled():
        return False
    log.warning(
        "The compiled modules are older than their sources; reading the sources instead"
        " (`python3 dev.py build` compiles them again)."
    )
    sys.meta_path.insert(0, _Sources())
    return False


class _Sources(importlib.abc.MetaPathFinder):
    """Finds the sources of `MODULES`, ahead of the compiled files beside them."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in MODULES:
            return None
        return importlib.util.spec_from_file_location(fullname, source(fullname))
