"""One person flooding: a thousand messages at once cost a few replies, not a thousand.

The adapter tests run the real Telegram adapter against the local Bot API server, paced like
Telegram (a burst of three, then one message per interval) but fifty times faster.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
import pytest_asyncio

from bot.adapters.telegram import TelegramAdapter
from bot.adapters.telegram.pacing import Pacing
from bot.adapters.telegram.polling import CURSOR
from bot.core.messages import ConversationKey, Incoming, Outgoing
from bot.core.step import Context
from bot.engine import Engine
from bot.flood import FloodGate
from bot.nudges import Scheduler
from bot.store import Store
from tests.conftest import FixedClock
from tests.conversation import Brug
from tests.telegram_api_server import TelegramApiServer, parse_html
from tests.test_telegram_adapter import make_adapter

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

USER = 4242
KEY = ConversationKey("telegram", str(USER), str(USER))
# Telegram's shape (a burst of 3, then 1 a second), fifty times faster.
PACED = Pacing(
    chat_interval=0.02, chat_burst=3, global_rate=10_000, backoff_first=0.01, backoff_max=0.05
)
FLOOD = 1_000


@pytest_asyncio.fixture
async def telegram(engine: Engine, server: TelegramApiServer) -> AsyncIterator[TelegramAdapter]:
    adapter = make_adapter(engine, server, pacing=PACED)
    await adapter.start()
    yield adapter
    await adapter.stop()


def plain(text: str) -> str:
    return parse_html(text)[0]


def received(server: TelegramApiServer) -> list[str]:
    return [plain(m.text) for m in server.sent(USER)]


async def flooded(
    engine: Engine,
    server: TelegramApiServer,
    telegram: TelegramAdapter,
    clock: FixedClock,
    texts: list[str],
) -> list[int]:
    """Push `texts` from one chat all at once; wait until every update is confirmed; let the
    quiet second pass and the scheduler run (as in `brug run`) until the help text (the last
    message is /help) has arrived, then until nothing is being sent."""
    updates = [server.push_text(USER, text, language_code="nl") for text in texts]
    await server.wait_for(lambda: not server.pending, timeout=60, what="every update confirmed")
    clock.now += timedelta(seconds=2)
    about = engine.ctx.texts.get("nl", "help-about")
    async with Scheduler(engine, interval=0.05).running():
        await server.wait_for(
            lambda: any(about in text for text in received(server)),
            timeout=60,
            what="the answer to the latest message",
        )
    await telegram.idle()
    return updates


async def test_a_thousand_messages_at_once_get_a_few_replies(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter, clock: FixedClock
) -> None:
    await Brug(engine, platform="telegram").onboarded(str(USER), lang="nl")
    texts = [f"bericht {n}" for n in range(FLOOD - 1)] + ["/help"]
    updates = await flooded(engine, server, telegram, clock, texts)

    replies = received(server)
    notice = engine.ctx.texts.get("nl", "flood-reading-along")
    assert len(replies) <= 10, replies
    assert replies.count(notice) == 1
    assert engine.ctx.texts.get("nl", "help-about") in replies[-3]  # the latest, answered
    assert await engine.store.pending("telegram") == []  # nothing left in the outbox
    # Every update is confirmed and committed as seen: after a restart none is answered again.
    cursor = json.loads(await engine.store.cursor(CURSOR) or "{}")
    assert cursor.get("offset", 0) > updates[-1]
    state = await engine.store.load(KEY)
    assert state is not None and state.last_update == updates[-1]


async def test_a_crisis_inside_a_flood_gets_the_full_safety_answer(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter, clock: FixedClock
) -> None:
    await Brug(engine, platform="telegram").onboarded(str(USER), lang="nl")
    texts = [f"bericht {n}" for n in range(FLOOD - 1)] + ["/help"]
    texts[FLOOD // 2] = "ik wil niet meer leven"
    await flooded(engine, server, telegram, clock, texts)

    replies = received(server)
    safety = [m for m in server.sent(USER) if "113" in plain(m.text)]
    assert safety, replies  # the helpline, among the few replies
    texts_nl = engine.ctx.texts
    opening = texts_nl.get("nl", "safety-message")[:40]
    assert any(reply.startswith(opening) for reply in replies)  # the whole safety answer
    assert texts_nl.get("nl", "safety-after") in replies
    assert len(replies) <= 12, replies
    assert replies.count(engine.ctx.texts.get("nl", "flood-reading-along")) == 1
    assert await engine.store.pending("telegram") == []


async def test_messages_one_after_another_each_get_their_reply(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    """Quick, but each waits for Brug's reply: Brug keeps up, so nothing is passed over,
    however many messages that makes in a second."""
    await Brug(engine, platform="telegram").onboarded(str(USER), lang="nl")
    texts = ["/help", "/menu"] * 6
    for n, text in enumerate(texts):
        seen = len(server.sent(USER))
        update = server.push_text(USER, text, language_code="nl")
        await server.wait_for(
            lambda update=update: all(u["update_id"] != update for u in server.pending),
            what=f"update {update} confirmed",
        )
        await telegram.idle()
        answer = received(server)[seen:]
        assert answer, f"message {n} got no reply"
        assert engine.ctx.texts.get("nl", "flood-reading-along") not in answer


# --- the engine, without a platform ----------------------------------------------------------


class Ticks:
    """A clock for the gate that moves only when told (seconds)."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def flood_engine(engine: Engine, texts: list[str], user: str = "ann") -> list[Outgoing]:
    """`texts` from one Matrix-like chat, all at once through `answer` (event ids `$e<n>`)."""
    key = ConversationKey("test", user, user)
    batches = await asyncio.gather(
        *(
            engine.answer(Incoming(key, text=text, event_id=f"$e{n}", lang_hint="en"))
            for n, text in enumerate(texts)
        )
    )
    return [m for batch in batches for m in batch]


async def test_the_engine_answers_the_latest_of_a_flood_once_it_is_quiet(engine: Engine) -> None:
    chat = await Brug(engine).onboarded("ann", lang="en")
    later: list[Outgoing] = []

    async def receive(messages: list[Outgoing]) -> None:
        later.extend(messages)

    engine.register("test", receive)
    engine.flood_quiet = 0.05
    texts = [f"message {n}" for n in range(199)] + ["/help"]
    replies = await flood_engine(engine, texts)
    notice = engine.ctx.texts.get("en", "flood-reading-along")
    assert [m.text for m in replies].count(notice) == 1  # in the person's language, once
    assert len(replies) <= 6  # five before the flood began, then the notice
    assert later == []  # owed, not yet answered: the flood has not been quiet
    await Scheduler(engine).tick()  # a second later, in `brug run`
    assert engine.ctx.texts.get("en", "help-about") in later[0].text  # the latest, answered
    await chat.receive(replies + later)
    # Every message was committed as seen: delivered again after a crash, none is answered.
    assert await flood_engine(engine, texts) == []
    assert await engine.store.pending("test") == []


async def test_a_message_answered_in_full_replaces_the_owed_answer(engine: Engine) -> None:
    await Brug(engine).onboarded("ann", lang="en")
    ticks = Ticks()
    engine.flood = FloodGate(clock=ticks)
    engine.flood_quiet = 0.3
    dispatched: list[Outgoing] = []

    async def receive(messages: list[Outgoing]) -> None:
        dispatched.extend(messages)

    engine.register("test", receive)
    await flood_engine(engine, [f"message {n}" for n in range(20)])
    ticks.now += 5  # the next message comes at a calm pace: the flood is over
    key = ConversationKey("test", "ann", "ann")
    answered = await engine.answer(Incoming(key, text="/help", event_id="$calm"))
    assert engine.ctx.texts.get("en", "help-about") in answered[0].text
    await Scheduler(engine).tick()
    assert dispatched == []  # the older message is answered by the newer one


async def test_handle_steps_every_event_in_full(engine: Engine) -> None:
    """The nudges and tests step through `handle`: the flood limit is for people's messages."""
    key = ConversationKey("test", "bo", "bo")
    batches = await asyncio.gather(
        *(engine.handle(Incoming(key, text=f"hallo {n}", lang_hint="nl")) for n in range(30))
    )
    assert all(batches)
    assert engine.flood_quiet > 0 and not len(engine.flood)


# --- the gate --------------------------------------------------------------------------------


def test_a_flood_needs_the_rate_and_brug_behind_and_lasts_while_the_rate_holds() -> None:
    ticks = Ticks()
    gate = FloodGate(rate=3, window=1.0, clock=ticks)
    assert [gate.note("k") for _ in range(3)] == [False, False, False]
    assert gate.note("k")  # the fourth within a second
    assert not gate.passes_over("k", True, waiting=0)  # Brug keeps up: answered
    assert gate.passes_over("k", gate.note("k"), waiting=1)  # a newer one waits: a flood
    assert gate.notice_due("k")
    gate.told("k")
    assert not gate.notice_due("k")  # once a flood
    ticks.now += 0.5
    assert gate.passes_over("k", gate.note("k"), waiting=0)  # still over the rate: it lasts
    ticks.now += 1.0
    assert not gate.note("k")  # under the rate: the flood is over
    assert not gate.passes_over("k", False, waiting=5)
    for _ in range(3):
        gate.note("k")
    assert not gate.notice_due("k")
    gate.sent("k", 2)  # replies on their way also mean Brug is behind
    assert gate.passes_over("k", True, waiting=0) and gate.notice_due("k")  # a new flood
    gate.delivered("k", 5)
    assert not gate.passes_over("other", True, waiting=3)  # never noted


def test_the_gate_forgets_quiet_conversations_when_it_holds_many() -> None:
    ticks = Ticks()
    gate = FloodGate(clock=ticks, keep=10.0, max_tracks=100)
    for n in range(100):
        gate.note(n)
    ticks.now = 5.0
    gate.note("busy")
    assert len(gate) == 101  # nobody quiet long enough: kept, and the next sweep waits
    ticks.now = 20.0
    for n in range(101):
        gate.note(("new", n))
    assert len(gate) == 101  # the quiet ones went at the sweep
    with pytest.raises(ValueError):
        FloodGate(rate=0)


async def test_the_latest_of_a_flood_is_answered_after_a_restart(
    tmp_path: Path, ctx: Context, clock: FixedClock
) -> None:
    """Brug stops within the quiet second: the answer owed to the latest message is a row
    in the database, and the restarted Brug gives it."""
    path = tmp_path / "brug.sqlite3"
    store = await Store.open(path)
    engine = Engine(store, ctx, clock)
    await engine.start()
    await Brug(engine).onboarded("ann", lang="en")
    await flood_engine(engine, [f"message {n}" for n in range(49)] + ["/help"])
    await store.close()  # before any scheduler ran

    store = await Store.open(path)
    engine = Engine(store, ctx, clock)
    await engine.start()
    later: list[Outgoing] = []

    async def receive(messages: list[Outgoing]) -> None:
        later.extend(messages)

    engine.register("test", receive)
    clock.now += timedelta(seconds=2)
    await Scheduler(engine).tick()
    await store.close()
    assert engine.ctx.texts.get("en", "help-about") in later[0].text
