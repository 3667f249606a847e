"""A conversation's state: where the person is in which flow, and what they chose to keep.

Stored as a versioned position string (`flow@version:state`) plus JSON, so a newer dialogue
file can still place an old conversation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from typing import Any

RECENT_EVENTS = 16


@dataclass(frozen=True, slots=True)
class Position:
    flow: str
    version: int
    state: str
    answers: dict[str, str] = field(default_factory=dict)

    def encode(self) -> str:
        return f"{self.flow}@{self.version}:{self.state}"

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
    recent_events: tuple[str, ...] = ()
    settings: dict[str, Any] = field(default_factory=dict)

    def evolve(self, **changes: Any) -> ConversationState:
        """`dataclasses.replace`, without its per-call introspection: the step function makes
        several new states per message, and this is measurably the cheaper way."""
        if not changes.keys() <= _NAMES:
            raise TypeError(f"no such fields: {sorted(changes.keys() - _NAMES)}")
        new = object.__new__(ConversationState)
        for name in _FIELDS:
            object.__setattr__(new, name, changes[name] if name in changes else getattr(self, name))
        return new

    @property
    def keeps_answers(self) -> bool:
        return self.consent is True

    def seen(self, event_id: str | None) -> bool:
        return event_id is not None and event_id in self.recent_events

    def remember_event(self, event_id: str | None) -> ConversationState:
        if event_id is None:
            return self
        return replace(self, recent_events=(*self.recent_events, event_id)[-RECENT_EVENTS:])

    def to_json(self) -> str:
        """What may be written to disk: without consent, only the operational minimum."""
        keep = self.keeps_answers
        data: dict[str, Any] = {
            "lang": self.lang,
            "consent": self.consent,
            "onboarded": self.onboarded,
            "active": self.active,
            "turn": self.turn,
            "seen": self.last_seen,
            "events": list(self.recent_events),
        }
        if keep:
            data |= {"country": self.country, "tz": self.tz, "settings": self.settings}
        for name, pos in (("position", self.position), ("paused", self.paused)):
            if pos is not None:
                data[name] = pos.encode()
                if keep and pos.answers:
                    data[f"{name}_answers"] = pos.answers
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

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
            recent_events=tuple(data.get("events", ())),
            settings=dict(data.get("settings") or {}),
        )


_FIELDS = tuple(f.name for f in fields(ConversationState))
_NAMES = frozenset(_FIELDS)
