"""The route: one pattern a week, walked with the real scheduler and a moved clock."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from bot.core import weeks
from bot.core.nudging import Person, next_due
from bot.core.understanding.intent import KINDS
from bot.engine import Engine
from bot.store import StepWrite
from tests.conftest import FixedClock
from tests.conversation import Brug, Chat
from tests.test_nudges import at, run_due

NINE = KINDS["topic"]  # the nine patterns, in the menu's order
AMS = "Europe/Amsterdam"


# --- the order rule ---------------------------------------------------------------------------


def test_what_sounds_familiar_comes_first_then_the_stronger_part_of_the_check_in() -> None:
    proposal = weeks.propose(NINE, ["rumination"], emotional=3, social=1)
    assert proposal.order[:4] == ("rumination", "vulnerability", "old_wounds", "reflection")
    assert proposal.order[4:6] == ("initiative", "community")  # social pulls less, still some
    assert (proposal.basis, proposal.lean) == ("picked-checkin", "emotional")


def test_social_loneliness_puts_reaching_out_first() -> None:
    proposal = weeks.propose(NINE, [], emotional=0, social=3)
    assert proposal.order[:2] == ("initiative", "community")
    assert proposal.order[2:] == tuple(p for p in NINE if p not in ("initiative", "community"))
    assert (proposal.basis, proposal.lean) == ("checkin", "social")


def test_without_picks_or_check_in_the_menu_order_stays() -> None:
    assert weeks.propose(NINE, [], None, None) == weeks.Proposal(NINE, "none", "unknown")
    assert weeks.propose(NINE, [], 0, 0).order == NINE  # not lonely either way: nothing pulls
    picked = weeks.propose(NINE, ["community", "beliefs"], None, None)
    assert picked.order[:2] == ("beliefs", "community") and picked.basis == "picked"


def test_moving_and_dropping_weeks_keeps_the_weeks_behind() -> None:
    settings = {"route": list(NINE), "route_week": 3, "route_status": "active"}
    _, kept = weeks.moved({"pattern_choice": "community"}, settings, date(2026, 12, 1), NINE)
    assert kept["route"][:4] == [*NINE[:3], "community"]
    _, kept = weeks.dropped({"pattern_choice": "vulnerability"}, settings, date.today(), NINE)
    assert kept["route"] == list(NINE)  # a week already behind is not dropped
    _, kept = weeks.dropped({"pattern_choice": "community"}, settings, date.today(), NINE)
    assert kept["route"] == list(NINE[:-1])


def test_the_route_nudge_follows_the_stage_and_waits_for_the_look_back() -> None:
    def due(**settings: object) -> str:
        person = Person({"route_status": "active", **settings}, AMS, 0)
        moment = next_due("route", person, at("2026-12-01T08:00+01:00"))
        return moment.astimezone(at("2026-12-01T08:00+01:00").tzinfo).isoformat() if moment else ""

    week = {"route_since": "2026-12-01", "route": list(NINE), "route_week": 1}
    assert due(route_stage="start", **week) == at("2026-12-01T10:00+01:00").isoformat()
    assert due(route_stage="midweek", **week) == at("2026-12-04T10:00+01:00").isoformat()
    assert due(route_stage="end", **week) == at("2026-12-07T19:00+01:00").isoformat()
    assert due(route_stage="waiting", **week) == ""  # the route waits for the person
    assert due(route_stage="midweek", every_route=2, **week) == due(route_stage="end", **week)
    light = due(route_stage="end", route_light="yes", **week)
    assert light == at("2026-12-14T19:00+01:00").isoformat()
    missed = {**week, "route_since": "2026-11-20"}  # a missed day one comes the next day
    assert due(route_stage="start", **missed) == at("2026-12-01T10:00+01:00").isoformat()


# --- a whole route, in both languages ---------------------------------------------------------


def route_rows(engine: Engine) -> list[tuple]:
    with sqlite3.connect(engine.store.path) as conn:
        return conn.execute(
            "SELECT due_at FROM scheduled WHERE kind='nudge:route' AND done_at IS NULL"
        ).fetchall()


async def check_in(chat: Chat, t, answer: str) -> None:
    """The six statements, each with the same answer (`btn-yes` or `checkin-btn-no`)."""
    assert chat.flow == "checkin" and chat.state == "intro", chat.text
    assert chat.text.count("?") == 1  # the lead-in does not ask before the check-in does
    await chat.tap(t("checkin-btn-start"))
    for _ in range(6):
        await chat.tap(t(answer))
    assert chat.state == "suggest"


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_a_whole_route_from_onboarding_to_the_comparison(
    lang: str, brug: Brug, engine: Engine, clock: FixedClock
) -> None:
    def t(key: str, **args: object) -> str:
        return engine.ctx.texts.get(lang, key, args or None)

    clock.now = at("2026-11-30T09:00:00+01:00")  # a Monday
    chat = brug.chat("ann", lang)
    for typed in ["hallo" if lang == "nl" else "hello", "1", "1", "1", AMS]:
        await chat.say(typed)
    await chat.say("5")  # waiting for someone to come sounds familiar
    await chat.say("10")  # done
    await chat.say("2")  # no other nudges
    assert chat.state == "route_offer"
    await chat.tap(t("onboarding-btn-route"))
    await check_in(chat, t, "btn-yes")  # emotional 3 of 3, social 0 of 3
    await chat.tap(t("route-btn-back"))
    assert chat.state == "propose"
    order = ["initiative", "vulnerability", "old_wounds", "reflection", "beliefs"]
    lines = [
        t("route-line", n=n, title=t(f"menu-{p.replace('_', '-')}")) for n, p in enumerate(order, 1)
    ]
    assert "\n".join(lines) in chat.text  # picked first, then what fits missing someone close
    assert t("route-btn-accept") in chat.labels
    await chat.tap(t("route-btn-accept"))
    assert chat.state == "day_one" and t("menu-initiative") in chat.text
    assert "1" in chat.text and "9" in chat.text
    await chat.tap(t("btn-not-now"))

    route = (await chat.stored()).settings["route"]
    since = date(2026, 11, 30)
    for week, pattern in enumerate(route, 1):
        title = t(weeks_label(engine, pattern))
        if week > 1:  # day one, at ten in the morning
            await run_due(engine, chat, clock, f"{since}T10:00:30+01:00")
            assert chat.state == "day_one" and title in chat.text, (week, chat.text)
            await chat.tap(t("btn-not-now"))
        await run_due(engine, chat, clock, f"{since + timedelta(days=3)}T10:00:30+01:00")
        assert chat.state == "midweek" and title in chat.text, (week, chat.text)
        await chat.tap(t("route-btn-try"))
        await run_due(engine, chat, clock, f"{since + timedelta(days=6)}T19:00:30+01:00")
        assert chat.state == "look_back" and title in chat.text, (week, chat.text)
        assert t("view-route-week", title=title, done=0) in chat.text  # the week's exercise
        await chat.tap(t("route-btn-very") if pattern == "old_wounds" else t("route-btn-bit"))
        if week == 4:  # halfway: the check-in, asked once
            await check_in(chat, t, "checkin-btn-more")
            await chat.tap(t("btn-menu"))
        elif week < len(route):
            assert chat.state == "next_week"
        since += timedelta(days=7)

    await check_in(chat, t, "checkin-btn-no")  # the end: emotional 0, social 3
    await chat.tap(t("route-btn-compare"))
    assert chat.state == "onward"
    assert "3" in chat.text and "0" in chat.text
    assert t("menu-old-wounds") in chat.text  # rated most useful
    [picture] = [m for m in chat.replies if m.chart]
    [checkins] = [s for s in picture.chart.series if s.high == 6]
    assert [v for _, v in checkins.points] == [3.0, 6.0, 3.0]  # start, halfway, end
    await chat.tap(t("route-btn-lighter"))
    settings = (await chat.stored()).settings
    assert settings["route"] == ["old_wounds"] and settings["route_light"] == "yes"
    assert route_rows(engine)  # the lighter rhythm has its first day planned


def weeks_label(engine: Engine, pattern: str) -> str:
    return engine.ctx.dialogues.patterns[pattern]


async def test_a_missed_week_waits_without_blame(
    brug: Brug, engine: Engine, clock: FixedClock
) -> None:
    clock.now = at("2026-11-30T09:00:00+01:00")
    chat = await brug.onboarded("bo", lang="en", country="NL")
    await chat.say("/route")
    assert chat.flow == "checkin"
    await chat.tap("Without the check-in")
    await chat.tap("Yes, let's go")
    await chat.tap("Not now")
    await run_due(engine, chat, clock, "2026-12-03T10:00:30+01:00")
    assert chat.state == "midweek"  # not answered
    await run_due(engine, chat, clock, "2026-12-06T19:00:30+01:00")
    assert chat.state == "look_back"  # not answered either
    assert not route_rows(engine)  # nothing more until the person looks back
    clock.now = at("2026-12-20T12:00+01:00")
    await chat.say("/route")
    assert chat.state == "status" and "Look back on the week" in chat.labels
    assert "missed" not in chat.text.lower() and "!" not in chat.text
    await chat.tap("Look back on the week")
    await chat.tap("A bit")
    assert chat.state == "next_week"
    [(due,)] = route_rows(engine)
    assert due == int(at("2026-12-21T10:00+01:00").timestamp())


async def test_pause_and_carry_on(brug: Brug, engine: Engine, clock: FixedClock) -> None:
    clock.now = at("2026-11-30T09:00:00+01:00")
    chat = await brug.onboarded("cy", lang="nl", country="NL")
    await chat.say("/route")
    await chat.tap("Zonder check-in")
    await chat.tap("Ja, zo gaan we")
    await chat.tap("Niet nu")
    await chat.say("/route")
    await chat.tap("Route pauzeren")
    assert not route_rows(engine)
    clock.now = at("2026-12-15T12:00+01:00")
    await chat.say("/route")
    assert chat.state == "paused"
    await chat.tap("Verder gaan")
    [(due,)] = route_rows(engine)  # the midweek step, from today on
    assert due == int(at("2026-12-16T10:00+01:00").timestamp())


async def test_without_consent_a_route_asks_to_keep_answers(brug: Brug) -> None:
    chat = await brug.onboarded("di", lang="en", consent=False)
    await chat.say("/route")
    assert chat.state == "needs_consent" and "/forget" in chat.text
    await chat.tap("To the menu")
    assert chat.flow == "menu"
    assert (await chat.stored()).settings.get("route") is None


async def test_a_short_pause_keeps_the_plan(brug: Brug, engine: Engine, clock: FixedClock) -> None:
    clock.now = at("2026-11-30T09:00:00+01:00")
    chat = await brug.onboarded("ed", lang="en", country="NL")
    for step in ["/route", "Without the check-in", "Yes, let's go", "Not now", "/route"]:
        await chat.say(step)
    await chat.tap("Pause the route")
    clock.now = at("2026-11-30T09:05:00+01:00")
    await chat.say("/route")
    await chat.tap("Carry on")
    assert "Welcome back" not in chat.text
    [(due,)] = route_rows(engine)  # the midweek step as planned, not today
    assert due == int(at("2026-12-03T10:00+01:00").timestamp())


async def test_a_crisis_in_the_middle_of_the_proposal_leaves_the_route_to_carry_on(
    brug: Brug,
) -> None:
    chat = await brug.onboarded("flo", lang="en", country="UK")
    await chat.say("/route")
    await chat.tap("Without the check-in")
    await chat.tap("Change the order")
    await chat.say("i really cant see a way out anymore, i dont want to be here")
    assert "116 123" in chat.text  # the helplines first
    await chat.tap("Nothing for now")
    await chat.say("ok, lets go on")
    assert chat.flow == "resume" and "route" in chat.text
    await chat.tap("Carry on where I was")
    assert chat.state == "move"


async def test_the_route_says_whether_this_weeks_exercise_was_done(
    brug: Brug, engine: Engine, clock: FixedClock
) -> None:
    clock.now = at("2026-11-30T09:00:00+01:00")
    chat = await brug.onboarded("gil", lang="en", country="NL")
    for step in ["/route", "Without the check-in", "Yes, let's go", "Not now", "/route"]:
        await chat.say(step)
    assert 'The exercise on "Afraid to show yourself" is still waiting for you' in chat.text
    state = await chat.stored()
    record = ("vulnerability", {"flow": "vulnerability", "message": "hoi"})
    await engine.store.commit(
        StepWrite(chat.key, state, records=[record], at=int(clock.now.timestamp()))
    )
    await chat.say("/route")
    assert 'You did the exercise on "Afraid to show yourself" once this week.' in chat.text
    assert "journal" not in chat.text  # the week's review is for the look back


async def test_an_exercise_of_the_route_leads_back_to_it_and_counts(
    brug: Brug, engine: Engine, clock: FixedClock
) -> None:
    clock.now = at("2026-11-30T09:00:00+01:00")
    chat = brug.chat("hal", "en")
    for typed in ["hello", "1", "1", "3", "Europe/London", "9", "10", "2"]:  # small contacts
        await chat.say(typed)
    await chat.tap("Yes, propose a route")
    await chat.tap("Without the check-in")
    await chat.tap("Yes, let's go")
    assert chat.state == "day_one" and "Small contacts" in chat.text
    await chat.tap("Start the exercise")
    for tap in ["Yes", "Yes, let's pick", "Greet a neighbour"]:
        await chat.tap(tap)
    await chat.say("Say good morning to the neighbour")
    await chat.say("on the stairs")
    await chat.tap("No date yet")
    await chat.tap("Yes, that's right")
    assert chat.state == "close" and chat.labels[0] == "To my route", chat.labels
    await chat.tap("To my route")
    assert chat.state == "status"
    assert 'You did the exercise on "Small contacts" once this week.' in chat.text
