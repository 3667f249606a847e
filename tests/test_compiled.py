"""The compiled reading is used only while it was built from the sources beside it.

`python3 dev.py test` compiles the reading with mypyc first (setup.py), so the suite runs what
is deployed. These tests copy the package to a folder of their own and import it in a new
interpreter: unchanged, the compiled modules load; after an edit of one source, every module
of the reading is read from its source, and nothing of the old build runs.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core import understanding
from bot.core.understanding import compiled

ROOT = Path(__file__).resolve().parent.parent
PROBE = (
    "import bot.core.understanding as u;"
    "print(u.COMPILED, all(m.__file__.endswith('.py') for m in"
    " [getattr(u, n) for n in u.compiled.MODULES]))"
)

needs_build = pytest.mark.skipif(
    not compiled.is_compiled(), reason="the reading is not compiled here (python3 dev.py build)"
)


def _copy(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "bot", tmp_path / "bot", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path / "bot" / "core" / "understanding"


def _probe(where: Path) -> tuple[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=where, capture_output=True, text=True, check=True
    )
    is_compiled, all_sources = done.stdout.split()
    return is_compiled, all_sources


def test_the_digest_follows_every_compiled_source(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    before = compiled.digest(folder)
    assert before == compiled.digest(folder)
    for name in compiled.MODULES:
        path = folder / f"{name}.py"
        path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        after = compiled.digest(folder)
        assert after != before, name
        before = after


@needs_build
def test_the_suite_reads_with_the_compiled_modules() -> None:
    assert understanding.COMPILED
    assert not understanding.reading.__file__.endswith(".py")


@needs_build
def test_an_unchanged_build_is_used(tmp_path: Path) -> None:
    _copy(tmp_path)
    assert _probe(tmp_path) == ("True", "False")


@needs_build
def test_an_edited_source_is_read_instead_of_its_old_build(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    source = folder / "safety.py"
    source.write_text(source.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert _probe(tmp_path) == ("False", "True")


def test_without_a_record_of_the_build_the_sources_are_read(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / compiled.DIGEST_FILE).unlink(missing_ok=True)
    assert _probe(tmp_path) == ("False", "True")
