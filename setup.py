"""Brug's build, beside pyproject.toml: with BRUG_COMPILE=1, the reading of messages is compiled.

The modules that `bot/core/understanding/compiled.py` names are then compiled with mypyc (it
needs mypy and a C compiler where it is built), and the digest of their sources is written to
`compiled.sha256` beside them, so that they are used only while the sources are the same.
Without BRUG_COMPILE, Brug installs as plain Python. `python3 dev.py build` compiles in place
(`setup.py build_ext --inplace`); deploy/Dockerfile builds the wheel with it.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
from pathlib import Path
from typing import Any

from setuptools import setup

HERE = Path(__file__).resolve().parent
FOLDER = HERE / "bot" / "core" / "understanding"


def _compiled() -> Any:
    """`bot/core/understanding/compiled.py`, read from its file: nothing is installed yet."""
    spec = importlib.util.spec_from_file_location("brug_compiled", FOLDER / "compiled.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _extensions() -> list[Any]:
    if os.environ.get("BRUG_COMPILE") != "1":
        return []
    from mypyc.build import mypycify

    compiled = _compiled()
    # What an earlier build left goes first: if this one fails, the sources are read.
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        for old in FOLDER.glob(f"*{suffix}"):
            old.unlink()
    (FOLDER / compiled.DIGEST_FILE).write_text(compiled.digest(FOLDER) + "\n", encoding="ascii")
    sources = [str((FOLDER / f"{name}.py").relative_to(HERE)) for name in compiled.MODULES]
    group = f"bot.core.understanding.{compiled.GROUP}"
    return list(mypycify(sources, opt_level="3", group_name=group))


setup(ext_modules=_extensions())
