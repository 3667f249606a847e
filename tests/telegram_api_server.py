"""A local Telegram Bot API server so tests can run the real python-telegram-bot stack.

PTB calls ``base_url + token + "/" + method``; this aiohttp server answers those calls with
the same JSON envelopes and HTTP status codes as api.telegram.org, so PTB raises its real
exceptions. Tests push updates "as a user" and read back what the bot did::

    async with TelegramApiServer() as server:
        app = ApplicationBuilder().token(server.token).base_url(server.base_url).build()
        ...
        server.push_text(42, "hallo")
        [reply] = await server.wait_for_sent(42, 1)

One class, ``FakeBot``, holds the state and helpers of one bot token; ``TelegramApiServer``
is the HTTP server *and* the ``FakeBot`` of its first token, so single-bot tests read as a
script. Extra tokens are reachable through ``server.bots[token]``.
"""

from __future__ import annotations

import asyncio
import copy
import json
import re
import socket
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from types import TracebackType
from typing import Any, NamedTuple, Self, TypedDict, Unpack

import aiohttp
from aiohttp import web

JSON = dict[str, Any]

DEFAULT_TOKEN = "123456789:AAHbrug-test-token_0123456789abcdefg"
DEFAULT_GROUP_ID = -1001234567890
MAX_TEXT_LENGTH = 4096
MAX_CALLBACK_DATA_BYTES = 64

_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
_QUERY_INVALID = "Bad Request: query is too old and response timeout expired or query ID is invalid"
# Update types Telegram withholds unless they are asked for explicitly in allowed_updates.
_OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
# Form fields PTB sends as plain strings; every other form field is JSON-encoded by PTB.
_STRING_PARAMS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "inline_message_id",
        "url",
        "secret_token",
        "ip_address",
        "language_code",
        "action",
        "business_connection_id",
        "message_effect_id",
    }
)
_PATH = re.compile(r"/bot(?P<token>[^/]+)/(?P<method>[A-Za-z_]+)/?")


# --------------------------------------------------------------------------- records for tests


def _buttons(markup: JSON | None) -> list[tuple[str, str | None]]:
    """Flatten an inline or reply keyboard so tests can assert on (text, callback_data)."""
    if not markup:
        return []
    rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
    return [
        (button, None) if isinstance(button, str) else (button["text"], button.get("callback_data"))
        for row in rows
        for button in row
    ]


@dataclass(frozen=True)
class SentMessage:
    """A sendMessage call as the bot made it; ``text`` is raw (HTML tags and escapes kept)."""

    message_id: int
    chat_id: int
    text: str
    parse_mode: str | None
    reply_markup: JSON | None
    entities: list[JSON]
    reply_to_message_id: int | None
    params: JSON

    @property
    def buttons(self) -> list[tuple[str, str | None]]:
        """Keyboard buttons as (text, callback_data); url buttons have callback_data None."""
        return _buttons(self.reply_markup)


class Upload(NamedTuple):
    """A file sent with multipart/form-data: its name and its bytes."""

    filename: str | None
    content: bytes


@dataclass(frozen=True)
class SentDocument:
    """A sendDocument or sendPhoto call as the bot made it, with the uploaded bytes."""

    message_id: int
    chat_id: int
    file_name: str | None
    content: bytes
    caption: str | None


@dataclass(frozen=True)
class Edit:
    """One editMessageText / editMessageReplyMarkup call; ``text`` is None for markup-only."""

    method: str
    chat_id: int
    message_id: int
    text: str | None
    parse_mode: str | None
    reply_markup: JSON | None

    @property
    def buttons(self) -> list[tuple[str, str | None]]:
        """The keyboard after this edit, as (text, callback_data)."""
        return _buttons(self.reply_markup)


@dataclass(frozen=True)
class CallbackAnswer:
    """An answerCallbackQuery call, tied back to the update that carried the query."""

    callback_query_id: str
    update_id: int
    text: str | None
    show_alert: bool
    url: str | None


@dataclass(frozen=True)
class Webhook:
    """What the bot registered with setWebhook."""

    url: str
    secret_token: str | None
    allowed_updates: list[str] | None
    max_connections: int


class ApiCall(NamedTuple):
    """One request as received, for asserting call order and rate limits."""

    method: str
    params: JSON
    time: float


class MessageContext(TypedDict, total=False):
    """Who sends a pushed message and where; omitted names keep what is known about the user.

    chat_id defaults to the user's private chat; chat_type is inferred from chat_id
    (user id -> private, -100... -> supergroup, other negative -> group).
    """

    chat_id: int
    chat_type: str
    first_name: str
    username: str
    language_code: str
    reply_to_bot: bool


@dataclass
class _Fault:
    method: str
    status: int
    retry_after: int
    times: int
    chat_id: int | None
    description: str | None


@dataclass
class _Delay:
    seconds: float
    times: int | None
    delivered: bool


class ApiError(Exception):
    """A Bot API error answer: raised inside method handlers, sent as ok=false."""

    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.description = description


# --------------------------------------------------------------------------- text formatting


def _utf16_len(text: str) -> int:
    """Telegram measures entity offsets and lengths in UTF-16 code units."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class HtmlParseError(ValueError):
    """The text is not valid Telegram HTML; the message mirrors Telegram's wording."""


_HTML_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "s",
        "strike",
        "del",
        "u",
        "ins",
        "tg-spoiler",
        "tg-emoji",
        "span",
        "pre",
        "code",
        "blockquote",
    }
)
_SIMPLE_ENTITIES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "code": "code",
}
# TDLib orders entities with the same span by type priority (MessageEntity::get_type_priority).
_ENTITY_PRIORITY = {
    "blockquote": 0,
    "expandable_blockquote": 0,
    "pre": 11,
    "code": 20,
    "text_link": 49,
    "bold": 90,
    "italic": 91,
    "underline": 92,
    "strikethrough": 93,
    "spoiler": 94,
    "custom_emoji": 99,
}
_SPACES = " \t\r\n\v\0"
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_DIGITS = {10: "0123456789", 16: "0123456789abcdefABCDEF"}


def _decode_html_entity(text: str, pos: int) -> tuple[str, int] | None:
    """Decode ``&...;`` at pos like Telegram: a bare ``&`` that is no entity stays literal."""
    end = pos + 1
    if text[end] == "#":
        end += 1
        base = 10
        if text[end] == "x":
            base, end = 16, end + 1
        value = 0
        while text[end] in _DIGITS[base]:
            value = value * base + int(text[end], base)
            end += 1
            if value >= 0x10FFFF:
                return None
        if value == 0 or end - pos >= 10:
            return None
        char = chr(value)
    else:
        while text[end].isascii() and text[end].isalpha():
            end += 1
        named = _NAMED_ENTITIES.get(text[pos + 1 : end])
        if named is None:
            return None
        char = named
    return char, end + 1 if text[end] == ";" else end


def _closing_entity(
    tag: str, argument: str, offset: int, length: int, inner_text: str, entities: list[JSON]
) -> JSON | None:
    """The Bot API entity a closed tag produces (None when it produces none)."""
    span = {"offset": offset, "length": length}
    last = entities[-1] if entities else {}
    inner = last if (last.get("offset"), last.get("length")) == (offset, length) else {}
    if tag == "a":
        url = argument or inner_text
        return {"type": "text_link", **span, "url": url} if url else None
    # <pre><code class="language-x"> (or the other way round) is one pre entity with a language
    if tag == "pre" and inner.get("_language"):
        entities.pop()
        return {"type": "pre", **span, "language": inner["_language"]}
    if tag == "code" and argument and inner.get("type") == "pre":
        entities.pop()
        return {"type": "pre", **span, "language": argument}
    if tag == "pre":
        return {"type": "pre", **span}
    if tag == "blockquote":
        return {"type": "expandable_blockquote" if argument else "blockquote", **span}
    if tag == "tg-emoji":
        return {"type": "custom_emoji", **span, "custom_emoji_id": argument}
    entity = {"type": _SIMPLE_ENTITIES[tag], **span}
    if tag == "code" and argument:
        entity["_language"] = argument
    return entity


def parse_html(html: str) -> tuple[str, list[JSON]]:
    """Parse Telegram's HTML subset into (plain text, entities), or raise HtmlParseError.

    A port of TDLib's parser, so the same inputs fail with the same messages, e.g. an
    unescaped ``<`` in user text gives 'Unsupported start tag "" at byte offset N'.
    """
    text = html + "\0"  # TDLib reads a NUL-terminated string; the sentinel keeps the port 1:1

    def byte_offset(pos: int) -> int:
        return len(html[:pos].encode("utf-8", "surrogatepass"))

    plain: list[str] = []
    utf16 = 0
    opened: list[tuple[str, str, int, int]] = []  # tag, argument, utf16 offset, plain index
    entities: list[JSON] = []
    i = 0
    while i < len(html):
        char = text[i]
        if char == "&" and (decoded := _decode_html_entity(text, i)):
            char, i = decoded
            plain.append(char)
            utf16 += _utf16_len(char)
            continue
        if char != "<":
            plain.append(char)
            utf16 += _utf16_len(char)
            i += 1
            continue
        begin = i
        i += 1
        if text[i] != "/":
            while text[i] not in _SPACES and text[i] != ">":
                i += 1
            if text[i] == "\0":
                raise HtmlParseError(f"Unclosed start tag at byte offset {byte_offset(begin)}")
            tag = text[begin + 1 : i].lower()
            if tag not in _HTML_TAGS:
                raise HtmlParseError(
                    f'Unsupported start tag "{tag}" at byte offset {byte_offset(begin)}'
                )
            argument = ""
            while text[i] != ">":
                while text[i] != "\0" and text[i] in _SPACES:
                    i += 1
                if text[i] == ">":
                    break
                name_begin = i
                while text[i] not in _SPACES and text[i] not in "=>":
                    i += 1
                name = text[name_begin:i]
                if not name:
                    raise HtmlParseError(
                        f'Empty attribute name in the tag "{tag}" at byte offset '
                        f"{byte_offset(begin)}"
                    )
                while text[i] != "\0" and text[i] in _SPACES:
                    i += 1
                if text[i] != "=" and tag == "blockquote" and name == "expandable":
                    argument = "1"  # the one value-less attribute the Bot API documents
                    continue
                if text[i] != "=":
                    raise HtmlParseError(
                        "Expected equal sign in declaration of an attribute of the tag "
                        f'"{tag}" at byte offset {byte_offset(begin)}'
                    )
                i += 1
                while text[i] != "\0" and text[i] in _SPACES:
                    i += 1
                if text[i] == "\0":
                    raise HtmlParseError(
                        f'Unclosed start tag "{tag}" at byte offset {byte_offset(begin)}'
                    )
                if text[i] not in "'\"":
                    token_begin = i
                    while text[i].isascii() and (text[i].isalnum() or text[i] in ".-"):
                        i += 1
                    value = text[token_begin:i].lower()
                    if text[i] not in _SPACES and text[i] != ">":
                        where = byte_offset(token_begin)
                        raise HtmlParseError(f"Unexpected end of name token at byte offset {where}")
                else:
                    quote = text[i]
                    i += 1
                    chars: list[str] = []
                    while text[i] != quote and text[i] != "\0":
                        if text[i] == "&" and (decoded := _decode_html_entity(text, i)):
                            chars.append(decoded[0])
                            i = decoded[1]
                            continue
                        chars.append(text[i])
                        i += 1
                    if text[i] == quote:
                        i += 1
                    value = "".join(chars)
                if text[i] == "\0":
                    raise HtmlParseError(f"Unclosed start tag at byte offset {byte_offset(begin)}")
                if tag == "a" and name == "href":
                    argument = value
                elif tag == "code" and name == "class" and value.startswith("language-"):
                    argument = value.removeprefix("language-")
                elif tag == "span" and name == "class" and value.startswith("tg-"):
                    argument = value.removeprefix("tg-")
                elif tag == "tg-emoji" and name == "emoji-id":
                    argument = value
                elif tag == "blockquote" and name == "expandable":
                    argument = "1"
            if tag == "span" and argument != "spoiler":
                raise HtmlParseError(
                    f'Tag "span" must have class "tg-spoiler" at byte offset {byte_offset(begin)}'
                )
            opened.append((tag, argument, utf16, len(plain)))
        else:
            if not opened:
                raise HtmlParseError(f"Unexpected end tag at byte offset {byte_offset(begin)}")
            while text[i] not in _SPACES and text[i] != ">":
                i += 1
            end_tag = text[begin + 2 : i]
            while text[i] != "\0" and text[i] in _SPACES:
                i += 1
            if text[i] != ">":
                raise HtmlParseError(f"Unclosed end tag at byte offset {byte_offset(begin)}")
            tag, argument, offset, plain_begin = opened.pop()
            if end_tag and end_tag.lower() != tag:
                raise HtmlParseError(
                    f"Unmatched end tag at byte offset {byte_offset(begin)}, "
                    f'expected "</{tag}>", found "</{end_tag}>"'
                )
            if utf16 > offset:
                inner = "".join(plain[plain_begin:])
                entity = _closing_entity(tag, argument, offset, utf16 - offset, inner, entities)
                if entity:
                    entities.append(entity)
        i += 1
    if opened:
        raise HtmlParseError(f'Can\'t find end tag corresponding to start tag "{opened[-1][0]}"')
    result = "".join(plain)
    if any("\ud800" <= char <= "\udfff" for char in result):
        raise HtmlParseError(
            "Text contains invalid Unicode characters after decoding HTML entities, "
            "check for unmatched surrogate code units"
        )
    for entity in entities:
        entity.pop("_language", None)
    entities.sort(key=lambda e: (e["offset"], -e["length"], _ENTITY_PRIORITY[e["type"]]))
    return result, entities


_AUTO_ENTITIES = (
    ("bot_command", re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/])")),
    ("mention", re.compile(r"(?<![\w@/])@[A-Za-z0-9_]{3,32}(?!\w)")),
    ("hashtag", re.compile(r"(?<![\w#])#\w+")),
    ("url", re.compile(r"https?://[^\s<>\"]+?(?=[.,;:!?)']*(?:\s|$))")),
)


def detect_entities(text: str) -> list[JSON]:
    """The entities Telegram adds to a user's message by itself (commands, mentions, ...).

    PTB's CommandHandler needs the bot_command entity, so pushed "/start" must carry it.
    """
    entities = [
        {
            "type": kind,
            "offset": _utf16_len(text[: match.start()]),
            "length": _utf16_len(match.group()),
        }
        for kind, pattern in _AUTO_ENTITIES
        for match in pattern.finditer(text)
    ]
    return sorted(entities, key=lambda e: e["offset"])


# --------------------------------------------------------------------------- parameter decoding


def _decode_form_value(name: str, value: str) -> Any:
    """PTB JSON-encodes every non-string form value; strings like ``text`` stay raw."""
    if name in _STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


async def _read_params(request: web.Request) -> JSON:
    """Merge query string, form (urlencoded or multipart) and JSON body, as Telegram does."""
    params: JSON = {name: _decode_form_value(name, v) for name, v in request.query.items()}
    if not request.body_exists:
        return params
    if request.content_type == "application/json":
        body = json.loads(await request.text() or "{}")
        if not isinstance(body, dict):
            raise ValueError("JSON body must be an object")
        params.update(body)
    else:
        for name, value in (await request.post()).items():
            if isinstance(value, web.FileField):
                params[name] = Upload(value.filename, value.file.read())
            else:
                text = value if isinstance(value, str) else bytes(value).decode()
                params[name] = _decode_form_value(name, text)
    return params


def _int(value: Any, name: str) -> int:
    """Telegram accepts numbers as JSON numbers or as strings."""
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ApiError(400, f"Bad Request: invalid {name} specified") from None


def _markup(value: Any) -> JSON | None:
    """reply_markup may arrive as an object or, from some clients, as a JSON string."""
    try:
        markup = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        markup = False
    if markup is None or isinstance(markup, dict):
        return markup
    raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")


def _check_inline_keyboard(markup: JSON | None) -> None:
    """Reject the keyboards Telegram rejects, e.g. callback_data over 64 bytes."""
    for row in (markup or {}).get("inline_keyboard", []):
        for button in row:
            if set(button) <= {"text"}:
                raise ApiError(
                    400, "Bad Request: text buttons are unallowed in the inline keyboard"
                )
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA_BYTES:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")


def _chat_id_or_none(value: Any) -> int | None:
    """The numeric chat_id of a call, if it has one (for faults and blocks)."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _failure(status: int, description: str, parameters: JSON | None = None) -> tuple[int, JSON]:
    """The ok=false envelope Telegram answers errors with."""
    body: JSON = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return status, body


def _without_reply(message: JSON) -> JSON:
    """A message as quoted in reply_to_message: Telegram does not nest replies further."""
    return copy.deepcopy({k: v for k, v in message.items() if k != "reply_to_message"})


def _scope_key(scope: JSON | None) -> str:
    """A readable key for a BotCommandScope: "default", "chat:-100123", "chat_member:-1:42"."""
    if not scope:
        return "default"
    ids = [str(scope[key]) for key in ("chat_id", "user_id") if key in scope]
    return ":".join([scope["type"], *ids])


# --------------------------------------------------------------------------- one bot


Handler = Callable[[JSON], Awaitable[Any]]


class FakeBot:
    """State, API methods and test helpers of one bot token."""

    def __init__(self, token: str, *, username: str, first_update_id: int = 1) -> None:
        self.token = token
        bot_id, _, _ = token.partition(":")
        self.user: JSON = {
            "id": int(bot_id) if bot_id.isdigit() else 123456789,
            "is_bot": True,
            "first_name": "Brug",
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self.calls: list[ApiCall] = []
        self.callback_answers: list[CallbackAnswer] = []
        self.commands: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self.edits: list[Edit] = []
        self.documents: list[SentDocument] = []
        self.photos: list[SentDocument] = []
        self.webhook: Webhook | None = None
        self.logged_out = False
        self._sent: list[SentMessage] = []
        self._pending: list[JSON] = []
        self._history: dict[int, JSON] = {}
        self._next_update_id = first_update_id
        self._messages: dict[tuple[int, int], JSON] = {}
        self._last_message_id: dict[int, int] = {}
        self._last_bot_message: dict[int, int] = {}
        self._users: dict[int, JSON] = {}
        self._chats: dict[int, JSON] = {}
        self._open_queries: dict[str, int] = {}
        self._allowed_updates: list[str] | None = None
        self._blocked: set[int] = set()
        self._migrated: dict[int, int] = {}  # a group upgraded to a supergroup: old id -> new
        self._faults: list[_Fault] = []
        self._delays: dict[str, _Delay] = {}
        self._poll_generation = 0
        self._changed = asyncio.Event()
        self._handlers: dict[str, tuple[str, Handler]] = {
            name.lower(): (name, handler)
            for name, handler in {
                "getMe": self._get_me,
                "getUpdates": self._get_updates,
                "sendMessage": self._send_message,
                "editMessageText": self._edit_message_text,
                "editMessageReplyMarkup": self._edit_message_reply_markup,
                "answerCallbackQuery": self._answer_callback_query,
                "setMyCommands": self._set_my_commands,
                "getMyCommands": self._get_my_commands,
                "deleteMyCommands": self._delete_my_commands,
                "setWebhook": self._set_webhook,
                "deleteWebhook": self._delete_webhook,
                "getWebhookInfo": self._get_webhook_info,
                "sendChatAction": self._send_chat_action,
                "sendDocument": self._send_document,
                "sendPhoto": self._send_photo,
                "close": self._close,
                "logOut": self._log_out,
            }.items()
        }

    # ----------------------------------------------------------------- reading what the bot did

    @property
    def bot_id(self) -> int:
        """The bot's user id (the number before the colon of its token)."""
        return int(self.user["id"])

    @property
    def username(self) -> str:
        """The bot's @username without the @."""
        return str(self.user["username"])

    @property
    def pending(self) -> list[JSON]:
        """Updates not yet confirmed with getUpdates' offset (or delivered by webhook)."""
        return list(self._pending)

    def sent(self, chat_id: int | None = None) -> list[SentMessage]:
        """Messages the bot sent, oldest first, optionally only those to one chat."""
        return [m for m in self._sent if chat_id is None or m.chat_id == chat_id]

    async def wait_for(
        self,
        predicate: Callable[[], object],
        *,
        timeout: float = 10.0,  # noqa: ASYNC109 - a plain deadline reads better in tests
        what: str = "condition",
    ) -> None:
        """Wait until predicate() is truthy; re-checked after every API call and push."""
        deadline = asyncio.get_running_loop().time() + timeout
        while not predicate():
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                raise AssertionError(f"timed out after {timeout}s waiting for {what}")
            try:
                await asyncio.wait_for(self._changed.wait(), remaining)
            except TimeoutError:
                continue

    async def wait_for_sent(
        self,
        chat_id: int | None,
        count: int = 1,
        timeout: float = 10.0,  # noqa: ASYNC109 - a plain deadline reads better in tests
    ) -> list[SentMessage]:
        """Wait until the bot has sent ``count`` messages to chat_id (None: any chat)."""
        try:
            await self.wait_for(lambda: len(self.sent(chat_id)) >= count, timeout=timeout)
        except AssertionError:
            got = [m.text for m in self.sent(chat_id)]
            everything = [(m.chat_id, m.text) for m in self._sent]
            raise AssertionError(
                f"expected {count} message(s) to chat {chat_id} within {timeout}s, "
                f"got {len(got)}: {got!r}; all sent (chat_id, text): {everything!r}"
            ) from None
        return self.sent(chat_id)

    # ----------------------------------------------------------------- fault injection

    def fail_next(
        self,
        method: str,
        status: int = 429,
        retry_after: int = 2,
        times: int = 1,
        chat_id: int | None = None,
        description: str | None = None,
    ) -> None:
        """Make the next ``times`` calls of method fail (only for chat_id if given).

        429 carries parameters.retry_after (PTB raises RetryAfter); 5xx says "Bad Gateway"
        etc. (NetworkError); description overrides the default text.
        """
        self._faults.append(
            _Fault(method.lower(), status, retry_after, times, chat_id, description)
        )

    def block(self, chat_id: int) -> None:
        """The user blocked the bot (or kicked it from the group): calls to it answer 403."""
        self._blocked.add(chat_id)

    def unblock(self, chat_id: int) -> None:
        """The user restarted the bot."""
        self._blocked.discard(chat_id)

    def migrate_group(
        self,
        group_id: int,
        *,
        by_user_id: int,
        new_id: int | None = None,
        service: bool = True,
    ) -> int:
        """The group becomes a supergroup with a new id (returned), as Telegram does it: calls
        to the old id answer 400 with ``parameters.migrate_to_chat_id``, and (``service``) the
        old group gets a ``migrate_to_chat_id`` service message, the new supergroup one with
        ``migrate_from_chat_id``, both from the person who upgraded it."""
        new = new_id if new_id is not None else int(f"-100{abs(group_id)}")
        user = self._user(by_user_id, None, None, None)
        old_chat = self._chat(group_id, None, user)
        if old_chat["type"] != "group":
            raise ValueError(f"chat {group_id} is a {old_chat['type']}, not a group")
        self._migrated[group_id] = new
        self._chats[new] = {"id": new, "type": "supergroup", "title": old_chat["title"]}
        if service:
            moved = self._new_message(old_chat, **{"from": user}, migrate_to_chat_id=new)
            self._enqueue(self._new_update_id(), "message", copy.deepcopy(moved))
            arrived = self._new_message(
                self._chats[new], **{"from": user}, migrate_from_chat_id=group_id
            )
            self._enqueue(self._new_update_id(), "message", copy.deepcopy(arrived))
        return new

    def push_update(self, kind: str, payload: Any) -> int:
        """Any update as given, unchecked: for updates a client may fail to read."""
        return self._enqueue(self._new_update_id(), kind, copy.deepcopy(payload))

    def clear_faults(self) -> None:
        """Forget every fault set with fail_next that has not fired yet."""
        self._faults.clear()

    def slow(
        self, method: str, seconds: float, *, times: int | None = None, delivered: bool = False
    ) -> None:
        """Delay answers of method (seconds=0 clears), so clients hit their read timeout.

        delivered=False: the delay comes first and a client that gives up cancels the call.
        delivered=True: the call takes effect, then the answer is late - the case in which
        a retry after TimedOut sends a duplicate.
        """
        if seconds <= 0:
            self._delays.pop(method.lower(), None)
        else:
            self._delays[method.lower()] = _Delay(seconds, times, delivered)

    # ----------------------------------------------------------------- pushing updates

    def push_text(
        self,
        user_id: int,
        text: str,
        *,
        entities: list[JSON] | None = None,
        **context: Unpack[MessageContext],
    ) -> int:
        """A user sends text; returns the update id. entities=None detects them like Telegram."""
        return self._push_message(
            user_id,
            context,
            text=text,
            entities=detect_entities(text) if entities is None else entities,
        )

    def push_command(
        self,
        user_id: int,
        command: str,
        args: str = "",
        *,
        with_username: bool = False,
        **context: Unpack[MessageContext],
    ) -> int:
        """A user sends /command [args] (optionally /command@bot, as in groups)."""
        text = "/" + command.removeprefix("/")
        if with_username:
            text += "@" + self.username
        return self.push_text(user_id, f"{text} {args}" if args else text, **context)

    def push_mention(self, user_id: int, text: str, **context: Unpack[MessageContext]) -> int:
        """A user mentions @bot in a group (DEFAULT_GROUP_ID unless chat_id is given)."""
        mention = "@" + self.username
        context.setdefault("chat_id", DEFAULT_GROUP_ID)
        return self.push_text(user_id, text if mention in text else f"{mention} {text}", **context)

    def push_callback(
        self, user_id: int, data: str, message_id: int, chat_id: int | None = None
    ) -> int:
        """A user presses an inline button on an earlier bot message; returns the update id."""
        chat = user_id if chat_id is None else chat_id
        message = self._messages.get((chat, message_id))
        if message is None or message.get("from", {}).get("id") != self.bot_id:
            raise ValueError(f"no bot message {message_id} in chat {chat}")
        update_id = self._new_update_id()
        query_id = str(10**12 + update_id)
        self._open_queries[query_id] = update_id
        query = {
            "id": query_id,
            "from": self._user(user_id, None, None, None),
            "message": copy.deepcopy(message),
            "chat_instance": str(abs(chat) * 7 + 1),
            "data": data,
        }
        return self._enqueue(update_id, "callback_query", query)

    def push_photo(
        self, user_id: int, *, caption: str | None = None, **context: Unpack[MessageContext]
    ) -> int:
        """A user sends a photo (three sizes, like Telegram)."""
        n = self._next_update_id
        sizes = [
            {
                "file_id": f"photo-{n}-{side}",
                "file_unique_id": f"uphoto-{n}-{side}",
                "width": side,
                "height": side,
                "file_size": side * 40,
            }
            for side in (90, 320, 1280)
        ]
        return self._push_message(user_id, context, photo=sizes, **self._caption(caption))

    def push_sticker(
        self, user_id: int, *, emoji: str = "👍", **context: Unpack[MessageContext]
    ) -> int:
        """A user sends a (static, regular) sticker."""
        n = self._next_update_id
        sticker = {
            "file_id": f"sticker-{n}",
            "file_unique_id": f"usticker-{n}",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return self._push_message(user_id, context, sticker=sticker)

    def push_voice(
        self, user_id: int, *, duration: int = 3, **context: Unpack[MessageContext]
    ) -> int:
        """A user sends a voice note."""
        n = self._next_update_id
        voice = {
            "file_id": f"voice-{n}",
            "file_unique_id": f"uvoice-{n}",
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": duration * 4000,
        }
        return self._push_message(user_id, context, voice=voice)

    def push_document(
        self,
        user_id: int,
        *,
        file_name: str = "document.pdf",
        mime_type: str = "application/pdf",
        caption: str | None = None,
        **context: Unpack[MessageContext],
    ) -> int:
        """A user sends a file."""
        n = self._next_update_id
        document = {
            "file_id": f"document-{n}",
            "file_unique_id": f"udocument-{n}",
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": 12345,
        }
        return self._push_message(user_id, context, document=document, **self._caption(caption))

    def push_location(
        self, user_id: int, latitude: float, longitude: float, **context: Unpack[MessageContext]
    ) -> int:
        """A user shares a location."""
        location = {"latitude": latitude, "longitude": longitude}
        return self._push_message(user_id, context, location=location)

    def push_edited_text(
        self, update_id: int, text: str, *, entities: list[JSON] | None = None
    ) -> int:
        """The author edits the message of an earlier pushed update to ``text``."""
        earlier = self._history.get(update_id, {})
        kind = "message" if "message" in earlier else "channel_post"
        if kind not in earlier or "text" not in earlier[kind]:
            raise ValueError(f"update {update_id} holds no text message to edit")
        message = copy.deepcopy(earlier[kind])
        message.pop("entities", None)
        message.update(text=text, edit_date=int(time.time()))
        found = detect_entities(text) if entities is None else entities
        if found:
            message["entities"] = found
        self._messages[(message["chat"]["id"], message["message_id"])] = message
        return self._enqueue(self._new_update_id(), "edited_" + kind, copy.deepcopy(message))

    def push_edited_caption(self, update_id: int, caption: str) -> int:
        """The author edits the caption of an earlier pushed photo or file, as Telegram sends
        it: an `edited_message` with the media and the new caption, and no text."""
        earlier = self._history.get(update_id, {})
        message = copy.deepcopy(earlier.get("message") or {})
        if not message or "text" in message:
            raise ValueError(f"update {update_id} holds no media message to edit")
        message.pop("caption_entities", None)
        message.update(self._caption(caption), edit_date=int(time.time()))
        self._messages[(message["chat"]["id"], message["message_id"])] = message
        return self._enqueue(self._new_update_id(), "edited_message", copy.deepcopy(message))

    def push_channel_post(
        self, chat_id: int, text: str, *, title: str | None = None, username: str | None = None
    ) -> int:
        """A post in a channel the bot administers (no ``from``, sender_chat is the channel)."""
        chat: JSON = {"id": chat_id, "type": "channel", "title": title or f"Test channel {chat_id}"}
        if username:
            chat["username"] = username
        self._chats[chat_id] = chat
        message = self._new_message(chat, sender_chat=chat, text=text)
        if entities := detect_entities(text):
            message["entities"] = entities
        return self._enqueue(self._new_update_id(), "channel_post", copy.deepcopy(message))

    def push_my_chat_member(self, user_id: int, status: str, old_status: str = "member") -> int:
        """The user changed the bot's membership of their private chat: "kicked" = blocked it.

        Blocking also makes later calls to that chat answer 403, as block() does; "member"
        (restarting the bot) lifts that.
        """
        user = self._user(user_id, None, None, None)
        chat = self._chat(user_id, "private", user)
        if status == "kicked":
            self.block(user_id)
        elif status == "member":
            self.unblock(user_id)
        date = int(time.time())
        change = {
            "chat": dict(chat),
            "from": user,
            "date": date,
            "old_chat_member": {"status": old_status, "user": self._public_user()},
            "new_chat_member": {"status": status, "user": self._public_user()}
            | ({"until_date": 0} if status == "kicked" else {}),
        }
        return self._enqueue(self._new_update_id(), "my_chat_member", change)

    def push_service(
        self,
        chat_id: int,
        *,
        new_chat_members: Sequence[int] = (),
        left_chat_member: int | None = None,
        by_user_id: int | None = None,
    ) -> int:
        """A join/leave service message in a group; the bot's own id stands for the bot."""
        if by_user_id is not None:
            actor_id = by_user_id
        elif new_chat_members:
            actor_id = new_chat_members[0]
        elif left_chat_member is not None:
            actor_id = left_chat_member
        else:
            raise ValueError("push_service needs new_chat_members or left_chat_member")
        content: JSON = {}
        if new_chat_members:
            content["new_chat_members"] = [self._member(uid) for uid in new_chat_members]
        if left_chat_member is not None:
            content["left_chat_member"] = self._member(left_chat_member)
        sender = self._member(actor_id)
        chat = self._chat(chat_id, None, sender)
        message = self._new_message(chat, **{"from": sender}, **content)
        return self._enqueue(self._new_update_id(), "message", copy.deepcopy(message))

    async def deliver_webhook(
        self, update: int | JSON, url: str | None = None, secret_token: str | None = None
    ) -> int:
        """POST an update (pushed update id, or a raw dict) to a webhook; returns HTTP status.

        url and secret_token default to what setWebhook registered; secret_token="" sends no
        X-Telegram-Bot-Api-Secret-Token header. A 2xx answer removes the update from pending.
        """
        body = self._history[update] if isinstance(update, int) else update
        target = url or (self.webhook.url if self.webhook else None)
        if not target:
            raise ValueError("no webhook url given or registered")
        if secret_token is None and self.webhook:
            secret_token = self.webhook.secret_token
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret_token} if secret_token else {}
        async with (
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session,
            session.post(target, json=body, headers=headers) as response,
        ):
            status = response.status
        if 200 <= status < 300:
            self._pending = [u for u in self._pending if u["update_id"] != body.get("update_id")]
        return status

    # ----------------------------------------------------------------- HTTP entry point

    async def handle(self, method: str, params: JSON) -> tuple[int, JSON]:
        """Answer one API call like Telegram: (HTTP status, response body)."""
        name = method.lower()
        canonical, handler = self._handlers.get(name, (method, None))
        self.calls.append(ApiCall(canonical, params, time.monotonic()))
        self._notify()
        if self.logged_out:
            return _failure(401, "Unauthorized")
        if handler is None:
            return _failure(404, "Not Found")
        delay = self._take_delay(name)
        if delay and not delay.delivered:
            await asyncio.sleep(delay.seconds)
        status, body = await self._answer(name, handler, params)
        if delay and delay.delivered:
            await asyncio.sleep(delay.seconds)
        return status, body

    async def _answer(self, name: str, handler: Handler, params: JSON) -> tuple[int, JSON]:
        chat_id = _chat_id_or_none(params.get("chat_id"))
        fault = self._take_fault(name, chat_id)
        if fault:
            if fault.status == HTTPStatus.TOO_MANY_REQUESTS:
                description = f"Too Many Requests: retry after {fault.retry_after}"
                return _failure(
                    fault.status,
                    fault.description or description,
                    {"retry_after": fault.retry_after},
                )
            return _failure(fault.status, fault.description or HTTPStatus(fault.status).phrase)
        if chat_id in self._blocked:
            return _failure(403, self._blocked_description(chat_id))
        if chat_id in self._migrated:
            return _failure(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self._migrated[chat_id]},
            )
        try:
            result = await handler(params)
        except ApiError as error:
            return _failure(error.status, error.description)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            # Malformed parameters: Telegram answers 400 too; the repr tells the test why.
            return _failure(400, f"Bad Request: malformed parameters ({error!r})")
        self._notify()
        return 200, {"ok": True, "result": result}

    # ----------------------------------------------------------------- API methods

    async def _get_me(self, params: JSON) -> JSON:
        return dict(self.user)

    async def _get_updates(self, params: JSON) -> list[JSON]:
        if self.webhook:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = _int(params.get("offset", 0), "offset")
        limit = min(max(_int(params.get("limit", 100), "limit"), 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        if "allowed_updates" in params:
            self._allowed_updates = list(params["allowed_updates"] or []) or None
        if offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        elif offset < 0:
            self._pending = self._pending[offset:]
        self._poll_generation += 1
        generation = self._poll_generation
        self._notify()  # an older long poll wakes up and answers 409
        deadline = asyncio.get_running_loop().time() + timeout
        while not self._pending:
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                break
            try:
                await asyncio.wait_for(self._changed.wait(), remaining)
            except TimeoutError:
                break
            if self._poll_generation != generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                )
        return copy.deepcopy(self._pending[:limit])

    async def _send_message(self, params: JSON) -> JSON:
        chat_id = self._chat_id(params)
        text = params.get("text")
        parse_mode = params.get("parse_mode") or None
        plain, entities = self._format(text, parse_mode, params.get("entities"))
        markup = _markup(params.get("reply_markup"))
        _check_inline_keyboard(markup)
        reply_params = params.get("reply_parameters") or {}
        reply_to = params.get("reply_to_message_id") or reply_params.get("message_id")
        content: JSON = {"from": self._public_user(), "text": plain}
        if entities:
            content["entities"] = entities
        if markup and "inline_keyboard" in markup:
            content["reply_markup"] = markup
        if reply_to:
            original = self._messages.get((chat_id, _int(reply_to, "reply_to_message_id")))
            if original is not None:
                content["reply_to_message"] = _without_reply(original)
            elif not reply_params.get("allow_sending_without_reply"):
                raise ApiError(400, "Bad Request: message to be replied not found")
        chat = self._chats.get(chat_id) or self._unknown_chat(chat_id)
        message = self._new_message(chat, **content)
        self._last_bot_message[chat_id] = message["message_id"]
        self._sent.append(
            SentMessage(
                message_id=message["message_id"],
                chat_id=chat_id,
                text=str(text),
                parse_mode=parse_mode,
                reply_markup=markup,
                entities=entities,
                reply_to_message_id=int(reply_to) if reply_to else None,
                params=params,
            )
        )
        return copy.deepcopy(message)

    async def _edit_message_text(self, params: JSON) -> JSON:
        message = self._editable(params)
        text = params.get("text")
        parse_mode = params.get("parse_mode") or None
        plain, entities = self._format(text, parse_mode, params.get("entities"))
        markup = _markup(params.get("reply_markup"))
        _check_inline_keyboard(markup)
        new = {k: v for k, v in message.items() if k not in ("entities", "reply_markup")}
        new["text"] = plain
        if entities:
            new["entities"] = entities
        return self._apply_edit(
            "editMessageText", message, new, markup, text=str(text), parse_mode=parse_mode
        )

    async def _edit_message_reply_markup(self, params: JSON) -> JSON:
        message = self._editable(params)
        markup = _markup(params.get("reply_markup"))
        _check_inline_keyboard(markup)
        new = {k: v for k, v in message.items() if k != "reply_markup"}
        return self._apply_edit("editMessageReplyMarkup", message, new, markup)

    async def _answer_callback_query(self, params: JSON) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        update_id = self._open_queries.pop(query_id, None)
        if update_id is None:
            raise ApiError(400, _QUERY_INVALID)
        self.callback_answers.append(
            CallbackAnswer(
                callback_query_id=query_id,
                update_id=update_id,
                text=params.get("text"),
                show_alert=bool(params.get("show_alert", False)),
                url=params.get("url"),
            )
        )
        return True

    async def _set_my_commands(self, params: JSON) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: can't parse commands JSON object")
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(command.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        key = (_scope_key(params.get("scope")), params.get("language_code") or "")
        self.commands[key] = [(c["command"], c["description"]) for c in commands]
        return True

    async def _get_my_commands(self, params: JSON) -> list[JSON]:
        key = (_scope_key(params.get("scope")), params.get("language_code") or "")
        return [{"command": c, "description": d} for c, d in self.commands.get(key, [])]

    async def _delete_my_commands(self, params: JSON) -> bool:
        key = (_scope_key(params.get("scope")), params.get("language_code") or "")
        self.commands.pop(key, None)
        return True

    async def _set_webhook(self, params: JSON) -> bool:
        url = str(params.get("url") or "")
        if params.get("drop_pending_updates"):
            self._pending.clear()
        if "allowed_updates" in params:
            self._allowed_updates = list(params["allowed_updates"] or []) or None
        self.webhook = (
            Webhook(
                url=url,
                secret_token=params.get("secret_token"),
                allowed_updates=params.get("allowed_updates"),
                max_connections=_int(params.get("max_connections", 40), "max_connections"),
            )
            if url
            else None
        )
        return True

    async def _delete_webhook(self, params: JSON) -> bool:
        if params.get("drop_pending_updates"):
            self._pending.clear()
        self.webhook = None
        return True

    async def _get_webhook_info(self, params: JSON) -> JSON:
        info: JSON = {
            "url": self.webhook.url if self.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }
        if self.webhook:
            info["max_connections"] = self.webhook.max_connections
            if self.webhook.allowed_updates is not None:
                info["allowed_updates"] = self.webhook.allowed_updates
        return info

    async def _send_document(self, params: JSON) -> JSON:
        return self._send_file(params, "document", self.documents)

    async def _send_photo(self, params: JSON) -> JSON:
        return self._send_file(params, "photo", self.photos)

    def _send_file(self, params: JSON, kind: str, kept: list[SentDocument]) -> JSON:
        """sendDocument / sendPhoto with an uploaded file; a photo comes back as a list of
        sizes, as Telegram answers (one size here)."""
        chat_id = self._chat_id(params)
        upload = params.get(kind)
        if not isinstance(upload, Upload):
            raise ApiError(400, f"Bad Request: there is no {kind} in the request")
        if not upload.content:
            raise ApiError(400, "Bad Request: file must be non-empty")
        caption = params.get("caption")
        n = len(kept) + 1
        file: JSON = {
            "file_id": f"{kind}-out-{n}",
            "file_unique_id": f"u{kind}-out-{n}",
            "file_size": len(upload.content),
        }
        if kind == "document":
            file["file_name"] = upload.filename
        else:
            file |= {"width": 640, "height": 480}
        content: JSON = {"from": self._public_user(), kind: file if kind == "document" else [file]}
        if caption:
            content["caption"] = caption
        chat = self._chats.get(chat_id) or self._unknown_chat(chat_id)
        message = self._new_message(chat, **content)
        self._last_bot_message[chat_id] = message["message_id"]
        kept.append(
            SentDocument(message["message_id"], chat_id, upload.filename, upload.content, caption)
        )
        return copy.deepcopy(message)

    async def _send_chat_action(self, params: JSON) -> bool:
        self._chat_id(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    async def _close(self, params: JSON) -> bool:
        return True

    async def _log_out(self, params: JSON) -> bool:
        self.logged_out = True  # like Telegram, the cloud API answers 401 from now on
        return True

    # ----------------------------------------------------------------- internals

    def _notify(self) -> None:
        """Wake every waiter (long polls, wait_for); each re-checks its own condition."""
        self._changed.set()
        self._changed = asyncio.Event()

    def _take_fault(self, name: str, chat_id: int | None) -> _Fault | None:
        for fault in self._faults:
            if fault.method == name and fault.chat_id in (None, chat_id):
                fault.times -= 1
                if fault.times <= 0:
                    self._faults.remove(fault)
                return fault
        return None

    def _take_delay(self, name: str) -> _Delay | None:
        delay = self._delays.get(name)
        if delay and delay.times is not None:
            delay.times -= 1
            if delay.times <= 0:
                del self._delays[name]
        return delay

    def _blocked_description(self, chat_id: int) -> str:
        kind = self._chats.get(chat_id, self._unknown_chat(chat_id))["type"]
        return {
            "private": "Forbidden: bot was blocked by the user",
            "group": "Forbidden: bot was kicked from the group chat",
            "supergroup": "Forbidden: bot was kicked from the supergroup chat",
        }.get(kind, "Forbidden: bot is not a member of the channel chat")

    def _chat_id(self, params: JSON) -> int:
        raw = params.get("chat_id")
        if raw is None or raw == "":
            raise ApiError(400, "Bad Request: chat_id is empty")
        if isinstance(raw, str) and raw.startswith("@"):
            for chat in self._chats.values():
                if chat.get("username", "").lower() == raw[1:].lower():
                    return int(chat["id"])
            raise ApiError(400, "Bad Request: chat not found")
        return _int(raw, "chat_id")

    def _format(self, text: Any, parse_mode: str | None, entities: Any) -> tuple[str, list[JSON]]:
        """Plain text and entities as Telegram stores them, validating like Telegram."""
        if not isinstance(text, str) or not text:
            raise ApiError(400, "Bad Request: message text is empty")
        if entities is not None:
            found = json.loads(entities) if isinstance(entities, str) else entities
            plain = text
        elif parse_mode is None or parse_mode.lower() in ("markdown", "markdownv2"):
            plain, found = text, []  # Markdown is passed through unparsed (not emulated)
        elif parse_mode.lower() == "html":
            try:
                plain, found = parse_html(text)
            except HtmlParseError as error:
                raise ApiError(400, f"Bad Request: can't parse entities: {error}") from None
        else:
            raise ApiError(400, "Bad Request: unsupported parse_mode")
        if not plain.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(plain) > MAX_TEXT_LENGTH:
            raise ApiError(400, "Bad Request: message is too long")
        return plain, list(found)

    def _editable(self, params: JSON) -> JSON:
        if "inline_message_id" in params:
            raise ApiError(400, "Bad Request: MESSAGE_ID_INVALID")  # inline mode not emulated
        chat_id = self._chat_id(params)
        message = self._messages.get((chat_id, _int(params.get("message_id"), "message_id")))
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if message.get("from", {}).get("id") != self.bot_id:
            raise ApiError(400, "Bad Request: message can't be edited")
        return message

    def _apply_edit(
        self,
        method: str,
        old: JSON,
        new: JSON,
        markup: JSON | None,
        *,
        text: str | None = None,
        parse_mode: str | None = None,
    ) -> JSON:
        """Store an edit; like Telegram, an edit without reply_markup removes the keyboard."""
        if markup and "inline_keyboard" in markup:
            new["reply_markup"] = markup
        unchanged = {k: v for k, v in old.items() if k != "edit_date"}
        if unchanged == {k: v for k, v in new.items() if k != "edit_date"}:
            raise ApiError(400, _NOT_MODIFIED)
        new["edit_date"] = int(time.time())
        chat_id, message_id = new["chat"]["id"], new["message_id"]
        self._messages[(chat_id, message_id)] = new
        self.edits.append(Edit(method, chat_id, message_id, text, parse_mode, markup))
        return copy.deepcopy(new)

    def _public_user(self) -> JSON:
        """The bot as it appears in ``from`` fields."""
        return {k: self.user[k] for k in ("id", "is_bot", "first_name", "username")}

    def _member(self, user_id: int) -> JSON:
        return (
            self._public_user() if user_id == self.bot_id else self._user(user_id, None, None, None)
        )

    def _user(
        self,
        user_id: int,
        first_name: str | None,
        username: str | None,
        language_code: str | None,
    ) -> JSON:
        """A user as last described; new users are "User<id>", language nl."""
        user = self._users.setdefault(
            user_id,
            {"id": user_id, "is_bot": False, "first_name": f"User{user_id}", "language_code": "nl"},
        )
        given = {"first_name": first_name, "username": username, "language_code": language_code}
        user.update({k: v for k, v in given.items() if v is not None})
        return dict(user)

    def _chat(self, chat_id: int | None, chat_type: str | None, user: JSON) -> JSON:
        cid = user["id"] if chat_id is None else chat_id
        known = self._chats.get(cid)
        kind = chat_type or (known or self._unknown_chat(cid))["type"]
        if kind == "private":
            if cid != user["id"]:
                raise ValueError(f"private chat {cid} must have the id of its user {user['id']}")
            chat = {"id": cid, "type": "private", "first_name": user["first_name"]}
            if "username" in user:
                chat["username"] = user["username"]
        else:
            title = known["title"] if known and "title" in known else f"Test {kind} {cid}"
            chat = {"id": cid, "type": kind, "title": title}
        self._chats[cid] = chat
        return chat

    @staticmethod
    def _unknown_chat(chat_id: int) -> JSON:
        """A chat never seen: its kind guessed from the id like Telegram numbers them."""
        if chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": f"User{chat_id}"}
        kind = "supergroup" if str(chat_id).startswith("-100") else "group"
        return {"id": chat_id, "type": kind, "title": f"Test {kind} {chat_id}"}

    def _new_message(self, chat: JSON, **content: Any) -> JSON:
        chat_id = chat["id"]
        message_id = self._last_message_id.get(chat_id, 0) + 1
        self._last_message_id[chat_id] = message_id
        message = {"message_id": message_id, "date": int(time.time()), "chat": dict(chat)}
        message.update(content)
        self._messages[(chat_id, message_id)] = message
        return message

    @staticmethod
    def _caption(caption: str | None) -> JSON:
        if caption is None:
            return {}
        entities = detect_entities(caption)
        return {"caption": caption, **({"caption_entities": entities} if entities else {})}

    def _push_message(self, user_id: int, context: MessageContext, **content: Any) -> int:
        user = self._user(
            user_id,
            context.get("first_name"),
            context.get("username"),
            context.get("language_code"),
        )
        chat = self._chat(context.get("chat_id"), context.get("chat_type"), user)
        if context.get("reply_to_bot"):
            last = self._last_bot_message.get(chat["id"])
            if last is None:
                raise ValueError(f"the bot sent nothing to chat {chat['id']} to reply to")
            original = self._messages[(chat["id"], last)]
            content["reply_to_message"] = _without_reply(original)
        if not content.get("entities"):
            content.pop("entities", None)
        message = self._new_message(chat, **{"from": user}, **content)
        return self._enqueue(self._new_update_id(), "message", copy.deepcopy(message))

    def _new_update_id(self) -> int:
        update_id = self._next_update_id
        self._next_update_id += 1
        return update_id

    def _enqueue(self, update_id: int, kind: str, payload: JSON) -> int:
        """Queue an update unless allowed_updates excludes its kind, as Telegram does."""
        update = {"update_id": update_id, kind: payload}
        self._history[update_id] = update
        allowed = self._allowed_updates
        if (kind in allowed) if allowed else (kind not in _OPT_IN_UPDATES):
            self._pending.append(update)
        self._notify()
        return update_id


# --------------------------------------------------------------------------- the server


class TelegramApiServer(FakeBot):
    """The HTTP server, and the FakeBot of its first token.

    Serves every token given (default DEFAULT_TOKEN); other tokens answer 401 Unauthorized
    like Telegram. Extra tokens get usernames brug_test_2_bot, brug_test_3_bot, ...
    """

    def __init__(
        self,
        *tokens: str,
        username: str = "brug_test_bot",
        first_update_id: int = 1,
        host: str = "127.0.0.1",
    ) -> None:
        first, *others = tokens or (DEFAULT_TOKEN,)
        super().__init__(first, username=username, first_update_id=first_update_id)
        self.bots: dict[str, FakeBot] = {first: self}
        stem = username.removesuffix("bot").rstrip("_")
        for number, token in enumerate(others, start=2):
            self.bots[token] = FakeBot(
                token, username=f"{stem}_{number}_bot", first_update_id=first_update_id
            )
        self.host = host
        self.port = 0
        self._runner: web.AppRunner | None = None

    @property
    def base_url(self) -> str:
        """What to give PTB's ``base_url``: PTB appends the token and the method."""
        return f"http://{self.host}:{self.port}/bot"

    async def start(self) -> None:
        """Listen (again) - on a free port the first time, on the same port afterwards."""
        if self._runner is not None:
            return
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # handler_cancellation: a client that hangs up (timeout, stop polling) ends its call.
        runner = web.AppRunner(
            app, handler_cancellation=True, shutdown_timeout=0.1, access_log=None
        )
        await runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError:
            sock.close()
            await runner.cleanup()
            raise
        self.port = sock.getsockname()[1]
        await web.SockSite(runner, sock).start()
        self._runner = runner

    async def stop(self) -> None:
        """Close the port and drop open connections: Telegram is down (connection refused)."""
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    async def _handle(self, request: web.Request) -> web.Response:
        match = _PATH.fullmatch(request.path)
        bot = self.bots.get(match["token"]) if match else None
        if match is None:
            status, body = _failure(404, "Not Found")
        elif bot is None:
            status, body = _failure(401, "Unauthorized")
        else:
            try:
                params = await _read_params(request)
            except ValueError:
                status, body = _failure(400, "Bad Request: can't parse request body")
            else:
                status, body = await bot.handle(match["method"], params)
        return web.json_response(body, status=status)
