"""Named calculations a dialogue state can run (`compute:`), pure like the step itself."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

EMOTIONAL = ("q1", "q2", "q3")
SOCIAL = ("q4", "q5", "q6")
SMALL_STEP_PREFIX = "small_step-step-"
SMALL_STEP_PAUSE = timedelta(days=14)


@dataclass(frozen=True, slots=True)
class CheckinScore:
    """The 6-item De Jong Gierveld scale (De Jong Gierveld & Van Tilburg, 2006).

    Emotional items score 1 for "yes" or "more or less"; social items (worded positively)
    score 1 for "no" or "more or less". A subscale with a skipped item has no score; the total
    has none with more than one skipped item.
    """

    emotional: int | None
    social: int | None
    total: int | None

    @property
    def band(self) -> str:
        if self.total is None:
            return "unknown"
        if self.total <= 1:
            return "none"
        return "moderate" if self.total <= 4 else "severe"


def score_checkin(answers: Mapping[str, str]) -> CheckinScore:
    def item(name: str, scoring: set[str]) -> int | None:
        answer = answers.get(name, "skip")
        return None if answer not in {"yes", "more", "no"} else int(answer in scoring)

    emotional = [item(q, {"yes", "more"}) for q in EMOTIONAL]
    social = [item(q, {"no", "more"}) for q in SOCIAL]
    every = emotional + social
    skipped = every.count(None)

    def total(scores: list[int | None]) -> int | None:
        return None if None in scores else sum(s or 0 for s in scores)

    # With one item skipped the total counts the five answered items, never guessing the
    # sixth upwards: a gentle tool should not overstate loneliness.
    overall = sum(s for s in every if s is not None) if skipped <= 1 else None
    return CheckinScore(total(emotional), total(social), overall)


def checkin_score(
    answers: Mapping[str, str], settings: Mapping[str, Any], today: date
) -> tuple[dict[str, str], dict[str, Any]]:
    """Answers for the result message, and the total kept for next time's trend."""
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
        "band": score.band,
        "previous": "" if previous is None else str(previous),
        "trend": trend,
    }
    kept: dict[str, Any] = {"last_checkin_day": today.isoformat()}
    if score.total is not None:
        kept["last_checkin_total"] = score.total
    return shown, kept


def small_step(
    keys: Iterable[str], settings: Mapping[str, Any], today: date, salt: str
) -> tuple[dict[str, str], dict[str, Any]]:
    """One small step: from the person's chosen topics if possible, none from the last 14 days.

    The choice is deterministic for a given day and `salt` (the turn), so the step function
    stays pure and tests are repeatable.
    """
    seen: dict[str, str] = dict(settings.get("steps_seen") or {})
    chosen = set(settings.get("patterns") or ())
    steps = sorted(k for k in keys if k.startswith(SMALL_STEP_PREFIX))
    if not steps:
        return {}, {}
    fresh = [k for k in steps if _days_since(seen.get(k), today) >= SMALL_STEP_PAUSE.days]
    preferred = [k for k in fresh if _topic(k) in chosen]
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
