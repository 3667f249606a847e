"""Replies before nudges (issue 16, item 4): a backlog of due nudges drains through the real
scheduler, python-telegram-bot and the local Bot API server at a slowed global rate, while a
person writes. Order is read from what the server received, never from the wall clock."""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator

import pytest

from bot.adapters.telegram import TelegramAdapter
from bot.adapters.telegram.pacing import Pacing
from bot.core.messages import ConversationKey
from bot.engine import Engine, utc_now
from bot.nudges import Scheduler
from bot.store import StepWrite
from tests.conversation import wants_journal_nudges
from tests.telegram_api_server import SentMessage, TelegramApiServer
from tests.test_telegram_adapter import make_adapter

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

BACKLOG = 300  # due nudges to as many chats: 15 s at the slowed rate
RATE = 20.0  # messages/s over all chats
SLOW = Pacing(
    chat_interval=0.001, chat_burst=1, global_rate=RATE, backoff_first=0.01, backoff_max=0.05
)
STARTED = 20  # the person writes once this many nudges went out
SOON = 40  # the reply is among this many messages sent after the person wrote (2 s at RATE)
NUDGE = "hoe je je vandaag voelde"
WRITER = 777_000  # not among the backlog's chats (1 … BACKLOG)


async def nudges_due(engine: Engine, chats: list[int], now: int) -> None:
    """People who chose a daily journal nudge, each with one due now (the last one latest)."""
    for n, chat in enumerate(chats):
        key = ConversationKey("telegram", str(chat), str(chat))
        write = StepWrite(key, wants_journal_nudges(now))
        write.schedule.append(("nudge:journal", now - len(chats) + n, {}))
        await engine.store.commit(write)


@contextlib.asynccontextmanager
async def draining(engine: Engine, server: TelegramApiServer) -> AsyncIterator[TelegramAdapter]:
    """The adapter at `SLOW` pacing with the scheduler running, real clock."""
    engine.clock = utc_now
    adapter = make_adapter(engine, server, pacing=SLOW)
    await adapter.start()
    try:
        async with Scheduler(engine, interval=0.1).running():
            yield adapter
    finally:
        await adapter.stop()


async def test_a_reply_overtakes_a_backlog_of_nudges_to_other_chats(
    engine: Engine, server: TelegramApiServer
) -> None:
    await nudges_due(engine, list(range(1, BACKLOG + 1)), int(time.time()))
    async with draining(engine, server):
        await server.wait_for_sent(None, STARTED, timeout=20)
        before = len(server.sent())
        server.push_text(WRITER, "hallo")
        [reply] = await server.wait_for_sent(WRITER, 1, timeout=30)
        at = position(server, reply)
        after = at - before  # messages sent between the person writing and the reply
        remaining = BACKLOG - nudged(server, at)
        assert after < SOON, f"the reply waited behind {after} nudges"
        assert remaining > 100  # the backlog was far from drained
        await server.wait_for(lambda: nudged(server) >= BACKLOG, timeout=60)  # none lost
        assert nudged(server) == BACKLOG  # none doubled


async def test_in_one_chat_a_nudge_queued_before_a_reply_still_arrives_first(
    engine: Engine, server: TelegramApiServer
) -> None:
    # The writer's own nudge is due last, so it waits at the end of the backlog.
    await nudges_due(engine, [*range(1, BACKLOG + 1), WRITER], int(time.time()))
    async with draining(engine, server):
        await server.wait_for_sent(None, STARTED, timeout=20)
        assert server.sent(WRITER) == []  # still queued behind the others
        before = len(server.sent())
        server.push_text(WRITER, "hallo")
        nudge, reply = await server.wait_for_sent(WRITER, 2, timeout=60)
        assert NUDGE in nudge.text
        assert NUDGE not in reply.text
        after = position(server, reply) - before
        # The reply could not go without the nudge ahead of it: both went before the backlog.
        assert after < SOON, f"the reply waited behind {after} nudges"


def position(server: TelegramApiServer, message: SentMessage) -> int:
    """Where `message` is among everything the server received, from 0."""
    return next(n for n, sent in enumerate(server.sent()) if sent is message)


def nudged(server: TelegramApiServer, until: int | None = None) -> int:
    """How many nudges the server received (of its first `until` messages)."""
    return sum(1 for m in server.sent()[:until] if NUDGE in m.text)
