"""Local wall-clock times to UTC instants, correct across daylight-saving changes; and the
days people type ("zaterdag", "next saturday", "volgende week dinsdag", "over twee weken")
read as dates in their own time zone.

Days are read with `dateparser` (Dutch and English), imported only when a date is asked for,
so that starting Brug does not wait for it.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.core.inputs import InvalidInput, folded
from bot.core.inputs import read_date as read_plain_date

DEFAULT_TZ = "Europe/Amsterdam"
MORNING = "09:30"
# What dateparser does not read (after `inputs.folded`): Dutch numbers as words ("over twee
# weken"), the weekend, and small words before a day ("komende zaterdag", "op zaterdag").
_NUMBERS = {
    "een": "1",
    "twee": "2",
    "drie": "3",
    "vier": "4",
    "vijf": "5",
    "zes": "6",
    "zeven": "7",
    "acht": "8",
    "negen": "9",
    "tien": "10",
    "elf": "11",
    "twaalf": "12",
}
_FILLER = {"op", "komende", "aanstaande", "deze", "on", "coming", "the", "this", "upcoming"}
_WEEKEND = {"weekend": "zaterdag"}
_WEEKDAYS = {
    **dict.fromkeys(("maandag", "ma", "monday", "mon"), 0),
    **dict.fromkeys(("dinsdag", "di", "tuesday", "tue", "tues"), 1),
    **dict.fromkeys(("woensdag", "wo", "wednesday", "wed"), 2),
    **dict.fromkeys(("donderdag", "do", "thursday", "thu", "thurs"), 3),
    **dict.fromkeys(("vrijdag", "vr", "friday", "fri"), 4),
    **dict.fromkeys(("zaterdag", "za", "saturday", "sat"), 5),
    **dict.fromkeys(("zondag", "zo", "sunday", "sun"), 6),
}
_NEXT_WEEK = re.compile(r"^(?:volgende week|next week) (\w+)$|^(\w+) (?:volgende week|next week)$")


def parse_clock(text: str) -> time:
    hour, minute = text.split(":")
    return time(int(hour), int(minute))


def local_to_utc(day: date, clock: time, tz: str | None) -> datetime:
    """The UTC instant of a local time; a time skipped by spring-forward moves to just after
    the gap, and a time that happens twice at fall-back is taken the first time."""
    zone = ZoneInfo(tz or DEFAULT_TZ)
    naive = datetime.combine(day, clock)
    first = naive.replace(tzinfo=zone, fold=0)
    # A local time in the spring-forward gap does not survive the round trip through UTC.
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != naive:
        later = (naive + timedelta(hours=1)).replace(tzinfo=zone, fold=0)
        return later.astimezone(UTC)
    return first.astimezone(UTC)


def local_today(now: datetime, tz: str | None) -> date:
    return now.astimezone(ZoneInfo(tz or DEFAULT_TZ)).date()


def read_day(text: str, now: datetime, tz: str | None) -> str:
    """A day as people type it, as an ISO date, today or later in their time zone.

    The plain forms ('25-12', 'morgen', 'in 3 days') are read without dateparser; anything else
    ('zaterdag', 'next saturday', 'volgende week dinsdag', 'over twee weken', '4 december')
    with it, relative to `now` in `tz`, preferring the future. Raises InvalidInput.
    """
    zone = ZoneInfo(tz or DEFAULT_TZ)
    local = now.astimezone(zone)
    today = local.date()
    try:
        return read_plain_date(text, today)
    except InvalidInput as invalid:
        if invalid.reason != "input-invalid-date":
            raise
    words = [_NUMBERS.get(w, _WEEKEND.get(w, w)) for w in folded(text).split()]
    words = [w for w in words if w not in _FILLER] or words
    phrase = " ".join(words)
    # Only numbers ("2", "14:00") or a letter are no day: dateparser makes a date of them.
    if len(phrase) < 2 or all(w.isdigit() for w in words):
        raise InvalidInput("input-invalid-date")
    found = _next_week(phrase, today)
    if found is None:
        found = _dateparser_day(phrase, local.replace(tzinfo=None), zone.key)
    if found is None:
        raise InvalidInput("input-invalid-date")
    if found < today:
        raise InvalidInput("input-date-past")
    return found.isoformat()


def _next_week(phrase: str, today: date) -> date | None:
    """'volgende week dinsdag', 'tuesday next week': that weekday in next week (Monday-Sunday),
    which dateparser does not read."""
    match = _NEXT_WEEK.match(phrase)
    day = _WEEKDAYS.get(match.group(1) or match.group(2)) if match else None
    if day is None:
        return None
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=1)
    return monday + timedelta(days=day)


def _dateparser_day(phrase: str, base: datetime, tz: str) -> date | None:
    import dateparser  # only here: ~50 ms to import and ~80 ms for its first Dutch reading

    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": base,
        "TIMEZONE": tz,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "DATE_ORDER": "DMY",
    }
    found = dateparser.parse(phrase, languages=["nl", "en"], settings=settings)
    return None if found is None else found.date()
