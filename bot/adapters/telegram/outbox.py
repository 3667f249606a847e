"""The outbox: a lane per chat (one chat strictly in order while others go on), and a courier
that retries until Telegram confirmed a message."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import random
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from typing import TypeVar

from telegram import (
    Bot,
    ReplyParameters,
)
from telegram.constants import (
    ParseMode,
)
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from bot.adapters.chart import png
from bot.adapters.telegram.config import PLATFORM
from bot.adapters.telegram.pacing import Pacer, retry_seconds
from bot.adapters.telegram.rendering import Renderer
from bot.core.messages import ConversationKey, Outgoing
from bot.engine import Engine

log = logging.getLogger("brug.telegram")

T = TypeVar("T")


class Stopped(Exception):
    """Brug is stopping: a request not made yet is left for the next start (the outbox)."""


class Courier:
    """One API call: paced if it goes to a chat, 429s waited out, network faults retried.

    After `stop`, a call that has not reached Telegram yet raises Stopped; one under way is
    finished, so a message Telegram took is also marked as delivered (not sent twice)."""

    def __init__(self, pacer: Pacer) -> None:
        self.pacer = pacer
        self.stopping = False

    def stop(self) -> None:
        self.stopping = True

    async def call(
        self,
        request: Callable[[], Awaitable[T]],
        *,
        chat: int | None = None,
        attempts: int | None = None,
        urgent: bool = True,
    ) -> T:
        """The call's result; raises at once what retrying cannot fix (Forbidden, BadRequest).

        429s and network faults are retried, `attempts` tries in all, or until it works (None):
        a reply waiting here is safe in the outbox meanwhile. A call that is not `urgent` (a
        nudge nobody in its chat is waiting behind) lets replies to other chats go first.
        """
        tries = faults = 0
        while True:
            if chat is not None and not self.stopping:
                await self.pacer.wait(chat, urgent=urgent)
            if self.stopping:
                raise Stopped
            try:
                return await request()
            except RetryAfter as error:
                failure: TelegramError = error
                wait = retry_seconds(error)
                log.warning("flood wait", extra={"event": "flood_wait", "ms": wait * 1000})
                if chat is not None:  # only this chat waits, in the pacer
                    self.pacer.hold(chat, wait)
                    wait = 0.0
            except BadRequest:
                raise  # a NetworkError by inheritance, but the same request fails again
            except NetworkError as error:  # TimedOut too
                failure = error
                faults += 1
                wait = self.backoff(faults)
                log.warning("retry", extra={"event": "retry", "error": type(error).__name__})
            tries += 1
            if attempts is not None and tries >= attempts:
                raise failure
            await asyncio.sleep(wait)

    def backoff(self, faults: int) -> float:
        """Exponential with jitter, so chats that failed together do not retry together."""
        pacing = self.pacer.pacing
        ceiling: float = min(pacing.backoff_max, pacing.backoff_first * 2.0 ** (faults - 1))
        return ceiling * random.uniform(0.5, 1.0)


# --- lanes ----------------------------------------------------------------------------------

Job = Callable[[], Awaitable[None]]


class Lanes:
    """A FIFO worker per chat: one chat's jobs run strictly in order, chats run side by side.

    A lane's task ends when its queue is empty, so quiet chats cost nothing.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._queues: dict[int, deque[tuple[Job, asyncio.Future[None]]]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed = False
        self._last = False  # closing: each lane finishes the job in hand and takes no other

    def put(self, chat: int, job: Job) -> asyncio.Future[None]:
        """Queue a job; the future resolves when it ran (whatever its outcome), and is
        cancelled if it never will."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if self._closed:  # never ran: what it was for stays in Telegram's queue or the outbox
            done.cancel()
            return done
        queue = self._queues.get(chat)
        if queue is None:
            queue = self._queues[chat] = deque()
            task = asyncio.create_task(self._work(chat, queue), name=f"{self.name}-lane")
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        queue.append((job, done))
        return done

    async def _work(self, chat: int, queue: deque[tuple[Job, asyncio.Future[None]]]) -> None:
        try:
            while queue and not self._last:
                job, done = queue[0]
                try:
                    await job()
                except Stopped:  # this job and those behind it wait for the next start
                    break
                except Exception as error:  # one bad job must not stop its chat
                    log.error(
                        "lane job failed",
                        extra={"event": f"{self.name}_lane_failed", "error": type(error).__name__},
                    )
                queue.popleft()
                if not done.done():
                    done.set_result(None)
        finally:  # cancelled: the job in hand and those behind it did not run
            for _, done in queue:
                done.cancel()
            if self._queues.get(chat) is queue:
                del self._queues[chat]

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    async def drain(self) -> None:
        """Wait until every lane is empty, including lanes opened meanwhile."""
        while self._tasks:
            await asyncio.wait(set(self._tasks))

    async def close(self, grace: float, last: Callable[[], None] | None = None) -> None:
        """Take no more jobs and give the queued ones `grace` seconds; then cancel the rest
        (it stays in the outbox, or in Telegram's queue of updates). With `last` (called
        first), each lane may finish the job in hand for at most `grace` more: a send cut off
        after Telegram took it would be sent again from the outbox at the next start."""
        self._closed = True
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.drain(), grace)
        if last is not None:
            self._last = True
            last()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.drain(), grace)
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)


# --- sending --------------------------------------------------------------------------------


class Outbox:
    """Delivers committed replies per chat in commit order, acknowledging each once delivered.

    Until `open`, replies are held and then merged with the outbox table, so the resend at
    start neither repeats nor reorders a reply that arrived meanwhile.
    """

    def __init__(self, engine: Engine, bot: Bot, courier: Courier, renderer: Renderer) -> None:
        self.engine = engine
        self.bot = bot
        self.courier = courier
        self.renderer = renderer
        self.lanes = Lanes("send")
        self._held: list[Outgoing] | None = []
        self._dropped: set[int] = set()
        self._owed: Counter[int] = Counter()  # per chat: queued jobs someone is waiting for
        self.opened = asyncio.Event()
        # Set by the adapter: moves a group that became a supergroup (`Migrations.follow`).
        self.follow: Callable[[int, int], Awaitable[None]] | None = None

    def enqueue(self, messages: Sequence[Outgoing], reply_to: int | None = None) -> None:
        """Queue replies in their chats' lanes; `reply_to` threads them under that message."""
        if self._held is not None:
            self._held += messages
            return
        for message in messages:
            chat = int(message.key.chat)
            done = self.lanes.put(chat, partial(self._deliver, message, reply_to))
            if not message.scheduled:
                self._owe(chat, done)

    def _owe(self, chat: int, done: asyncio.Future[None]) -> None:
        """Someone in `chat` waits for this job: the chat's messages, up to and including
        it, go before nudges to other chats (`Pacer.hurry`)."""
        if done.done():  # closing: it will not run
            return
        self._owed[chat] += 1
        self.courier.pacer.hurry(chat)
        done.add_done_callback(lambda _: self._paid(chat))

    def _paid(self, chat: int) -> None:
        self._owed[chat] -= 1
        if self._owed[chat] <= 0:
            del self._owed[chat]

    def _urgent(self, chat: int) -> bool:
        return self._owed.get(chat, 0) > 0

    def open(self, pending: Sequence[Outgoing]) -> None:
        """Start sending: what the outbox table held first, in commit order."""
        held, self._held = self._held or [], None
        merged = {m.outbox_id: m for m in [*pending, *held] if m.outbox_id}
        unsaved = [m for m in held if not m.outbox_id]  # an answer that could not be saved
        self.enqueue([*sorted(merged.values(), key=lambda m: m.outbox_id), *unsaved])
        self.opened.set()

    def remove_keyboard(self, chat: int, message_id: int) -> None:
        """Take the buttons off a pressed message, so an old question can't be answered twice."""
        self._owe(chat, self.lanes.put(chat, partial(self._remove_keyboard, chat, message_id)))

    async def _remove_keyboard(self, chat: int, message_id: int) -> None:
        request = partial(self.bot.edit_message_reply_markup, chat, message_id, reply_markup=None)
        try:
            await self.courier.call(request, chat=chat, attempts=3)
        except TelegramError as error:  # already removed, or the message is gone: fine
            log.info(
                "keyboard kept", extra={"event": "keyboard_kept", "error": type(error).__name__}
            )

    async def _deliver(self, message: Outgoing, reply_to: int | None) -> None:
        if message.outbox_id in self._dropped:
            self._dropped.discard(message.outbox_id)
            return
        chat = int(message.key.chat)
        who = self.engine.who(message.key)
        if not (message.public or is_private_chat(message.key)):
            log.error(
                "personal reply for a group refused",
                extra={"event": "send_refused_group", "who": who},
            )
            await self.engine.delivered([message])
            return
        thread = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
        try:
            for part in self.renderer.parts(message):
                send = partial(
                    self.bot.send_message,
                    chat,
                    part.html,
                    parse_mode=ParseMode.HTML,
                    reply_markup=part.keyboard,
                    reply_parameters=thread,
                )
                await self.courier.call(send, chat=chat, urgent=self._urgent(chat))
                thread = None
            if message.chart is not None:  # a picture; the text above says it in words
                photo = await asyncio.to_thread(png, message.chart)
                picture = partial(self.bot.send_photo, chat, photo, caption=message.chart.title)
                await self.courier.call(picture, chat=chat, urgent=self._urgent(chat))
            if message.document is not None:
                document = message.document
                upload = partial(
                    self.bot.send_document,
                    chat,
                    document.content.encode(),
                    filename=document.name,
                )
                await self.courier.call(upload, chat=chat, urgent=self._urgent(chat))
        except Forbidden:
            await self._gone(message)
            return
        except ChatMigrated as error:  # the group is a supergroup now: it goes on there
            await self._migrated(message, error.new_chat_id)
            return
        except BadRequest as error:  # sending it again would fail again
            log.error(
                "reply rejected",
                extra={"event": "send_rejected", "who": who, "error": type(error).__name__},
            )
        except TelegramError as error:  # e.g. the token was revoked: keep it for the next start
            log.error(
                "reply kept",
                extra={"event": "send_failed", "who": who, "error": type(error).__name__},
            )
            return
        await self.engine.delivered([message])

    async def _migrated(self, message: Outgoing, new_chat: int) -> None:
        """Refused because the group became a supergroup: what is kept under the old id,
        this reply too, moves to the new one and is queued there (`Migrations.follow`)."""
        if not message.outbox_id:  # never saved, so only here: it goes itself
            key = message.key
            moved = ConversationKey(key.platform, str(new_chat), key.user)
            self.enqueue([dataclasses.replace(message, key=moved)])
        if self.follow is not None:
            await self.follow(int(message.key.chat), new_chat)

    async def _gone(self, message: Outgoing) -> None:
        """Blocked, or removed from the group: stop this conversation and drop its replies."""
        key = message.key
        await self.engine.deactivate(key)
        rows = await self.engine.store.pending(PLATFORM, key)
        later = [r for r in rows if r.outbox_id != message.outbox_id]
        self._dropped.update(r.outbox_id for r in later)  # still queued behind this one
        await self.engine.delivered([message, *later])
        log.info("blocked", extra={"event": "blocked", "who": self.engine.who(key)})


def is_private_chat(key: ConversationKey) -> bool:
    """A private chat's id is the person's own user id (Bot API, Chat.id); a group's is not,
    so a person's own messages can only ever reach them there."""
    return key.chat == key.user
