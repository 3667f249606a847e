"""`brug check`, the generated flow diagrams, and the own-words rule, as part of the suite."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.check import check
from bot.core.graph import flows_markdown
from bot.core.step import Context
from tests.conftest import ROOT, SHARED


def test_the_real_content_has_no_problems() -> None:
    assert check(ROOT) == []


def test_brug_check_exits_non_zero_with_one_line_per_problem(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "dialogues", content / "dialogues")
    shutil.copytree(ROOT / "locales", content / "locales")
    pause = content / "dialogues" / "danger_pause.yaml"
    text = pause.read_text()
    text = text.replace("go: urge", "go: urgent")  # unknown target
    text = text.replace("    say: [danger_pause-later]", "    say: [danger_pause-missing]")
    text = text.replace(
        "      - {text: danger_pause-btn-again, go: slow_down}", "      - {go: slow_down}"
    )  # a button without text
    text += "  orphan:\n    say: [danger_pause-intro]\n    flow: menu\n"  # unreachable
    text += "  stuck:\n    say: [danger_pause-intro]\n"  # no way on
    pause.write_text(text)
    guard = content / "dialogues" / "safeguard.yaml"
    guard.write_text(guard.read_text().replace("safety: violence", "safety: violent"))
    en = content / "locales" / "en" / "danger_pause.ftl"
    en.write_text(en.read_text().replace('You wrote: "{ $moment }"', 'You wrote: "{ $momnet }"'))
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check", "--content", str(content)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    expected = [
        "danger_pause.yaml: state 'describe': goes to unknown state 'urgent'",
        "danger_pause.yaml: state 'close': choice 3: button without text",  # the route's first
        "danger_pause.yaml: state 'orphan' cannot be reached from 'intro'",
        "danger_pause.yaml: state 'stuck': no way on (no choices, no go, flow, do or branch)",
        "danger_pause.yaml: state 'later': text 'danger_pause-missing' is missing in locales/nl",
        "'danger_pause-question': placeholders differ between languages (nl: moment; en: momnet)",
        "safeguard.yaml: state 'violence': safety must be one of crisis, possible, violence,"
        " child, sexual, eating or $answer_name",
    ]
    for line in expected:
        assert line in lines, f"{line}\n---\n{result.stdout}"
    assert "problem(s) found" in result.stderr


def test_a_text_missing_in_one_language_is_named(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT, content, ignore=shutil.ignore_patterns(".venv", ".git", "tests"))
    nl = content / "locales" / "nl" / "menu.ftl"
    nl.write_text(nl.read_text().replace("menu-help = Hulp en uitleg\n", ""))
    problems = check(content)
    assert "menu.yaml: state 'home': text 'menu-help' is missing in locales/nl" in problems
    assert "en/menu.ftl: 'menu-help' has no translation in locales/nl" in problems


def test_docs_flows_is_up_to_date(ctx: Context) -> None:
    written = (ROOT / "docs" / "flows.md").read_text()
    assert written == flows_markdown(ctx.dialogues, ctx.texts), "run `brug graph --docs`"


@pytest.mark.skipif(not (SHARED / "tools" / "own_words.py").exists(), reason="no shared tools")
def test_every_text_is_in_our_own_words() -> None:
    result = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "own_words.py"), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout
