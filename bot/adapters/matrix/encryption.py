"""Encrypted messages whose room key has not arrived yet, retried after each sync."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

PARKED_MAX = 500


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
