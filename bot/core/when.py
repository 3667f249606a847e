"""Local wall-clock times to UTC instants, correct across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DEFAULT_TZ = "Europe/Amsterdam"
MORNING = "09:30"


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
