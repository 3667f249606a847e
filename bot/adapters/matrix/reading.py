"""What a person did in a room (a message, an edit, a caption, a reaction) as an `Incoming`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import nio

from bot.adapters.matrix.config import PLATFORM
from bot.adapters.matrix.rendering import BUTTONS_KEY, KEYCAPS
from bot.core import inputs
from bot.core.messages import ButtonPress, ConversationKey, Incoming

# What Telegram sends when someone opens a chat with a bot; Brug's greeting in a new direct chat.
START_COMMAND = "/start"
ADDRESS_PREFIX = "!brug"


# --- reading --------------------------------------------------------------------------------


def option_index(key: str, count: int, labels: list[str]) -> int | None:
    """Which option (from 0) a reaction means: a keycap 1️⃣…🔟, a digit, or an option's label."""
    if key.strip() == KEYCAPS[-1]:
        number = 10
    else:
        words = inputs.folded(key)
        if not words:
            return None
        if not words.isdigit():
            matches = [i for i, label in enumerate(labels) if inputs.folded(label) == words]
            return matches[0] if matches else None
        number = int(words) if len(words) < 3 else 0
    return number - 1 if 1 <= number <= count else None


def press_for(content: Mapping[str, Any], key: str) -> ButtonPress | None:
    """The button a reaction on one of Brug's questions stands for, or None."""
    buttons = content.get(BUTTONS_KEY)
    if not isinstance(buttons, list):
        return None
    options = [b for b in buttons if isinstance(b, list) and len(b) == 2]
    if len(options) != len(buttons) or not all(isinstance(x, str) for b in options for x in b):
        return None
    index = option_index(key, len(options), [label for label, _ in options])
    return None if index is None else ButtonPress.decode(options[index][1])


def addressed_text(content: Mapping[str, Any], body: str, me: str, name: str | None) -> str | None:
    """In a room with more people: the words meant for Brug, or None if it was not addressed.

    Addressed means `!brug …`, an intentional mention (`m.mentions`), a pill or the plain id,
    or the display name as the first word (`Brug: …`, `Brug, …`). The bare name elsewhere does
    not count: "brug" is also the Dutch word for bridge.
    """
    text = body.strip()
    lowered = text.casefold()
    if lowered == ADDRESS_PREFIX or lowered.startswith(ADDRESS_PREFIX + " "):
        return text[len(ADDRESS_PREFIX) :].strip()
    mentions = content.get("m.mentions")
    mentioned = isinstance(mentions, dict) and me in (mentions.get("user_ids") or [])
    formatted = content.get("formatted_body")
    pill = isinstance(formatted, str) and f"matrix.to/#/{me}" in formatted
    if mentioned or pill or me in text:
        return text
    if name:
        head = name.casefold()
        if lowered.startswith(head) and lowered[len(head) : len(head) + 1] in (":", ","):
            return text[len(head) + 1 :].strip()
    return None


def without_reply_fallback(body: str) -> str:
    """Drop the quoted message older clients put above a reply (`> <@ann:…> …` lines)."""
    lines = body.split("\n")
    if not lines or not lines[0].startswith("> "):
        return body
    while lines and lines[0].startswith(">"):
        lines.pop(0)
    return "\n".join(lines).strip()


def media_caption(content: Mapping[str, Any]) -> str | None:
    """The caption of a picture or file: its `body` when a separate `filename` is given
    (Matrix 1.10); without one, `body` is only the file's name."""
    filename, body = content.get("filename"), content.get("body")
    if isinstance(filename, str) and isinstance(body, str) and body and body != filename:
        return body
    return None


def edited_text(content: Mapping[str, Any]) -> str | None:
    """The new words of an edit (`m.replace`), or None when the message is not an edit."""
    relates = content.get("m.relates_to")
    if not (isinstance(relates, dict) and relates.get("rel_type") == "m.replace"):
        return None
    new = content.get("m.new_content")
    if isinstance(new, dict) and new.get("msgtype", "m.text") not in ("m.text", "m.emote"):
        return media_caption(new) or ""  # an edited caption, or a picture swapped for another
    body = new.get("body") if isinstance(new, dict) else None
    if isinstance(body, str):
        return body
    return str(content.get("body", "")).removeprefix("* ")


def content_of(event: Any) -> Mapping[str, Any]:
    """An event's content as sent (also of one nio could not parse)."""
    source = getattr(event, "source", None)
    content = source.get("content") if isinstance(source, dict) else None
    return content if isinstance(content, dict) else {}


# --- reading rooms --------------------------------------------------------------------------


def others(room: Any) -> list[str]:
    """Everyone in a room but Brug, joined or invited."""
    return [u for u in room.users if u != room.own_user_id]


def is_direct(room: Any) -> bool:
    """Brug and one person: the flows run here. With more people Brug only points the way."""
    return len(others(room)) == 1


class Reader:
    """What a person did in a room, as the engine understands it (or None: not for Brug)."""

    def __init__(self, client: Any) -> None:
        self.client = client

    @property
    def invite_link(self) -> str:
        return f"https://matrix.to/#/{self.client.user_id}"

    async def read(self, room_id: str, event: Any) -> Incoming | None:
        room = self.client.rooms.get(room_id)
        if room is None:
            return None
        if isinstance(event, nio.ReactionEvent):
            return await self._reaction(room, event)
        if isinstance(event, (nio.RoomMessageText, nio.RoomMessageEmote)):
            return self._text(room, event, without_reply_fallback(str(event.body)))
        if isinstance(event, (nio.BadEvent, nio.UnknownBadEvent)):
            return self._malformed(room, event)
        if isinstance(event, (nio.RoomMessage, nio.StickerEvent)) and not isinstance(
            event,
            nio.RoomMessageNotice,  # notices come from other bots: never answered
        ):
            if is_direct(room) or edited_text(content_of(event)) is None:
                return self.unreadable(room_id, event)
            return self._text(room, event, "")  # an edited caption in a room with more people
        return None

    def _malformed(self, room: Any, event: Any) -> Incoming | None:
        """A message nio's schema refused: most often an edit of a picture's or file's
        caption, whose outer content carries no file (Element sends it so). Its words are
        read all the same: every text a person can change passes the safety check."""
        source = event.source if isinstance(event.source, dict) else {}
        content = content_of(event)
        if source.get("type") != "m.room.message" or content.get("msgtype") == "m.notice":
            return None
        if edited_text(content) is not None:
            return self._text(room, event, "")
        return self.unreadable(room.room_id, event)

    def _text(self, room: Any, event: Any, body: str) -> Incoming | None:
        """An edit is not a new answer, but the core still checks it for words of crisis."""
        content = content_of(event)
        edit = edited_text(content)
        if edit is not None:
            body = edit
        key = ConversationKey(PLATFORM, room.room_id, event.sender)
        edited = edit is not None
        if is_direct(room):
            return Incoming(key, text=body, event_id=event.event_id, edited=edited)
        me = str(self.client.user_id)
        text = addressed_text(content, body, me, room.user_name(me))
        if text is None:
            return None
        return Incoming(
            key,
            text=text,
            event_id=event.event_id,
            group=True,
            edited=edited,
            invite=self.invite_link,
        )

    def unreadable(self, room_id: str, event: Any) -> Incoming | None:
        """A picture, a file, or a message whose key never came: said so in a direct chat.

        A caption is text like any other: the safety check reads it first, and an edited
        caption is read as an edit.
        """
        room = self.client.rooms.get(room_id)
        if room is None or not is_direct(room):
            return None
        key = ConversationKey(PLATFORM, room_id, event.sender)
        content = content_of(event)
        edit = edited_text(content)
        if edit is not None:
            return Incoming(key, text=edit, event_id=event.event_id, edited=True)
        caption = media_caption(content)
        return Incoming(key, text=caption, unreadable=True, event_id=event.event_id)

    async def _reaction(self, room: Any, event: Any) -> Incoming | None:
        """A reaction on one of Brug's questions is a tap on that option."""
        if not is_direct(room):
            return None
        fetched = await self.client.room_get_event(room.room_id, event.reacts_to)
        if not isinstance(fetched, nio.RoomGetEventResponse):
            return None
        target = fetched.event  # nio decrypts it when it can
        if target.sender != self.client.user_id or isinstance(target, nio.MegolmEvent):
            return None
        press = press_for(target.source.get("content", {}), str(event.key))
        if press is None:
            return None
        key = ConversationKey(PLATFORM, room.room_id, event.sender)
        return Incoming(key, press=press, event_id=event.event_id)

    def greeting(self, room_id: str, join: Any) -> Incoming | None:
        """Brug just joined a direct chat: it says hello without waiting to be spoken to."""
        room = self.client.rooms.get(room_id)
        if room is None or not is_direct(room):
            return None
        key = ConversationKey(PLATFORM, room_id, others(room)[0])
        return Incoming(key, text=START_COMMAND, event_id=join.event_id)
