"""The real scheduler loop for a few seconds against Synapse: a due nudge arrives encrypted in
a direct chat, and the answer to it is understood."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from bot.core.messages import ConversationKey
from bot.engine import utc_now
from bot.nudges import Scheduler
from bot.store import StepWrite
from tests.conversation import wants_journal_nudges
from tests.matrix.conftest import BrugBot
from tests.matrix.people import Person, Replies

pytest.importorskip("nio")

People = Callable[..., Awaitable[Person]]


async def test_a_due_nudge_arrives_encrypted_and_its_answer_is_understood(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    engine: Any = brug_bot.engine
    engine.clock = utc_now  # the real clock: the loop runs for real
    await brug_bot.start()
    ann = await person("ann")
    room_id = await ann.open_chat([brug_bot.user_id], encrypted=True)
    await replies.first(lambda i: i.key.chat == room_id)  # Brug joined and said hello
    await ann.until(lambda: bool(ann.from_bot(room_id)), "the greeting")
    ann._read[room_id] = len(ann.from_bot(room_id))
    key = ConversationKey("matrix", room_id, ann.user_id)
    now = int(time.time())
    write = StepWrite(key, wants_journal_nudges(now, lang="en"))
    write.schedule.append(("nudge:journal", now, {}))
    await engine.store.commit(write)
    async with Scheduler(engine, interval=0.1).running():
        [nudge] = await ann.expect(room_id, 1)
        assert nudge.decrypted and "how you felt today" in nudge.body
        await ann.say(room_id, "2")  # "Not now", typed as its number
        [answer] = await ann.expect(room_id, 1)
        assert "Until another time" in answer.body
