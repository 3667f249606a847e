"""A conversation's state: where the person is in which flow, and what they chose to keep.

Stored as a versioned position string (`flow@version:state`) plus JSON, so a newer dialogue
file can still place an old conversation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any

from bot.core.jsontext import compact

UPDATES_KEPT = 24 * 3600  # Telegram keeps an unconfirmed update this long (Bot API, getUpdates)
_SAME: Any = object()  # in `evolve`: this field stays as it is


@dataclass(frozen=True, slots=True)
class Position:
    flow: str
    version: int
    state: str
    answers: dict[str, str] = field(default_factory=dict)

    def encode(self) -> str:
        return f"{self.flow}@{self.version}:{self.state}"

    def at(self, state: str, version: int) -> Position:
        return Position(self.flow, version, state, self.answers)

    def with_answers(self, answers: dict[str, str]) -> Position:
        return Position(self.flow, self.version, self.state, answers)

    @classmethod
    def decode(cls, text: str, answers: dict[str, str]) -> Position | None:
        flow, _, rest = text.partition("@")
        version, _, state = rest.partition(":")
        if not (flow and state and version.isdigit()):
            return None
        return cls(flow, int(version), state, answers)


@dataclass(frozen=True, slots=True)
class ConversationState:
    """Everything the step function needs to know about one conversation."""

    lang: str | None = None
    country: str | None = None
    tz: str | None = None
    consent: bool | None = None
    onboarded: bool = False
    active: bool = True
    position: Position | None = None
    paused: Position | None = None
    turn: int = 0
    last_seen: int = 0
    last_update: int = 0  # the highest Telegram update_id committed for this conversation
    settings: dict[str, Any] = field(default_factory=dict)

    def evolve(
        self,
        *,
        lang: str | None = _SAME,
        country: str | None = _SAME,
        tz: str | None = _SAME,
        consent: bool | None = _SAME,
        onboarded: bool = _SAME,
        active: bool = _SAME,
        position: Position | None = _SAME,
        paused: Position | None = _SAME,
        turn: int = _SAME,
        last_seen: int = _SAME,
        last_update: int = _SAME,
        settings: dict[str, Any] = _SAME,
    ) -> ConversationState:
        """A copy with some fields changed: `dataclasses.replace`, written out. The step
        function makes several states per message, and this is about three times cheaper."""
        (
            set_lang,
            set_country,
            set_tz,
            set_consent,
            set_onboarded,
            set_active,
            set_position,
            set_paused,
            set_turn,
            set_last_seen,
            set_last_update,
            set_settings,
        ) = _SETTERS
        new = _new(ConversationState)
        set_lang(new, self.lang if lang is _SAME else lang)
        set_country(new, self.country if country is _SAME else country)
        set_tz(new, self.tz if tz is _SAME else tz)
        set_consent(new, self.consent if consent is _SAME else consent)
        set_onboarded(new, self.onboarded if onboarded is _SAME else onboarded)
        set_active(new, self.active if active is _SAME else active)
        set_position(new, self.position if position is _SAME else position)
        set_paused(new, self.paused if paused is _SAME else paused)
        set_turn(new, self.turn if turn is _SAME else turn)
        set_last_seen(new, self.last_seen if last_seen is _SAME else last_seen)
        set_last_update(new, self.last_update if last_update is _SAME else last_update)
        set_settings(new, self.settings if settings is _SAME else settings)
        return new

    @property
    def keeps_answers(self) -> bool:
        return self.consent is True

    def answered_update(self, update_id: int, now: int) -> bool:
        """Whether this Telegram update was answered already. Update ids only grow, and one
        chat's updates are committed in order, so any id up to the highest committed here was
        handled, however many came since. After 24 hours Telegram has dropped the update, and
        after a week without updates it may start numbering anew: then nothing is a repeat."""
        return update_id <= self.last_update and now - self.last_seen < UPDATES_KEPT

    def to_json(self) -> str:
        """What may be written to disk: without consent, only the operational minimum (the
        language, whether onboarded and active, the turn, when last seen, the last update)."""
        keep = self.keeps_answers
        data: dict[str, Any] = {
            "lang": self.lang,
            "consent": self.consent,
            "onboarded": self.onboarded,
            "active": self.active,
            "turn": self.turn,
            "seen": self.last_seen,
            "update": self.last_update,
        }
        if keep:
            data |= {"country": self.country, "tz": self.tz, "settings": self.settings}
        # Declined: where we are counts only while we talk (the cache), never on disk.
        places = (
            () if self.consent is False else (("position", self.position), ("paused", self.paused))
        )
        for name, pos in places:
            if pos is not None:
                data[name] = pos.encode()
                if keep and pos.answers:
                    data[f"{name}_answers"] = pos.answers
        return compact(data)

    @classmethod
    def from_json(cls, text: str) -> ConversationState:
        data = json.loads(text)

        def position(name: str) -> Position | None:
            encoded = data.get(name)
            if not encoded:
                return None
            return Position.decode(encoded, dict(data.get(f"{name}_answers") or {}))

        return cls(
            lang=data.get("lang"),
            country=data.get("country"),
            tz=data.get("tz"),
            consent=data.get("consent"),
            onboarded=bool(data.get("onboarded")),
            active=bool(data.get("active", True)),
            position=position("position"),
            paused=position("paused"),
            turn=int(data.get("turn", 0)),
            last_seen=int(data.get("seen", 0)),
            last_update=int(data.get("update", 0)),
            settings=dict(data.get("settings") or {}),
        )


# Each field's slot setter, in field order: they write a new (frozen) state's fields directly.
_SETTERS = tuple(getattr(ConversationState, f.name).__set__ for f in fields(ConversationState))
_new = object.__new__
