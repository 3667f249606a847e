"""Local wall-clock times to UTC instants, correct across daylight-saving changes; and the
days people type ("zaterdag", "next saturday", "volgende week dinsdag", "over twee weken")
read as dates in their own time zone.

Days are read with `dateparser` (Dutch and English), imported only when a date is asked for,
so that starting Brug does not wait for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bot.core.inputs import InvalidInput, folded, read_time
from bot.core.inputs import read_date as read_plain_date

if TYPE_CHECKING:
    from bot.core.understanding.lexicon import Entry

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
    """A stored time of day ("22:30")."""
    hour, minute = text.split(":")
    return time(int(hour), int(minute))


# The concepts of `locales/<lang>/words.yaml` that a typed time of day is read with:
# NUM_<n> a number in words; CLOCK_HALF_TO half an hour before the hour (Dutch "half acht"
# is 7:30), CLOCK_HALF_PAST half an hour after it ("half past seven"), CLOCK_QUARTER,
# CLOCK_PAST and CLOCK_TO ("kwart over", "ten to"); CLOCK_AM, CLOCK_PM and CLOCK_NIGHT the part
# of the day ("'s ochtends", "in the evening", "'s nachts"); CLOCK_FILLER words that change
# nothing ("om", "uur", "at", "o'clock").
ClockWords = Mapping[str, tuple[tuple[str, ...], ...]]
_DIGITS = re.compile(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)")


def clock_words(entries: Iterable[Entry], lang: str | None) -> ClockWords:
    """The clock's concepts (above) in one language, or in both when it is not known yet."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for entry in entries:
        if entry.concept.startswith(("CLOCK_", "NUM_")) and lang in (None, entry.lang):
            found.setdefault(entry.concept, []).append(entry.parts)
    return {concept: tuple(sorted(p, key=len, reverse=True)) for concept, p in found.items()}


def read_clock(text: str, words: ClockWords) -> str:
    """A time of day as people type it, as 'HH:MM': '9', '21.15', '9pm', '22u30', and in words
    ('half 8', "om half elf 's avonds", 'kwart over zeven', 'quarter past seven in the
    evening'). Raises InvalidInput("input-invalid-time")."""
    try:
        return read_time(text)
    except InvalidInput:
        pass
    tokens = _clock_tokens(_DIGITS.sub(" ", folded(text)).split(), words)
    if tokens is None:
        raise InvalidInput("input-invalid-time")
    part = [t for t in tokens if t in ("CLOCK_AM", "CLOCK_PM", "CLOCK_NIGHT")]
    rest = tuple(t for t in tokens if t not in part)
    found = _clock_of(rest)
    if found is None or len(part) > 1:
        raise InvalidInput("input-invalid-time")
    hour, minute = found
    if part and hour > 12:
        raise InvalidInput("input-invalid-time")
    if part == ["CLOCK_PM"] and hour < 12:
        hour += 12
    elif part == ["CLOCK_AM"] and hour == 12:
        hour = 0
    elif part == ["CLOCK_NIGHT"]:  # "twaalf uur 's nachts" is 0:00, "elf uur 's nachts" 23:00
        hour = 0 if hour == 12 else hour + 12 if hour >= 6 else hour
    return f"{hour:02d}:{minute:02d}"


def _clock_tokens(words: list[str], known: ClockWords) -> list[int | str] | None:
    """Numbers and concept names, the longest phrase first; None at a word it does not know."""
    tokens: list[int | str] = []
    i = 0
    while i < len(words):
        if words[i].isdigit():
            tokens.append(int(words[i]))
            i += 1
            continue
        best: tuple[int, str] | None = None
        for concept, phrases in known.items():
            for phrase in phrases:
                if tuple(words[i : i + len(phrase)]) == phrase and (
                    best is None or len(phrase) > best[0]
                ):
                    best = (len(phrase), concept)
        if best is None:
            return None
        size, concept = best
        if concept.startswith("NUM_"):
            tokens.append(int(concept.removeprefix("NUM_")))
        elif concept != "CLOCK_FILLER":
            tokens.append(concept)
        i += size
    return tokens


def _clock_of(tokens: tuple[int | str, ...]) -> tuple[int, int] | None:
    """Hour and minute of the words of a time, without the part of the day."""
    match tokens:
        case (int(hour),):
            minutes = hour * 60
        case (int(hour), int(minute)) if minute < 60:
            minutes = hour * 60 + minute
        case ("CLOCK_HALF_TO", int(hour)):
            minutes = hour * 60 - 30
        case ("CLOCK_HALF_PAST", int(hour)):
            minutes = hour * 60 + 30
        case ("CLOCK_QUARTER" | int(), "CLOCK_PAST" | "CLOCK_TO", *after):
            shift = 15 if tokens[0] == "CLOCK_QUARTER" else int(tokens[0])
            base = _clock_of(tuple(after))
            if base is None or not 0 < shift < 30 or len(after) > 2:
                return None
            sign = 1 if tokens[1] == "CLOCK_PAST" else -1
            minutes = base[0] * 60 + base[1] + sign * shift
        case _:
            return None
    if not 0 <= minutes < 24 * 60:
        return None
    hour, minute = divmod(minutes, 60)
    return hour, minute


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
