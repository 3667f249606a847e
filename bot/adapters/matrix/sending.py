"""The outbox per room: events in order under stable transaction ids, rate limits per room."""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.adapters.matrix.rendering import Post, annotation
from bot.core.messages import Outgoing

log = logging.getLogger("brug.matrix")

RETRY_CAP = 30.0


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
    ) -> None:
        self.room_id = room_id
        self._transport = transport
        self._render = render
        self._settle = settle
        self._may_send = may_send
        self._ready = ready
        self._retry_cap = retry_cap
        self._queue: deque[Outgoing] = deque()
        self._task: asyncio.Task[None] | None = None

    def put(self, message: Outgoing) -> None:
        self._queue.append(message)
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._drain())

    @property
    def task(self) -> asyncio.Task[None] | None:
        return self._task

    async def _drain(self) -> None:
        await self._ready.wait()
        while self._queue:
            message = self._queue[0]
            if not await self._may_send(message):
                self._queue.popleft()
                continue
            delivered, reactions = await self._deliver(message)
            self._queue.popleft()
            await self._settle(message, delivered)
            for reaction in reactions:  # extras: not worth a resend after a crash
                await self._post(reaction)

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
