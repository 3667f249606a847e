"""Telegram's send limits (about 30 messages/s in all, one a second per chat) kept by a pacer."""

from __future__ import annotations

import asyncio
import warnings
from collections import deque
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
    Over all chats, slots are handed out one per `1 / global_rate` to the chats waiting, in
    two classes: chats owed a reply to someone writing now first, then those that only have a
    nudge or a timed step to send, each class first come first served. A slot nobody owed a
    reply wants goes to a nudge, so nudges keep the full rate when nobody writes. Order within
    a chat is the outbox's: one message per chat waits here at a time.
    """

    def __init__(self, pacing: Pacing) -> None:
        self.pacing = pacing
        self._due: dict[int, float] = {}
        self._next_global = 0.0
        self._urgent: deque[_Waiter] = deque()
        self._later: deque[_Waiter] = deque()
        self._waiting: dict[int, _Waiter] = {}
        self._hurried: set[int] = set()  # hurried while not waiting here yet (its own pace)
        self._timer: asyncio.TimerHandle | None = None

    async def wait(self, chat: int, *, urgent: bool = True) -> None:
        """Sleep until `chat` may get its next message, then take a global slot too; an
        `urgent` one (a reply) before every chat that waits with a nudge."""
        loop = asyncio.get_running_loop()
        interval = self.pacing.chat_interval
        slack = (self.pacing.chat_burst - 1) * interval
        ready = self._due.get(chat, 0.0) - slack
        if ready > loop.time():
            await asyncio.sleep(ready - loop.time())
        urgent = urgent or chat in self._hurried
        self._hurried.discard(chat)
        now = loop.time()
        if self._timer is None and now >= self._next_global:  # nobody waits: take it now
            self._take(now)
        else:
            waiter = _Waiter(chat, loop.create_future(), urgent)
            (self._urgent if urgent else self._later).append(waiter)
            self._waiting[chat] = waiter
            self._arm(loop)
            try:
                await waiter.slot
            finally:
                if self._waiting.get(chat) is waiter:
                    del self._waiting[chat]
        now = loop.time()
        self._due[chat] = max(self._due.get(chat, now), now) + interval
        if len(self._due) > 10_000:
            self._forget_idle(now)

    def hurry(self, chat: int) -> None:
        """Someone in `chat` is owed a reply now: the message the chat waits with goes before
        the nudges (it is ahead of the reply, so the reply cannot go without it)."""
        waiter = self._waiting.get(chat)
        if waiter is None:
            self._hurried.add(chat)
        elif not waiter.urgent and not waiter.slot.done():
            waiter.urgent = True
            self._urgent.append(waiter)  # its entry among the nudges is skipped once served

    def _take(self, now: float) -> None:
        """Take the slot that is due: after a pause the count starts again from now."""
        step = 1 / self.pacing.global_rate
        base = self._next_global if self._next_global >= now - step else now
        self._next_global = base + step

    def _arm(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._timer is None:
            self._timer = loop.call_at(self._next_global, self._release)

    def _release(self) -> None:
        """Hand each due slot to the first waiting reply, else the first waiting nudge. While
        chats wait the slots stay on their grid: if the loop was busy past some, they are
        handed out now (at most a second's worth), as the old reservations would have been."""
        self._timer = None
        loop = asyncio.get_running_loop()
        now = loop.time()
        step = 1 / self.pacing.global_rate
        self._next_global = max(self._next_global, now - 1.0)
        while self._next_global <= now and self._serve():
            self._next_global += step
        if self._urgent or self._later:
            self._arm(loop)

    def _serve(self) -> bool:
        for queue in (self._urgent, self._later):
            while queue:
                waiter = queue.popleft()
                if not waiter.slot.done():  # not cancelled, nor served from the other queue
                    waiter.slot.set_result(None)
                    return True
        return False

    def hold(self, chat: int, seconds: float) -> None:
        """Telegram said "retry after": this chat waits, then resumes one message at a time."""
        now = asyncio.get_running_loop().time()
        slack = (self.pacing.chat_burst - 1) * self.pacing.chat_interval
        self._due[chat] = max(self._due.get(chat, now), now + seconds + slack)

    def _forget_idle(self, now: float) -> None:
        for chat in [c for c, due in self._due.items() if due <= now]:
            del self._due[chat]
        self._hurried.intersection_update(self._due)


@dataclass(slots=True)
class _Waiter:
    """A chat waiting for a global slot, with the message it will send."""

    chat: int
    slot: asyncio.Future[None]
    urgent: bool


def retry_seconds(error: RetryAfter) -> float:
    """RetryAfter's wait in seconds, whether PTB gives it as an int or as a timedelta."""
    value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
