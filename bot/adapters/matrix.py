"""Brug in Matrix (matrix-nio with vodozemac): encrypted direct chats, a cross-signed device.

A direct chat (Brug and one person) runs the flows. In a room with more people Brug answers
only when addressed, and points to a direct chat. The only module that imports nio.

What keeps it from answering twice or losing a word:
- the sync token is Brug's own cursor, saved only after a sync's events were committed by the
  engine (nio's own token store would save it before), and the engine drops event ids it saw;
- at the first start nothing from before Brug joined is answered;
- replies come from the engine's outbox and go out per room in order, each under a stable
  transaction id, so a resend after a crash is deduplicated by the homeserver;
- `M_LIMIT_EXCEEDED` pauses only the room that got it, for the time the server asks;
- nio retries connection errors with a capped backoff, so a homeserver that went away is
  picked up again where Brug left off.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import html
import json
import logging
import os
import secrets
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import aiohttp
import nio

from bot.adapters.base import Adapter
from bot.adapters.matrix_crosssigning import CrossSigningError, ensure_cross_signing
from bot.adapters.matrix_keys import NIO_DEFAULT_KEY, forget_person, pickle_key, reseal
from bot.config import read_secret
from bot.core import inputs
from bot.core.messages import ButtonPress, ConversationKey, Incoming, Outgoing
from bot.engine import Engine

log = logging.getLogger("brug.matrix")

PLATFORM = "matrix"
DEVICE_NAME = "Brug"
# Where a button question's options travel in Brug's own events, so a reaction can be read.
BUTTONS_KEY = "org.brug.buttons"
KEYCAPS = (*(f"{n}\ufe0f\u20e3" for n in range(1, 10)), "\U0001f51f")
# Options that get one-tap reactions under the question. Each reaction is an event of its own
# that counts against the homeserver's rate limit; longer lists are answered by typing.
REACTION_OPTIONS = 5
# Matrix events may be 64 KiB. The JSON of /export goes in pieces whose body and HTML together
# take at most this many bytes as JSON, so that even encrypted (base64 adds a third) they fit.
DOCUMENT_BUDGET = 40_000
GAP_PAGE = 100
GAP_MAX = 1_000
PARKED_MAX = 500
HTML_FORMAT = "org.matrix.custom.html"
AUTH_ERRORS = ("M_UNKNOWN_TOKEN", "M_MISSING_TOKEN")
RETRY_CAP = 30.0
# What Telegram sends when someone opens a chat with a bot; Brug's greeting in a new direct chat.
START_COMMAND = "/start"
ADDRESS_PREFIX = "!brug"


class MatrixConfigError(ValueError):
    """The Matrix settings are incomplete or contradict each other (one line, for the log)."""


class MatrixLoginError(MatrixConfigError):
    """The homeserver refused Brug's credentials: the settings need fixing."""


# --- settings -------------------------------------------------------------------------------


def server_of(user_id: str) -> str:
    """The homeserver part of a Matrix id: `@ann:example.org` -> `example.org`."""
    return user_id.partition(":")[2].lower()


@dataclass(frozen=True)
class MatrixSettings:
    """Everything `brug run` needs to know about the Matrix account (from the environment)."""

    homeserver: str
    store_dir: Path
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    access_token: str | None = field(default=None, repr=False)
    allowed: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str], default_store: Path) -> MatrixSettings | None:
        """None when Matrix is not configured (no `BRUG_MATRIX_HOMESERVER`)."""
        homeserver = env.get("BRUG_MATRIX_HOMESERVER", "").strip()
        if not homeserver:
            return None
        if "://" not in homeserver:
            homeserver = f"https://{homeserver}"
        user = env.get("BRUG_MATRIX_USER", "").strip() or None
        password = read_secret(env, "BRUG_MATRIX_PASSWORD", MatrixConfigError)
        token = read_secret(env, "BRUG_MATRIX_ACCESS_TOKEN", MatrixConfigError)
        if password is None and token is None:
            raise MatrixConfigError("set BRUG_MATRIX_PASSWORD or BRUG_MATRIX_ACCESS_TOKEN")
        if token is None and user is None:
            raise MatrixConfigError("BRUG_MATRIX_USER is needed to log in with a password")
        store = env.get("BRUG_MATRIX_STORE", "").strip()
        return cls(
            homeserver=homeserver.rstrip("/"),
            store_dir=Path(store) if store else default_store,
            user=user,
            password=password,
            access_token=token,
            allowed=env.get("BRUG_MATRIX_ALLOWED", "").strip() or None,
        )


@dataclass(frozen=True)
class InvitePolicy:
    """Who may bring Brug into a room: whole homeservers, or single accounts."""

    servers: frozenset[str]
    users: frozenset[str]

    @classmethod
    def parse(cls, allowed: str | None, own_server: str) -> InvitePolicy:
        """`example.org, @ann:other.org`; nothing configured means Brug's own homeserver."""
        entries = [e.strip() for e in (allowed or "").split(",") if e.strip()]
        if not entries:
            return cls(frozenset({own_server.lower()}), frozenset())
        return cls(
            frozenset(e.lower() for e in entries if not e.startswith("@")),
            frozenset(e for e in entries if e.startswith("@")),
        )

    def allows(self, user_id: str) -> bool:
        return user_id in self.users or server_of(user_id) in self.servers


@dataclass(frozen=True)
class SavedLogin:
    """Access token and device id from the one password login, reused at every start.

    Logging in again would make a new, unverified device each time, with an empty key store.
    """

    homeserver: str
    user_id: str
    device_id: str
    access_token: str = field(repr=False)

    @classmethod
    def load(cls, path: Path) -> SavedLogin | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(data["homeserver"], data["user_id"], data["device_id"], data["access_token"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("saved login unreadable", extra={"event": "matrix_login_unreadable"})
            return None

    def save(self, path: Path) -> None:
        """Written 0600 from the first byte, then renamed into place."""
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(
                {
                    "homeserver": self.homeserver,
                    "user_id": self.user_id,
                    "device_id": self.device_id,
                    "access_token": self.access_token,
                },
                f,
            )
        os.replace(tmp, path)


def private_dir(path: Path) -> None:
    """The store holds the device's keys: readable by Brug's user only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.chmod(0o700)


# --- rendering ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Post:
    """One event to send; `reactions` are put under it once it has an event id."""

    type: str
    content: dict[str, Any]
    txn: str
    reactions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """Whom a reply in a room with more people is for."""

    user_id: str
    name: str


def transaction_id(message: Outgoing) -> str:
    """Stable for one outbox row, so the homeserver drops a resend after a crash.

    The digest keeps two rows apart that got the same outbox id in different runs (the store
    counts on from the highest id still in the outbox, which may be lower than one it already
    gave out), as long as they do not also have the same text in the same room.
    """
    if not message.outbox_id:  # not in the outbox (it could not be saved): never resent
        return f"brug-unsaved-{secrets.token_hex(8)}"
    digest = hashlib.blake2b(f"{message.key}\n{message.text}".encode(), digest_size=4)
    return f"brug-{message.outbox_id}-{digest.hexdigest()}"


def paragraphs(text: str) -> str:
    """Plain text as escaped HTML: blank lines make paragraphs, single newlines breaks."""
    parts = [p for p in text.split("\n\n") if p.strip()]
    return "".join(
        "<p>" + "<br>".join(html.escape(line, quote=False) for line in p.split("\n")) + "</p>"
        for p in parts
    )


def annotation(event_id: str, key: str, txn: str) -> Post:
    """A reaction under one of Brug's own messages."""
    relates = {"rel_type": "m.annotation", "event_id": event_id, "key": key}
    return Post("m.reaction", {"m.relates_to": relates}, txn)


class Renderer:
    """Outgoing -> Matrix events: `m.text`, plain `body` plus escaped HTML, options numbered.

    `m.text`, not `m.notice`: the default push rule `.m.rule.suppress_notices` silences
    notices, and a nudge that does not notify is a nudge nobody sees.
    """

    def render(self, message: Outgoing, mention: Mention | None = None) -> list[Post]:
        txn = transaction_id(message)
        body, formatted = message.text, paragraphs(message.text)
        labels = [b.label for b in message.buttons]
        if labels:
            body += "\n\n" + "\n".join(f"{n}. {label}" for n, label in enumerate(labels, 1))
            items = "".join(f"<li>{html.escape(label, quote=False)}</li>" for label in labels)
            formatted += f"<ol>{items}</ol>"
        mentions: dict[str, list[str]] = {}
        if mention is not None:
            link = html.escape(f"https://matrix.to/#/{mention.user_id}")
            name = html.escape(mention.name, quote=False)
            body = f"{mention.name}: {body}"
            formatted = f'<a href="{link}">{name}</a>: {formatted}'
            mentions = {"user_ids": [mention.user_id]}
        content: dict[str, Any] = {
            "msgtype": "m.text",
            "body": body,
            "format": HTML_FORMAT,
            "formatted_body": formatted,
            # Intentional mentions: a name in Brug's text never pings anybody by accident.
            "m.mentions": mentions,
        }
        reactions: tuple[str, ...] = ()
        if labels:
            content[BUTTONS_KEY] = [[b.label, b.press.encode()] for b in message.buttons]
            if len(labels) <= REACTION_OPTIONS:
                reactions = KEYCAPS[: len(labels)]
        posts = [Post("m.room.message", content, txn, reactions)]
        if message.document is not None:
            for n, piece in enumerate(pieces(message.document.content, DOCUMENT_BUDGET)):
                posts.append(Post("m.room.message", code_block(piece), f"{txn}-d{n}"))
        return posts


def encoded_size(text: str) -> int:
    """Bytes `text` takes in an event twice over, as body and as escaped HTML, JSON-encoded
    (quotes, accents and emoji grow there)."""
    return len(json.dumps(text)) + len(json.dumps(html.escape(text, quote=False))) - 4


def pieces(text: str, budget: int) -> list[str]:
    """Split at line ends into pieces of at most `budget` encoded bytes (long lines are cut)."""
    out: list[str] = []
    current, used = "", 0
    longest = max(1, budget // 24)  # characters that fit whatever they are (12 bytes, twice)
    for whole in text.splitlines(keepends=True):
        for start in range(0, len(whole), longest):
            line = whole[start : start + longest]
            size = encoded_size(line)
            if current and used + size > budget:
                out.append(current)
                current, used = "", 0
            current, used = current + line, used + size
    if current or not out:
        out.append(current)
    return out


def code_block(text: str) -> dict[str, Any]:
    code = html.escape(text, quote=False)
    return {
        "msgtype": "m.text",
        "body": text,
        "format": HTML_FORMAT,
        "formatted_body": f'<pre><code class="language-json">{code}</code></pre>',
        "m.mentions": {},
    }


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


# --- undecryptable events -------------------------------------------------------------------


@dataclass
class _Parked:
    room_id: str
    event: Any  # nio.MegolmEvent
    deadline: float


class Undecryptable:
    """Encrypted messages whose room key has not arrived (yet).

    Keys often come a sync after the message. Each is retried after every sync; one whose key
    never comes is handed on as unreadable after `patience` seconds, so Brug does not go silent.
    """

    def __init__(self, patience: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.patience = patience
        self._clock = clock
        self._parked: dict[str, _Parked] = {}

    def park(self, room_id: str, event: Any) -> None:
        if len(self._parked) >= PARKED_MAX:
            oldest = min(self._parked.values(), key=lambda p: p.deadline)
            oldest.deadline = 0.0
        self._parked[event.event_id] = _Parked(room_id, event, self._clock() + self.patience)

    def decrypted(self, decrypt: Callable[[Any], Any]) -> list[tuple[str, Any]]:
        """The parked events that `decrypt` can read now (it returns None when it cannot)."""
        out = []
        for event_id, parked in list(self._parked.items()):
            event = decrypt(parked.event)
            if event is not None:
                del self._parked[event_id]
                out.append((parked.room_id, event))
        return out

    def expired(self) -> list[tuple[str, Any]]:
        now = self._clock()
        gone = [(i, p) for i, p in self._parked.items() if p.deadline <= now]
        for event_id, _ in gone:
            del self._parked[event_id]
        return [(p.room_id, p.event) for _, p in gone]

    def seconds_to_next(self) -> float | None:
        if not self._parked:
            return None
        return max(0.0, min(p.deadline for p in self._parked.values()) - self._clock())


# --- the account ----------------------------------------------------------------------------


class Account:
    """Brug's login: once with the password, then the saved token and device at every start,
    and the device cross-signed so that clients trust it."""

    def __init__(self, client: Any, settings: MatrixSettings) -> None:
        self.client = client
        self.settings = settings

    async def log_in(self) -> None:
        client, settings = self.client, self.settings
        if settings.access_token:
            user_id, device_id = await self._whoami(settings.access_token)
            if user_id is None or device_id is None:
                raise MatrixLoginError("the homeserver does not accept BRUG_MATRIX_ACCESS_TOKEN")
            client.restore_login(user_id, device_id, settings.access_token)
            return
        path = settings.store_dir / "login.json"
        saved = SavedLogin.load(path)
        if saved and saved.homeserver == settings.homeserver and self._same_user(saved):
            user_id, _ = await self._whoami(saved.access_token)
            if user_id == saved.user_id:
                client.restore_login(saved.user_id, saved.device_id, saved.access_token)
                return
            log.warning("saved login refused", extra={"event": "matrix_login_refused"})
        response = await client.login(settings.password, device_name=DEVICE_NAME)
        if not isinstance(response, nio.LoginResponse):
            raise MatrixLoginError(f"login refused: {response.status_code}")
        SavedLogin(
            settings.homeserver, response.user_id, response.device_id, response.access_token
        ).save(path)
        log.info("logged in", extra={"event": "matrix_logged_in"})

    def _same_user(self, saved: SavedLogin) -> bool:
        user = self.settings.user or ""
        return saved.user_id == user or saved.user_id.startswith(f"@{user.lstrip('@')}:")

    async def _whoami(self, token: str) -> tuple[str | None, str | None]:
        """Whose token this is (None when the homeserver does not know it)."""
        self.client.access_token = token
        response = await self.client.whoami()
        self.client.access_token = ""
        if isinstance(response, nio.WhoamiResponse):
            return str(response.user_id), response.device_id
        if response.status_code not in (*AUTH_ERRORS, "M_FORBIDDEN"):
            raise MatrixLoginError(f"whoami failed: {response.status_code}")
        return None, None

    async def cross_sign(self) -> None:
        """Publish the cross-signing keys once and sign this device (idempotent)."""
        client = self.client
        try:
            async with aiohttp.ClientSession() as http:
                outcome = await ensure_cross_signing(
                    http,
                    self.settings.homeserver,
                    client.access_token,
                    client.user_id,
                    client.device_id,
                    self.settings.password,
                    self.settings.store_dir / "cross-signing.json",
                )
        except (CrossSigningError, aiohttp.ClientError) as error:
            # Brug still works; Element shows the device as not verified by its owner.
            log.error(
                "cross-signing failed",
                extra={"event": "matrix_cross_signing_failed", "error": str(error)},
            )
            return
        log.info("cross-signing", extra={"event": f"matrix_cross_signing_{outcome}"})


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
            return self._text(room, event)
        if isinstance(event, (nio.RoomMessage, nio.StickerEvent)) and not isinstance(
            event,
            nio.RoomMessageNotice,  # notices come from other bots: never answered
        ):
            return self.unreadable(room_id, event)
        return None

    def _text(self, room: Any, event: Any) -> Incoming | None:
        """An edit is not a new answer, but the core still checks it for words of crisis."""
        content = event.source.get("content", {})
        edit = edited_text(content)
        body = edit if edit is not None else without_reply_fallback(str(event.body))
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
        source = getattr(event, "source", None)
        content = source.get("content", {}) if isinstance(source, dict) else {}
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


# --- the adapter ----------------------------------------------------------------------------


class MatrixAdapter(Adapter):
    """Brug's Matrix account: login, cross-signing, the sync loop, invites, and sending.

    Trust: room keys are shared with every device of the people in the room, verified or not
    (`ignore_unverified_devices=True`). Brug cannot verify each person's devices interactively;
    refusing unverified ones would leave it silent for nearly everyone. The cost is the one
    Element's default has too: a device someone adds to their own account can read along.
    """

    platform = PLATFORM

    def __init__(
        self,
        engine: Engine,
        settings: MatrixSettings,
        *,
        sync_timeout_ms: int = 30_000,
        reconnect_cap: float = 10.0,
        key_patience: float = 30.0,
        timeline_limit: int = 50,
        drain_timeout: float = 10.0,
    ) -> None:
        super().__init__(engine)
        self.settings = settings
        self.sync_timeout_ms = sync_timeout_ms
        self.timeline_limit = timeline_limit
        self.drain_timeout = drain_timeout
        self._pickle_key = pickle_key(engine.store.derived("brug matrix crypto store"))
        self.client: Any = nio.AsyncClient(
            settings.homeserver,
            settings.user or "",
            store_path=str(settings.store_dir),
            config=nio.AsyncClientConfig(
                encryption_enabled=True,
                store_sync_tokens=False,  # Brug's own cursor, saved after the events are handled
                max_limit_exceeded=0,  # a 429 comes back to us: we pause that room only
                max_timeout_retry_wait_time=reconnect_cap,
                pickle_key=self._pickle_key,
            ),
        )
        self.renderer = Renderer()
        self.reader = Reader(self.client)
        self.undecryptable = Undecryptable(key_patience)
        self.policy = InvitePolicy(frozenset(), frozenset())
        self._senders: dict[str, RoomSender] = {}
        self._ready = asyncio.Event()
        self._sync_task: asyncio.Task[None] | None = None
        self._joins: set[asyncio.Task[None]] = set()  # joins and moves under way
        self._moved: set[ConversationKey] = set()  # conversations gone to a new direct chat
        self._opened: set[str] = set()  # the rooms Brug opened for them
        self._since: str | None = None

    @property
    def user_id(self) -> str:
        return str(self.client.user_id)

    @property
    def _cursor(self) -> str:
        return f"matrix-sync:{self.user_id}"

    # --- lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        """Log in (or reuse the login), cross-sign, catch up, resend the outbox, then listen."""
        store_dir = self.settings.store_dir
        private_dir(store_dir)
        for database in store_dir.glob("*.db"):  # made before Brug's key was set: seal it
            if resealed := reseal(database, NIO_DEFAULT_KEY, self._pickle_key):
                log.info("matrix store sealed", extra={"event": "matrix_sealed", "count": resealed})
        account = Account(self.client, self.settings)
        await account.log_in()
        for path in store_dir.iterdir():  # nio makes its files with the usual umask
            if path.is_file():
                path.chmod(0o600)
        if self.client.should_upload_keys:
            await self.client.keys_upload()
        await account.cross_sign()
        self.policy = InvitePolicy.parse(self.settings.allowed, server_of(self.user_id))
        since = await self.engine.store.cursor(self._cursor)
        first = await self._sync(since=since, full_state=True, limit=1 if since is None else None)
        await self.send(await self.engine.store.pending(PLATFORM))
        self._ready.set()
        await self._on_sync(first, history=since is None)
        self._sync_task = asyncio.get_running_loop().create_task(self._sync_forever())
        log.info("matrix started", extra={"event": "matrix_started", "platform": PLATFORM})

    async def stop(self) -> None:
        """Stop listening, give the sends in flight a moment, and close the connection."""
        if self._sync_task is not None:
            self._sync_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sync_task
        for join in self._joins:
            join.cancel()
        busy = [s.task for s in self._senders.values() if s.task and not s.task.done()]
        if busy:
            _, late = await asyncio.wait(busy, timeout=self.drain_timeout)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
        await self.client.close()

    async def send(self, messages: list[Outgoing]) -> None:
        """Queue replies with their room's sender; each is acknowledged once the room has it."""
        for message in messages:
            self._sender(message.key.chat).put(message)

    # --- syncing ----------------------------------------------------------------------------

    async def _sync(
        self,
        *,
        since: str | None = None,
        full_state: bool = False,
        timeout_ms: int = 0,
        limit: int | None = None,
    ) -> Any:
        """One sync, retried until the homeserver answers with one."""
        backoff = 0.5
        while True:
            self._since = since or self.client.next_batch or None
            response = await self.client.sync(
                timeout=timeout_ms,
                since=since,
                full_state=full_state or None,
                sync_filter={"room": {"timeline": {"limit": limit or self.timeline_limit}}},
            )
            if isinstance(response, nio.SyncResponse):
                return response
            if response.status_code == "M_LIMIT_EXCEEDED" and response.retry_after_ms:
                wait = response.retry_after_ms / 1000
            else:
                wait, backoff = backoff, min(backoff * 2, RETRY_CAP)
            # A refused token is logged loudly but retried too: Brug keeps its outbox and
            # its place, and a token that comes back (or a restart with a new login) goes on.
            level = logging.ERROR if response.status_code in AUTH_ERRORS else logging.WARNING
            log.log(
                level,
                "sync failed",
                extra={"event": "matrix_sync_failed", "error": response.status_code},
            )
            await asyncio.sleep(wait)

    async def _sync_forever(self) -> None:
        while True:
            try:
                await self._keys()
                response = await self._sync(timeout_ms=self._poll_ms())
                await self._on_sync(response, history=False)
            except asyncio.CancelledError:
                raise
            except Exception:  # one bad sync must not end the loop
                log.exception("sync handling failed", extra={"event": "matrix_sync_error"})
                await asyncio.sleep(1)

    def _poll_ms(self) -> int:
        """Long-poll, but wake up in time to give up on a key that never came."""
        waiting = self.undecryptable.seconds_to_next()
        if waiting is None:
            return self.sync_timeout_ms
        return min(self.sync_timeout_ms, int(waiting * 1000) + 1)

    async def _keys(self) -> None:
        """What nio's sync_forever does between syncs: to-device messages, device keys."""
        client = self.client
        await client.send_to_device_messages()
        with contextlib.suppress(nio.LocalProtocolError):  # a send may have done it already
            if client.should_upload_keys:
                await client.keys_upload()
            if client.should_query_keys:
                await client.keys_query()
            if client.should_claim_keys:
                await client.keys_claim(client.get_users_for_key_claiming())

    # --- one sync ---------------------------------------------------------------------------

    async def _on_sync(self, response: Any, *, history: bool) -> None:
        """Handle a sync's invites, leaves and messages, then save its token as the cursor.

        `history` (the very first start): the timelines are from before Brug ran; not answered.
        Once the token is saved, the events answered before this sync cannot come again.
        """
        started = time.time()
        for room_id, info in response.rooms.invite.items():
            await self._invited(room_id, info)
        for room_id in response.rooms.leave:
            await self._removed(room_id)
        await asyncio.gather(
            *(
                self._joined_room(room_id, info, history)
                for room_id, info in response.rooms.join.items()
            )
        )
        for room_id, event in self.undecryptable.decrypted(self._decrypt):
            await self._event(room_id, event)
        for room_id, event in self.undecryptable.expired():
            unreadable = self.reader.unreadable(room_id, event)
            if unreadable is not None:  # its key never came: say so, and ask to send it again
                await self._handle(replace(unreadable, unreadable=False, undecryptable=True))
        await self.engine.store.set_cursor(self._cursor, response.next_batch)
        await self.engine.store.forget_answered(PLATFORM, started)

    async def _joined_room(self, room_id: str, info: Any, history: bool) -> None:
        opened = False
        if not history:
            events = list(info.timeline.events)
            if info.timeline.limited and info.timeline.prev_batch and self._since:
                events = await self._gap(room_id, info.timeline.prev_batch, self._since) + events
            joined = [i for i, e in enumerate(events) if self._is_own_join(e)]
            start = joined[-1] if joined else 0  # nothing from before Brug joined
            # A room Brug opened itself continues a conversation (`_move`): no hello there.
            opened = any(
                isinstance(e, nio.RoomCreateEvent) and e.sender == self.user_id for e in events
            )
            for event in events[start:]:
                try:
                    if self._is_own_join(event):
                        greeting = None if opened else self.reader.greeting(room_id, event)
                        if greeting is not None:
                            await self._handle(greeting)
                    else:
                        await self._event(room_id, event)
                except Exception:  # one event that fails must not take the others with it
                    log.exception("event failed", extra={"event": "matrix_event_failed"})
        room = self.client.rooms.get(room_id)
        if opened:
            self._opened.add(room_id)
        # A room Brug opens comes over several syncs, the invitation last: it is not left.
        if room is not None and not others(room) and room_id not in self._opened:
            await self._leave(room_id)

    async def _gap(self, room_id: str, prev_batch: str, since: str) -> list[Any]:
        """Events a limited sync left out because more arrived than the timeline holds."""
        events: list[Any] = []
        token: str | None = prev_batch
        while token and len(events) < GAP_MAX:
            page = await self.client.room_messages(room_id, start=token, end=since, limit=GAP_PAGE)
            if not isinstance(page, nio.RoomMessagesResponse) or not page.chunk:
                break
            events.extend(page.chunk)
            token = page.end if page.end != token else None
        log.info("gap filled", extra={"event": "matrix_gap", "count": len(events)})
        return list(reversed(events))

    def _is_own_join(self, event: Any) -> bool:
        return (
            isinstance(event, nio.RoomMemberEvent)
            and event.state_key == self.user_id
            and event.membership == "join"
            and event.prev_membership != "join"
        )

    async def _event(self, room_id: str, event: Any) -> None:
        if event.sender == self.user_id:
            return
        if isinstance(event, nio.RoomMemberEvent):
            room = self.client.rooms.get(room_id)
            key = ConversationKey(PLATFORM, room_id, event.state_key)
            if event.membership in ("leave", "ban") and room is not None and not others(room):
                # The person of a direct chat left (a room with more people keeps nothing).
                self._opened.discard(room_id)
                await self.engine.deactivate(key)
            elif event.membership == "join" and event.prev_membership != "join":
                # What waited for them to accept Brug's invitation (`_only_theirs`) goes now.
                await self.send(await self.engine.store.pending(PLATFORM, key))
        elif isinstance(event, nio.MegolmEvent):
            await self._undecrypted(room_id, event)
        else:
            incoming = await self.reader.read(room_id, event)
            if incoming is not None:
                await self._handle(incoming)

    async def _undecrypted(self, room_id: str, event: Any) -> None:
        """Ask for the missing room key and wait for it (see `Undecryptable`)."""
        event.room_id = room_id
        self.undecryptable.park(room_id, event)
        with contextlib.suppress(nio.LocalProtocolError):  # already asked for this session
            await self.client.request_room_key(event)
        log.info("undecryptable", extra={"event": "matrix_undecryptable"})

    def _decrypt(self, event: Any) -> Any:
        try:
            return self.client.decrypt_event(event)
        except nio.EncryptionError:
            return None

    async def _handle(self, incoming: Incoming) -> None:
        await self.send(await self.engine.answer(incoming))

    # --- rooms ------------------------------------------------------------------------------

    async def _invited(self, room_id: str, info: Any) -> None:
        inviter = next(
            (
                e.sender
                for e in info.invite_state
                if isinstance(e, nio.InviteMemberEvent)
                and e.state_key == self.user_id
                and e.membership == "invite"
            ),
            None,
        )
        if inviter is not None and self.policy.allows(inviter):
            task = asyncio.get_running_loop().create_task(self._join(room_id))
            self._joins.add(task)
            task.add_done_callback(self._joins.discard)
        else:
            await self.client.room_leave(room_id)  # rejects the invite
            log.info("invite refused", extra={"event": "matrix_invite_refused"})

    async def _join(self, room_id: str) -> None:
        """Join, waiting out a rate limit on joins; the room then arrives with the next sync."""
        while True:
            response = await self.client.join(room_id)
            if isinstance(response, nio.JoinResponse):
                log.info("joined", extra={"event": "matrix_joined"})
                return
            if response.status_code != "M_LIMIT_EXCEEDED":
                log.warning(
                    "join failed",
                    extra={"event": "matrix_join_failed", "error": response.status_code},
                )
                return
            await asyncio.sleep((response.retry_after_ms or 1000) / 1000)

    async def _removed(self, room_id: str) -> None:
        """Brug left, or was kicked or banned: a direct chat there is over."""
        room = self.client.rooms.pop(room_id, None)
        if room is not None and is_direct(room):
            await self.engine.deactivate(ConversationKey(PLATFORM, room_id, others(room)[0]))

    async def _leave(self, room_id: str) -> None:
        """Everyone else has left: Brug goes too."""
        await self.client.room_leave(room_id)
        self.client.rooms.pop(room_id, None)
        log.info("left empty room", extra={"event": "matrix_left"})

    # --- sending ----------------------------------------------------------------------------

    def _sender(self, room_id: str) -> RoomSender:
        sender = self._senders.get(room_id)
        if sender is None:
            sender = RoomSender(
                room_id, self._post, self._render, self._settle, self._ready, self._only_theirs
            )
            self._senders[room_id] = sender
        return sender

    async def _only_theirs(self, message: Outgoing) -> bool:
        """Whether only the person and Brug can read the room, checked as each message goes
        out (someone may have joined since it was written). If not, the conversation moves
        to a new direct chat, and what waited for the person is sent there once they join."""
        room = self.client.rooms.get(message.key.chat)
        if message.public or room is None:
            return True
        user = message.key.user
        if set(others(room)) <= {user}:
            # In a room Brug opened, it waits until they join: sent before, their devices
            # would get no key to read it.
            joined = user in room.users and user not in room.invited_users
            return joined or room.room_id not in self._opened
        if message.key not in self._moved:  # the first held message starts the move
            self._moved.add(message.key)
            task = asyncio.get_running_loop().create_task(self._move(message.key, room))
            self._joins.add(task)
            task.add_done_callback(self._joins.discard)
        return False

    async def _move(self, key: ConversationKey, room: Any) -> None:
        """Open a direct chat with the person and move the conversation there; if the
        server refuses, the messages wait in the outbox and are checked again at the next
        start."""
        state = [nio.EnableEncryptionBuilder().as_dict()] if room.encrypted else []
        created = await self.client.room_create(
            is_direct=True,
            invite=[key.user],
            initial_state=state,
            preset=nio.RoomPreset.trusted_private_chat,
        )
        if not isinstance(created, nio.RoomCreateResponse):
            log.error("no private room", extra={"event": "matrix_move_failed"})
            return
        self._opened.add(str(created.room_id))
        new = ConversationKey(PLATFORM, str(created.room_id), key.user)
        waiting = await self.engine.move(key, new)
        await self.send(waiting)  # held by `_only_theirs` until the person joins

    def _render(self, message: Outgoing) -> list[Post]:
        room = self.client.rooms.get(message.key.chat)
        mention = None
        if room is not None and not is_direct(room):
            user = message.key.user
            mention = Mention(user, room.user_name(user) or user)
        return self.renderer.render(message, mention)

    async def _post(self, room_id: str, post: Post) -> SendResult:
        client = self.client
        try:
            if client.should_query_keys:  # a new device of someone here: it gets the key too
                with contextlib.suppress(nio.LocalProtocolError):
                    await client.keys_query()
            response = await client.room_send(
                room_id, post.type, post.content, tx_id=post.txn, ignore_unverified_devices=True
            )
        except nio.SendRetryError as error:
            return Failed(type(error).__name__)
        except nio.LocalProtocolError as error:  # nio does not know the room: Brug is not in it
            return Refused(type(error).__name__)
        if isinstance(response, nio.RoomSendResponse):
            return Sent(str(response.event_id))
        code = str(response.status_code)
        status = getattr(response.transport_response, "status", 0)
        if code == "M_LIMIT_EXCEEDED":
            return Limited((response.retry_after_ms or 1000) / 1000)
        if 400 <= status < 500 and code not in AUTH_ERRORS:
            return Refused(code)  # not in the room, not allowed, too large: it never will be
        return Failed(code)

    async def _settle(self, message: Outgoing, delivered: bool) -> None:
        """Done with an outbox row: delivered, or never deliverable (the person is gone).
        After the goodbye to someone who asked to be forgotten, Brug lets go of the room."""
        await self.engine.delivered([message])
        if message.farewell:
            await self._let_go(message.key)
        elif not delivered:
            await self.engine.deactivate(message.key)

    async def _let_go(self, key: ConversationKey) -> None:
        """Leave and forget the room, and drop the person's keys and the room's sessions
        from the crypto store: nothing left to read the conversation with."""
        await self.client.room_leave(key.chat)
        await self.client.room_forget(key.chat)
        self.client.rooms.pop(key.chat, None)
        self._senders.pop(key.chat, None)
        rows = forget_person(self.client, key.chat, key.user)
        log.info("let go", extra={"event": "matrix_forgot", "count": rows})


def from_env(engine: Engine, env: Mapping[str, str]) -> MatrixAdapter | None:
    """The adapter `brug run` starts, or None when `BRUG_MATRIX_HOMESERVER` is not set."""
    settings = MatrixSettings.from_env(env, Path(engine.store.path).parent / "matrix")
    return None if settings is None else MatrixAdapter(engine, settings)
