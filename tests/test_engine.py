"""The engine and store: strict order per conversation, durability, versions, migrations."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import time
from dataclasses import fields, replace
from datetime import timedelta
from pathlib import Path

import pytest

from bot.app import load_context
from bot.core.messages import ConversationKey, Incoming
from bot.core.state import ConversationState, Position
from bot.engine import Engine
from bot.store import StepWrite, Store
from bot.store.sqlite import StoreClosed
from tests.conftest import ROOT, FixedClock
from tests.conversation import Brug


async def test_many_tasks_to_one_conversation_are_handled_one_after_the_other(
    brug: Brug,
) -> None:
    chat = await brug.onboarded("ann", lang="en")
    await chat.tap("Pulling away")
    await chat.tap("Yes")
    await chat.tap("Yes, let's start")
    await chat.tap("I'm here")
    texts = [f"answer number {n}" for n in range(40)]
    results = await asyncio.gather(
        *(
            brug.engine.handle(Incoming(chat.key, text=t, event_id=f"e{n}"))
            for n, t in enumerate(texts)
        )
    )
    replies = [r for batch in results for r in batch]
    assert all(batch for batch in results)  # none lost
    # In order: the first answer describes the moment, the second is the urge, then the
    # question about danger waits for a button, so later texts are asked to pick one.
    assert results[1][0].state == "question" and "answer number 0" in results[1][0].text
    ids = [r.outbox_id for r in replies]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)  # never interleaved
    stored = await chat.stored()
    assert stored.position.answers == {"moment": "answer number 0", "urge": "answer number 1"}


async def test_the_same_event_twice_is_answered_once(brug: Brug) -> None:
    chat = brug.chat("bob")
    first = await chat.say("hallo", event_id="update-7")
    again = await chat.say("hallo", event_id="update-7")
    assert first and again == []


async def test_no_number_of_events_pushes_an_answered_one_out(brug: Brug) -> None:
    chat = brug.chat("bob")
    ids = [f"$event{n}" for n in range(60)]
    for event_id in ids:
        assert await chat.say("hallo", event_id=event_id)
    for event_id in ids:  # the whole sync delivered again, after a crash
        assert await chat.say("hallo", event_id=event_id) == []


async def test_events_before_a_saved_sync_are_let_go(brug: Brug, clock: FixedClock) -> None:
    chat = brug.chat("bob")
    await chat.say("hallo", event_id="$old")
    await brug.engine.store.forget_answered("test", time.time() + 1)
    assert await chat.say("hallo", event_id="$old")  # no longer known: answered as new


async def test_telegram_updates_at_or_below_the_highest_answered_are_repeats(
    brug: Brug, clock: FixedClock
) -> None:
    chat = brug.chat("bob")
    for update_id in range(100, 160):
        assert await chat.send(Incoming(chat.key, text="hallo", update_id=update_id))
    for update_id in (100, 137, 159):
        assert await chat.send(Incoming(chat.key, text="hallo", update_id=update_id)) == []
    assert await chat.send(Incoming(chat.key, text="hallo", update_id=160))
    clock.now += timedelta(days=8)  # Telegram may number anew after a quiet week
    assert await chat.send(Incoming(chat.key, text="hallo", update_id=3))


async def test_many_conversations_at_once_share_group_commits(engine: Engine) -> None:
    keys = [ConversationKey("test", f"c{n}", f"u{n}") for n in range(300)]
    commits_before = engine.store.commits
    results = await asyncio.gather(
        *(engine.handle(Incoming(k, text="hallo", lang_hint="nl")) for k in keys)
    )
    assert all(results)
    # The steps come ready in the same turn of the event loop, so the writer finds them queued
    # together: one commit in practice. At least a hundred steps a commit, not one each.
    assert engine.store.commits - commits_before <= len(keys) // 100
    with sqlite3.connect(engine.store.path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM conversations").fetchone() == (300,)


async def test_a_renamed_state_still_resolves_and_a_removed_one_restarts_kindly(
    tmp_path: Path, engine: Engine
) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "dialogues", content / "dialogues")
    shutil.copytree(ROOT / "locales", content / "locales")
    path = content / "dialogues" / "danger_pause.yaml"
    text = path.read_text().replace("version: 1", "version: 2\nrenamed: {urge: wish}")
    text = text.replace("  urge:", "  wish:").replace("go: urge", "go: wish")
    path.write_text(text)
    ctx = load_context(content)
    newer = Engine(engine.store, ctx, engine.clock)
    await newer.start()
    key = ConversationKey("test", "v", "v")
    for state_name, expected in (("urge", "question"), ("gone", "intro")):
        old = ConversationState(
            lang="en",
            onboarded=True,
            consent=True,
            position=Position("danger_pause", 1, state_name, {"moment": "x"}),
        )
        await engine.store.commit(StepWrite(key, old))
        replies = await newer.handle(Incoming(key, text="Walk away"))
        assert replies[-1].state == expected
        if state_name == "gone":
            assert "has changed since you were here" in replies[0].text


async def test_migrations_are_numbered_and_run_once(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    store = await Store.open(path)
    await store.close()
    store = await Store.open(path)  # a second open runs nothing again
    await store.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 2
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_a_failed_commit_fails_the_step_and_the_store_goes_on(engine: Engine) -> None:
    key = ConversationKey("test", "f", "f")
    await engine.handle(Incoming(key, text="hallo", lang_hint="nl"))
    with sqlite3.connect(engine.store.path) as conn:
        conn.execute(
            "CREATE TRIGGER no_outbox BEFORE INSERT ON outbox"
            " BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
        )
    before = await engine.store.load(key)
    with pytest.raises(sqlite3.DatabaseError):
        await engine.handle(Incoming(key, text="1"))
    with sqlite3.connect(engine.store.path) as conn:
        conn.execute("DROP TRIGGER no_outbox")
    assert await engine.store.load(key) == before  # nothing half-written
    assert await engine.handle(Incoming(key, text="1"))


async def test_loads_that_miss_the_cache_together_share_one_trip_and_fail_alone(
    tmp_path: Path,
) -> None:
    path = tmp_path / "brug.sqlite3"
    keys = [ConversationKey("test", f"c{n}", f"u{n}") for n in range(50)]
    store = await Store.open(path)
    for n, key in enumerate(keys[:40]):
        await store.commit(StepWrite(key, ConversationState(turn=n)))
    await store.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE conversations SET data='{broken' WHERE chat='c7'")

    store = await Store.open(path)  # a restart: nobody is cached
    try:
        found = await asyncio.gather(*(store.load(k) for k in keys), return_exceptions=True)
        assert store.load_trips == 1
        assert isinstance(found[7], ValueError)  # only the broken row's step fails
        assert [s.turn for s in found[:40] if isinstance(s, ConversationState)] == [
            n for n in range(40) if n != 7
        ]
        assert found[40:] == [None] * 10
        assert await store.load(keys[3]) is found[3]  # cached now
        assert store.load_trips == 1
    finally:
        await store.close()


async def test_a_closed_store_refuses_reads_and_writes_at_once(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "brug.sqlite3")
    key = ConversationKey("test", "c", "u")
    reading = asyncio.ensure_future(store.load(key))  # asked for just before closing
    await store.close()
    assert await asyncio.wait_for(reading, 5) is None  # still answered
    with pytest.raises(StoreClosed):
        await asyncio.wait_for(store.load(key), 5)
    with pytest.raises(StoreClosed):
        await asyncio.wait_for(store.commit(StepWrite(key, ConversationState())), 5)


def test_evolve_changes_exactly_the_fields_it_is_given() -> None:
    """`evolve` is written out field by field; a field added to the class must be added there."""
    empty = ConversationState()
    full = ConversationState(
        lang="nl",
        country="BE",
        tz="Europe/Brussels",
        consent=True,
        onboarded=True,
        active=False,
        position=Position("menu", 1, "home"),
        paused=Position("danger_pause", 1, "urge"),
        turn=7,
        last_seen=9,
        last_update=41,
        settings={"a": "b"},
    )
    assert empty.evolve() == empty
    for field in fields(ConversationState):
        value = getattr(full, field.name)
        assert value != getattr(empty, field.name), field.name
        assert empty.evolve(**{field.name: value}) == replace(empty, **{field.name: value})


def test_state_round_trips_through_json() -> None:
    state = ConversationState(
        lang="nl",
        country="BE",
        tz="Europe/Brussels",
        consent=True,
        onboarded=True,
        position=Position("menu", 1, "home", {"a": "b"}),
        paused=Position("danger_pause", 1, "urge", {"moment": "m"}),
        turn=7,
        last_update=42,
        settings={"patterns": ["x"]},
    )
    assert ConversationState.from_json(state.to_json()) == state
    undecided = replace(state, consent=None)  # onboarding before the question: its place
    assert ConversationState.from_json(undecided.to_json()) == replace(
        undecided,
        country=None,
        tz=None,
        settings={},
        position=Position("menu", 1, "home"),
        paused=Position("danger_pause", 1, "urge"),
    )
    declined = replace(state, consent=False)  # only the operational minimum, no place
    assert ConversationState.from_json(declined.to_json()) == replace(
        declined, country=None, tz=None, settings={}, position=None, paused=None
    )
