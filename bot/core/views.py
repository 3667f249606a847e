"""Views a dialogue state can show (`view:`): the journal, the week, a week of the route and
the progress over time, built from records."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from statistics import mean
from typing import Any
from zoneinfo import ZoneInfo

from bot.core.messages import Chart, Series
from bot.core.texts import Texts, format_day
from bot.core.when import DEFAULT_TZ

JOURNAL_SHOWN = 5
# What a view needs from the store: record kinds and how many days back.
# No kinds: every kind (a week of the route looks for the records of its exercise).
NEEDS: Mapping[str, tuple[tuple[str, ...], int]] = {
    "journal": (("journal",), 3650),
    "review": (("journal", "commitment", "commitment_outcome"), 7),
    "route_week": ((), 7),
    "route_exercise": ((), 7),
    "progress": (("checkin", "journal"), 3650),
}
SPARK_POINTS = 2  # a line needs two points to show a change
KEPT = {"done", "partly"}


def render_view(
    name: str,
    records: Sequence[Mapping[str, Any]],
    lang: str,
    texts: Texts,
    now: datetime,
    tz: str | None,
    country: str | None = None,
    topic: tuple[str, str] | None = None,
) -> list[tuple[str, Chart | None]]:
    """The messages of view `name`, each a text and maybe a chart; dates as people read them
    in their language and time zone (texts.format_day), with the year only when it is not
    this one. `topic`: the route's pattern of the week, as (flow id, title)."""
    if name == "progress":
        return [progress(records, lang, texts)]
    if name in ("route_week", "route_exercise"):  # the week's exercise; the look back: + review
        flow, title = topic or ("", "")
        done = sum(r["data"].get("flow") == flow for r in records if r["kind"] != "journal")
        said = texts.get(lang, "view-route-week", {"title": title, "done": done})
        week: list[tuple[str, Chart | None]] = [(said, None)]
        if name == "route_exercise":
            return week
        return [*week, *render_view("review", records, lang, texts, now, tz, country)]
    return [(text, None) for text in _texts(name, records, lang, texts, now, tz, country)]


def _texts(
    name: str,
    records: Sequence[Mapping[str, Any]],
    lang: str,
    texts: Texts,
    now: datetime,
    tz: str | None,
    country: str | None,
) -> list[str]:
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
    trend = _trend(moods)
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


def progress(
    records: Sequence[Mapping[str, Any]], lang: str, texts: Texts
) -> tuple[str, Chart | None]:
    """The check-in's total (0-6, the De Jong Gierveld scale: lower is less lonely) and the
    journal's mood (1-5) over time: a summary in words, and a chart when a line has two points.

    Only complete check-ins count (a total exists only when all six items were answered).
    """
    checkins = tuple(
        (int(r["created_at"]), float(r["data"]["total"]))
        for r in records
        if r["kind"] == "checkin" and str(r["data"].get("total", "")).isdigit()
    )
    moods = tuple(
        (int(r["created_at"]), float(r["data"]["mood"]))
        for r in records
        if r["kind"] == "journal" and str(r["data"].get("mood", "")).isdigit()
    )
    args = {
        "checkins": len(checkins),
        "first": int(checkins[0][1]) if checkins else 0,
        "last": int(checkins[-1][1]) if checkins else 0,
        "moods": len(moods),
        "mood": f"{mean(v for _, v in moods):.1f}" if moods else "0",
        "trend": _trend([v for _, v in moods]),
    }
    summary = texts.get(lang, "view-progress", args)
    series = [
        Series(texts.get(lang, label), points, low, high)
        for label, points, low, high in (
            ("view-progress-checkin", checkins, 0.0, 6.0),
            ("view-progress-mood", moods, 1.0, 5.0),
        )
        if len(points) >= SPARK_POINTS
    ]
    chart = Chart(texts.get(lang, "view-progress-title"), tuple(series)) if series else None
    return summary, chart


def _trend(values: Sequence[float]) -> str:
    """`up`, `down` or `same` between the first and the second half; `unknown` under two."""
    if len(values) < SPARK_POINTS:
        return "unknown"
    half = len(values) // 2
    earlier, later = mean(values[:half]), mean(values[half:])
    return "up" if later > earlier + 0.25 else "down" if later < earlier - 0.25 else "same"
