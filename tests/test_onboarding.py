"""Onboarding, menu, help and the commands that work at any point, in Dutch and English."""

from __future__ import annotations

import sqlite3

import pytest

from bot.engine import Engine
from tests.conversation import Brug


async def test_onboarding_in_dutch_keeps_answers(brug: Brug) -> None:
    chat = brug.chat("ann", lang="nl")
    await chat.say("hallo")
    assert chat.flow == "onboarding"
    assert "geen therapeut" in chat.text
    assert "een computerprogramma, geen mens" in chat.text  # never taken for a person
    await chat.tap("Verder")
    assert "Mag ik bewaren" in chat.text
    await chat.tap("Ja, bewaar")
    assert "land" in chat.text
    await chat.tap("België")
    assert chat.labels[0] == "Belgische tijd"
    await chat.say("Belgische tijd")
    assert chat.state == "patterns"
    await chat.tap("Vast in je hoofd")
    await chat.tap("Kleine contacten")
    await chat.tap("Vast in je hoofd")  # tapped again: undone
    assert "✓ Kleine contacten" in chat.labels
    assert "Vast in je hoofd" in chat.labels
    await chat.tap("Klaar")
    assert chat.state == "nudges_offer" and "nooit 's nachts" in chat.text.lower()
    await chat.tap("Ja, dat is goed")
    assert chat.state == "route_offer" and "route" in chat.text
    await chat.tap("Nee, ik kies zelf")
    assert chat.state == "first_pattern" and "Kleine contacten" in chat.text  # as promised
    await chat.tap("Later")
    assert chat.flow == "menu"
    assert len(chat.labels) == 12
    assert chat.labels[0] == "Kleine contacten"  # the menu leans towards chosen patterns
    state = await chat.stored()
    assert state.settings["patterns"] == ["community"]
    assert state.settings["review_day"] == "sun"
    assert (state.lang, state.country, state.tz, state.consent, state.onboarded) == (
        "nl",
        "BE",
        "Europe/Brussels",
        True,
        True,
    )


async def test_back_from_the_calm_question_brug_does_not_greet_again(brug: Brug) -> None:
    """A "no" to the calm question in the middle of the introduction goes back to it; the
    greeting was said once and is not said again."""
    chat = brug.chat("bob", lang="nl")
    await chat.say("hallo")
    await chat.say("ik wil gewoon dat alles stopt")
    assert chat.flow == "safety_check"
    await chat.tap("Nee")
    assert chat.state == "about" and "geen therapeut" in chat.text
    assert "Hoi, ik ben Brug" not in chat.text


async def test_a_feeling_or_a_question_at_the_time_zone_question_is_heard(brug: Brug) -> None:
    """Not a place: the feeling is reflected and the question answered, and Brug asks for the
    time zone again, never "I don't know that time zone" for either."""
    chat = brug.chat("tom", lang="nl")
    for text in ("hoi", "verder", "ja", "2"):
        await chat.say(text)
    assert chat.state == "timezone"
    await chat.say("ik voel me vaak alleen in het weekend")
    assert chat.replies[0].text.startswith("Dat klinkt eenzaam")
    assert "In welke tijdzone" in chat.text and "ken ik niet" not in chat.text
    assert chat.state == "timezone"
    await chat.say("hoe werkt dit eigenlijk?")
    assert "/help" in chat.replies[0].text and "ken ik niet" not in chat.text
    assert chat.state == "timezone"


async def test_onboarding_in_english_with_a_typed_city(brug: Brug) -> None:
    chat = brug.chat("bob", lang="en")
    await chat.say("hi")
    assert "not a therapist" in chat.text
    assert "a computer program, not a person" in chat.text
    await chat.say("go on")
    await chat.say("yes")
    await chat.say("5")  # somewhere else
    assert chat.labels == ["Skip"]
    await chat.say("Narnia")  # no town (Atlantis is one, in South Africa)
    assert "don't know that time zone" in chat.text
    assert chat.state == "timezone"
    await chat.say("tokyo")
    assert chat.state == "timezone_check" and "Tokyo" in chat.text
    await chat.say("yes")
    await chat.say("done")
    await chat.say("no")
    await chat.say("no")  # no route
    assert chat.flow == "checkin"  # nothing chosen: the check-in, which asks once
    await chat.say("later")
    assert chat.flow == "menu"
    assert (await chat.stored()).tz == "Asia/Tokyo"


async def test_language_asked_when_unknown(brug: Brug) -> None:
    chat = brug.chat("cas", lang=None)
    await chat.say("hallo")  # a greeting both languages use
    assert chat.state == "language"
    assert chat.labels == ["Nederlands", "English"]
    await chat.tap("English")
    assert "not a therapist" in chat.text


async def test_the_language_a_first_message_is_written_in_is_taken(brug: Brug) -> None:
    dutch = brug.chat("cas", lang=None)
    await dutch.say("goedemorgen")
    assert (await dutch.stored()).lang == "nl" and "geen therapeut" in dutch.text
    english = brug.chat("dee", lang=None)
    await english.say("good morning, is anyone there?")
    assert (await english.stored()).lang == "en" and "not a therapist" in english.text


async def test_declining_consent_keeps_only_the_language(brug: Brug) -> None:
    chat = await brug.onboarded("dee", consent=False, country="UK")
    stored = await brug.engine.store.load(chat.key)
    assert stored.country == "UK"  # in memory for this conversation …
    row = await _row(brug, chat)
    assert '"lang":"nl"' in row and "UK" not in row and "Europe" not in row  # … not on disk
    await chat.tap("Afstand nemen")
    await chat.tap("Ja")
    await chat.tap("Ja, laten we")
    await chat.tap("Ik ben er")
    await chat.say("Mijn zus belde niet terug")
    assert "zus" not in await _row(brug, chat)
    await chat.say("Niet meer opnemen")
    assert "Mijn zus belde niet terug" in chat.text  # the exercise still reflects it back


async def test_tell_me_more_about_consent(brug: Brug) -> None:
    chat = brug.chat("eva", lang="en")
    await chat.say("hello")
    await chat.tap("Go on")
    await chat.tap("Tell me more")
    assert "your time zone" in chat.text
    await chat.tap("No, rather not")
    assert "only your language" in chat.text


async def test_help_now_shows_helplines_before_consent(brug: Brug) -> None:
    chat = brug.chat("fay", lang="nl")
    await chat.say("hallo")
    await chat.tap("Ik wil nu hulp")
    assert "113" in chat.text and "1813" in chat.text


async def test_menu_help_and_stop_work_anywhere_in_both_languages(brug: Brug) -> None:
    chat = await brug.onboarded("gus")
    await chat.tap("Afstand nemen")
    await chat.say("hulp")
    assert chat.flow == "help" and "geen therapeut" in chat.text
    await chat.tap("Verder waar ik was")
    assert chat.flow == "danger_pause" and chat.state == "intro"
    await chat.say("/menu")
    assert chat.flow == "menu"
    await chat.say("stop")
    assert "stoppen hier" in chat.text
    await chat.say("help")
    assert chat.flow == "help"


async def test_leaving_half_way_offers_to_continue(brug: Brug) -> None:
    chat = await brug.onboarded("hal", lang="en")
    await chat.tap("Pulling away")
    await chat.tap("Yes")
    await chat.tap("Yes, let's start")
    await chat.tap("I'm here")
    await chat.say("My friend cancelled dinner")
    assert chat.state == "urge"
    await chat.say("/stop")
    await chat.say("hello again")
    assert chat.flow == "resume"
    assert "the pause: real danger, or something old?" in chat.text
    await chat.tap("Carry on where I was")
    assert chat.state == "urge"
    await chat.say("Not reply at all")
    assert "My friend cancelled dinner" in chat.text


async def test_resume_offer_from_the_menu_and_start_over(brug: Brug) -> None:
    chat = await brug.onboarded("ida", lang="en")
    await chat.tap("Pulling away")
    await chat.tap("Yes")
    await chat.say("menu")
    assert chat.labels[-1].startswith("Carry on with")  # last: the topics keep their numbers
    await chat.tap("Pulling away")
    assert chat.flow == "resume"
    await chat.tap("Start over")
    assert (chat.flow, chat.state) == ("danger_pause", "intro")


async def test_language_switch_keeps_the_place(brug: Brug) -> None:
    chat = await brug.onboarded("jan")
    await chat.tap("Afstand nemen")
    await chat.say("/language")
    await chat.tap("English")
    assert "English" in chat.text
    assert chat.state == "intro" and "Does this sound familiar?" in chat.text


async def test_start_again_after_onboarding_says_welcome_back(brug: Brug) -> None:
    chat = await brug.onboarded("kim")
    await chat.say("/start")
    assert "weer bent" in chat.text and chat.flow == "menu"


async def _row(brug: Brug, chat) -> str:
    """The conversation's row as it is on disk, read with a separate connection."""
    with sqlite3.connect(brug.engine.store.path) as conn:
        (data,) = conn.execute(
            "SELECT data FROM conversations WHERE user=?", (chat.key.user,)
        ).fetchone()
    return data


async def test_the_command_of_the_flow_one_is_in_starts_it_afresh(brug: Brug) -> None:
    chat = await brug.onboarded("lot", lang="en")
    await chat.say("/checkin")
    first = chat.state
    await chat.say("1")
    await chat.say("/checkin")
    assert chat.flow == "checkin" and chat.state == first


@pytest.mark.parametrize(
    ("platform", "says", "never"),
    [("telegram", "Tik er zoveel", "Typ de nummers"), ("terminal", "Typ de nummers", "Tik")],
)
async def test_the_pattern_question_says_what_to_do_on_each_platform(
    engine: Engine, platform: str, says: str, never: str
) -> None:
    chat = Brug(engine, platform=platform).chat("pim", "nl")
    for text in ("hallo", "1", "1", "1", "Europe/Amsterdam"):
        await chat.say(text)
    assert says in chat.text and never not in chat.text


@pytest.mark.parametrize(
    ("typed", "zone", "place"),
    [
        ("Utrecht", "Europe/Amsterdam", "Amsterdam"),
        ("rotterdam", "Europe/Amsterdam", "Amsterdam"),  # not the small one in New York
        ("Gent", "Europe/Brussels", "Brussels"),
        ("Manchester", "Europe/London", "London"),
        ("Chicago", "America/Chicago", "Chicago"),
    ],
)
async def test_a_town_typed_for_the_time_zone_is_its_zone_and_is_checked(
    brug: Brug, typed: str, zone: str, place: str
) -> None:
    """A person types their own town, not an IANA city: its zone (the most populous town of
    that name), confirmed with the time there."""
    chat = brug.chat("tess", lang="en")
    for step in ["hi", "go on", "yes", "5"]:
        await chat.say(step)
    await chat.say(typed)
    assert chat.state == "timezone_check", chat.text
    assert f"{place} time" in chat.text
    await chat.say("yes")
    assert (await chat.stored()).tz == zone
