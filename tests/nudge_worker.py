"""A real process that dispatches due nudges, for the crash test in test_nudges.py.

    python -m tests.nudge_worker DB SENT_FILE

Sends each reply the way an adapter would, slowly: "sent OUTBOX_ID USER" is appended to
SENT_FILE (flushed to disk) where the platform would get the message, and "acked OUTBOX_ID USER"
once the engine has recorded it as delivered. On start it first resends what the outbox still
holds. Due rows are handled BATCH at a time, so at most BATCH sends are in flight at once.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from bot.app import open_engine
from bot.core.messages import Outgoing
from bot.nudges import Scheduler

BATCH = 4


async def main(db: Path, sent: Path) -> None:
    engine = await open_engine(db)

    def note(what: str, message: Outgoing) -> None:
        with sent.open("a") as out:
            out.write(f"{what} {message.outbox_id} {message.key.user}\n")
            out.flush()
            os.fsync(out.fileno())

    async def send(messages: list[Outgoing]) -> None:
        for message in messages:
            note("sent", message)
            await asyncio.sleep(0.02)
            await engine.delivered([message])
            note("acked", message)

    engine.register("test", send)
    await send(await engine.store.pending("test"))
    scheduler = Scheduler(engine, batch=BATCH, stale_after=1)
    while await scheduler.tick():
        pass
    await engine.store.close()


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), Path(sys.argv[2])))
