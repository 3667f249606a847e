"""/export, /forget, the database's file mode, and logs without people's words."""

from __future__ import annotations

import json
import logging
import sqlite3
import stat

import pytest

from tests.conversation import Brug


async def walk_the_pause(chat, words: list[str]) -> None:
    await chat.tap("Afstand nemen")
    await chat.tap("Ja")
    await chat.tap("Ja, laten we")
    await chat.tap("Ik ben er")
    for text in words:
        await chat.say(text)


async def test_export_gives_a_summary_and_everything_as_json(brug: Brug) -> None:
    chat = await brug.onboarded("ann")
    await walk_the_pause(chat, ["Zus belde niet", "Weglopen"])
    await chat.tap("Iets ouds")
    await chat.say("Ik merk spanning")
    await chat.say("Gaat het goed met je?")
    await chat.tap("Misschien")
    await chat.say("/export")
    summary, block = chat.replies
    assert "1 antwoorden uit oefeningen: pauze-oefening (1)" in summary.text
    assert "land: NL" in summary.text
    data = json.loads(block.document.content)
    assert data["records"][0]["data"]["moment"] == "Zus belde niet"
    assert data["conversations"][0]["state"]["country"] == "NL"


async def test_forget_asks_then_deletes_every_row(brug: Brug) -> None:
    chat = await brug.onboarded("bob", lang="en")
    await chat.say("I want to die")
    await chat.say("/menu")
    await chat.say("/forget")
    await chat.tap("No, keep it")
    assert await brug.engine.store.rows_about("test", "bob") > 0
    await chat.say("forget me")
    await chat.tap("Yes, delete it all")
    assert "deleted everything" in chat.text
    assert await brug.engine.store.rows_about("test", "bob") == 0
    with sqlite3.connect(brug.engine.store.path) as conn:
        dump = "\n".join(conn.iterdump())
    assert "bob" not in dump
    await chat.say("hello?")
    assert chat.flow == "onboarding"


async def test_database_is_readable_by_its_owner_only(brug: Brug) -> None:
    chat = await brug.onboarded("cas")
    await chat.say("hoi")
    for suffix in ("", "-wal", "-shm"):
        path = brug.engine.store.path.with_name(brug.engine.store.path.name + suffix)
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


async def test_no_message_text_in_logs(brug: Brug, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    words = ["Pannenkoekenhuis", "Vogelkooi", "Zonnebloemveld", "Regenjasmouw"]
    chat = await brug.onboarded("dee")
    await walk_the_pause(chat, words[:2])
    await chat.tap("Iets ouds")
    await chat.say(words[2])
    await chat.say(words[3])
    await chat.say("ik wil niet meer leven")
    await chat.say("/export")
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    assert "step" in logged  # the logs are there …
    for word in words:
        assert word not in logged  # … without anyone's words
