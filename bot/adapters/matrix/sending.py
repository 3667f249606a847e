"""The outbox per room: events in order under stable transaction ids, rate limits per room."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.adapters.matrix.rendering import Post, annotation
from bot.core.messages import Outgoing

log = logging.getLogger("brug.matrix")

RETRY_CAP = 30.0
# Reactions come this long after their question: nobody taps within half a second of a
# question arriving, and who answers by typing before then has no use for them (dropped).
REACTION_DELAY = 0.5
BUSY_POLL = 0.05  # how often a reaction looks whether other rooms' messages have gone


# --- sending --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sent:
    event_id: str


@dataclass(frozen=True)
class Limited:
    """`M_LIMIT_EXCEEDED`: try again after `retry_after` seconds."""

    retry_after: float


@dataclass(frozen=True)
class Refused:
    """The room will not take it (Brug is not in it any more): give up on this message."""

    error: str


@dataclass(frozen=True)
class Failed:
    """Something that may pass (a server error): try again, a little later each time."""

    error: str


SendResult = Sent | Limited | Refused | Failed
Transport = Callable[[str, Post], Awaitable[SendResult]]


class RoomSender:
    """One room's replies, strictly in order, at the pace the homeserver allows.

    A rate limit pauses this room only, for as long as the server asks; every room has its
    own sender, so other conversations go on. Nothing is sent before `ready` is set, so what
    the outbox held at start goes out before anything new. Just before each message, `may_send`
    says whether it may go to this room now (a person's own message, once others can read the
    room, goes elsewhere: `may_send` has seen to it, and it is dropped from this queue).

    Reactions (the one-tap options under a question) are a tail of lower priority: they go
    only while no message waits, and only for the room's latest question. A person waits for
    the words of an answer, not for the keycaps under an earlier one, so a new message is sent
    before any reaction still due, and the reactions of a question that has been followed by
    a newer one are dropped: they would only offer buttons that no longer work. `busy` says
    whether messages wait in any room: the homeserver's time goes to those first (each
    reaction costs it as much as a text), so reactions wait until no room has one waiting.
    """

    def __init__(
        self,
        room_id: str,
        transport: Transport,
        render: Callable[[Outgoing], list[Post]],
        settle: Callable[[Outgoing, bool], Awaitable[None]],
        ready: asyncio.Event,
        may_send: Callable[[Outgoing], Awaitable[bool]],
        retry_cap: float = RETRY_CAP,
        busy: Callable[[], bool] | None = None,
        reaction_delay: float = REACTION_DELAY,
    ) -> None:
        self._reaction_delay = reaction_delay
        self._reactions_at = 0.0  # the loop's time from which the reactions may go
        self.room_id = room_id
        self._busy = busy or self.waiting
        self._transport = transport
        self._render = render
        self._settle = settle
        self._may_send = may_send
        self._ready = ready
        self._retry_cap = retry_cap
        self._queue: deque[Outgoing] = deque()
        self._reactions: deque[Post] = deque()  # the latest question's, not yet sent
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def put(self, message: Outgoing) -> None:
        self._queue.append(message)
        self._wake.set()  # a reaction waiting out a rate limit lets this go first
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._drain())

    @property
    def task(self) -> asyncio.Task[None] | None:
        return self._task

    def waiting(self) -> bool:
        """Whether a message of this room waits or is under way (reactions do not count)."""
        return bool(self._queue)

    async def _drain(self) -> None:
        await self._ready.wait()
        while self._queue or self._reactions:
            if not self._queue:  # nothing waits: one reaction, then look again
                await self._react()
                continue
            message = self._queue[0]
            if not await self._may_send(message):
                self._queue.popleft()
                continue
            delivered, reactions = await self._deliver(message)
            self._queue.popleft()
            if message.farewell:  # the last word: Brug lets go of the room
                self._reactions.clear()
            elif message.buttons:  # a newer question: the older one's reactions are pointless
                self._reactions = deque(reactions)
                self._reactions_at = asyncio.get_running_loop().time() + self._reaction_delay
            await self._settle(message, delivered)

    async def _react(self) -> None:
        """Post the next reaction, unless a message comes first: a rate limit or an error is
        waited out only until something is queued (reactions are not in the outbox, and are
        not resent after a crash)."""
        early = self._reactions_at - asyncio.get_running_loop().time()
        if early > 0 or self._busy():  # a moment after the question, and other rooms'
            self._wake.clear()  # messages first; a message of this room wakes us at once
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), early if early > 0 else BUSY_POLL)
            return
        reaction = self._reactions[0]
        result = await self._transport(self.room_id, reaction)
        if isinstance(result, Sent | Refused):
            if self._reactions and self._reactions[0] is reaction:
                self._reactions.popleft()
            return
        if isinstance(result, Limited):
            wait = result.retry_after
            log.info(
                "rate limited", extra={"event": "matrix_rate_limited", "ms": round(wait * 1000)}
            )
        else:
            wait = 1.0
            log.warning("send failed", extra={"event": "matrix_send_failed", "error": result.error})
        if self._queue:
            return
        self._wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), wait)

    async def _deliver(self, message: Outgoing) -> tuple[bool, list[Post]]:
        """Send the message's events; whether the room took them, and the reactions to add."""
        reactions: list[Post] = []
        for post in self._render(message):
            event_id = await self._post(post)
            if event_id is None:
                return False, []
            for n, key in enumerate(post.reactions):
                reactions.append(annotation(event_id, key, f"{post.txn}-r{n}"))
        return True, reactions

    async def _post(self, post: Post) -> str | None:
        backoff = 0.5
        while True:
            result = await self._transport(self.room_id, post)
            if isinstance(result, Sent):
                return result.event_id
            if isinstance(result, Refused):
                log.warning(
                    "room refused a message",
                    extra={"event": "matrix_refused", "error": result.error},
                )
                return None
            if isinstance(result, Limited):
                wait = result.retry_after
                log.info(
                    "rate limited",
                    extra={"event": "matrix_rate_limited", "ms": round(wait * 1000)},
                )
            else:
                wait, backoff = backoff, min(backoff * 2, self._retry_cap)
                log.warning(
                    "send failed", extra={"event": "matrix_send_failed", "error": result.error}
                )
            await asyncio.sleep(wait)
