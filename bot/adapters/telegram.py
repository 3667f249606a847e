"""Telegram: Brug as a bot on python-telegram-bot's `Bot` (the only module importing `telegram`).

How an update travels:

    getUpdates / webhook ─▶ Translator ─▶ Reception (a lane per chat) ─▶ engine.answer
                                                            │ replies, already in the outbox
    engine.dispatch (timed steps, nudges) ──────────────────┴─▶ Outbox (a lane per chat)
                                                                 ─▶ Courier ─▶ Pacer ─▶ Telegram

- Each chat has its own lane for handling and its own lane for sending, so one chat is strictly
  in order while a slow or rate-limited chat never holds up another.
- An update is confirmed to Telegram (getUpdates offset, or the webhook's 200) only after the
  engine committed it, so a crash makes Telegram send it again, and the engine's event-id ring
  drops the ones it already answered. The offset is also stored (`telegram:offset`).
- A reply is acknowledged (`engine.delivered`) only after Telegram confirmed it; what is left
  in the outbox at start is sent before any new update is taken.

Brug's own getUpdates loop replaces PTB's `Updater`: the Updater confirms an update as soon as
it has fetched it, before anything was handled or committed.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import html
import json
import logging
import random
import re
import secrets
import socket
import time
import warnings
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from functools import partial
from typing import TypeVar
from urllib.parse import urlsplit

import tornado.httpserver
import tornado.netutil
import tornado.web
from telegram import (
    Bot,
    BotCommand,
    CallbackQuery,
    ChatMemberUpdated,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
    Update,
    User,
)
from telegram.constants import (
    ChatMemberStatus,
    ChatType,
    MessageEntityType,
    MessageLimit,
    ParseMode,
    UpdateType,
)
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.request import HTTPXRequest
from telegram.warnings import PTBDeprecationWarning

from bot.adapters.base import Adapter
from bot.config import read_secret
from bot.core.messages import ButtonPress, ConversationKey, Incoming, Outgoing
from bot.engine import Engine
from bot.store import StoreClosed

PLATFORM = "telegram"
DEFAULT_API_URL = "https://api.telegram.org/bot"
DEFAULT_LISTEN = "127.0.0.1:8443"
CURSOR = "telegram:offset"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram keeps an unconfirmed update for 24 hours; an older stored offset protects nothing,
# and after a week without updates Telegram may number new ones lower than it.
CURSOR_MAX_AGE = 24 * 3600
ALLOWED_UPDATES = (
    UpdateType.MESSAGE,
    UpdateType.EDITED_MESSAGE,
    UpdateType.CALLBACK_QUERY,
    UpdateType.MY_CHAT_MEMBER,
)
GROUPS = (ChatType.GROUP, ChatType.SUPERGROUP)
_SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")
_SEPARATORS = ("\n\n", "\n", " ")

log = logging.getLogger("brug.telegram")
T = TypeVar("T")

# PTB 22 warns inside RetryAfter itself that `retry_after` will become a timedelta; Brug reads
# both forms (retry_seconds), so the warning says nothing an operator could act on.
warnings.filterwarnings(
    "ignore", message=r".*attribute `retry_after`", category=PTBDeprecationWarning
)


class TelegramConfigError(ValueError):
    """The Telegram settings are missing or wrong (one line for the operator, never a secret)."""


# --- settings -------------------------------------------------------------------------------


def api_url(raw: str | None) -> str:
    """PTB calls `base_url + token + "/" + method`, so the base must end in `/bot`."""
    url = (raw or DEFAULT_API_URL).strip().rstrip("/")
    return url if url.endswith("/bot") else f"{url}/bot"


def host_and_port(raw: str) -> tuple[str, int]:
    """`127.0.0.1:8443`, `[::1]:8443` or `:8443` (all interfaces) as (host, port)."""
    host, _, port = raw.strip().rpartition(":")
    if not port.isdigit() or not 0 <= int(port) < 65536:
        raise TelegramConfigError("BRUG_TELEGRAM_WEBHOOK_LISTEN must look like 127.0.0.1:8443")
    return host.strip("[]") or "0.0.0.0", int(port)


@dataclass(frozen=True)
class TelegramConfig:
    """What `brug run` needs to know about the bot, read from the environment."""

    token: str = field(repr=False)
    api_url: str = DEFAULT_API_URL
    webhook_url: str | None = None
    listen: tuple[str, int] = ("127.0.0.1", 8443)
    webhook_secret: str | None = field(default=None, repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> TelegramConfig | None:
        """None when no token is configured: Telegram is simply not used."""
        token = read_secret(env, "BRUG_TELEGRAM_TOKEN", TelegramConfigError)
        if token is None:
            return None
        webhook = env.get("BRUG_TELEGRAM_WEBHOOK_URL", "").strip() or None
        # Telegram itself wants https; a self-hosted Bot API server also takes http.
        if webhook is not None and urlsplit(webhook).scheme not in ("https", "http"):
            raise TelegramConfigError("BRUG_TELEGRAM_WEBHOOK_URL must start with https://")
        secret = read_secret(env, "BRUG_TELEGRAM_WEBHOOK_SECRET", TelegramConfigError)
        if secret is not None and not _SECRET_TOKEN.fullmatch(secret):
            raise TelegramConfigError(
                "BRUG_TELEGRAM_WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - (1-256)"
            )
        return cls(
            token=token,
            api_url=api_url(env.get("BRUG_TELEGRAM_API_URL")),
            webhook_url=webhook,
            listen=host_and_port(env.get("BRUG_TELEGRAM_WEBHOOK_LISTEN") or DEFAULT_LISTEN),
            webhook_secret=secret,
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


# --- rendering ------------------------------------------------------------------------------


def utf16_len(text: str) -> int:
    """Telegram counts text length in UTF-16 code units (an emoji can count as two)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def split_text(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[str]:
    """Pieces of at most `limit` units: between paragraphs, else lines, else words, else cut."""
    return [piece.strip() for piece in _split(text, limit, 0) if piece.strip()]


def _split(text: str, limit: int, level: int) -> list[str]:
    if utf16_len(text) <= limit:
        return [text]
    if level == len(_SEPARATORS):
        return _cut(text, limit)
    separator = _SEPARATORS[level]
    gap = utf16_len(separator)
    pieces: list[str] = []
    current: str | None = None
    size = 0
    for part in text.split(separator):
        units = utf16_len(part)
        if current is not None and size + gap + units <= limit:
            current, size = current + separator + part, size + gap + units
            continue
        if current is not None:
            pieces.append(current)
        if units <= limit:
            current, size = part, units
        else:
            *whole, current = _split(part, limit, level + 1)
            pieces += whole
            size = utf16_len(current)
    if current is not None:
        pieces.append(current)
    return pieces


def _cut(text: str, limit: int) -> list[str]:
    pieces, start, size = [], 0, 0
    for index, char in enumerate(text):
        units = utf16_len(char)
        if size + units > limit:
            pieces.append(text[start:index])
            start, size = index, 0
        size += units
    pieces.append(text[start:])
    return pieces


def language_hint(code: str | None, languages: Sequence[str]) -> str | None:
    """Telegram's `language_code` as one of Brug's languages: "nl-BE" -> "nl", "de" -> None."""
    base = (code or "").split("-")[0].lower()
    return base if base in languages else None


@dataclass(frozen=True, slots=True)
class Part:
    """One Telegram message: escaped HTML, and the keyboard if it carries the buttons."""

    html: str
    keyboard: InlineKeyboardMarkup | None = None


class Renderer:
    """Brug's texts are plain, so every character is escaped and Telegram shows them as typed."""

    def __init__(self, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> None:
        self.limit = limit

    def parts(self, message: Outgoing) -> list[Part]:
        """The messages one reply becomes; its buttons go under the last one."""
        pieces = [html.escape(piece, quote=False) for piece in split_text(message.text, self.limit)]
        if not pieces:
            return []
        keyboard = self.keyboard(message)
        return [Part(p) for p in pieces[:-1]] + [Part(pieces[-1], keyboard)]

    @staticmethod
    def keyboard(message: Outgoing) -> InlineKeyboardMarkup | None:
        """One button per row: labels are sentences, and phones are narrow."""
        if not message.buttons:
            return None
        return InlineKeyboardMarkup(
            [
                [InlineKeyboardButton(b.label, callback_data=b.press.encode())]
                for b in message.buttons
            ]
        )


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
    ) -> T:
        """The call's result; raises at once what retrying cannot fix (Forbidden, BadRequest).

        429s and network faults are retried, `attempts` tries in all, or until it works (None):
        a reply waiting here is safe in the outbox meanwhile.
        """
        tries = faults = 0
        while True:
            if chat is not None and not self.stopping:
                await self.pacer.wait(chat)
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
        self.opened = asyncio.Event()

    def enqueue(self, messages: Sequence[Outgoing], reply_to: int | None = None) -> None:
        """Queue replies in their chats' lanes; `reply_to` threads them under that message."""
        if self._held is not None:
            self._held += messages
            return
        for message in messages:
            self.lanes.put(int(message.key.chat), partial(self._deliver, message, reply_to))

    def open(self, pending: Sequence[Outgoing]) -> None:
        """Start sending: what the outbox table held first, in commit order."""
        held, self._held = self._held or [], None
        merged = {m.outbox_id: m for m in [*pending, *held] if m.outbox_id}
        unsaved = [m for m in held if not m.outbox_id]  # an answer that could not be saved
        self.enqueue([*sorted(merged.values(), key=lambda m: m.outbox_id), *unsaved])
        self.opened.set()

    def remove_keyboard(self, chat: int, message_id: int) -> None:
        """Take the buttons off a pressed message, so an old question can't be answered twice."""
        self.lanes.put(chat, partial(self._remove_keyboard, chat, message_id))

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
                await self.courier.call(send, chat=chat)
                thread = None
            if message.document is not None:
                document = message.document
                upload = partial(
                    self.bot.send_document,
                    chat,
                    document.content.encode(),
                    filename=document.name,
                )
                await self.courier.call(upload, chat=chat)
        except Forbidden:
            await self._gone(message)
            return
        except (BadRequest, ChatMigrated) as error:  # sending it again would fail again
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


# --- receiving ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Inbound:
    """What one update asks of Brug: an event for the engine and the chores around it."""

    chat: int
    key: ConversationKey
    incoming: Incoming | None = None
    query_id: str | None = None  # a button press to answer, so the app stops its spinner
    keyboard_of: int | None = None  # the message whose buttons were pressed
    reply_to: int | None = None  # in a group, whom the answer is for
    blocked: bool = False


class Translator:
    """Reads a Telegram update as what it means to Brug, without any I/O."""

    def __init__(self, bot: Bot, languages: Sequence[str]) -> None:
        self.bot = bot
        self.languages = languages

    @property
    def me(self) -> User:
        return self.bot.bot

    def read(self, update: Update) -> Inbound | None:
        """None for what Brug leaves alone: channel posts, service messages, other bots."""
        update_id = update.update_id
        if update.callback_query is not None:
            return self._press(update.callback_query, update_id)
        if update.message is not None:
            return self._message(update.message, update_id)
        if update.edited_message is not None:
            return self._edit(update.edited_message, update_id)
        if update.my_chat_member is not None:
            return self._membership(update.my_chat_member)
        return None

    def _key(self, chat: int, user: int) -> ConversationKey:
        return ConversationKey(PLATFORM, str(chat), str(user))

    def _hint(self, user: User) -> str | None:
        return language_hint(user.language_code, self.languages)

    def _press(self, query: CallbackQuery, update_id: int) -> Inbound:
        """Unreadable or forged data becomes a stale press: the core answers it kindly."""
        message, user = query.message, query.from_user
        chat = message.chat.id if message is not None else user.id
        key = self._key(chat, user.id)
        if message is None or message.chat.type != ChatType.PRIVATE:
            return Inbound(chat, key, query_id=query.id)
        press = ButtonPress.decode(query.data or "") or ButtonPress.stale()
        incoming = Incoming(key, press=press, update_id=update_id, lang_hint=self._hint(user))
        return Inbound(chat, key, incoming, query_id=query.id, keyboard_of=message.message_id)

    def _message(self, message: Message, update_id: int) -> Inbound | None:
        user, chat = message.from_user, message.chat
        if user is None or user.is_bot:
            return None
        key = self._key(chat.id, user.id)
        hint = self._hint(user)
        if chat.type == ChatType.PRIVATE:
            if message.text is not None:
                return Inbound(
                    chat.id, key, Incoming(key, message.text, update_id=update_id, lang_hint=hint)
                )
            if message.effective_attachment is None:
                return None  # a service message
            # The caption is still checked for crisis; the core then says it reads text only.
            incoming = Incoming(
                key, message.caption, update_id=update_id, lang_hint=hint, unreadable=True
            )
            return Inbound(chat.id, key, incoming)
        if chat.type in GROUPS:
            text = self._addressed(message)
            if text is None:
                return None
            invite = f"https://t.me/{self.me.username}?start=hi"
            incoming = Incoming(
                key, text, update_id=update_id, lang_hint=hint, group=True, invite=invite
            )
            return Inbound(chat.id, key, incoming, reply_to=message.message_id)
        return None

    def _addressed(self, message: Message) -> str | None:
        """The text without the bot's @name, if the message is for Brug; else None."""
        me = self.me
        name = (me.username or "").casefold()
        if message.text is not None:
            text, entities = message.text, message.parse_entities()
        else:
            text, entities = message.caption or "", message.parse_caption_entities()
        replied = message.reply_to_message
        to_me = bool(replied and replied.from_user and replied.from_user.id == me.id)
        for entity, value in entities.items():
            if entity.type == MessageEntityType.MENTION:
                to_me |= value.casefold() == f"@{name}"
            elif entity.type == MessageEntityType.TEXT_MENTION:
                to_me |= entity.user is not None and entity.user.id == me.id
            elif entity.type == MessageEntityType.BOT_COMMAND and entity.offset == 0:
                target = value.partition("@")[2].casefold()
                to_me |= target in ("", name)
        if not to_me:
            return None
        stripped = re.sub(rf"@{re.escape(name)}\b", "", text, flags=re.IGNORECASE) if name else text
        return " ".join(stripped.split())

    def _edit(self, message: Message, update_id: int) -> Inbound | None:
        """An edit is not a new answer, but the safety check reads it wherever it is: an
        edited text or an edited caption, in a private chat or addressed to Brug in a group."""
        user, chat = message.from_user, message.chat
        if user is None or user.is_bot:
            return None
        key = self._key(chat.id, user.id)
        hint = self._hint(user)
        if chat.type == ChatType.PRIVATE:
            text = message.text if message.text is not None else message.caption
            if text is None:
                return None
            incoming = Incoming(key, text, update_id=update_id, lang_hint=hint, edited=True)
            return Inbound(chat.id, key, incoming)
        if chat.type in GROUPS:
            addressed = self._addressed(message)
            if addressed is None:
                return None
            invite = f"https://t.me/{self.me.username}?start=hi"
            incoming = Incoming(
                key,
                addressed,
                update_id=update_id,
                lang_hint=hint,
                group=True,
                edited=True,
                invite=invite,
            )
            return Inbound(chat.id, key, incoming, reply_to=message.message_id)
        return None

    def _membership(self, change: ChatMemberUpdated) -> Inbound | None:
        """A person who blocks Brug is told nothing more until they write again."""
        chat, status = change.chat, change.new_chat_member.status
        if chat.type != ChatType.PRIVATE or status != ChatMemberStatus.BANNED:
            return None
        key = self._key(chat.id, change.from_user.id)
        return Inbound(chat.id, key, blocked=True)


class Reception:
    """Handles updates through the engine, one chat strictly in order and many chats at once."""

    def __init__(
        self, engine: Engine, bot: Bot, courier: Courier, outbox: Outbox, translator: Translator
    ) -> None:
        self.engine = engine
        self.bot = bot
        self.courier = courier
        self.outbox = outbox
        self.translator = translator
        self.lanes = Lanes("receive")

    def submit(self, update: Update) -> asyncio.Future[None]:
        """Queue an update in its chat's lane; the future resolves once it is committed."""
        try:
            inbound = self.translator.read(update)
        except Exception as error:  # one odd update must not stop the updates of everyone
            log.error(
                "update unreadable", extra={"event": "update_bad", "error": type(error).__name__}
            )
            inbound = None
        if inbound is None:
            done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            done.set_result(None)
            return done
        return self.lanes.put(inbound.chat, partial(self._handle, inbound))

    async def _handle(self, inbound: Inbound) -> None:
        if inbound.query_id is not None:
            await self._answer(inbound.query_id)
        if inbound.blocked:
            await self.engine.deactivate(inbound.key)
            return
        if inbound.keyboard_of is not None:
            self.outbox.remove_keyboard(inbound.chat, inbound.keyboard_of)
        if inbound.incoming is not None:
            # Queued without a pause after the commit, so replies keep their commit order.
            replies = await self.engine.answer(inbound.incoming)
            self.outbox.enqueue(replies, reply_to=inbound.reply_to)

    async def _answer(self, query_id: str) -> None:
        try:
            await self.courier.call(partial(self.bot.answer_callback_query, query_id), attempts=2)
        except TelegramError as error:  # too old, or Telegram is away: the press still counts
            log.info(
                "press unanswered",
                extra={"event": "press_unanswered", "error": type(error).__name__},
            )


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


class _WebhookHandler(tornado.web.RequestHandler):
    """Tornado's side of the webhook: hands header and body to the listener."""

    def initialize(self, listener: WebhookListener) -> None:
        self.listener = listener

    async def post(self, *args: str, **kwargs: str) -> None:
        secret = self.request.headers.get(SECRET_HEADER)
        self.set_status(await self.listener.receive(secret, self.request.body))


class WebhookListener:
    """Telegram POSTs updates here; the 200 goes back only after Brug committed the update.

    Requests without the secret token set with setWebhook get 403 and are not read at all.
    """

    def __init__(
        self, bot: Bot, reception: Reception, url: str, secret: str, listen: tuple[str, int]
    ) -> None:
        self.bot = bot
        self.reception = reception
        self.url = url
        self.secret = secret
        self.listen = listen
        self._sockets: list[socket.socket] = []
        self._server: tornado.httpserver.HTTPServer | None = None

    def bind(self) -> None:
        """Take the port at start, so a wrong address stops `brug run` at once."""
        host, port = self.listen
        try:
            self._sockets = tornado.netutil.bind_sockets(port, host, socket.AF_UNSPEC)
        except OSError as error:
            raise TelegramConfigError(
                f"cannot listen on {host}:{port} (BRUG_TELEGRAM_WEBHOOK_LISTEN): {error.strerror}"
            ) from None

    def serve(self) -> None:
        """Answer requests on the path of the public URL (a proxy in front usually keeps it)."""
        path = urlsplit(self.url).path or "/"
        app = tornado.web.Application(
            [(re.escape(path), _WebhookHandler, {"listener": self})],
            log_function=lambda handler: None,  # paths can hold secrets; Brug logs its own way
        )
        self._server = tornado.httpserver.HTTPServer(app)
        self._server.add_sockets(self._sockets)

    async def receive(self, secret: str | None, body: bytes) -> int:
        if secret is None or not hmac.compare_digest(secret.encode(), self.secret.encode()):
            log.warning("webhook refused", extra={"event": "webhook_forbidden"})
            return 403
        try:
            update = Update.de_json(json.loads(body), self.bot)
        except (ValueError, TypeError, KeyError) as error:
            log.warning(
                "webhook unreadable", extra={"event": "webhook_bad", "error": type(error).__name__}
            )
            return 400
        done = self.reception.submit(update)
        await asyncio.wait([done])
        return 503 if done.cancelled() else 200  # stopping: Telegram delivers it again later

    def close(self) -> None:
        """Stop accepting connections; requests in flight finish with their update."""
        if self._server is not None:
            self._server.stop()
        for sock in self._sockets:
            sock.close()

    async def stop(self) -> None:
        if self._server is not None:
            await self._server.close_all_connections()
            self._server = None


# --- the adapter ----------------------------------------------------------------------------


class TelegramAdapter(Adapter):
    """Brug's Telegram bot: connects, registers commands, resends the outbox, then listens."""

    platform = PLATFORM

    def __init__(
        self,
        engine: Engine,
        config: TelegramConfig,
        *,
        pacing: Pacing | None = None,
        poll_timeout: int = 30,
        settle: float = 0.5,
        grace: float = 5.0,
    ) -> None:
        super().__init__(engine)
        self.config = config
        self.grace = grace
        self.bot = Bot(
            config.token,
            base_url=config.api_url,
            request=HTTPXRequest(connection_pool_size=256, read_timeout=10.0),
            get_updates_request=HTTPXRequest(connection_pool_size=1),
        )
        self.courier = Courier(Pacer(pacing or Pacing()))
        self.outbox = Outbox(engine, self.bot, self.courier, Renderer())
        translator = Translator(self.bot, engine.ctx.texts.languages)
        self.reception = Reception(engine, self.bot, self.courier, self.outbox, translator)
        self.poller = Poller(
            self.bot, engine, self.courier, self.reception, timeout=poll_timeout, settle=settle
        )
        self.webhook: WebhookListener | None = None
        if config.webhook_url is not None:
            self.webhook = WebhookListener(
                self.bot,
                self.reception,
                config.webhook_url,
                config.webhook_secret or secrets.token_urlsafe(32),  # never without a secret
                config.listen,
            )
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Fails at once on a rejected token or a busy port; if Telegram is away, keeps trying."""
        if self.webhook is not None:
            self.webhook.bind()
        try:
            await self.bot.initialize()
        except (InvalidToken, EndPointNotFound):
            raise TelegramConfigError(
                "Telegram rejected the bot token (BRUG_TELEGRAM_TOKEN, BRUG_TELEGRAM_API_URL)"
            ) from None
        except NetworkError as error:
            log.warning(
                "telegram unreachable",
                extra={"event": "telegram_down", "error": type(error).__name__},
            )
        self._task = asyncio.create_task(self._serve(), name="telegram")

    async def _serve(self) -> None:
        try:
            await self.courier.call(self.bot.initialize)
            self.outbox.open(await self.engine.store.pending(PLATFORM))
            await self._register_commands()
            mode = "webhook" if self.webhook else "polling"
            log.info("telegram started", extra={"event": "telegram_started", "platform": mode})
            if self.webhook is not None:
                await self._listen(self.webhook)
            else:
                await self.courier.call(self.bot.delete_webhook)
                await self.poller.run()
        except Exception as error:  # logged by class only: messages can carry the token
            self.stopped = f"telegram stopped ({type(error).__name__}; see its last log line)"
            log.error(
                "telegram stopped",
                extra={"event": "telegram_failed", "error": type(error).__name__},
            )

    async def _listen(self, webhook: WebhookListener) -> None:
        webhook.serve()
        request = partial(
            self.bot.set_webhook,
            webhook.url,
            secret_token=webhook.secret,
            allowed_updates=list(ALLOWED_UPDATES),
        )
        await self.courier.call(request)

    async def _register_commands(self) -> None:
        """The command menu in each language, and the first language for everyone else."""
        texts = self.engine.ctx.texts
        names = list(self.engine.ctx.dialogues.commands)
        for lang in (*texts.languages, None):
            commands = [
                BotCommand(
                    name, texts.get(lang or texts.languages[0], f"command-{name}-description")
                )
                for name in names
            ]
            request = partial(self.bot.set_my_commands, commands, language_code=lang)
            try:
                await self.courier.call(request, attempts=3)
            except TelegramError as error:
                log.error(
                    "commands not set",
                    extra={"event": "commands_failed", "error": type(error).__name__},
                )

    async def stop(self) -> None:
        """Stop taking updates, commit the ones taken, give sends `grace` seconds, disconnect."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self.webhook is not None:
            self.webhook.close()
        await self.reception.lanes.close(self.grace)
        await self.poller.save()
        if self.webhook is not None:
            await self.webhook.stop()
        await self.outbox.lanes.close(self.grace, last=self.courier.stop)
        await self.bot.shutdown()

    async def send(self, messages: list[Outgoing]) -> None:
        """Queue replies that arose outside an update (timed steps, nudges) in their chat's lane."""
        self.outbox.enqueue(messages)

    async def idle(self) -> None:
        """Wait until every update taken is handled and every queued reply is sent."""
        await self.outbox.opened.wait()
        while self.reception.lanes.busy or self.outbox.lanes.busy:
            await self.reception.lanes.drain()
            await self.outbox.lanes.drain()


def from_env(engine: Engine, env: Mapping[str, str]) -> TelegramAdapter | None:
    """The adapter `brug run` starts, or None when no token is configured."""
    config = TelegramConfig.from_env(env)
    return TelegramAdapter(engine, config) if config is not None else None
