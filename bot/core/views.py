"""Views a dialogue state can show (`view:`): the journal and the week, built from records."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from statistics import mean
from typing import Any
from zoneinfo import ZoneInfo

from bot.core.texts import Texts, format_day
from bot.core.when import DEFAULT_TZ

JOURNAL_SHOWN = 5
# What a view needs from the store: record kinds and how many days back.
NEEDS: Mapping[str, tuple[tuple[str, ...], int]] = {
    "journal": (("journal",), 3650),
    "review": (("journal", "commitment", "commitment_outcome"), 7),
}
KEPT = {"done", "partly"}


def render_view(
    name: str,
    records: Sequence[Mapping[str, Any]],
    lang: str,
    texts: Texts,
    now: datetime,
    tz: str | None,
    country: str | None = None,
) -> list[str]:
    """The texts of view `name`; dates as people read them in their language and time zone
    (texts.format_day), with the year only when it is not this one."""
    zone = ZoneInfo(tz or DEFAULT_TZ)
    this_year = now.astimezone(zone).year

    def day(record: Mapping[str, Any]) -> str:
        written = datetime.fromtimestamp(record["created_at"], UTC).astimezone(zone).date()
        return format_day(written, lang, country, this_year)

    if name == "journal":
        entries = [r for r in records if r["kind"] == "journal"][-JOURNAL_SHOWN:]
        if not entries:
            return [texts.get(lang, "view-journal-empty")]
        return [
            texts.get(
                lang,
                "view-journal-entry",
                {
                    "date": day(r),
                    "mood": r["data"].get("mood", ""),
                    "entry": r["data"].get("entry", ""),
                },
            )
            for r in entries
        ]
    since = (now - timedelta(days=7)).timestamp()
    week = [r for r in records if r["created_at"] >= since]
    moods = [
        int(r["data"]["mood"])
        for r in week
        if r["kind"] == "journal" and str(r["data"].get("mood", "")).isdigit()
    ]
    half = len(moods) // 2
    trend = "unknown"
    if len(moods) >= 2:
        earlier, later = mean(moods[:half]), mean(moods[half:])
        trend = "up" if later > earlier + 0.25 else "down" if later < earlier - 0.25 else "same"
    return [
        texts.get(
            lang,
            "view-review",
            {
                "entries": sum(r["kind"] == "journal" for r in week),
                "mood": f"{mean(moods):.1f}" if moods else "none",
                "trend": trend,
                "made": sum(r["kind"] == "commitment" for r in week),
                "kept": sum(
                    r["kind"] == "commitment_outcome" and r["data"].get("outcome") in KEPT
                    for r in week
                ),
            },
        )
    ]
