"""Flooding: one conversation writing faster than Brug can answer it.

The rule (per conversation key):

- A message is *over the rate* when it is more than `RATE` (5) messages within `WINDOW` (2.0)
  seconds, counting itself. Nobody types that fast by hand; pasting, a stuck key or a script
  does.
- A *flood* begins with a message over the rate while Brug is behind with that conversation:
  a newer message of it is already waiting for its lock, or replies to it are still waiting
  to be delivered (the platform paces them: Telegram sends about one a second per chat).
  Someone who writes quickly but waits for each reply is never behind, so never flooding.
- The flood lasts while its messages stay over the rate, and ends with the first that is not.

The engine passes over a flooding conversation's messages: each is still read by the safety
check and committed as seen, but only a safety answer is said; the first says once that Brug
reads along, and the latest is answered after `QUIET` (1.0) seconds without a newer one. The
latest is owed as a schedule row (`FLOOD_LATEST`, its payload from `owed_payload`), written
with its "seen" mark, so a restart in between loses nothing; the state notes `OWED` so that a
message answered in full first cancels it.

Times are seconds on the gate's clock (monotonic by default; tests inject their own). Memory
stays bounded: when more than `MAX_TRACKS` conversations are tracked, those that sent
nothing for `KEEP` seconds are dropped (what they held no longer decides anything).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

from bot.core.messages import ButtonPress, Incoming

RATE = 5  # messages: more than this many within WINDOW is over the rate
WINDOW = 2.0  # seconds
QUIET = 1.0  # seconds without a newer message before the latest of a flood is answered
KEEP = 60.0  # seconds a quiet conversation's track is kept once there are many
MAX_TRACKS = 10_000  # tracks before the quiet ones are dropped
FLOOD_LATEST = "flood:latest"  # the schedule kind of a flood's latest message, owed an answer
OWED = "flood_owed"  # in a state's settings while such a row is open


def owed_payload(incoming: Incoming) -> dict[str, str]:
    """What a schedule row keeps of a message to answer it later (sealed like all payloads)."""
    press = incoming.press
    return {
        "text": incoming.text or "",
        "press": f"{press.turn}:{press.index}" if press else "",
        "lang": incoming.lang_hint or "",
        "group": "1" if incoming.group else "",
        "invite": incoming.invite or "",
    }


def owed_message(due: Incoming) -> Incoming:
    """The message a `FLOOD_LATEST` row owes an answer to, as it came in."""
    assert due.scheduled is not None
    data = due.scheduled.payload
    turn, _, index = data.get("press", "").partition(":")
    return Incoming(
        due.key,
        text=data.get("text") or None,
        press=ButtonPress(int(turn), int(index)) if index else None,
        lang_hint=data.get("lang") or None,
        group=bool(data.get("group")),
        invite=data.get("invite") or None,
    )


Clock = Callable[[], float]


@dataclass(slots=True)
class _Track:
    """One conversation: its last RATE + 1 arrival times (seconds), whether it is flooding,
    whether the reading-along notice was said in this flood, and its undelivered replies."""

    arrivals: deque[float]
    flooding: bool = False
    told: bool = False
    unsent: int = 0
    last: float = field(default=0.0)


class FloodGate:
    """Counts each conversation's messages and decides which a flood passes over.

    `note` at arrival, then, holding the conversation's lock, `passes_over`; `notice_due` and
    `told` around the one reading-along notice; `sent` and `delivered` keep the count of
    replies still on their way, which is how a platform that hands over one message at a
    time (Telegram's lane per chat) shows that Brug is behind.
    """

    def __init__(
        self,
        rate: int = RATE,
        window: float = WINDOW,
        *,
        clock: Clock = time.monotonic,
        keep: float = KEEP,
        max_tracks: int = MAX_TRACKS,
    ) -> None:
        if rate < 1 or window <= 0:
            raise ValueError("a flood needs a rate of at least 1 and a window above 0 s")
        self.rate = rate
        self.window = window
        self.clock = clock
        self.keep = keep
        self.max_tracks = max_tracks
        self._tracks: dict[Hashable, _Track] = {}
        self._limit = max_tracks

    def __len__(self) -> int:
        """How many conversations are tracked now."""
        return len(self._tracks)

    def note(self, key: Hashable) -> bool:
        """One message of `key` arrived now; True when it is over the rate (more than `rate`
        messages within `window` seconds). A message under the rate ends a flood."""
        now = self.clock()
        track = self._tracks.get(key)
        if track is None:
            if len(self._tracks) >= self._limit:
                self._forget_quiet(now)
            track = self._tracks[key] = _Track(deque(maxlen=self.rate + 1))
        track.arrivals.append(now)
        track.last = now
        arrivals = track.arrivals
        over = len(arrivals) > self.rate and now - arrivals[0] < self.window
        if not over:
            track.flooding = track.told = False
        return over

    def passes_over(self, key: Hashable, over: bool, waiting: int) -> bool:
        """Whether this message is passed over: it is over the rate (`note`'s answer) and the
        conversation is flooding, or starts to now because Brug is behind with it (`waiting`
        newer messages hold on for its lock, or replies are undelivered)."""
        track = self._tracks.get(key)
        if not over or track is None:
            return False
        if not track.flooding and (waiting > 0 or track.unsent > 0):
            track.flooding = True
        return track.flooding

    def notice_due(self, key: Hashable) -> bool:
        """Whether this flood has not yet been told that Brug reads along."""
        track = self._tracks.get(key)
        return track is not None and track.flooding and not track.told

    def told(self, key: Hashable) -> None:
        """The reading-along notice of this flood is committed: no more until it ends."""
        track = self._tracks.get(key)
        if track is not None:
            track.told = True

    def sent(self, key: Hashable, count: int) -> None:
        """`count` replies to `key` were committed to the outbox (tracked conversations only)."""
        track = self._tracks.get(key)
        if track is not None:
            track.unsent += count

    def delivered(self, key: Hashable, count: int = 1) -> None:
        """`count` replies to `key` reached the platform."""
        track = self._tracks.get(key)
        if track is not None:
            track.unsent = max(0, track.unsent - count)

    def _forget_quiet(self, now: float) -> None:
        """Drop the tracks of conversations quiet for `keep` seconds; if most are still busy,
        allow twice as many before the next sweep, so a sweep stays rare."""
        for key in [k for k, t in self._tracks.items() if now - t.last >= self.keep]:
            del self._tracks[key]
        self._limit = max(self.max_tracks, 2 * len(self._tracks))
