"""/export, /forget, the database's file mode, and logs without people's words."""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import stat
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from bot.core.messages import ConversationKey
from bot.core.state import ConversationState
from bot.engine import Engine
from bot.store import StaleState, StepWrite, Store, maintenance
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
    assert "land: Nederland" in summary.text
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


MARK = "zebrakwartel31415"  # words only this person wrote


def _bytes_of(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


async def test_forget_leaves_no_bytes_of_the_words_in_the_files(brug: Brug) -> None:
    chat = await brug.onboarded("zoe", lang="en")
    await chat.say("/journal")
    await chat.tap("Write something new")
    await chat.tap("Good")
    await chat.say(f"Today I thought of {MARK} all day")
    path = brug.engine.store.path
    await asyncio.sleep(1.2)  # a checkpoint moves the log into the file
    assert MARK.encode() in _bytes_of(path)
    await chat.say("/forget")
    await chat.tap("Yes, delete it all")
    await asyncio.sleep(1.5)  # the next checkpoint empties the log
    assert MARK.encode() not in _bytes_of(path)


def test_brug_forget_from_the_command_line_leaves_no_bytes(tmp_path: Path) -> None:
    path = tmp_path / "b.sqlite3"
    asyncio.run(_open_and_close(path))  # the real schema, through the store's migrations
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO records (platform, chat, user, kind, data, created_at)"
            " VALUES (?, ?, ?, ?, ?, 0)",
            ("telegram", "7", "7", "journal", json.dumps({"entry": MARK})),
        )
    assert MARK.encode() in _bytes_of(path)
    assert maintenance.forget(path, "telegram", "7") == 1
    assert MARK.encode() not in _bytes_of(path)


async def _open_and_close(path: Path) -> None:
    store = await Store.open(path)
    await store.close()


async def test_brug_forget_while_brug_runs_keeps_nothing_it_held_in_memory(
    engine: Engine,
) -> None:
    brug = Brug(engine, platform="telegram")
    chat = await brug.onboarded("41", lang="en", country="UK")
    path = engine.store.path
    await engine.store.load(ConversationKey("telegram", "9", "9"))  # the file was just looked at
    await asyncio.to_thread(maintenance.forget, path, "telegram", "41")  # what `brug forget` runs
    await chat.say("hello")  # within the second: the old state is still in memory
    assert chat.flow == "onboarding"
    with sqlite3.connect(path) as conn:
        (data,) = conn.execute("SELECT data FROM conversations WHERE user='41'").fetchone()
    state = json.loads(data)
    assert state.get("consent") is None and state.get("country") is None


async def test_a_step_that_read_before_brug_forget_is_refused_and_writes_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "b.sqlite3"
    store = await Store.open(path)
    key = ConversationKey("telegram", "5", "5")
    await store.commit(StepWrite(key, ConversationState(consent=True, country="NL")))
    read = await store.load(key)
    assert read is not None
    forgotten = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "forget", "--db", str(path),
        "--platform", "telegram", "--user", "5",
        stdout=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    assert await forgotten.wait() == 0
    with pytest.raises(StaleState):
        await store.commit(StepWrite(key, replace(read, lang="en")))
    assert await store.rows_about("telegram", "5") == 0
    assert await store.load(key) is None
    await store.commit(StepWrite(key, ConversationState(lang="en")))  # a fresh read writes
    assert await store.rows_about("telegram", "5") == 1
    await store.close()


async def test_export_covers_every_table_of_the_schema(brug: Brug) -> None:
    chat = await brug.onboarded("kai", lang="en")
    await chat.say("/export")
    data = json.loads(chat.replies[-1].document.content)
    with sqlite3.connect(brug.engine.store.path) as conn:
        tables = {
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        }
    nobody = {table for table, _why in Store.NOTHING_OF_A_PERSON}  # the explicit list
    missing = tables - set(data) - nobody
    assert not missing, f"tables neither exported nor listed as holding nobody: {missing}"


async def test_export_has_the_reminders_and_says_the_country_in_words(brug: Brug) -> None:
    chat = await brug.onboarded("lou", country="OTHER")
    state = await chat.stored()
    due = int(brug.engine.clock().timestamp()) + 86400
    payload = {"flow": "followup", "what": MARK}
    await brug.engine.store.commit(
        StepWrite(chat.key, state, schedule=[("remind:followup", due, payload)])
    )
    await chat.say("/export")
    summary, block = chat.replies
    assert "OTHER" not in summary.text and "land: Ergens anders" in summary.text
    assert "1 herinnering" in summary.text
    data = json.loads(block.document.content)
    assert [row["payload"]["what"] for row in data["scheduled"]] == [MARK]


async def test_the_terminal_writes_the_export_to_a_private_file(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from bot.adapters.terminal import TerminalChat

    monkeypatch.chdir(tmp_path)
    chat = await Brug(engine, platform="terminal").onboarded("me", lang="en")
    out = io.StringIO()
    terminal = TerminalChat(engine, chat.key, stdin=io.StringIO("/export\n"), stdout=out)
    await terminal.run()
    # beside the database, in Brug's own folder, so that /forget can find it again
    written = engine.store.path.parent / "brug-export-me.json"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert json.loads(written.read_text())["conversations"][0]["state"]["lang"] == "en"
    shown = out.getvalue()
    assert str(written) in shown and '"conversations"' not in shown
    assert "brug-export.json" not in shown  # the file is named as it is on this disk


@pytest.mark.parametrize(
    ("lang", "yes", "said"),
    [("en", "yes", "deleted the file"), ("nl", "ja", "bestand")],
)
async def test_forget_in_the_terminal_deletes_the_export_file_too(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, yes: str, said: str
) -> None:
    import io

    from bot.adapters.terminal import TerminalChat

    monkeypatch.chdir(tmp_path)
    chat = await Brug(engine, platform="terminal").onboarded("me", lang=lang)
    out = io.StringIO()
    typed = io.StringIO("/export\n")
    await TerminalChat(engine, chat.key, stdin=typed, stdout=out).run()
    written = [p for p in {tmp_path, engine.store.path.parent} for p in p.glob("brug-export*")]
    assert written, out.getvalue()
    out = io.StringIO()
    typed = io.StringIO(f"/forget\n{yes}\n")
    await TerminalChat(engine, chat.key, stdin=typed, stdout=out).run()
    assert not any(path.exists() for path in written), out.getvalue()
    goodbye = out.getvalue().rsplit("\n\n", 2)[-2]
    assert said in goodbye and str(written[0]) in goodbye, goodbye


@pytest.mark.parametrize(
    ("lang", "zone"),
    [("nl", "Amsterdam (Midden-Europese tijd)"), ("en", "Amsterdam (Central European Time)")],
)
async def test_export_says_the_time_zone_and_the_file_in_plain_words(
    brug: Brug, lang: str, zone: str
) -> None:
    chat = await brug.onboarded("joy", lang=lang)
    await chat.say("/export")
    summary, block = chat.replies
    assert zone in summary.text and "Europe/" not in summary.text, summary.text
    assert "JSON" not in summary.text + block.text, block.text


async def test_forget_takes_a_typed_yes_for_its_one_question(brug: Brug) -> None:
    chat = await brug.onboarded("ivo", lang="nl")
    await chat.say("/forget")
    await chat.say("ja")
    assert "alles van je gewist" in chat.text
    assert await brug.engine.store.rows_about("test", "ivo") == 0
