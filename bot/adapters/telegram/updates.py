"""Reading updates: a Telegram `Update` as the engine's `Incoming`, handled in a lane per chat."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from telegram import (
    Bot,
    CallbackQuery,
    ChatMemberUpdated,
    Message,
    Update,
    User,
)
from telegram.constants import (
    ChatMemberStatus,
    ChatType,
    MessageEntityType,
    UpdateType,
)
from telegram.error import (
    TelegramError,
)

from bot import metrics
from bot.adapters.telegram.config import PLATFORM
from bot.adapters.telegram.outbox import Courier, Lanes, Outbox
from bot.core.messages import ButtonPress, ConversationKey, Incoming, Outgoing
from bot.engine import Engine

log = logging.getLogger("brug.telegram")

ALLOWED_UPDATES = (
    UpdateType.MESSAGE,
    UpdateType.EDITED_MESSAGE,
    UpdateType.CALLBACK_QUERY,
    UpdateType.MY_CHAT_MEMBER,
)

GROUPS = (ChatType.GROUP, ChatType.SUPERGROUP)


def language_hint(code: str | None, languages: Sequence[str]) -> str | None:
    """Telegram's `language_code` as one of Brug's languages: "nl-BE" -> "nl", "de" -> None."""
    base = (code or "").split("-")[0].lower()
    return base if base in languages else None


def parse_update(raw: Any, bot: Bot) -> Update | None:
    """One update as PTB reads it; None for one it cannot read (a field it does not know,
    one missing), logged by its id only and counted: skipped, so that it is confirmed with
    the others and never holds them up."""
    try:
        if not isinstance(raw, dict):
            raise TypeError("an update is a JSON object")
        return Update.de_json(raw, bot)
    except Exception as error:  # whatever PTB raises: the next update must still be read
        update_id = raw.get("update_id") if isinstance(raw, dict) else None
        unreadable(update_id if isinstance(update_id, int) else None, error)
        return None


def unreadable(update_id: int | None, error: Exception) -> None:
    """Log (by id, never content) and count an update Brug skips."""
    metrics.UPDATES_UNREADABLE.labels(PLATFORM).inc()
    log.error(
        "update unreadable",
        extra={
            "event": "update_unreadable",
            "update_id": update_id,
            "error": type(error).__name__,
        },
    )


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
    migrated_to: int | None = None  # the group `chat` became this supergroup


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
        # The service messages of a group that became a supergroup, in the old group and in
        # the new one: either (or both) moves what is kept under the old id (`Migrations`).
        if message.migrate_to_chat_id is not None:
            return self._migrated(chat.id, message.migrate_to_chat_id)
        if message.migrate_from_chat_id is not None:
            return self._migrated(message.migrate_from_chat_id, chat.id)
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
            return self._in_group(message, key, update_id, hint, edited=False)
        return None

    def _in_group(
        self,
        message: Message,
        key: ConversationKey,
        update_id: int,
        hint: str | None,
        *,
        edited: bool,
    ) -> Inbound | None:
        """A message (or an edit) in a group: only when addressed to Brug, with the way to a
        private chat."""
        text = self._addressed(message)
        if text is None:
            return None
        invite = f"https://t.me/{self.me.username}?start=hi"
        incoming = Incoming(
            key, text, update_id=update_id, lang_hint=hint, group=True, edited=edited, invite=invite
        )
        return Inbound(message.chat.id, key, incoming, reply_to=message.message_id)

    def _migrated(self, old: int, new: int) -> Inbound:
        return Inbound(old, self._key(old, old), migrated_to=new)

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
            return self._in_group(message, key, update_id, hint, edited=True)
        return None

    def _membership(self, change: ChatMemberUpdated) -> Inbound | None:
        """A person who blocks Brug is told nothing more until they write again."""
        chat, status = change.chat, change.new_chat_member.status
        if chat.type != ChatType.PRIVATE or status != ChatMemberStatus.BANNED:
            return None
        key = self._key(chat.id, change.from_user.id)
        return Inbound(chat.id, key, blocked=True)


class Migrations:
    """A group that became a supergroup goes on under a new chat id. Telegram says so three
    ways: a send to the old id is refused with the new one (`ChatMigrated`), and a service
    message arrives in the old group and one in the new supergroup. Each calls `follow`;
    what is kept under the old id moves with the engine's move (`Engine.move`, the store's
    `StepWrite.moved_from`), so whichever comes first moves it and the others find nothing
    left to move. Replies that waited there are queued anew for the new id; like every reply
    to a group, only public ones (the crisis helplines, the invitation) are ever sent."""

    def __init__(self, engine: Engine, outbox: Outbox) -> None:
        self.engine = engine
        self.outbox = outbox
        self.moved: dict[int, int] = {}  # old chat id -> new, since this start
        self._lock = asyncio.Lock()

    async def follow(self, old: int, new: int) -> None:
        async with self._lock:
            store = self.engine.store
            waiting: list[Outgoing] = []
            for user in await store.users_in(PLATFORM, str(old)):
                before = ConversationKey(PLATFORM, str(old), user)
                after = ConversationKey(PLATFORM, str(new), user)
                waiting += await self.engine.move(before, after, notice=None)
            if old not in self.moved or waiting:
                log.info(
                    "group became a supergroup",
                    extra={"event": "chat_migrated", "count": len(waiting)},
                )
            self.moved[old] = new
            self.outbox.enqueue(waiting)


class Reception:
    """Handles updates through the engine, one chat strictly in order and many chats at once."""

    def __init__(
        self,
        engine: Engine,
        bot: Bot,
        courier: Courier,
        outbox: Outbox,
        translator: Translator,
        migrations: Migrations,
    ) -> None:
        self.engine = engine
        self.bot = bot
        self.courier = courier
        self.outbox = outbox
        self.translator = translator
        self.migrations = migrations
        self.lanes = Lanes("receive")

    def submit(self, update: Update) -> asyncio.Future[None]:
        """Queue an update in its chat's lane; the future resolves once it is committed."""
        try:
            inbound = self.translator.read(update)
        except Exception as error:  # one odd update must not stop the updates of everyone
            unreadable(update.update_id, error)
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
        if inbound.migrated_to is not None:
            await self.migrations.follow(inbound.chat, inbound.migrated_to)
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
