"""Days as people type them ("zaterdag", "volgende week dinsdag", "over twee weken"), read in
their time zone; dates and times shown as CLDR writes them in their language, never as ISO."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from bot.core.inputs import InvalidInput
from bot.core.texts import format_clock, format_day
from bot.core.when import read_day
from tests.conftest import FixedClock
from tests.conversation import Brug, Chat

ROOT = Path(__file__).resolve().parents[1]
AMS = "Europe/Amsterdam"
THURSDAY = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # the test clock: Thursday 26 November


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("saturday", "2026-11-28"),
        ("next saturday", "2026-11-28"),
        ("zaterdag", "2026-11-28"),
        ("Zaterdag!", "2026-11-28"),
        ("komende zaterdag", "2026-11-28"),
        ("op zaterdag", "2026-11-28"),
        ("volgende week dinsdag", "2026-12-01"),
        ("dinsdag volgende week", "2026-12-01"),
        ("tuesday next week", "2026-12-01"),
        ("donderdag", "2026-12-03"),  # today is Thursday: the next one
        ("over twee weken", "2026-12-10"),
        ("in two weeks", "2026-12-10"),
        ("over een week", "2026-12-03"),
        ("4 december", "2026-12-04"),
        ("vrijdag 4 december", "2026-12-04"),
        ("1 januari", "2027-01-01"),
        ("morgen", "2026-11-27"),
        ("1-12", "2026-12-01"),
    ],
)
def test_days_as_people_type_them(typed: str, day: str) -> None:
    assert read_day(typed, THURSDAY, AMS) == day


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("ik weet het niet", "input-invalid-date"),
        ("2", "input-invalid-date"),
        ("14:00", "input-invalid-date"),
        ("a", "input-invalid-date"),
        ("gisteren", "input-date-past"),
        ("yesterday", "input-date-past"),
    ],
)
def test_what_is_no_day_to_come(typed: str, reason: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        read_day(typed, THURSDAY, AMS)
    assert raised.value.reason == reason


def test_days_are_read_in_the_persons_time_zone() -> None:
    late = datetime(2026, 11, 26, 23, 30, tzinfo=UTC)  # already Friday in Amsterdam
    assert read_day("morgen", late, AMS) == "2026-11-28"
    assert read_day("zaterdag", late, AMS) == "2026-11-28"
    assert read_day("morgen", late, "America/New_York") == "2026-11-27"
    assert read_day("vandaag", late, AMS) == "2026-11-27"


@pytest.mark.parametrize(
    ("lang", "country", "day", "clock"),
    [
        ("nl", "NL", "maandag 30 november", "22:30"),
        ("nl", "BE", "maandag 30 november", "22:30"),
        ("en", "UK", "Monday 30 November", "22:30"),
        ("en", "NL", "Monday 30 November", "22:30"),
        ("en", "US", "Monday, November 30", "10:30\u202fPM"),
        ("en", None, "Monday 30 November", "22:30"),
    ],
)
def test_dates_and_times_in_the_persons_language(
    lang: str, country: str | None, day: str, clock: str
) -> None:
    assert format_day(date(2026, 11, 30), lang, country, 2026) == day
    assert format_clock(time(22, 30), lang, country) == clock
    assert "2027" in format_day(date(2027, 1, 2), lang, country, 2026)


async def walk_to_when(chat: Chat) -> None:
    for label in ("Kleine contacten", "Ja", "Ja, laten we kiezen", "Een buur groeten"):
        await chat.tap(label)
    await chat.say("De buurvrouw gedag zeggen")
    await chat.say("op de trap")
    assert chat.state == "when", chat.text


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("zaterdag", "zaterdag 28 november"),
        ("volgende week dinsdag", "dinsdag 1 december"),
        ("over twee weken", "donderdag 10 december"),
    ],
)
async def test_a_day_typed_in_a_flow(brug: Brug, typed: str, shown: str) -> None:
    chat = await brug.onboarded("ann", lang="nl")
    await walk_to_when(chat)
    await chat.say(typed)
    assert chat.state == "readback", chat.text
    assert f"Wanneer: {shown}" in chat.text


async def test_the_journal_shows_days_not_iso_dates(brug: Brug, clock: FixedClock) -> None:
    clock.now = datetime(2026, 11, 30, 19, 0, tzinfo=UTC)
    chat = await brug.onboarded("ann", lang="nl")
    await chat.say("/journal")
    await chat.tap("Iets nieuws schrijven")
    await chat.tap("3")
    await chat.say("Een rustige dag gehad.")
    await chat.say("/journal")
    assert "maandag 30 november" in chat.text, chat.text
    assert "2026-11-30" not in chat.text


def test_dateparser_is_not_imported_at_start() -> None:
    """`brug chat` starts in about a second: dateparser comes only when a day is asked for."""
    code = (
        "import sys, bot.cli, bot.core.step, bot.engine; "
        "sys.exit('dateparser' in sys.modules or 'dateparser' in str(sys.modules.keys()))"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=60).returncode == 0
