"""`python -m benchmarks.nudges`: 100,000 people with a nudge due in the same minute (issue 6).

Reports the scheduler's CPU time per nudge (claim, step, commit, hand-over; the platform
stubbed out), then feeds the resulting replies through the Telegram adapter's own pacer for a
few seconds to show that dispatch holds the configured rate (30 messages/s overall, 1/s per
chat). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import tempfile
import time
from pathlib import Path

from bot.adapters.telegram.pacing import Pacer, Pacing
from bot.app import open_engine, settle_for_serving
from bot.core.messages import Outgoing
from bot.core.state import ConversationState
from bot.nudges import Scheduler
from bot.store import Store

NO_QUIET = {"quiet_start": "00:00", "quiet_end": "00:00", "journal_time": "12:00"}


async def prepare(db: Path, users: int, due: int, platform: str = "bench") -> None:
    """States and due rows written in bulk, as if each person had chosen a daily nudge."""
    await (await Store.open(db)).close()  # the schema
    state = ConversationState(
        lang="nl", consent=True, onboarded=True, last_seen=due - 86_400, settings=NO_QUIET
    ).to_json()
    with sqlite3.connect(db) as conn:
        conn.executemany(
            "INSERT INTO conversations (platform, chat, user, data, updated_at)"
            " VALUES (?, ?, ?, ?, ?)",
            ((platform, str(n), str(n), state, due) for n in range(users)),
        )
        conn.executemany(
            "INSERT INTO scheduled (platform, chat, user, kind, due_at, payload)"
            " VALUES (?, ?, ?, 'nudge:journal', ?, '{}')",
            ((platform, str(n), str(n), due - n % 60) for n in range(users)),
        )


async def measure(users: int, seconds: float) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "nudges.sqlite3"
        now = int(time.time())
        await prepare(db, users, now)
        engine = await open_engine(db)
        settle_for_serving()  # as `brug run` does
        replies: list[Outgoing] = []

        async def hand_over(messages: list[Outgoing]) -> None:
            replies.extend(messages)

        engine.register("bench", hand_over)
        scheduler = Scheduler(engine, batch=2_000)
        cpu, wall = time.process_time(), time.perf_counter()
        handled = 0
        while count := await scheduler.tick():
            handled += count
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        await engine.store.close()
        print(f"{users:,} people, a nudge due for each within the same minute")
        print(f"  handled {handled:,} nudges ({len(replies):,} messages) in {wall:.1f} s wall")
        print(
            f"  scheduler CPU time per nudge: {cpu / max(handled, 1) * 1e6:.0f} µs "
            f"({handled / cpu:,.0f} nudges per CPU-second)"
        )

        pacer = Pacer(Pacing())
        sent: list[float] = []
        deadline = asyncio.get_running_loop().time() + seconds

        async def dispatch() -> None:
            for message in replies:
                await pacer.wait(int(message.key.chat))
                if asyncio.get_running_loop().time() > deadline:
                    return
                sent.append(asyncio.get_running_loop().time())

        await dispatch()
        span = sent[-1] - sent[0] if len(sent) > 1 else 0.0
        rate = (len(sent) - 1) / span if span else 0.0
        print(
            f"  dispatch through the Telegram pacer for {seconds:.0f} s: {len(sent)} sent, "
            f"{rate:.1f} messages/s (configured: {Pacing().global_rate:.0f}/s overall, "
            f"1 per {Pacing().chat_interval:.0f} s per chat)"
        )
        print(
            f"  at that rate all {len(replies):,} go out in {len(replies) / 30 / 60:.0f} min; "
            "nudges wait in the outbox meanwhile"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    asyncio.run(measure(args.users, args.seconds))


if __name__ == "__main__":
    main()
