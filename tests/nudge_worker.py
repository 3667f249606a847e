"""A real process that dispatches due nudges, for the crash test in test_nudges.py.

    python -m tests.nudge_worker DB SENT_FILE

Sends each reply by appending "outbox_id user" to SENT_FILE (flushed to disk), slowly, the way
an adapter would; on start it first resends what the outbox still holds.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from bot.app import open_engine
from bot.core.messages import Outgoing
from bot.nudges import Scheduler


async def main(db: Path, sent: Path) -> None:
    engine = await open_engine(db)

    async def send(messages: list[Outgoing]) -> None:
        for message in messages:
            with sent.open("a") as out:
                out.write(f"{message.outbox_id} {message.key.user}\n")
                out.flush()
                os.fsync(out.fileno())
            await asyncio.sleep(0.02)
            await engine.delivered([message])

    engine.register("test", send)
    await send(await engine.store.pending("test"))
    scheduler = Scheduler(engine, batch=4, stale_after=1)
    while await scheduler.tick():
        pass
    await engine.store.close()


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), Path(sys.argv[2])))
