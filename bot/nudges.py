"""The schedule: timed steps and nudges are rows; this loop claims due rows and runs them.

Each due row enters the engine like a message, so the step it causes is committed together
with marking the row done. Nothing lives only in memory: after a crash, unfinished claims are
claimed again and finished ones are never repeated.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from bot import metrics
from bot.core.messages import Incoming, Scheduled
from bot.engine import Engine
from bot.store.sqlite import DueRow

log = logging.getLogger("brug.schedule")

# A timed step (a breathing pause) that is this late has lost its point.
TIMER_LATE = 120


def too_late(due: DueRow, now: int) -> bool:
    return due.kind == "timer" and now - due.due_at > TIMER_LATE


class Scheduler:
    def __init__(
        self, engine: Engine, *, interval: float = 1.0, batch: int = 500, stale_after: int = 60
    ) -> None:
        self.engine = engine
        self.interval = interval
        self.batch = batch
        self.stale_after = stale_after

    async def tick(self) -> int:
        """Run every row due now; returns how many were handled."""
        store = self.engine.store
        now = int(self.engine.clock().timestamp())
        due = await store.claim_due(now, self.batch, self.stale_after)
        late = [d.id for d in due if too_late(d, now)]
        await store.skip_scheduled(late, now)
        ready = [d for d in due if d.id not in set(late)]
        await asyncio.gather(*(self._run(d) for d in ready))
        return len(ready)

    async def _run(self, due: DueRow) -> None:
        incoming = Incoming(
            due.key,
            scheduled=Scheduled(due.id, due.kind, due.payload, due.due_at),
        )
        await self.engine.dispatch(await self.engine.handle(incoming))

    async def run(self) -> None:
        """Tick until cancelled; an error in one tick is logged and the next tick goes on."""
        while True:
            try:
                handled = await self.tick()
            except Exception:
                metrics.ERRORS.labels("schedule").inc()
                log.exception("schedule tick failed", extra={"event": "schedule_error"})
                handled = 0
            if handled < self.batch:
                await asyncio.sleep(self.interval)

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[Scheduler]:
        """The loop as a background task for the span of a `with` block."""
        task = asyncio.create_task(self.run())
        try:
            yield self
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
