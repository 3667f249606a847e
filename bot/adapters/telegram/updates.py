"""Reading updates: a Telegram `Update` as the engine's `Incoming`, handled in a lane per chat."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

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

from bot.adapters.telegram.config import PLATFORM
from bot.adapters.telegram.outbox import Courier, Lanes, Outbox
from bot.core.messages import ButtonPress, ConversationKey, Incoming
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
