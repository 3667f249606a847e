"""The route: the nine patterns one a week, in an order that fits the person (pure).

Internet-based self-help programmes for loneliness carry people through about ten weekly
themes with automated messages; Brug's route is that rhythm on the chat apps: a check-in at
the start, one pattern a week (day one: the pattern and its exercise; midweek: a small step
that fits it; the end of the week: a look back and "how useful was this week?"), a check-in
halfway and one at the end, compared in words.

The order (`propose`) puts first what the person said sounds familiar, then leans on the two
parts of the De Jong Gierveld check-in: emotional loneliness (missing a close bond) towards
the patterns about letting someone near — showing yourself, old hurt, checking in with
yourself —, social loneliness (missing a wider circle) towards the patterns about reaching
out — waiting for someone to come (Brug's `initiative`: waiting and taking the initiative
are one pattern there) and small contacts. Ties keep the menu's order.

What a route is, in the person's settings (kept only with consent, like every setting):
`route` (the pattern ids, in order), `route_week` (1-based: the week the person is in),
`route_stage` (what comes next: `start`, `midweek`, `end`, `waiting` for the week's look
back, or `compare` at the end without a last check-in), `route_since` (ISO date of the week's
day one), `route_status` (`proposed`, `proposing` (at the first check-in), `active`, `paused`,
`finishing` (at the last check-in), `done`), `route_light` ("yes": a lighter rhythm, a
pattern every two weeks without the midweek step), `route_useful` ({pattern: `very` | `bit` |
`not`}) and `route_before` ({"emotional", "social", "total"}: the check-in the route started
with), `route_ended` (ISO date the last week ended: the check-in after it is the route's
"after").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bot.core.computations import part_level

EMOTIONAL_LEAN = frozenset({"vulnerability", "old_wounds", "reflection"})
SOCIAL_LEAN = frozenset({"initiative", "community"})
MIDWEEK = 3  # days after day one
WEEK_END = 6  # days after day one: the look back
RECENT_CHECKIN = timedelta(days=14)  # a check-in this recent counts as the route's start
USEFUL = ("very", "bit", "not")


@dataclass(frozen=True, slots=True)
class Proposal:
    """A route: `order` (pattern ids), and why, for the one sentence that explains it:
    `basis` (`picked-checkin`, `picked`, `checkin`, `none`) and `lean` (`emotional`,
    `social`, `even` (both parts alike), `none` (both 0), `unknown` (no check-in))."""

    order: tuple[str, ...]
    basis: str
    lean: str


def propose(
    patterns: Sequence[str], picked: Sequence[str], emotional: int | None, social: int | None
) -> Proposal:
    """Order `patterns` (the nine ids, in the menu's order) for one person.

    `picked`: the patterns the person said sound familiar; `emotional`, `social`: the parts
    (0-3) of their last check-in, None when not known. Picked patterns come first; within the
    picked and within the rest, the part that weighs more pulls its patterns forward; ties
    keep the menu's order.
    """
    chosen = [p for p in picked if p in patterns]
    known = emotional is not None and social is not None
    e, s = (emotional or 0, social or 0) if known else (0, 0)

    def pull(pattern: str) -> int:
        return (e if pattern in EMOTIONAL_LEAN else 0) + (s if pattern in SOCIAL_LEAN else 0)

    order = sorted(patterns, key=lambda p: (p not in chosen, -pull(p), patterns.index(p)))
    lean = "unknown"
    if known:
        lean = "emotional" if e > s else "social" if s > e else "even" if e else "none"
    basis = ("picked-" if chosen else "") + ("checkin" if known else "")
    return Proposal(tuple(order), basis.rstrip("-") or "none", lean)


def move_first(order: Sequence[str], pattern: str) -> list[str]:
    """The route with `pattern` as the next week (the weeks already done stay where they are)."""
    rest = [p for p in order if p != pattern]
    return [pattern, *rest] if pattern in order else list(order)


def drop(order: Sequence[str], pattern: str) -> list[str]:
    """The route without `pattern`'s week; a route keeps at least one week."""
    rest = [p for p in order if p != pattern]
    return rest or list(order)


def week_length(settings: Mapping[str, Any]) -> int:
    """Days per pattern: 7, or 14 in the lighter rhythm."""
    return 14 if settings.get("route_light") == "yes" else 7


def stage_day(settings: Mapping[str, Any]) -> date | None:
    """The local day the route's next message is due, or None when nothing is due (no route,
    paused, done, or waiting for the person to look back on the week)."""
    if settings.get("route_status") != "active" or not settings.get("route_since"):
        return None
    try:
        since = date.fromisoformat(str(settings["route_since"]))
    except ValueError:
        return None
    stage = next_stage(settings)
    if stage == "start":
        return since
    if stage == "midweek":
        return since + timedelta(days=MIDWEEK)
    if stage == "end":
        return since + timedelta(days=week_length(settings) - 1)
    return None


def next_stage(settings: Mapping[str, Any]) -> str:
    """What the route says next: `start`, `midweek`, `end`, or `waiting` (for the look back,
    a pause, or no route); `midweek` reads `end` when the rhythm has no midweek step."""
    stage = str(settings.get("route_stage") or "waiting")
    if stage == "midweek" and (
        settings.get("route_light") == "yes" or int(settings.get("every_route") or 1) > 1
    ):
        return "end"
    return stage


def current(settings: Mapping[str, Any]) -> str | None:
    """The pattern of the week the person is in, or None outside a route."""
    order = settings.get("route") or ()
    week = int(settings.get("route_week") or 0)
    return order[week - 1] if 1 <= week <= len(order) else None


def halfway(settings: Mapping[str, Any]) -> int:
    """The week before which the halfway check-in comes (week 5 of 9)."""
    return len(settings.get("route") or ()) // 2 + 1


def most_useful(settings: Mapping[str, Any]) -> list[str]:
    """The patterns the person rated most useful (all with the best rating given), in route
    order; empty when none was rated useful."""
    rated: Mapping[str, str] = settings.get("route_useful") or {}
    for rating in USEFUL[:2]:
        best = [p for p in settings.get("route") or () if rated.get(p) == rating]
        if best:
            return best
    return []


# --- the route's calculations (`compute:` in dialogues/route*.yaml) ---------------------------
# Each takes the flow's answers, the person's settings, their local day and the nine pattern
# ids, and returns (answers to show, settings to keep), like bot/core/computations.py.

Computed = tuple[dict[str, str], dict[str, Any]]


def _last_checkin(settings: Mapping[str, Any], today: date) -> dict[str, int] | None:
    """The last complete check-in's parts, if it was recent enough to start a route with."""
    day = settings.get("last_checkin_complete")
    emotional, social = settings.get("last_checkin_emotional"), settings.get("last_checkin_social")
    if not day or emotional is None or social is None:
        return None
    if today - date.fromisoformat(str(day)) > RECENT_CHECKIN:
        return None
    return {"emotional": int(emotional), "social": int(social), "total": emotional + social}


def checked_at_end(settings: Mapping[str, Any]) -> bool:
    """Whether the person did the check-in since the route's last week ended."""
    ended, last = settings.get("route_ended"), settings.get("last_checkin_day")
    return bool(ended and last and str(last) >= str(ended))


def checkin_recent(settings: Mapping[str, Any], today: date) -> bool:
    """Whether a complete check-in of the last two weeks can be the route's starting point."""
    return _last_checkin(settings, today) is not None


def proposed(
    answers: Mapping[str, str], settings: Mapping[str, Any], today: date, patterns: Sequence[str]
) -> Computed:
    """The route to propose: the one being discussed (with the person's changes), or anew."""
    if settings.get("route_status") == "proposed" and settings.get("route"):
        return {}, {}
    checkin = _last_checkin(settings, today) or {}
    proposal = propose(
        patterns, settings.get("patterns") or (), checkin.get("emotional"), checkin.get("social")
    )
    return {}, {
        "route": list(proposal.order),
        "route_status": "proposed",
        "route_basis": proposal.basis,
        "route_lean": proposal.lean,
    }


def _done(settings: Mapping[str, Any]) -> int:
    """How many weeks are behind the person (the current one included): they stay in place."""
    return int(settings.get("route_week") or 0) if settings.get("route_status") == "active" else 0


def moved(
    answers: Mapping[str, str], settings: Mapping[str, Any], today: date, patterns: Sequence[str]
) -> Computed:
    """The pattern the person chose (`pattern_choice`) becomes the next week."""
    order, done = list(settings.get("route") or ()), _done(settings)
    rest = move_first(order[done:], answers.get("pattern_choice", ""))
    return {}, {"route": order[:done] + rest}


def dropped(
    answers: Mapping[str, str], settings: Mapping[str, Any], today: date, patterns: Sequence[str]
) -> Computed:
    """The route without the week the person chose (`pattern_choice`)."""
    order, done = list(settings.get("route") or ()), _done(settings)
    rest = drop(order[done:], answers.get("pattern_choice", ""))
    return {}, {"route": order[:done] + rest}


def accepted(
    answers: Mapping[str, str], settings: Mapping[str, Any], today: date, patterns: Sequence[str]
) -> Computed:
    """The route starts today with week one; the recent check-in is its "before"."""
    return {}, {
        "route_status": "active",
        "route_week": 1,
        "route_stage": "start",
        "route_since": today.isoformat(),
        "route_useful": {},
        "route_before": _last_checkin(settings, today) or {},
    }


def resumed(
    answers: Mapping[str, str], settings: Mapping[str, Any], today: date, patterns: Sequence[str]
) -> Computed:
    """Back from a pause: the week goes on where it was, its next message when it was planned
    or, if that day has passed, from today."""
    stage = settings.get("route_stage")
    offset = {"start": 0, "midweek": MIDWEEK, "end": week_length(settings) - 1}.get(str(stage))
    kept: dict[str, Any] = {"route_status": "active"}
    if offset is not None:
        planned = str(settings.get("route_since") or "")
        kept["route_since"] = max(planned, (today - timedelta(days=offset)).isoformat())
    return {}, kept


def advanced(
    answers: Mapping[str, str], settings: Mapping[str, Any], today: date, patterns: Sequence[str]
) -> Computed:
    """After the week's look back: its rating kept, and on to the next week from tomorrow.

    `route_turn` says what comes: `week` (the next week), `halfway` (the check-in first),
    or `end` (the last check-in, then the comparison).
    """
    order = list(settings.get("route") or ())
    week = int(settings.get("route_week") or 1)
    rated = dict(settings.get("route_useful") or {})
    if answers.get("useful") in USEFUL and 1 <= week <= len(order):
        rated[order[week - 1]] = answers["useful"]
    kept: dict[str, Any] = {"route_useful": rated, "route_week": week + 1}
    shown = {"rated": order[week - 1] if 1 <= week <= len(order) else ""}
    if week >= len(order):
        turn = "end"
        kept |= {"route_status": "finishing", "route_stage": "waiting"}
        kept["route_ended"] = today.isoformat()
    else:
        turn = "halfway" if week + 1 == halfway(settings) else "week"
        kept |= {"route_stage": "start", "route_since": (today + timedelta(days=1)).isoformat()}
    return shown | {"route_turn": turn}, kept


def _change(before: int | None, after: int | None) -> str:
    if before is None or after is None:
        return "unknown"
    return "lower" if after < before else "higher" if after > before else "same"


def compared(
    answers: Mapping[str, str], settings: Mapping[str, Any], today: date, patterns: Sequence[str]
) -> Computed:
    """The end of the route: each part of the check-in before and after, and after's level in
    the published words (computations.part_level), gently.

    Compared only when both check-ins are complete (the scale's parts need all their items);
    otherwise `compared` is "no" and the texts say what is known.
    """
    before: Mapping[str, Any] = settings.get("route_before") or {}
    after = _last_checkin(settings, today) or {}
    shown = {
        "compared": "yes" if before and after else "no",
        "has_useful": "yes" if most_useful(settings) else "no",
    }
    for part in ("emotional", "social"):
        b, a = before.get(part), after.get(part)
        shown[f"{part}_before"] = "" if b is None else str(b)
        shown[f"{part}_after"] = "" if a is None else str(a)
        shown[f"{part}_change"] = _change(b, a)
        shown[f"{part}_level"] = part_level(a)
    return shown, {"route_status": "done", "route_stage": "waiting"}


def lighter(
    answers: Mapping[str, str], settings: Mapping[str, Any], today: date, patterns: Sequence[str]
) -> Computed:
    """Keep going in a lighter rhythm: the patterns rated most useful (or the whole route), a
    pattern every two weeks without the midweek step, from tomorrow."""
    order = most_useful(settings) or list(settings.get("route") or patterns)
    return {}, {
        "route": order,
        "route_light": "yes",
        "route_status": "active",
        "route_week": 1,
        "route_stage": "start",
        "route_since": (today + timedelta(days=1)).isoformat(),
        "route_useful": {},
        "route_before": _last_checkin(settings, today) or {},
    }


COMPUTATIONS = {
    "route_propose": proposed,
    "route_move": moved,
    "route_drop": dropped,
    "route_accept": accepted,
    "route_resume": resumed,
    "route_advance": advanced,
    "route_compare": compared,
    "route_lighter": lighter,
}
