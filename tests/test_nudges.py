"""Nudges: due at the right local time, gentle, at most two a day, durable and exactly once."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot import metrics
from bot.core.messages import ConversationKey
from bot.core.nudging import Person, next_due, plan, refusal
from bot.engine import Engine
from bot.nudges import Scheduler
from bot.store import StepWrite, Store
from tests.conftest import FixedClock
from tests.conversation import NO_QUIET, Brug, Chat, wants_journal_nudges
from tests.nudge_worker import BATCH

AMS = "Europe/Amsterdam"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def person(**settings: object) -> Person:
    return Person(settings, AMS, int(at("2026-11-26T10:00:00+01:00").timestamp()))


def test_daily_journal_at_the_chosen_local_time() -> None:
    p = person(journal_time="20:00")
    assert next_due("journal", p, at("2026-11-26T10:00+01:00")) == at("2026-11-26T20:00+01:00")
    assert next_due("journal", p, at("2026-11-26T20:00+01:00")) == at("2026-11-27T20:00+01:00")
    fewer = person(journal_time="20:00", every_journal=2)
    assert next_due("journal", fewer, at("2026-11-26T20:00+01:00")) == at("2026-11-28T20:00+01:00")


def test_a_chosen_time_is_kept_in_quiet_hours() -> None:
    p = person(journal_time="22:30")  # in the default quiet hours, 21:00-09:00
    assert next_due("journal", p, at("2026-11-26T10:00+01:00")) == at("2026-11-26T22:30+01:00")
    own = person(journal_time="22:30", quiet_start="22:00", quiet_end="07:30")
    assert next_due("journal", own, at("2026-11-26T10:00+01:00")) == at("2026-11-26T22:30+01:00")
    late_review = person(review_day="sun", review_time="22:00")
    assert next_due("review", late_review, at("2026-11-26T10:00+01:00")) == at(
        "2026-11-29T22:00+01:00"
    )


def test_quiet_hours_move_what_brug_times_itself() -> None:
    p = person(checkin_monthly="yes", last_checkin_day="2026-10-27", quiet_end="11:00")
    assert next_due("checkin", p, at("2026-11-26T09:00+01:00")) == at("2026-11-26T11:00+01:00")


def test_pause_and_stop() -> None:
    paused = person(journal_time="20:00", nudges_paused_until="2026-11-30")
    assert next_due("journal", paused, at("2026-11-26T10:00+01:00")) == at("2026-11-30T20:00+01:00")
    stopped = person(journal_time="20:00", nudges_stopped="yes")
    assert plan(stopped, at("2026-11-26T10:00+01:00"))["journal"] is None


def test_weekly_review_and_still_there() -> None:
    p = person(review_day="sun")
    assert next_due("review", p, at("2026-11-26T10:00+01:00")) == at("2026-11-29T19:00+01:00")
    assert next_due("still_there", p, at("2026-11-26T10:00+01:00")) == at("2026-12-03T10:00+01:00")
    assert next_due("still_there", person(still_there_sent="yes"), at("2026-11-26T10:00")) is None


@pytest.mark.parametrize(
    ("day", "first"),
    [
        ("2026-03-29", "2026-03-29T01:30:00+00:00"),  # spring forward: 02:30 does not exist
        ("2026-10-25", "2026-10-25T00:30:00+00:00"),
    ],  # fall back: 02:30 happens twice
)
def test_a_0230_reminder_fires_once_on_daylight_saving_days(day: str, first: str) -> None:
    p = person(journal_time="02:30", **NO_QUIET)
    start = at(f"{day}T00:00:00+00:00") - timedelta(hours=2)
    due = next_due("journal", p, start)
    assert due == at(first)
    after = next_due("journal", p, due)
    assert after is not None and after - due > timedelta(hours=20)  # not again that night


def test_refusals() -> None:
    p = person(journal_time="20:00")  # the default quiet hours: 21:00-09:00
    now = at("2026-11-26T20:00+01:00")
    due = int(now.timestamp())
    assert refusal(p, due, now, busy=False) is None
    # At 20:00, outside quiet hours: three hours is not late yet, a minute more is.
    assert refusal(p, due - 3 * 3600, now, busy=False) is None
    assert refusal(p, due - 3 * 3600 - 60, now, busy=False) == "late"
    assert refusal(p, due - 4 * 3600, now, busy=False) == "late"
    # In quiet hours, and not (yet) late.
    assert refusal(p, due, at("2026-11-26T22:00+01:00"), busy=False) == "quiet"
    assert refusal(p, due, at("2026-11-26T23:00+01:00"), busy=False) == "quiet"
    assert refusal(person(nudged={"2026-11-26": 2}), due, now, busy=False) == "limit"
    # A time chosen inside quiet hours opens them for that nudge, and for nothing else.
    night = person(journal_time="22:30")
    due_night = int(at("2026-11-26T22:30+01:00").timestamp())
    assert refusal(night, due_night, at("2026-11-26T22:30+01:00"), False, "journal") is None
    assert refusal(night, due_night, at("2026-11-26T23:00+01:00"), False, "journal") is None
    assert refusal(night, due_night, at("2026-11-26T22:30+01:00"), False, "checkin") == "quiet"
    assert refusal(p, due, at("2026-11-26T22:00+01:00"), False, "journal") == "quiet"
    recent = Person({}, AMS, due - 60)
    assert refusal(recent, due, now, busy=True) == "busy"


async def choose_journal_nudges(brug: Brug, clock: FixedClock, time_: str = "20:00") -> Chat:
    chat = await brug.onboarded("ann", lang="nl")
    await chat.say("/nudges")
    assert "dagboek: uit" in chat.text
    await chat.tap("Dagboek")
    await chat.say(time_)
    assert f"elke dag om {time_}" in chat.text
    await chat.say("/stop")
    return chat


def rows(engine: Engine, kind: str = "nudge:journal") -> list[tuple]:
    with sqlite3.connect(engine.store.path) as conn:
        return conn.execute(
            "SELECT due_at, done_at FROM scheduled WHERE kind=? ORDER BY id", (kind,)
        ).fetchall()


async def run_due(engine: Engine, chat: Chat, clock: FixedClock, when: str) -> None:
    clock.now = at(when)
    engine.register(chat.key.platform, chat.receive)
    chat.replies = []
    await Scheduler(engine).tick()


async def test_a_chosen_nudge_arrives_through_its_flow(
    brug: Brug, engine: Engine, clock: FixedClock
) -> None:
    chat = await choose_journal_nudges(brug, clock)
    [(due, done)] = rows(engine)
    assert datetime.fromtimestamp(due, UTC) == at("2026-11-26T20:00+01:00") and done is None
    await run_due(engine, chat, clock, "2026-11-26T20:00:30+01:00")
    assert "hoe je je vandaag voelde" in chat.text
    assert chat.labels == ["Ja, even schrijven", "Niet nu", "Minder hiervan"]
    assert chat.flow == "nudge"
    assert [datetime.fromtimestamp(r[0], UTC) for r in rows(engine)] == [
        at("2026-11-26T20:00+01:00"),
        at("2026-11-27T20:00+01:00"),
    ]
    await chat.tap("Minder hiervan")
    assert "minder vaak" in chat.text
    assert datetime.fromtimestamp(rows(engine)[-1][0], UTC) == at("2026-11-28T20:00+01:00")


async def test_the_answer_to_a_nudge_is_understood(
    brug: Brug, engine: Engine, clock: FixedClock
) -> None:
    chat = await choose_journal_nudges(brug, clock)
    await run_due(engine, chat, clock, "2026-11-26T20:01+01:00")
    await chat.tap("Ja, even schrijven")
    assert chat.flow == "journal"


async def test_at_most_two_nudges_a_day(brug: Brug, engine: Engine, clock: FixedClock) -> None:
    chat = await choose_journal_nudges(brug, clock, "10:00")
    for step in ["/nudges", "Klein stapje", "10:00", "Check-in", "Aan", "/stop"]:
        await chat.say(step)
    with sqlite3.connect(engine.store.path) as conn:
        conn.execute(
            "UPDATE scheduled SET due_at=? WHERE kind LIKE 'nudge:%' AND kind!='nudge:still_there'",
            (int(at("2026-11-27T10:00+01:00").timestamp()),),
        )
    await run_due(engine, chat, clock, "2026-11-27T10:00:10+01:00")
    invitations = [m for m in chat.replies if m.flow == "nudge" and m.buttons]
    assert len(invitations) == 2


def nudges_counted(outcome: str) -> float:
    """Journal nudges so far with this outcome: the only trace of why one was held back."""
    labels = {"kind": "journal", "outcome": outcome}
    return metrics.REGISTRY.get_sample_value("brug_nudges_total", labels) or 0.0


@pytest.mark.parametrize(
    ("chosen", "run_at", "why", "next_at"),
    [
        # 90 minutes after a nudge at 20:00 is not late, but it is in quiet hours (21:00-09:00)
        ("20:00", "2026-11-26T21:30+01:00", "quiet", "2026-11-27T20:00+01:00"),
        # four hours after one at 10:00 is late, but in the afternoon: not quiet
        ("10:00", "2026-11-27T14:00+01:00", "late", "2026-11-28T10:00+01:00"),
    ],
)
async def test_nothing_in_quiet_hours_or_hours_late(
    brug: Brug,
    engine: Engine,
    clock: FixedClock,
    chosen: str,
    run_at: str,
    why: str,
    next_at: str,
) -> None:
    chat = await choose_journal_nudges(brug, clock, chosen)
    outcomes = ("sent", "quiet", "late")
    before = {outcome: nudges_counted(outcome) for outcome in outcomes}
    await run_due(engine, chat, clock, run_at)
    assert chat.replies == []
    counted = {outcome: nudges_counted(outcome) - before[outcome] for outcome in outcomes}
    assert counted == {outcome: float(outcome == why) for outcome in outcomes}
    assert datetime.fromtimestamp(rows(engine)[-1][0], UTC) == at(next_at)


async def test_a_nudge_waits_while_someone_is_in_an_exercise(
    brug: Brug, engine: Engine, clock: FixedClock
) -> None:
    chat = await choose_journal_nudges(brug, clock)
    clock.now = at("2026-11-26T19:55+01:00")
    await chat.tap("Afstand nemen") if chat.labels else await chat.say("/menu")
    await chat.say("3") if chat.flow == "menu" else None
    assert chat.flow == "danger_pause"
    await run_due(engine, chat, clock, "2026-11-26T20:00:05+01:00")
    assert chat.replies == []
    assert datetime.fromtimestamp(rows(engine)[-1][0], UTC) == at("2026-11-26T20:30:05+01:00")


async def test_still_there_once_after_seven_silent_days(
    brug: Brug, engine: Engine, clock: FixedClock
) -> None:
    chat = await brug.onboarded("bob", lang="en", nudges=True)
    [(due, _)] = rows(engine, "nudge:still_there")
    assert datetime.fromtimestamp(due, UTC) == at("2026-12-03T11:00+01:00")
    await run_due(engine, chat, clock, "2026-12-03T12:00+01:00")
    assert "haven't heard from you" in chat.text
    assert rows(engine, "nudge:still_there")[-1][1] is not None  # done, none planned after it
    await run_due(engine, chat, clock, "2026-12-10T12:00+01:00")
    assert "haven't heard from you" not in chat.text
    await chat.tap("I'm here")
    assert rows(engine, "nudge:still_there")[-1][1] is None  # back: planned again


async def test_a_blocked_conversation_gets_no_nudges(
    brug: Brug, engine: Engine, clock: FixedClock
) -> None:
    chat = await choose_journal_nudges(brug, clock)
    await engine.deactivate(chat.key)
    await run_due(engine, chat, clock, "2026-11-26T20:00:30+01:00")
    assert chat.replies == []


def test_brug_nudges_lists_counts_by_kind_without_content(tmp_path) -> None:
    db = tmp_path / "b.sqlite3"
    lines = ["hi", "1", "1", "1", "1", "10", "1", "2", "/nudges", "1", "20:00"]
    subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--db", str(db), "--lang", "en"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    out = subprocess.run(
        [sys.executable, "-m", "bot", "nudges", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert "nudge:journal                 0          1" in out and "total" in out


def test_a_crash_during_dispatch_loses_none_and_resends_only_what_was_in_flight(
    tmp_path: Path,
) -> None:
    """A send cut short by the crash (the platform has the message, the outbox does not yet
    know) is sent again with the same outbox id: a platform without idempotent sends, like
    Telegram, shows that one twice. Exactly once cannot be had across a crash; what is proved
    is that nothing is lost, each nudge makes one message, and only those in flight at the
    kill (at most one batch) are sent again."""
    db, log = tmp_path / "b.sqlite3", tmp_path / "sent.txt"
    users = [f"u{n}" for n in range(40)]

    async def forty_people_with_a_nudge_due_now() -> None:
        store = await Store.open(db)
        now = int(time.time())
        state = wants_journal_nudges(now)
        for user in users:
            write = StepWrite(ConversationKey("test", user, user), state)
            write.schedule.append(("nudge:journal", now - 5, {}))
            await store.commit(write)
        await store.close()

    def noted(what: str) -> list[tuple[str, str]]:
        """(outbox id, user) of each line `what` the workers wrote, in order."""
        lines = [line.split() for line in log.read_text().splitlines()] if log.exists() else []
        return [(outbox_id, user) for kind, outbox_id, user in lines if kind == what]

    asyncio.run(forty_people_with_a_nudge_due_now())
    worker = [sys.executable, "-m", "tests.nudge_worker", str(db), str(log)]
    process = subprocess.Popen(worker)
    deadline = time.monotonic() + 30
    while len(noted("sent")) < 12 and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    sent_before, acked_before = noted("sent"), noted("acked")
    assert 12 <= len(sent_before) < len(users), "the kill must fall in the middle of dispatch"
    in_flight = set(sent_before) - set(acked_before)
    assert len(in_flight) <= BATCH
    time.sleep(1.2)  # the dead worker's claims go stale
    subprocess.run(worker, check=True, timeout=60)
    sent = noted("sent")
    by_user: dict[str, set[str]] = {}
    for outbox_id, user in sent:
        by_user.setdefault(user, set()).add(outbox_id)
    assert sorted(by_user) == sorted(users)  # none lost
    assert all(len(ids) == 1 for ids in by_user.values())  # each nudge made one message
    resent = [line for line in sent[len(sent_before) :] if line in set(sent_before)]
    assert set(resent) <= in_flight, "a message the engine knew was delivered went again"
    assert len(resent) == len(set(resent))  # and each of those at most once more
    with sqlite3.connect(db) as conn:
        assert conn.execute(
            "SELECT COUNT(*) FROM scheduled WHERE kind='nudge:journal' AND done_at IS NOT NULL"
        ).fetchone() == (len(users),)
        assert conn.execute("SELECT COUNT(*) FROM outbox").fetchone() == (0,)
    print(f"\nkilled after {len(sent_before)} sends; {len(resent)} of them sent again")


async def test_no_more_evening_questions_cancels_the_rest_of_the_series(
    brug: Brug, engine: Engine, clock: FixedClock
) -> None:
    from bot.core.messages import Incoming, Scheduled
    from bot.store import StepWrite

    chat = await brug.onboarded("eva", lang="en")
    write = StepWrite(chat.key, await chat.stored())
    for day in range(1, 7):
        write.schedule.append(
            ("remind:kindness", int(clock.now.timestamp()) + day * 86_400, {"flow": "kindness"})
        )
    await engine.store.commit(write)
    await chat.send(
        Incoming(chat.key, scheduled=Scheduled(0, "remind:kindness", {"flow": "kindness"}))
    )
    await chat.tap("No more evening questions")
    assert "won't send those questions any more" in chat.text
    with sqlite3.connect(engine.store.path) as conn:
        assert conn.execute(
            "SELECT COUNT(*) FROM scheduled WHERE kind='remind:kindness' AND done_at IS NULL"
        ).fetchone() == (0,)


@pytest.mark.parametrize(
    ("lang", "country", "button", "typed", "said"),
    [
        ("nl", "NL", "Dagboek", "22:30", "elke dag om 22:30"),
        ("nl", "NL", "Dagboek", "22.30", "elke dag om 22:30"),
        ("en", "US", "Journal", "10:30pm", "every day at 10:30\u202fPM"),
    ],
)
async def test_a_journal_time_in_quiet_hours_is_planned_as_confirmed(
    brug: Brug,
    engine: Engine,
    clock: FixedClock,
    lang: str,
    country: str,
    button: str,
    typed: str,
    said: str,
) -> None:
    """Issue 15 #13: 22:30 was confirmed, and planned at 09:00 because of the default quiet
    hours. Now the row is at 22:30 local, the confirmation says 22:30, and it goes out then."""
    chat = await brug.onboarded("ann", lang=lang, country=country, nudges=True)
    await chat.say("/nudges")
    await chat.tap(button)
    await chat.say(typed)
    [(due, done)] = rows(engine)
    assert done is None
    planned = datetime.fromtimestamp(due, UTC).astimezone(ZoneInfo(AMS))
    assert planned == at("2026-11-26T22:30+01:00"), planned
    confirmation = chat.replies[0].text
    assert said in confirmation, confirmation
    assert "stille uren" in confirmation or "quiet hours" in confirmation
    await chat.say("/stop")
    await run_due(engine, chat, clock, "2026-11-26T22:30:20+01:00")
    assert chat.flow == "nudge", chat.text
    assert datetime.fromtimestamp(rows(engine)[-1][0], UTC) == at("2026-11-27T22:30+01:00")


async def test_a_journal_time_in_own_quiet_hours_is_kept_and_said(
    brug: Brug, engine: Engine
) -> None:
    chat = await brug.onboarded("ann", lang="nl", nudges=True)
    for step in ["/nudges", "Stille uren", "22:00", "7:00", "Dagboek"]:
        await chat.say(step)
    assert "van 22:00 tot 07:00" in chat.text, chat.text
    await chat.say("23:15")
    confirmation = chat.replies[0].text
    assert "elke dag om 23:15" in confirmation and "stille uren" in confirmation
    [(due, _)] = rows(engine)
    assert datetime.fromtimestamp(due, UTC) == at("2026-11-26T23:15+01:00")
    await chat.say("Dagboek")
    await chat.say("20:00")
    assert "stille uren" not in chat.replies[0].text


async def test_the_daily_reminder_of_the_reflection_is_planned_as_confirmed(
    brug: Brug, engine: Engine
) -> None:
    """The reflection's "every day at 22:30" is the time of the row, not 09:00 the next day."""
    chat = await brug.onboarded("ann", lang="nl", nudges=True)
    for label in ("Even bij jezelf stilstaan", "Ja", "Ja, laten we schrijven", "3 · Gaat wel"):
        await chat.tap(label)
    await chat.say("Rustig. Even met de buurman gepraat.")
    await chat.tap("Ja, graag")
    await chat.say("22:30")
    assert chat.state == "close", chat.text
    [(due, _)] = rows(engine)
    assert datetime.fromtimestamp(due, UTC) == at("2026-11-26T22:30+01:00")
    assert "elke dag om 22:30" in chat.text and "stille uren" in chat.text


@pytest.mark.parametrize(
    ("lang", "button", "yes"), [("nl", "Tijdzone", "ja"), ("en", "Time zone", "yes")]
)
async def test_a_time_zone_typed_in_nudges_is_checked_as_in_onboarding(
    brug: Brug, lang: str, button: str, yes: str
) -> None:
    """/nudges confirms a typed place with the same step as onboarding: its zone and the time
    there; "no" asks again."""
    chat = await brug.onboarded("ann", lang=lang, nudges=True)
    await chat.say("/nudges")
    await chat.tap(button)
    await chat.say("Chicago")
    assert chat.state == "timezone_check", chat.text
    assert "Chicago" in chat.text and "04:00" in chat.text  # 10:00 UTC is 4:00 there
    await chat.say("nee" if lang == "nl" else "no")
    assert chat.state == "timezone"
    await chat.say("Gent")
    assert chat.state == "timezone_check" and "Brussels" in chat.text
    await chat.say(yes)
    assert chat.state == "overview"
    assert (await chat.stored()).tz == "Europe/Brussels"
    await chat.tap(button)
    await chat.say("Europe/London")  # a full name needs no check
    assert chat.state == "overview"
    assert (await chat.stored()).tz == "Europe/London"


async def test_still_there_is_listed_in_nudges_and_can_be_switched(
    brug: Brug, engine: Engine
) -> None:
    """The "still there?" after a silent week is shown in /nudges with its state, and the
    person switches it off and on; the plan follows."""
    chat = await brug.onboarded("bob", lang="en", nudges=True)
    assert len(rows(engine, "nudge:still_there")) == 1
    await chat.say("/nudges")
    assert "after a quiet week: on" in chat.text, chat.text
    await chat.tap("Quiet week")
    await chat.tap("Off")
    assert "after a quiet week: off" in chat.text, chat.text
    assert [r for r in rows(engine, "nudge:still_there") if r[1] is None] == []
    await chat.tap("Quiet week")
    await chat.tap("On")
    assert "after a quiet week: on" in chat.text
    assert len([r for r in rows(engine, "nudge:still_there") if r[1] is None]) == 1


async def test_still_there_chosen_off_in_onboarding_shows_off(brug: Brug) -> None:
    chat = await brug.onboarded("dirk", lang="nl", nudges=False)
    await chat.say("/nudges")
    assert "na een stille week: uit" in chat.text, chat.text


async def test_the_still_there_nudge_has_not_now_and_fewer(
    brug: Brug, engine: Engine, clock: FixedClock
) -> None:
    chat = await brug.onboarded("bob", lang="en", nudges=True)
    await run_due(engine, chat, clock, "2026-12-03T12:00+01:00")
    assert "haven't heard from you" in chat.text
    assert chat.labels == ["I'm here", "Not now", "Fewer of these"]
    await chat.tap("Fewer of these")
    assert "less often" in chat.text
    [(due, _)] = [r for r in rows(engine, "nudge:still_there") if r[1] is None]
    assert datetime.fromtimestamp(due, UTC) == at("2026-12-17T12:00+01:00")  # 14 silent days
