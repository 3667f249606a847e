"""Lists and menus as people meet them: /help's commands, the menu's numbers, several choices
typed at once, the first suggestion after onboarding, one question before the check-in, and a
typed city confirmed (issue 15, items 6-11)."""

from __future__ import annotations

import pytest

from bot.core.understanding.intent import KINDS
from bot.engine import Engine
from tests.conversation import Brug, Chat

TOPICS = KINDS["topic"]  # the nine patterns, as the understanding names them


def _descriptions(brug: Brug, lang: str) -> dict[str, str]:
    """The command table: every command and its description, as the platforms list them."""
    ctx = brug.engine.ctx
    return {
        name: ctx.texts.get(lang, f"command-{name}-description") for name in ctx.dialogues.commands
    }


@pytest.mark.parametrize(("platform", "prefix"), [("telegram", "/"), ("matrix", "!")])
@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_help_lists_every_command_of_the_table(
    engine: Engine, platform: str, prefix: str, lang: str
) -> None:
    brug = Brug(engine, platform=platform)
    chat = await brug.onboarded("ann", lang=lang)
    await chat.say("/help")
    assert chat.flow == "help"
    listed = [line for line in chat.text.splitlines() if line.startswith(prefix)]
    table = _descriptions(brug, lang)
    assert listed == [f"{prefix}{name}: {text}" for name, text in table.items()]
    for name in ("nudges", "journal", "checkin", "step", "glossary", "faq"):
        assert f"{prefix}{name}:" in chat.text


async def _menu_numbers(chat: Chat) -> dict[str, int]:
    """Each of the nine topics with the number it has in the menu on screen."""
    labels = chat.labels
    texts = chat.engine.ctx.texts
    lang = (await chat.stored()).lang or "nl"
    titles = {texts.get(lang, f"menu-{t.replace('_', '-')}"): t for t in TOPICS}
    return {titles[label]: n for n, label in enumerate(labels, 1) if label in titles}


async def test_the_nine_topics_keep_their_numbers_with_a_carry_on_line(brug: Brug) -> None:
    chat = await brug.onboarded("ann", lang="en")
    before = await _menu_numbers(chat)
    assert len(before) == 9
    await chat.tap("Pulling away")
    await chat.tap("Yes")  # half-way into an exercise
    await chat.say("menu")
    assert any(label.startswith("Carry on with") for label in chat.labels)
    assert await _menu_numbers(chat) == before
    await chat.say(str(before["rumination"]))  # the number that was on screen before
    assert chat.flow == "rumination"


async def test_the_numbers_stay_for_someone_who_chose_topics(brug: Brug) -> None:
    chat = brug.chat("bea", lang="nl")
    await _walk_to_patterns(chat)
    await chat.tap("Kleine contacten")
    await chat.tap("Klaar")
    await chat.say("2")  # no nudges
    await chat.say("2")  # no route
    await chat.say("2")  # later
    assert chat.flow == "menu" and not any(label.startswith("Verder") for label in chat.labels)
    before = await _menu_numbers(chat)
    await chat.tap("Vast in je hoofd")
    await chat.say("menu")
    assert any(label.startswith("Verder met") for label in chat.labels)
    assert await _menu_numbers(chat) == before


async def _walk_to_patterns(chat: Chat, city: str = "Europe/Amsterdam") -> None:
    await chat.say("hallo" if chat.lang == "nl" else "hi")
    await chat.say("1")  # go on
    await chat.say("1")  # keep answers
    await chat.say("1")  # the Netherlands
    await chat.say(city)
    if chat.state == "timezone_check":
        await chat.say("1")
    assert chat.state == "patterns", chat.text


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("nl", "3 4"), ("nl", "3, 4"), ("nl", "3 en 4"), ("en", "3 and 4"), ("en", "3,4")],
)
async def test_several_numbers_at_once_each_toggle_their_pattern(
    lang: str, typed: str, brug: Brug
) -> None:
    chat = brug.chat("cor", lang=lang)
    await _walk_to_patterns(chat)
    await chat.say(typed)
    assert chat.state == "patterns"
    assert (await chat.stored()).settings["patterns"] == ["danger_pause", "rumination"]
    assert sum(label.startswith("✓") for label in chat.labels) == 2
    await chat.say("4 1" if lang == "nl" else "4 and 1")  # again: rumination undone
    assert (await chat.stored()).settings["patterns"] == ["danger_pause", "vulnerability"]
    await chat.say("2 en 40" if lang == "nl" else "2 and 40")  # 40 is not on the list
    assert chat.state == "patterns" and "1" in chat.text and "10" in chat.text
    assert (await chat.stored()).settings["patterns"] == ["danger_pause", "vulnerability"]
    await chat.say("2 10")  # a second pattern, and Done
    assert chat.state == "nudges_offer"
    assert (await chat.stored()).settings["patterns"] == [
        "danger_pause",
        "vulnerability",
        "beliefs",
    ]


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_the_first_suggestion_after_onboarding_is_a_chosen_pattern(
    lang: str, brug: Brug
) -> None:
    chat = brug.chat("eva", lang=lang)
    await _walk_to_patterns(chat)
    await chat.say("4")  # Stuck in your head
    await chat.tap("Klaar" if lang == "nl" else "Done")
    await chat.say("2")  # no nudges
    await chat.say("2")  # no route
    title = brug.engine.ctx.texts.get(lang, "menu-rumination")
    assert title in chat.text  # the suggestion names the chosen pattern
    assert chat.flow == "onboarding" or chat.flow == "menu"
    first = chat.labels[0]
    await chat.tap(first)
    assert chat.flow == "rumination"
    assert (await chat.stored()).onboarded


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_the_check_in_after_onboarding_asks_once(lang: str, brug: Brug) -> None:
    chat = brug.chat("fem", lang=lang)
    await _walk_to_patterns(chat)
    await chat.tap("Klaar" if lang == "nl" else "Done")  # no patterns chosen
    await chat.say("1")  # nudges are fine
    await chat.say("2")  # no route
    assert chat.flow == "checkin"  # the check-in's own question, not one before it
    await chat.say("1")  # yes, start
    assert chat.state == "q1", chat.text
    assert (await chat.stored()).onboarded


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_the_check_in_after_onboarding_later_goes_to_the_menu(lang: str, brug: Brug) -> None:
    chat = brug.chat("gus", lang=lang)
    await _walk_to_patterns(chat)
    await chat.tap("Klaar" if lang == "nl" else "Done")
    await chat.say("2")
    await chat.say("2")  # no route
    assert chat.flow == "checkin" and chat.text.count("?") == 1  # one question, the last
    await chat.say("2")  # not now
    assert chat.flow == "menu"
    assert (await chat.stored()).onboarded


@pytest.mark.parametrize(
    ("lang", "asked", "yes", "no"),
    [("nl", "Berlin", "Ja", "Nee"), ("en", "Berlin", "Yes", "No")],
)
async def test_a_typed_city_is_confirmed_with_its_time(
    lang: str, asked: str, yes: str, no: str, brug: Brug
) -> None:
    chat = brug.chat("hal", lang=lang)
    await chat.say("hallo" if lang == "nl" else "hi")
    await chat.say("1")
    await chat.say("1")
    await chat.say("5")  # another country
    await chat.say(asked)
    assert chat.state == "timezone_check"
    assert "Berlin" in chat.text and "11:00" in chat.text  # 10:00 UTC is 11:00 in Berlin
    assert [label.split(",")[0] for label in chat.labels] == [yes, no]
    await chat.tap(no)
    assert chat.state == "timezone"  # asked again
    await chat.say("tokyo")
    assert "Tokyo" in chat.text and "19:00" in chat.text
    await chat.tap(yes)
    assert chat.state == "patterns"
    assert (await chat.stored()).tz == "Asia/Tokyo"
