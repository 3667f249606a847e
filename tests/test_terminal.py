"""`brug chat` as a real process: piped input, JSON output, and a SIGKILL in the middle."""

from __future__ import annotations

import fcntl
import json
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.core.messages import ConversationKey, Incoming
from bot.core.state import ConversationState
from bot.core.step import Context, _Turn

BRUG = [sys.executable, "-m", "bot"]

ONBOARDING_NL = [
    "hallo",
    "Verder",
    "Ja, bewaar het",
    "Nederland",
    "Nederlandse tijd",
    "Klaar",
    "Nee, liever niet",
    "Nee, ik kies zelf",  # no route
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
        tmp_path / "b.sqlite3",
        ["hi", "1", "1", "3", "1", "10", "2", "2", "2", "3", "1"],
        "--lang",
        "en",
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


# `brug chat` in a terminal of its own (issue 15): a pseudo-terminal of a set width, typed
# keys in, and the screen as the person sees it.
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]")


def _controlling_terminal() -> None:
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class Terminal:
    def __init__(self, db: Path, *args: str, columns: int = 80, before: tuple[str, ...] = ()):
        self.master, follower = os.openpty()
        fcntl.ioctl(self.master, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
        env = {k: v for k, v in os.environ.items() if k not in {"COLUMNS", "LINES"}}
        self.process = subprocess.Popen(
            [*BRUG, *before, "chat", "--db", str(db), "--user", "tess", *args],
            stdin=follower,
            stdout=follower,
            stderr=follower,
            env={**env, "TERM": "xterm"},
            start_new_session=True,
            preexec_fn=_controlling_terminal,  # so that Ctrl-C is an interrupt
        )
        os.close(follower)
        self.raw = b""
        self.prompts = 0

    @property
    def screen(self) -> str:
        """What the person sees, without the terminal's control sequences and carriage returns."""
        return _ESCAPES.sub("", self.raw.decode(errors="replace")).replace("\r", "")

    def _read(self, until: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], max(0.0, until - time.monotonic()))
        if not ready:
            return True
        try:
            data = os.read(self.master, 4096)
        except OSError:  # the chat ended and closed the terminal
            return False
        self.raw += data
        return bool(data)

    def answered(self, timeout: float = 30) -> str:
        """Wait until Brug asks for the next line (one more prompt than before)."""
        until = time.monotonic() + timeout
        while self.screen.count("\n> ") + self.screen.startswith("> ") <= self.prompts:
            assert time.monotonic() < until, self.screen[-500:]
            assert self._read(until), self.screen[-500:]
        self.prompts += 1
        return self.screen

    def type(self, keys: str) -> str:
        os.write(self.master, keys.encode())
        return self.answered()

    def end(self, timeout: float = 30) -> str:
        """Ctrl-D, then the screen once the chat has ended."""
        os.write(self.master, b"\x04")
        until = time.monotonic() + timeout
        while self._read(until):
            assert time.monotonic() < until, self.screen[-500:]
        assert self.process.wait(timeout=timeout) == 0
        return self.screen

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        os.close(self.master)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Callable[..., Terminal]]:
    opened: list[Terminal] = []

    def open_one(*args: str, **kwargs: Any) -> Terminal:
        opened.append(Terminal(tmp_path / "b.sqlite3", *args, **kwargs))
        opened[-1].answered()  # the greeting and the first prompt
        return opened[-1]

    yield open_one
    for one in opened:
        one.close()


def test_a_crisis_in_a_terminal_shows_the_helplines_and_no_log_line(
    terminal: Callable[..., Terminal], tmp_path: Path
) -> None:
    chat = terminal("--lang", "nl", before=("--log-level", "info"))
    screen = chat.type("ik wil niet meer leven\r")
    assert "113" in screen
    assert '{"' not in screen  # the logs went to a file instead
    logged = (tmp_path / "b.log").read_text(encoding="utf-8")
    assert '"event":"safety"' in logged
    assert (tmp_path / "b.log").stat().st_mode & 0o777 == 0o600


def test_arrow_keys_and_backspace_edit_the_line_in_a_terminal(
    terminal: Callable[..., Terminal],
) -> None:
    chat = terminal("--lang", "nl")
    # "x2", one to the left, backspace: "2", the second option ("Ik wil nu hulp")
    screen = chat.type("x2\x1b[D\x7f\r")
    answer = screen.rsplit("Ik wil nu hulp", 1)[-1]
    assert "113" in answer and "Tele-Onthaal" in answer


def test_a_terminal_40_columns_wide_gets_whole_words_in_lines_of_40(
    terminal: Callable[..., Terminal], tmp_path: Path
) -> None:
    chat = terminal("--lang", "nl", columns=40)
    screen = chat.type("2\r")  # the helplines: bullets, numbers like 0800-0113, web addresses
    assert max(len(line) for line in screen.splitlines()) <= 40, screen
    said = messages(chat_json(tmp_path / "j.sqlite3", ["/start", "2"]))
    assert len(said) >= 2
    shown = screen.split()
    for message in said:
        for word in " ".join([message["text"], *message["buttons"]]).split():
            assert word in shown, word
    assert "\n\n" in screen  # paragraphs stay apart


def chat_json(db: Path, lines: list[str]) -> str:
    return chat(db, lines, "--lang", "nl", "--json").stdout


@pytest.mark.parametrize(
    ("lang", "goodbye"),
    [("nl", "Tot later. Kom gerust terug wanneer je wilt."), ("en", "Bye for now.")],
)
def test_ctrl_d_in_a_terminal_ends_with_a_goodbye_on_its_own_line(
    terminal: Callable[..., Terminal], lang: str, goodbye: str
) -> None:
    chat = terminal("--lang", lang)
    screen = chat.end()
    last = screen.rstrip("\n").splitlines()[-1]
    assert last.startswith(goodbye) and screen.endswith("\n"), screen[-200:]
    assert screen.splitlines()[-2] == "> "  # the prompt's line is ended first


def test_ctrl_c_in_a_terminal_ends_the_chat_at_once(terminal: Callable[..., Terminal]) -> None:
    chat = terminal("--lang", "en")
    os.write(chat.master, b"hal\x03")
    assert chat.process.wait(timeout=10) == 130  # not waiting for a line that never comes
    mode = termios.tcgetattr(chat.master)[3]
    assert mode & termios.ICANON and mode & termios.ECHO  # the terminal as it was


def test_ctrl_c_ends_the_chat_when_its_parent_blocked_it(
    terminal: Callable[..., Terminal],
) -> None:
    """A blocked or ignored Ctrl-C is inherited by a new process (CI's test process blocked
    it, and the chat waited on for a line)."""
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        chat = terminal("--lang", "en")
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
    os.write(chat.master, b"hal\x03")
    assert chat.process.wait(timeout=10) == 130


def test_the_buttons_hint_fits_the_platform(ctx: Context) -> None:
    """Tap on Telegram; type (or react, on Matrix) where there is nothing to tap."""
    said = {}
    for platform in ("telegram", "matrix", "terminal"):
        key = ConversationKey(platform, "tess", "tess")
        turn = _Turn(ConversationState(lang="en"), Incoming(key), ctx, datetime.now(UTC))
        said[platform] = turn._text("input-choose")
    assert "tap it" in said["telegram"]
    assert "react" in said["matrix"] and "tap" not in said["matrix"]
    assert "tap" not in said["terminal"] and "type its number" in said["terminal"]


# The rumination exercise up to its first breathing cue, by number: onboarding (the US), the
# menu, its fourth topic, yes, start breathing.
TO_THE_BREATHING = ["1", "1", "4", "1", "10", "2", "2", "/menu", "4", "1", "1"]
SECOND_CUE = "Breathe in while you count to four."


def _as_shown(raw: bytes) -> list[str]:
    """The lines of a terminal after `raw`: enough of one to follow a carriage return, erasing
    (to the end of the line or of the screen), moving the cursor along or up a line, and
    backspace; other control sequences are left out."""
    lines, row, col = [""], 0, 0
    for token in re.findall(
        r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]|.", raw.decode(), re.S
    ):
        if token.startswith("\x1b["):
            count = int(token[2:-1] or 1) if token[2:-1].isdigit() else 1
            kind = token[-1]
            if kind == "K":
                lines[row] = lines[row][:col]
            elif kind == "J":
                lines[row], lines[row + 1 :] = lines[row][:col], []
            elif kind == "A":
                row = max(0, row - count)
            elif kind == "C":
                col += count
            elif kind == "D":
                col = max(0, col - count)
        elif token.startswith("\x1b"):
            continue
        elif token == "\r":
            col = 0
        elif token == "\n":
            row += 1
            lines += [""] * (row + 1 - len(lines))
        elif token == "\b":
            col = max(0, col - 1)
        elif token >= " ":
            line = lines[row].ljust(col)
            lines[row] = line[:col] + token + line[col + 1 :]
            col += 1
    return lines


def _still(chat: Terminal, timeout: float = 20) -> None:
    """Read until nothing more comes for half a second."""
    until, seen = time.monotonic() + timeout, None
    while chat.raw != seen and time.monotonic() < until:
        seen = chat.raw
        chat._read(time.monotonic() + 0.5)


def test_a_timed_line_while_typing_goes_above_the_half_typed_line(
    terminal: Callable[..., Terminal], tmp_path: Path
) -> None:
    """A breathing cue arriving while the person types: Brug's words above the prompt, which
    comes back with what was typed, and the line goes on being edited."""
    import sqlite3

    chat = terminal("--lang", "en")
    for line in TO_THE_BREATHING:
        chat.type(f"{line}\r")
        _still(chat)  # and count a prompt drawn again below a later message
        chat.prompts = chat.screen.count("\n> ")
    assert "1. Stop here" in chat.screen.rsplit("\n> ", 1)[0][-200:], chat.screen[-600:]
    os.write(chat.master, b"I keep thin")
    until = time.monotonic() + 10
    while not chat.screen.endswith("I keep thin"):
        assert time.monotonic() < until and chat._read(until), chat.screen[-300:]
    with sqlite3.connect(tmp_path / "b.sqlite3") as conn:  # the next cue is due now
        conn.execute(
            "UPDATE scheduled SET due_at = ? WHERE kind = 'timer' AND done_at IS NULL",
            (int(time.time()),),
        )
    until = time.monotonic() + 20
    while SECOND_CUE not in chat.screen:
        assert time.monotonic() < until and chat._read(until), chat.screen[-300:]
    _still(chat)
    shown = _as_shown(chat.raw)
    cue = max(n for n, line in enumerate(shown) if SECOND_CUE in line)
    assert shown[cue].startswith(SECOND_CUE), shown[-12:]  # not after the typed text
    assert all("I keep thin" not in line for line in shown[cue - 3 : -1]), shown[-12:]
    assert shown[-1] == "> I keep thin", shown[-12:]  # the prompt, after Brug's words
    chat.prompts = chat.screen.count("\n> ")  # the prompt drawn again is no new question
    chat.type("king\r")  # still the line being edited: this completes it
    assert "> I keep thinking" in _as_shown(chat.raw), chat.screen[-400:]


def test_progress_in_the_terminal_is_a_sparkline_with_words(tmp_path: Path) -> None:
    checkins = ["/checkin", "1", *["1"] * 6, "/checkin", "1", *["3"] * 6]
    result = chat(tmp_path / "b.sqlite3", [*ONBOARDING_NL, *checkins, "/progress"], "--lang", "nl")
    assert result.returncode == 0, result.stderr
    shown = result.stdout.rsplit("Zo is het tot nu toe gegaan.", 1)[1]
    assert "2 check-ins: 3 van 6 bij de eerste, 3 van 6 bij de laatste" in shown  # in words
    assert "Check-in (0 tot 6, lager is minder eenzaam)  ▅▅  (3 → 3)" in shown
