"""The values that cross the line between platforms and the core.

Adapters turn platform updates into `Incoming` and render `Outgoing`; the core never sees a
platform object, so the same dialogue runs in a terminal, on Telegram and in Matrix.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class ConversationKey(NamedTuple):
    """Who Brug is talking with, and where: one dialogue state per key.

    A named tuple: it is hashed several times per message (locks, cache), and a tuple's hash
    is computed in C.
    """

    platform: str
    chat: str
    user: str

    def __str__(self) -> str:
        return f"{self.platform}:{self.chat}:{self.user}"


@dataclass(frozen=True, slots=True)
class ButtonPress:
    """A tap on a button: which question (`turn`) and which option (`index`, from 0)."""

    turn: int
    index: int

    def encode(self) -> str:
        return f"b:{self.turn}:{self.index}"

    @classmethod
    def stale(cls) -> ButtonPress:
        """A press that matches no question: for callback data that cannot be read."""
        return cls(-1, -1)

    @classmethod
    def decode(cls, data: str) -> ButtonPress | None:
        """Parse callback data; forged or malformed data gives None, never an exception."""
        parts = data.split(":")
        if len(parts) != 3 or parts[0] != "b":
            return None
        turn, index = parts[1], parts[2]
        if not (turn.isascii() and turn.isdigit() and index.isascii() and index.isdigit()):
            return None
        if len(turn) > 9 or len(index) > 3:
            return None
        return cls(int(turn), int(index))


@dataclass(frozen=True, slots=True)
class Incoming:
    """One thing a person sent (text, a button press, something unreadable), or a due row.

    `group` marks a room with more people, where Brug only answers when addressed and never
    keeps anything; `invite` is the link to a private chat that the adapter offers there.
    `edited` marks a changed earlier message: not a new answer, but still checked for crisis.
    A redelivery is known by `update_id` (Telegram's update number, which only grows) or
    else by `event_id` (Matrix's event id, kept in the store until the sync is saved).
    """

    key: ConversationKey
    text: str | None = None
    press: ButtonPress | None = None
    event_id: str | None = None
    update_id: int | None = None
    lang_hint: str | None = None
    unreadable: bool = False
    undecryptable: bool = False
    group: bool = False
    edited: bool = False
    invite: str | None = None
    scheduled: Scheduled | None = None


@dataclass(frozen=True, slots=True)
class Scheduled:
    """A due row of the schedule (a timed step or a nudge), delivered like a message."""

    id: int
    kind: str
    payload: dict[str, str]
    due_at: int = 0


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    press: ButtonPress


@dataclass(frozen=True, slots=True)
class Document:
    """A file to hand over (the JSON of /export); adapters send it natively where they can."""

    name: str
    content: str


@dataclass(frozen=True, slots=True)
class Series:
    """One line of a chart: `label`, and `points` as (UTC seconds, value) oldest first, on a
    scale from `low` to `high` (a check-in's total 0-6, a journal mood 1-5)."""

    label: str
    points: tuple[tuple[int, float], ...]
    low: float
    high: float


@dataclass(frozen=True, slots=True)
class Chart:
    """Numbers over time to show as a picture (/progress): each platform draws it its own way
    (a PNG on Telegram and Matrix, a sparkline in the terminal). The message's text says the
    same in words, for screen readers; `title` names the picture (its alt text)."""

    title: str
    series: tuple[Series, ...]


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One message from Brug. `outbox_id` names its outbox row until the platform has it.

    `safety` says what the safety check decided when the message is part of a safety answer:
    "crisis" or "possible" (suicide, self-harm), or the safeguarding kind ("violence",
    "child", "sexual", "eating"); None otherwise. `public` marks an answer meant for a room
    with more people (the way to a private chat, the lines after words of crisis); any other
    message is the person's own and is only delivered where nobody else can read it.
    `farewell` marks the last message to someone who asked Brug to forget them: once it is
    delivered, the adapter lets go of the chat (Matrix: leaves the room, drops their keys).
    `scheduled` marks a message nobody is waiting for right now (a nudge, a timed step, a
    reminder): an adapter may send replies to people who are writing before it, though never
    anything of its own chat out of order. `chart`: a picture to show with the text.
    """

    key: ConversationKey
    text: str
    buttons: tuple[Button, ...] = ()
    flow: str | None = None
    state: str | None = None
    safety: str | None = None
    document: Document | None = None
    public: bool = False
    farewell: bool = False
    outbox_id: int = 0
    scheduled: bool = False
    chart: Chart | None = None

    def with_id(self, outbox_id: int) -> Outgoing:
        """This message as written to the outbox (cheaper than `dataclasses.replace`)."""
        return Outgoing(
            self.key,
            self.text,
            self.buttons,
            self.flow,
            self.state,
            self.safety,
            self.document,
            self.public,
            self.farewell,
            outbox_id,
            self.scheduled,
            self.chart,
        )
