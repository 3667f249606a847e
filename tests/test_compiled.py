"""The compiled modules are used only while they were built from the sources beside them.

`python3 dev.py test` compiles what runs for every message with mypyc first (setup.py), so
the suite runs what is deployed. These tests copy the package to a folder of their own and
import it in a new interpreter: unchanged, the compiled modules load; after an edit of one
source, every compiled module is read from its source, and nothing of the old build runs.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import bot
from bot import compiled
from bot.core import step
from bot.core.understanding import reading

ROOT = Path(__file__).resolve().parent.parent
PROBE = (
    "import importlib, bot;"
    "modules = [importlib.import_module(name) for name in bot.compiled.MODULES];"
    "print(bot.COMPILED, all(m.__file__.endswith('.py') for m in modules))"
)

needs_build = pytest.mark.skipif(
    not compiled.is_compiled(), reason="nothing is compiled here (python3 dev.py build)"
)


def _copy(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "bot", tmp_path / "bot", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def _probe(where: Path) -> tuple[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=where, capture_output=True, text=True, check=True
    )
    is_compiled, all_sources = done.stdout.split()
    return is_compiled, all_sources


def test_the_digest_follows_every_compiled_source(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    before = compiled.digest(root)
    assert before == compiled.digest(root)
    for module in compiled.MODULES:
        path = compiled.source(module, root)
        path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        after = compiled.digest(root)
        assert after != before, module
        before = after


@needs_build
def test_the_suite_runs_the_compiled_modules() -> None:
    assert bot.COMPILED
    assert not reading.__file__.endswith(".py")
    assert not step.__file__.endswith(".py")


@needs_build
def test_an_unchanged_build_is_used(tmp_path: Path) -> None:
    assert _probe(_copy(tmp_path)) == ("True", "False")


@needs_build
@pytest.mark.parametrize("edited", ["bot.core.understanding.safety", "bot.core.step"])
def test_an_edited_source_is_read_instead_of_its_old_build(tmp_path: Path, edited: str) -> None:
    source = compiled.source(edited, _copy(tmp_path))
    source.write_text(source.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert _probe(tmp_path) == ("False", "True")


def test_without_a_record_of_the_build_the_sources_are_read(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    compiled.digest_file(root).unlink(missing_ok=True)
    assert _probe(root) == ("False", "True")
