"""Named calculations a dialogue state can run (`compute:`), pure like the step itself."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

# The answers are named after the items, not after the order they are asked in (that order,
# alternating, is dialogues/checkin.yaml's): q1-q3 are the emotional items (emptiness, missing
# people around, feeling rejected), q4-q6 the social ones (people to rely on, to trust, to feel
# close to). Stored check-ins keep these names, so they read the same before and after the
# order changed.
EMOTIONAL = ("q1", "q2", "q3")
SOCIAL = ("q4", "q5", "q6")
SMALL_STEP_PREFIX = "small_step-step-"
SMALL_STEP_PAUSE = timedelta(days=14)


@dataclass(frozen=True, slots=True)
class CheckinScore:
    """The 6-item De Jong Gierveld scale (De Jong Gierveld & Van Tilburg, 2006).

    Emotional items score 1 for "yes" or "more or less"; social items (worded positively)
    score 1 for "no" or "more or less". A subscale with a skipped item has no score, and then
    neither has the total: a total is only given, and only compared, when both parts are.

    Sources, checked on 2026-11-30: the scale's manual (De Jong Gierveld & Van Tilburg,
    "Manual of the Loneliness Scale", VU Amsterdam, 1999, updated 2022; section 8, "A short
    scale": item key, SPSS syntax and categories; https://home.fsw.vu.nl/TG.van.Tilburg/
    manual_loneliness_scale_1999.html) and CBS (2023, "Eenzaamheid", the 6-item scale scored
    "following the developers' guidelines").
    Note: the manual's syntax still counts a total with one item missing (missing only with
    more than one); Brug deliberately does not (issue 15, item 16): five answers shown as
    "out of 6" read as a full result, and a gentle tool should not guess the sixth.
    """

    emotional: int | None
    social: int | None
    total: int | None

    @property
    def band(self) -> str:
        """The manual's categories of the total: 0-1 not lonely, 2-4 moderately lonely, 5-6
        severely lonely (section 8, `lonescat`; CBS 2023 uses the same three)."""
        if self.total is None:
            return "unknown"
        if self.total <= 1:
            return "none"
        return "moderate" if self.total <= 4 else "severe"


def part_level(score: int | None) -> str:
    """A subscale (0-3) in words: 0 not lonely, 1-2 somewhat, 3 strongly (CBS 2023; the manual
    has 0 not lonely and 1-3 lonely, so "some" and "strong" together are its "lonely")."""
    if score is None:
        return "unknown"
    return "none" if score == 0 else ("strong" if score >= 3 else "some")


def score_checkin(answers: Mapping[str, str]) -> CheckinScore:
    def item(name: str, scoring: set[str]) -> int | None:
        answer = answers.get(name, "skip")
        return None if answer not in {"yes", "more", "no"} else int(answer in scoring)

    def part(scores: list[int | None]) -> int | None:
        return None if None in scores else sum(s or 0 for s in scores)

    emotional = part([item(q, {"yes", "more"}) for q in EMOTIONAL])
    social = part([item(q, {"no", "more"}) for q in SOCIAL])
    total = None if emotional is None or social is None else emotional + social
    return CheckinScore(emotional, social, total)


def checkin_score(
    answers: Mapping[str, str], settings: Mapping[str, Any], today: date
) -> tuple[dict[str, str], dict[str, Any]]:
    """Answers for the result message, and the total kept for next time's trend.

    Compared with the last check-in only when this one is complete (both parts scored); only
    a complete total is kept for next time.
    """
    score = score_checkin(answers)
    previous = settings.get("last_checkin_total")
    if score.total is None:
        trend = "unknown"
    elif previous is None:
        trend = "first"
    else:
        trend = (
            "same" if score.total == previous else ("lower" if score.total < previous else "higher")
        )
    shown = {
        "total": "" if score.total is None else str(score.total),
        "emotional": "" if score.emotional is None else str(score.emotional),
        "social": "" if score.social is None else str(score.social),
        "emotional_level": part_level(score.emotional),
        "social_level": part_level(score.social),
        "band": score.band,
        "previous": "" if previous is None else str(previous),
        "trend": trend,
    }
    kept: dict[str, Any] = {"last_checkin_day": today.isoformat()}
    if score.total is not None:  # what a route starts from and is compared with (route.py)
        kept["last_checkin_total"] = score.total
        kept["last_checkin_emotional"] = score.emotional
        kept["last_checkin_social"] = score.social
        kept["last_checkin_complete"] = today.isoformat()
    return shown, kept


def small_step(
    keys: Iterable[str],
    settings: Mapping[str, Any],
    today: date,
    salt: str,
    focus: str | None = None,
) -> tuple[dict[str, str], dict[str, Any]]:
    """One small step: from `focus` (a topic) or the person's chosen topics if possible, none
    from the last 14 days.

    The choice is deterministic for a given day and `salt` (the turn), so the step function
    stays pure and tests are repeatable.
    """
    seen: dict[str, str] = dict(settings.get("steps_seen") or {})
    chosen = set(settings.get("patterns") or ())
    steps = sorted(k for k in keys if k.startswith(SMALL_STEP_PREFIX))
    if not steps:
        return {}, {}
    fresh = [k for k in steps if _days_since(seen.get(k), today) >= SMALL_STEP_PAUSE.days]
    # `focus` (a route's pattern of the week: "nudges follow the route") first, then the chosen.
    preferred = [k for k in fresh if _topic(k) == focus] or [
        k for k in fresh if _topic(k) in chosen
    ]
    pool = preferred or fresh or sorted(steps, key=lambda k: seen.get(k, ""))[:1]
    digest = hashlib.sha256(f"{today.isoformat()}:{salt}".encode()).digest()
    step = pool[int.from_bytes(digest[:4], "big") % len(pool)]
    recent = {k: v for k, v in seen.items() if _days_since(v, today) < SMALL_STEP_PAUSE.days}
    recent[step] = today.isoformat()
    return {"step": f"@{step}", "step_id": step.removeprefix(SMALL_STEP_PREFIX)}, {
        "steps_seen": recent
    }


def pause_nudges(answers: Mapping[str, str], today: date) -> tuple[dict[str, str], dict[str, Any]]:
    """A pause of `days` days (an answer), kept as the date nudges may start again."""
    days = int(answers["days"]) if str(answers.get("days", "")).isdigit() else 0
    until = (today + timedelta(days=days)).isoformat()
    return {"until": until}, {"nudges_paused_until": until if days else ""}


def _topic(key: str) -> str:
    return key.removeprefix(SMALL_STEP_PREFIX).rsplit("-", 1)[0]


def _days_since(iso: str | None, today: date) -> int:
    if not iso:
        return 10_000
    try:
        return (today - date.fromisoformat(iso)).days
    except ValueError:
        return 10_000
