"""Brug's build, beside pyproject.toml: with BRUG_COMPILE=1, what runs for every message is
compiled.

The modules that `bot/compiled.py` names are then compiled with mypyc (it needs mypy and a C
compiler where it is built), and the digest of their sources is written to `bot/compiled.sha256`,
so that they are used only while the sources are the same. Without BRUG_COMPILE, Brug installs
as plain Python. `python3 dev.py build` compiles in place (`setup.py build_ext --inplace`);
deploy/Dockerfile builds the wheel with it.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
from pathlib import Path
from typing import Any

from setuptools import setup

HERE = Path(__file__).resolve().parent


def _compiled() -> Any:
    """`bot/compiled.py`, read from its file: nothing is installed yet."""
    spec = importlib.util.spec_from_file_location("brug_compiled", HERE / "bot" / "compiled.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _extensions() -> list[Any]:
    if os.environ.get("BRUG_COMPILE") != "1":
        return []
    from mypyc.build import mypycify

    compiled = _compiled()
    sources = [compiled.source(module, HERE) for module in compiled.MODULES]
    # What an earlier build left goes first (every extension under bot/ is one of ours): if
    # this one fails, the sources are read.
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        for old in HERE.glob(f"bot/**/*{suffix}"):
            old.unlink()
    compiled.digest_file(HERE).write_text(compiled.digest(HERE) + "\n", encoding="ascii")
    relative = [str(path.relative_to(HERE)) for path in sources]
    return list(mypycify(relative, opt_level="3", group_name=compiled.GROUP))


setup(ext_modules=_extensions())
