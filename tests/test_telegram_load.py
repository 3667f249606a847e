"""Two hundred people write to Brug at the same moment: how long until everyone has an answer?

As a test it checks that everyone is answered, in order, and prints the figures; it never
asserts a time. As a script it measures with Telegram's real limits (30 messages/s overall):

    .venv/bin/python -m tests.test_telegram_load --users 200 --rate 30
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bot.adapters.telegram import TelegramAdapter, TelegramConfig
from bot.adapters.telegram.pacing import Pacing
from bot.app import load_context
from bot.engine import Engine
from bot.store import Store
from tests.telegram_api_server import TelegramApiServer, parse_html


@dataclass(frozen=True)
class Figures:
    users: int
    messages: int
    handled: float  # every update committed (and confirmed to Telegram)
    first_reply: float  # every person has their first message
    all_replies: float  # every reply sent

    def __str__(self) -> str:
        return (
            f"{self.users} people, {self.messages} replies: all handled after "
            f"{self.handled:.2f} s, everyone's first reply after {self.first_reply:.2f} s, "
            f"all replies after {self.all_replies:.2f} s"
        )


async def measure(engine: Engine, server: TelegramApiServer, users: int, rate: float) -> Figures:
    pacing = Pacing(global_rate=rate)
    config = TelegramConfig(server.token, api_url=server.base_url)
    adapter = TelegramAdapter(engine, config, pacing=pacing, settle=0.05)
    await adapter.start()
    people = range(10_000, 10_000 + users)
    try:
        await server.wait_for(lambda: len(server.commands) == 3, what="start-up")
        started = time.monotonic()
        for user in people:
            server.push_text(user, "hallo", language_code="nl")
        await server.wait_for(lambda: not server.pending, timeout=120, what="every update")
        handled = time.monotonic() - started
        await server.wait_for(
            lambda: all(server.sent(u) for u in people), timeout=120, what="first replies"
        )
        first_reply = time.monotonic() - started
        await adapter.idle()
        all_replies = time.monotonic() - started
    finally:
        await adapter.stop()
    expected = [engine.ctx.texts.get("nl", "onboarding-welcome")]
    for user in people:
        texts = [parse_html(m.text)[0] for m in server.sent(user)]
        assert texts[:1] == expected and len(texts) == 2, texts
    messages = sum(len(server.sent(u)) for u in people)
    return Figures(users, messages, handled, first_reply, all_replies)


async def test_two_hundred_people_at_once_are_all_answered(engine: Engine, capsys: object) -> None:
    async with TelegramApiServer() as server:
        figures = await measure(engine, server, users=200, rate=10_000)
    print(f"\n[telegram load, no global cap] {figures}")


async def _main(users: int, rate: float) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = await Store.open(Path(folder) / "brug.sqlite3")
        engine = Engine(store, load_context())
        await engine.start()
        try:
            async with TelegramApiServer() as server:
                print(await measure(engine, server, users, rate))
        finally:
            await store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--rate", type=float, default=30.0, help="messages/s over all chats")
    args = parser.parse_args()
    asyncio.run(_main(args.users, args.rate))
