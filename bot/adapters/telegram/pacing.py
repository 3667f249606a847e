"""Telegram's send limits (about 30 messages/s in all, one a second per chat) kept by a pacer."""

from __future__ import annotations

import asyncio
import warnings
from dataclasses import dataclass
from datetime import timedelta

from telegram.error import (
    RetryAfter,
)
from telegram.warnings import PTBDeprecationWarning

# PTB 22 warns inside RetryAfter itself that `retry_after` will become a timedelta; Brug reads
# both forms (retry_seconds), so the warning says nothing an operator could act on.
warnings.filterwarnings(
    "ignore", message=r".*attribute `retry_after`", category=PTBDeprecationWarning
)


@dataclass(frozen=True, slots=True)
class Pacing:
    """How fast Brug may send. The defaults are Telegram's limits; tests shorten them.

    Per chat, a sustained message per `chat_interval` with bursts of `chat_burst`: Telegram's
    FAQ allows short bursts, and a turn of Brug is often two or three messages (a reflection,
    then the question with its buttons) that read best arriving together. `global_rate` caps
    all chats together. Network faults wait `backoff_first`, doubling up to `backoff_max`.
    """

    chat_interval: float = 1.0
    chat_burst: int = 3
    global_rate: float = 30.0
    backoff_first: float = 0.5
    backoff_max: float = 30.0


# --- pacing and retries ---------------------------------------------------------------------


class Pacer:
    """Telegram's limits, per chat (with bursts) and over all chats, and 429 holds per chat.

    Per chat this is GCRA: `_due[chat]` is when the chat's bucket would be empty again.
    """

    def __init__(self, pacing: Pacing) -> None:
        self.pacing = pacing
        self._due: dict[int, float] = {}
        self._next_global = 0.0

    async def wait(self, chat: int) -> None:
        """Sleep until `chat` may get its next message, then take a global slot too."""
        loop = asyncio.get_running_loop()
        interval = self.pacing.chat_interval
        slack = (self.pacing.chat_burst - 1) * interval
        ready = self._due.get(chat, 0.0) - slack
        if ready > loop.time():
            await asyncio.sleep(ready - loop.time())
        now = loop.time()
        slot = max(now, self._next_global)
        self._next_global = slot + 1 / self.pacing.global_rate
        if slot > now:
            await asyncio.sleep(slot - now)
        now = loop.time()
        self._due[chat] = max(self._due.get(chat, now), now) + interval
        if len(self._due) > 10_000:
            self._forget_idle(now)

    def hold(self, chat: int, seconds: float) -> None:
        """Telegram said "retry after": this chat waits, then resumes one message at a time."""
        now = asyncio.get_running_loop().time()
        slack = (self.pacing.chat_burst - 1) * self.pacing.chat_interval
        self._due[chat] = max(self._due.get(chat, now), now + seconds + slack)

    def _forget_idle(self, now: float) -> None:
        for chat in [c for c, due in self._due.items() if due <= now]:
            del self._due[chat]


def retry_seconds(error: RetryAfter) -> float:
    """RetryAfter's wait in seconds, whether PTB gives it as an int or as a timedelta."""
    value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
