"""Long polling with getUpdates, confirming an update only after the engine committed it."""

from __future__ import annotations

import asyncio
import json
import logging
import time
import warnings
from functools import partial
from typing import Any

from telegram import (
    Bot,
)
from telegram.error import (
    Conflict,
)
from telegram.warnings import PTBUserWarning

from bot.adapters.telegram.outbox import Courier
from bot.adapters.telegram.updates import ALLOWED_UPDATES, Reception, parse_update
from bot.engine import Engine
from bot.store import StoreClosed

log = logging.getLogger("brug.telegram")

CURSOR = "telegram:offset"
# Telegram keeps an unconfirmed update for 24 hours; an older stored offset protects nothing,
# and after a week without updates Telegram may number new ones lower than it.
CURSOR_MAX_AGE = 24 * 3600
# A long poll's answer may take `timeout` seconds, plus this for the network.
READ_SLACK = 10.0

# The raw getUpdates (`Poller._fetch`) is on purpose: `Bot.get_updates` reads the whole batch at
# once, so one update it cannot read would fail all of them, again at every poll.
warnings.filterwarnings("ignore", message=r"Please use 'Bot\.get_updates'", category=PTBUserWarning)


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
            wait = 0 if self._open else self.timeout  # busy: Telegram answers at once
            try:
                raws = await self.courier.call(partial(self._fetch, self._low(), wait))
            except Conflict:
                log.error("another instance is polling", extra={"event": "poll_conflict"})
                await asyncio.sleep(self.courier.pacer.pacing.backoff_max)
                continue
            for raw in raws:
                update_id = raw.get("update_id") if isinstance(raw, dict) else None
                if not isinstance(update_id, int) or update_id < self._next:
                    continue  # confirmed already (or without an id, so nothing to confirm)
                self._next = update_id + 1
                update = parse_update(raw, self.bot)
                if update is None:  # skipped: the next offset confirms it
                    continue
                self._open[update_id] = self.reception.submit(update)
            await self._settle()

    async def _fetch(self, offset: int, wait: int) -> list[Any]:
        """getUpdates' batch unread: each update is read on its own (`parse_update`)."""
        params = {"offset": offset, "timeout": wait, "allowed_updates": list(ALLOWED_UPDATES)}
        result = await self.bot.do_api_request(
            "get_updates", api_kwargs=params, read_timeout=wait + READ_SLACK
        )
        return list(result) if isinstance(result, list) else []

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
