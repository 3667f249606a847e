"""`brug chat` as a real process: piped input, JSON output, and a SIGKILL in the middle."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

BRUG = [sys.executable, "-m", "bot"]

ONBOARDING_NL = [
    "hallo",
    "Verder",
    "Ja, bewaar het",
    "Nederland",
    "Nederlandse tijd",
    "Klaar",
    "Nee, liever niet",
    "Later",
]
PAUSE_NL = [
    "Afstand nemen als het dichtbij komt",
    "Ja",
    "Ja, laten we beginnen",
    "Ik ben er",
    "Hij reageerde kortaf",
    "Weglopen",
    "Iets ouds",
    "Ik voel me klein",
    "Is er iets?",
    "Misschien",
]


def chat(db: Path, lines: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*BRUG, "chat", "--db", str(db), "--user", "tess", *args],
        input="".join(f"{line}\n" for line in lines),
        capture_output=True,
        text=True,
        timeout=60,
    )


def messages(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines()]


def test_piped_dutch_walk_through_onboarding_and_the_pause(tmp_path: Path) -> None:
    result = chat(tmp_path / "b.sqlite3", ONBOARDING_NL + PAUSE_NL, "--lang", "nl", "--json")
    assert result.returncode == 0, result.stderr
    out = messages(result.stdout)
    assert {"text", "buttons", "flow", "state", "safety"} <= set(out[0])
    assert out[-1]["flow"] == "danger_pause" and out[-1]["state"] == "close"
    assert "Je nam een pauze" in "\n".join(m["text"] for m in out[-2:])
    assert not any(m["safety"] for m in out)
    assert result.stderr == ""


def test_piped_english_plain_text_with_numbered_buttons(tmp_path: Path) -> None:
    result = chat(
        tmp_path / "b.sqlite3", ["hi", "1", "1", "3", "1", "10", "2", "2", "3", "1"], "--lang", "en"
    )
    assert result.returncode == 0, result.stderr
    assert "  1. Yes\n  2. A bit\n  3. Not really" in result.stdout
    assert "Shall we try it together?" in result.stdout


def test_json_marks_the_crisis_answer(tmp_path: Path) -> None:
    result = chat(
        tmp_path / "b.sqlite3", ["hallo", "ik wil niet meer leven"], "--lang", "nl", "--json"
    )
    out = messages(result.stdout)
    assert out[-2]["safety"] == "crisis" and "113" in out[-2]["text"]
    assert out[-1]["safety"] == "crisis"  # every message of the answer says so
    assert result.stderr == ""  # no log line on the screen, where the conversation is


def test_empty_input_exits_cleanly(tmp_path: Path) -> None:
    result = chat(tmp_path / "b.sqlite3", [])
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_a_killed_chat_continues_at_the_same_step(tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite3"
    process = subprocess.Popen(
        [*BRUG, "chat", "--db", str(db), "--user", "tess", "--lang", "nl", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    assert process.stdin and process.stdout
    seen: list[dict] = []
    for line in [*ONBOARDING_NL, *PAUSE_NL[:5]]:
        process.stdin.write(line + "\n")
        process.stdin.flush()
        # read until the reply that waits for the person (it carries the state)
        while True:
            message = json.loads(process.stdout.readline())
            seen.append(message)
            if message["buttons"] or message["state"] in {"describe", "urge", "write"}:
                break
    assert seen[-1]["state"] == "urge"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    result = chat(db, ["Weglopen"], "--lang", "nl", "--json")
    out = messages(result.stdout)
    assert out[-1]["state"] == "question"
    assert "Hij reageerde kortaf" in out[-1]["text"]


def test_database_is_created_owner_only(tmp_path: Path) -> None:
    db = tmp_path / "new" / "brug.sqlite3"
    chat(db, ["hallo"], "--lang", "nl")
    assert (db.stat().st_mode & 0o777) == 0o600
    assert (db.parent.stat().st_mode & 0o777) == 0o700


def test_a_reply_committed_but_not_shown_is_shown_after_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite3"
    chat(db, ["hallo"], "--lang", "en")
    # As if the process died between commit and print: put the reply back in the outbox.
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO outbox (platform, chat, user, payload, created_at)"
            " VALUES ('terminal', 'tess', 'tess', ?, ?)",
            (json.dumps({"text": "Waiting reply"}), int(time.time())),
        )
    result = chat(db, [], "--lang", "en")
    assert result.stdout.startswith("Waiting reply")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM outbox").fetchone() == (0,)


# What `brug chat --json` says in `safety` for each tier and kind (issue 12), first thing after
# a greeting and in the middle of an exercise, in both languages.
SAFETY_ANSWERS = [
    ("nl", "vannacht maak ik er een eind aan", "crisis", "113"),
    ("nl", "morgen spring ik van de brug", "crisis", "113"),
    ("en", "been cutting again, three nights in a row", "crisis", "988"),
    ("nl", "kon ik maar even niet bestaan", "possible", "Jij ook?"),
    ("en", "I just want everything to stop", "possible", "Are you?"),
    ("nl", "mijn man slaat me als hij gedronken heeft", "violence", "Veilig Thuis"),
    ("en", "im 12 and my dad hits me with his belt", "child", "Childhelp"),
    ("nl", "ik ben verkracht op een feest", "sexual", "Centrum Seksueel Geweld"),
    ("en", "I throw up after every meal so I stay thin", "eating", "988"),
]


# Onboarding and the danger pause up to its first open question, by number in either language:
# go on, keep answers, the country (the Netherlands or the US), its first time zone, no
# patterns, no nudges, the check-in later; then the pause (third topic), yes, start, ready.
def to_the_first_question(lang: str) -> list[str]:
    country = "1" if lang == "nl" else "4"
    return ["hallo", "1", "1", country, "1", "10", "2", "2", "3", "1", "1", "1"]


def test_json_says_what_the_check_decided_first_and_mid_exercise(tmp_path: Path) -> None:
    for n, (lang, text, label, line) in enumerate(SAFETY_ANSWERS):
        for before in (["hallo"], to_the_first_question(lang)):
            result = chat(
                tmp_path / f"{n}-{len(before)}.sqlite3", [*before, text], "--lang", lang, "--json"
            )
            assert result.returncode == 0, result.stderr
            out = messages(result.stdout)
            answer = [m for m in out if m["safety"]]
            assert answer and {m["safety"] for m in answer} == {label}, (text, out[-3:])
            assert line in "\n".join(m["text"] for m in answer), (text, answer)
            assert out[-len(answer) :] == answer  # the whole answer, nothing after it


def test_json_past_is_no_alarm_but_a_kind_word(tmp_path: Path) -> None:
    result = chat(
        tmp_path / "p.sqlite3",
        ["hallo", "in mijn tienerjaren heb ik een poging gedaan, nu gaat het goed"],
        "--lang",
        "nl",
        "--json",
    )
    out = messages(result.stdout)
    assert not any(m["safety"] for m in out)
    assert "113" in "\n".join(m["text"] for m in out)


@pytest.mark.parametrize(
    "content", [b"not a database at all, just text\n", b"SQLite format 3\x00" + b"\xff" * 4000]
)
def test_a_file_that_is_no_database_gets_one_clear_line_and_a_quick_exit(
    tmp_path: Path, content: bytes
) -> None:
    db = tmp_path / "b.sqlite3"
    db.write_bytes(content)
    db.chmod(0o600)
    started = time.monotonic()
    result = chat(db, ["hallo"])
    assert time.monotonic() - started < 10  # no thread left waiting
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(db) in lines[0] and "backup" in lines[0]
