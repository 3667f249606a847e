"""Long polling with getUpdates, confirming an update only after the engine committed it."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from functools import partial

from telegram import (
    Bot,
)
from telegram.error import (
    Conflict,
)

from bot.adapters.telegram.outbox import Courier
from bot.adapters.telegram.updates import ALLOWED_UPDATES, Reception
from bot.engine import Engine
from bot.store import StoreClosed

log = logging.getLogger("brug.telegram")

CURSOR = "telegram:offset"
# Telegram keeps an unconfirmed update for 24 hours; an older stored offset protects nothing,
# and after a week without updates Telegram may number new ones lower than it.
CURSOR_MAX_AGE = 24 * 3600


class Poller:
    """Long-polls getUpdates, confirming an update to Telegram only once it is handled.

    The offset sent (and stored) is the lowest update id not yet handled. Handling is fast, so
    normally the next poll confirms the whole batch; while one chat is stuck, the poll repeats
    every `settle` seconds, picking up the other chats' new updates meanwhile.
    """

    def __init__(
        self,
        bot: Bot,
        engine: Engine,
        courier: Courier,
        reception: Reception,
        *,
        timeout: int,
        settle: float,
    ) -> None:
        self.bot = bot
        self.store = engine.store
        self.courier = courier
        self.reception = reception
        self.timeout = timeout
        self.settle = settle
        self._next = 0
        self._saved = 0
        self._open: dict[int, asyncio.Future[None]] = {}

    async def run(self) -> None:
        self._next = self._saved = await self._stored_offset()
        while True:
            await self.save()
            offset = self._low()
            request = partial(
                self.bot.get_updates,
                offset=offset,
                timeout=0 if self._open else self.timeout,  # busy: Telegram answers at once
                allowed_updates=list(ALLOWED_UPDATES),
            )
            try:
                updates = await self.courier.call(request)
            except Conflict:
                log.error("another instance is polling", extra={"event": "poll_conflict"})
                await asyncio.sleep(self.courier.pacer.pacing.backoff_max)
                continue
            for update in updates:
                if update.update_id >= self._next:
                    self._next = update.update_id + 1
                    self._open[update.update_id] = self.reception.submit(update)
            await self._settle()

    def _low(self) -> int:
        # A cancelled future (at stop) was never handled: it keeps the offset where it is.
        for update_id in [i for i, f in self._open.items() if f.done() and not f.cancelled()]:
            del self._open[update_id]
        return min(self._open, default=self._next)

    async def _settle(self) -> None:
        waiting = [done for done in self._open.values() if not done.done()]
        if waiting:
            await asyncio.wait(waiting, timeout=self.settle)

    async def _stored_offset(self) -> int:
        raw = await self.store.cursor(CURSOR)
        try:
            data = json.loads(raw) if raw else {}
            offset, saved_at = int(data["offset"]), float(data["at"])
        except (ValueError, KeyError, TypeError):
            return 0
        return offset if time.time() - saved_at < CURSOR_MAX_AGE else 0

    async def save(self) -> None:
        """Store the offset when it moved: everything below it is handled and committed."""
        low = self._low()
        if low != self._saved:
            try:
                await self.store.set_cursor(
                    CURSOR, json.dumps({"offset": low, "at": int(time.time())})
                )
            except StoreClosed:
                raise
            except Exception as error:  # the database is busy: Telegram's own offset still holds
                log.warning(
                    "offset unsaved",
                    extra={"event": "offset_unsaved", "error": type(error).__name__},
                )
                return
            self._saved = low
