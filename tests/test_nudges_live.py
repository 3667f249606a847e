"""The real scheduler loop for a few seconds, delivering a nudge through a real platform stack:
python-telegram-bot against the local Bot API server."""

from __future__ import annotations

import asyncio
import time

import pytest

from bot.core.messages import ConversationKey
from bot.engine import Engine, utc_now
from bot.nudges import Scheduler
from bot.store import StepWrite
from tests.conversation import wants_journal_nudges
from tests.telegram_api_server import TelegramApiServer
from tests.test_telegram_adapter import make_adapter

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

USER = 5151


async def test_a_due_nudge_reaches_telegram_and_its_answer_is_understood(engine: Engine) -> None:
    engine.clock = utc_now  # the real clock: the loop runs for real
    key = ConversationKey("telegram", str(USER), str(USER))
    now = int(time.time())
    write = StepWrite(key, wants_journal_nudges(now))
    write.schedule.append(("nudge:journal", now + 1, {}))
    await engine.store.commit(write)
    async with TelegramApiServer() as server:
        adapter = make_adapter(engine, server)
        await adapter.start()
        try:
            async with Scheduler(engine, interval=0.1).running():
                started = time.monotonic()
                [nudge] = await server.wait_for_sent(USER, 1, timeout=10)
                arrived = time.monotonic() - started
                assert "hoe je je vandaag voelde" in nudge.text
                assert [label for label, _ in nudge.buttons] == [
                    "Ja, even schrijven",
                    "Niet nu",
                    "Minder hiervan",
                ]
                server.push_callback(USER, nudge.buttons[1][1], nudge.message_id)
                sent = await server.wait_for_sent(USER, 2, timeout=10)
                assert "Tot een volgende keer" in sent[1].text
                await asyncio.sleep(0.5)  # the loop keeps running; nothing else is due
                assert len(server.sent(USER)) == 2
        finally:
            await adapter.stop()
    print(f"\nnudge delivered {arrived:.2f} s after the loop started")
