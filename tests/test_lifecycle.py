"""`brug run` as a real process under load: SIGTERM finishes what is in flight, a restart
sends what is left, and nobody's message is lost or answered twice."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.telegram_api_server import TelegramApiServer

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

# Two replies each: 240 cannot go out in the few seconds a stopping `brug run` gives its
# sends (at Telegram's 30 messages a second, 5 s lets about 150 go), so SIGTERM always falls
# in the middle and the restart has to send the rest.
PEOPLE = [7000 + n for n in range(120)]


async def start_brug(
    server: TelegramApiServer, db: Path, **settings: str
) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "BRUG_TELEGRAM_TOKEN": server.token,
        "BRUG_TELEGRAM_API_URL": server.base_url,
        "BRUG_DB": str(db),
        "BRUG_METRICS_LISTEN": "off",
        "BRUG_CONFIG": os.devnull,
        **settings,
    }
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=env, stderr=asyncio.subprocess.PIPE
    )


def stored_offset(db: Path) -> int:
    """The getUpdates offset Brug saved: every update below it is handled and committed."""
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT value FROM cursors WHERE name='telegram:offset'").fetchone()
    return int(json.loads(row[0])["offset"]) if row else 0


async def test_sigterm_during_load_loses_nothing_and_doubles_nothing(tmp_path: Path) -> None:
    db = tmp_path / "brug.sqlite3"
    replies = 2 * len(PEOPLE)  # the welcome and the introduction
    async with TelegramApiServer() as server:
        brug = await start_brug(server, db)
        for person in PEOPLE:
            server.push_text(person, "hallo", language_code="nl")
        await server.wait_for(lambda: len(server.sent()) >= 3, timeout=20, what="first replies")
        brug.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(brug.communicate(), 30)
        assert brug.returncode == 0, stderr.decode()[-2000:]
        assert b'"event":"stopped"' in stderr
        sent_before = len(server.sent())
        # The first process was stopped mid-way: it did not wait to send everything.
        assert 3 <= sent_before <= replies - 40, sent_before
        brug = await start_brug(server, db)
        await server.wait_for(lambda: len(server.sent()) >= replies, timeout=30, what="all")
        await asyncio.sleep(1.0)  # room for any double to show up
        brug.send_signal(signal.SIGTERM)
        await asyncio.wait_for(brug.communicate(), 30)
    for person in PEOPLE:
        texts = [m.text for m in server.sent(person)]
        assert len(texts) == 2, (person, texts)  # the welcome and the introduction, once each
        assert texts[0].startswith("Hoi, ik ben Brug")
    print(f"\n{sent_before} of {replies} replies sent before SIGTERM, the rest after")


async def test_a_crash_while_one_chat_holds_the_offset_answers_no_other_chat_twice(
    tmp_path: Path,
) -> None:
    """Chat A's presses hang (Telegram answers answerCallbackQuery slowly), so the getUpdates
    offset stays at A while chat B writes 20 messages, each after Brug's reply (more than any
    list of recent ids would keep); after SIGKILL Telegram delivers B's messages again, and
    not one is answered a second time."""
    db = tmp_path / "brug.sqlite3"
    slow, busy, sent = 8101, 8102, 20
    async with TelegramApiServer() as server:
        brug = await start_brug(server, db)
        server.push_text(slow, "hallo", language_code="nl")
        await server.wait_for(
            lambda: any(m.buttons for m in server.sent(slow)), timeout=20, what="A's welcome"
        )
        welcome = next(m for m in server.sent(slow) if m.buttons)
        server.slow("answerCallbackQuery", 60)
        presses = [  # each waits two read timeouts for Telegram: A is stuck for a minute
            server.push_callback(slow, welcome.buttons[0][1] or "", welcome.message_id)
            for _ in range(3)
        ]
        for n in range(sent):  # as a person writes: the next after the reply
            before = len(server.sent(busy))
            server.push_text(busy, f"bericht {n}", language_code="nl")
            await server.wait_for(
                lambda before=before: len(server.sent(busy)) > before, what=f"reply {n}"
            )
        await asyncio.sleep(1.5)  # every reply of B out
        answered_once = len(server.sent(busy))
        assert stored_offset(db) <= presses[-1]  # A still waits: B's updates come again
        brug.kill()
        await brug.wait()
        server.slow("answerCallbackQuery", 0)
        brug = await start_brug(server, db)
        await server.wait_for(
            lambda: stored_offset(db) > presses[-1], timeout=30, what="A's presses, after all"
        )
        await asyncio.sleep(1.5)  # room for any double to show up
        brug.send_signal(signal.SIGTERM)
        await asyncio.wait_for(brug.communicate(), 30)
    assert len(server.sent(busy)) == answered_once


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ({}, ['"event":"step"', '"event":"flood_wait"', '"event":"retry"', '"event":"blocked"']),
        (
            {"BRUG_LOG_LEVEL": "DEBUG", "BRUG_LOG_FORMAT": "text"},
            ["step", "flood wait", "retry", "blocked"],
        ),
    ],
    ids=["default", "debug-text"],
)
async def test_the_logs_of_brug_run_hold_neither_words_nor_ids_nor_the_token(
    tmp_path: Path, settings: dict[str, str], expected: list[str]
) -> None:
    """`brug run` with its own logging set-up, read from its stderr, through a flood wait,
    a retry and a blocked person: the library loggers that print request URLs (which hold
    the token) stay quiet at any level, and Brug's own lines carry pseudonyms only."""
    words, ann, bob = "mijn geheime zin", 918_273_645, 918_273_646
    async with TelegramApiServer() as server:
        server.fail_next("sendMessage", 429, retry_after=1, chat_id=ann)
        server.fail_next("sendMessage", 502, chat_id=ann)
        server.block(bob)
        brug = await start_brug(server, tmp_path / "brug.sqlite3", **settings)
        server.push_text(ann, words, language_code="nl")
        server.push_text(bob, words, language_code="nl")
        await server.wait_for(lambda: server.sent(ann), timeout=30, what="ann's reply")
        await server.wait_for(
            lambda: any(c.params.get("chat_id") in (bob, str(bob)) for c in server.calls),
            timeout=30,
            what="a reply to bob, who blocked Brug",
        )
        brug.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(brug.communicate(), 30)
    assert brug.returncode == 0, stderr.decode()[-2000:]
    lines = stderr.decode().splitlines()
    for line in expected:  # the logs are there: a quiet process would pass the rest
        assert any(line in logged for logged in lines), (line, lines)
    leaks = (words, server.token.partition(":")[2], str(ann), str(bob))
    assert [line for line in lines if any(leak in line for leak in leaks)] == []
