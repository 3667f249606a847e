"""When a nudge is due, and whether it may go out now: pure rules over a conversation's state.

The person decides: which kinds, what time, quiet hours (default 21:00-09:00 local), a pause,
or none at all. At most two nudges a day; none in quiet hours, except at a time the person
chose inside them; none that are hours late; none that barge into an exercise the person is
busy with.

Brug never confirms one time and plans another. A time the person chose for a nudge (the
journal or the small step at `<kind>_time`, the week review at `review_time`) is when it is
planned and sent, also inside quiet hours, the default ones and those the person set alike:
the later choice is the more precise wish, and the question for a time says that quiet hours
do not move it. Such a time opens the quiet hours for that nudge only (also when it comes a
little later because the person was busy). The quiet hours still keep back everything else:
what Brug times itself (the monthly check-in, "still there?", a reminder moved because it
could not go out), and a nudge chosen outside them that could not go out in time and would
now fall inside them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.core import weeks
from bot.core.when import DEFAULT_TZ, local_to_utc, parse_clock

RECURRING = ("journal", "step", "review", "checkin", "still_there", "route")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAILY_LIMIT = 2
LATE = timedelta(hours=3)
BUSY = timedelta(minutes=30)
SILENT = timedelta(days=7)
MONTH = timedelta(days=30)
QUIET = ("21:00", "09:00")
SHOWN_DEFAULTS = {"quiet_start": QUIET[0], "quiet_end": QUIET[1], "nudges_stopped": "no"}
# The settings that change when nudges are due: when any changes, the plan is made anew.
PLAN_SETTINGS = (
    "journal_time",
    "step_time",
    "review_day",
    "review_time",
    "checkin_monthly",
    "still_there",
    "quiet_start",
    "quiet_end",
    "nudges_paused_until",
    "nudges_stopped",
    "still_there_sent",
    *("route", "route_status", "route_stage", "route_since", "route_light", "route_week"),
    *(f"every_{kind}" for kind in RECURRING),
)


@dataclass(frozen=True, slots=True)
class Person:
    """What the rules read from a conversation: its settings, time zone and last message."""

    settings: Mapping[str, Any]
    tz: str | None
    last_seen: int

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz or DEFAULT_TZ)

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def quiet(self) -> tuple[time, time]:
        start = self.settings.get("quiet_start") or QUIET[0]
        end = self.settings.get("quiet_end") or QUIET[1]
        return parse_clock(start), parse_clock(end)

    def in_quiet_hours(self, moment: datetime) -> bool:
        return self.quiet_at(self.local(moment).time())

    def quiet_at(self, clock: time) -> bool:
        start, end = self.quiet()
        if start == end:
            return False
        return start <= clock or clock < end if start > end else start <= clock < end

    def every(self, kind: str) -> int:
        return int(self.settings.get(f"every_{kind}") or 1)


def chosen_time(kind: str | None, person: Person) -> str | None:
    """The time of day the person chose for `kind` ("22:30"), or None when Brug picks it."""
    if kind in ("journal", "step"):
        return person.settings.get(f"{kind}_time") or None
    if kind == "review":
        return person.settings.get("review_time") or None
    return None


def opens_quiet_hours(kind: str | None, person: Person) -> bool:
    """Whether the person chose a time for `kind` inside their quiet hours."""
    clock = chosen_time(kind, person)
    return clock is not None and person.quiet_at(parse_clock(clock))


def _at(person: Person, day: date, clock: str) -> datetime:
    return local_to_utc(day, parse_clock(clock), person.tz)


def pause_end(person: Person) -> datetime | None:
    """When a pause the person asked for ends: the end of quiet hours on that day."""
    paused = person.settings.get("nudges_paused_until")
    if not paused:
        return None
    return _at(person, date.fromisoformat(paused), person.quiet()[1].strftime("%H:%M"))


def allowed_time(person: Person, moment: datetime) -> datetime:
    """The first moment at or after `moment` outside quiet hours and after any pause."""
    resume = pause_end(person)
    if resume is not None:
        moment = max(moment, resume)
    if person.in_quiet_hours(moment):
        end = person.quiet()[1]
        local = person.local(moment)
        day = local.date() if local.time() < end else local.date() + timedelta(days=1)
        moment = local_to_utc(day, end, person.tz)
    return moment


def next_due(kind: str, person: Person, now: datetime) -> datetime | None:
    """The next time `kind` is wanted after `now`, or None when it is off."""
    settings = person.settings
    if settings.get("nudges_stopped") == "yes":
        return None
    resume = pause_end(person)
    if resume is not None and resume > now:  # occurrences during a pause are skipped
        now = resume - timedelta(seconds=1)
    today = person.local(now).date()
    every = person.every(kind)
    due: datetime | None = None
    if kind in ("journal", "step"):
        clock = settings.get(f"{kind}_time")
        if not clock:
            return None
        due = _at(person, today, clock)
        while due <= now:
            due = _at(person, person.local(due).date() + timedelta(days=every), clock)
    elif kind == "review":
        day = settings.get("review_day")
        if day not in WEEKDAYS or settings.get("route_status") == "active":
            return None  # in a route, its end of the week is the look back
        clock = settings.get("review_time") or "19:00"
        ahead = (WEEKDAYS.index(day) - today.weekday()) % 7
        due = _at(person, today + timedelta(days=ahead), clock)
        while due <= now:
            due = _at(person, person.local(due).date() + timedelta(weeks=every), clock)
    elif kind == "checkin":
        if settings.get("checkin_monthly") != "yes":
            return None
        last = settings.get("last_checkin_day")
        start = date.fromisoformat(last) if last else today
        due = _at(person, start + MONTH * every, "10:00")
        if due <= now:
            due = _at(person, today + timedelta(days=1), "10:00")
    elif kind == "route":  # weeks.py: day one, midweek, the end of the week; the route waits
        day = weeks.stage_day(settings)
        if day is None:
            return None
        if weeks.next_stage(settings) == "end":
            clock = settings.get("review_time") or "19:00"
        else:
            clock = settings.get("step_time") or settings.get("journal_time") or "10:00"
        due = _at(person, max(day, today), clock)
        while due <= now:
            due = _at(person, person.local(due).date() + timedelta(days=1), clock)
    elif kind == "still_there":
        if settings.get("still_there") == "no" or settings.get("still_there_sent"):
            return None
        seen = datetime.fromtimestamp(person.last_seen or now.timestamp(), UTC)
        due = max(seen + SILENT * person.every(kind), now + timedelta(minutes=1))
    if due is None:
        return None
    # A chosen time is kept as it is: a pause was skipped above, and quiet hours do not move it.
    return due if chosen_time(kind, person) else allowed_time(person, due)


def plan(
    person: Person, now: datetime, kinds: tuple[str, ...] = RECURRING
) -> dict[str, int | None]:
    """The next due time (UTC seconds) of each kind; None removes a pending row."""
    plans = {}
    for kind in kinds:
        due = next_due(kind, person, now)
        plans[kind] = None if due is None else int(due.timestamp())
    return plans


def refusal(
    person: Person, due_at: int, now: datetime, busy: bool, kind: str | None = None
) -> str | None:
    """Why a due nudge may not go out now (a word for logs and tests), or None if it may.

    Quiet hours do not hold back a nudge whose chosen time lies inside them; one chosen for
    20:00 that could only go out at 21:30 is held, as before.
    """
    if person.settings.get("nudges_stopped") == "yes":
        return "stopped"
    if now - datetime.fromtimestamp(due_at, UTC) > LATE:
        return "late"
    resume = pause_end(person)
    if resume is not None and resume > now:
        return "quiet"
    if person.in_quiet_hours(now) and not opens_quiet_hours(kind, person):
        return "quiet"
    if sent_today(person, now) >= DAILY_LIMIT:
        return "limit"
    if busy and now - datetime.fromtimestamp(person.last_seen, UTC) < BUSY:
        return "busy"
    return None


def sent_today(person: Person, now: datetime) -> int:
    counts: Mapping[str, int] = person.settings.get("nudged") or {}
    return int(counts.get(person.local(now).date().isoformat(), 0))


def count_sent(person: Person, now: datetime) -> dict[str, int]:
    """The per-day count after one more nudge, keeping only today's."""
    day = person.local(now).date().isoformat()
    return {day: sent_today(person, now) + 1}
