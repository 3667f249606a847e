"""The crisis safety net inside conversations: first, everywhere, with the right lines."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from tests.conversation import Brug

CRISIS_NL = "ik wil niet meer leven"
CRISIS_EN = "I want to kill myself"


def safety_answers(brug: Brug) -> int:
    """Today's count of safety answers: all the database keeps of them beside the states."""
    with sqlite3.connect(brug.engine.store.path) as conn:
        return int(
            conn.execute("SELECT COALESCE(SUM(answers), 0) FROM safety_counts").fetchone()[0]
        )


@pytest.mark.parametrize(
    ("lang", "country", "present", "absent"),
    [
        ("nl", "NL", ["113", "0800-0113", "112"], ["988", "116 123"]),
        ("nl", "BE", ["1813", "106"], ["0800-0113", "988"]),
        ("en", "UK", ["116 123", "999"], ["988", "1813"]),
        ("en", "US", ["988", "911"], ["116 123", "0800-0113"]),
        ("en", "OTHER", ["findahelpline"], ["988", "0800-0113"]),
    ],
)
async def test_lines_fit_the_country(
    brug: Brug, lang: str, country: str, present: list[str], absent: list[str]
) -> None:
    chat = await brug.onboarded("ann", lang=lang, country=country)
    await chat.say(CRISIS_EN if lang == "en" else CRISIS_NL)
    first = chat.replies[0]
    assert first.safety and first.flow == "safety"
    for number in present:
        assert number in first.text
    for number in absent:
        assert number not in first.text


@pytest.mark.parametrize(
    ("lang", "present", "absent"),
    [
        ("nl", ["113", "1813", "106"], ["988"]),
        ("en", ["116 123", "988", "findahelpline"], ["113 "]),
    ],
)
async def test_before_the_country_is_known(
    brug: Brug, lang: str, present: list[str], absent: list[str]
) -> None:
    chat = brug.chat("bob", lang=lang)
    await chat.say("hallo")
    await chat.say(CRISIS_NL if lang == "nl" else CRISIS_EN)
    assert chat.replies[0].safety
    for number in present:
        assert number in chat.replies[0].text
    for number in absent:
        assert number not in chat.replies[0].text


@pytest.mark.parametrize(
    ("lang", "country", "listening", "crisis"),
    [
        (
            "nl",
            "NL",
            "• De Luisterlijn: 088 0767 000, dag en nacht",
            "• 113 Zelfmoordpreventie: 113",
        ),
        ("en", "UK", "• Samaritans: 116 123, free, day and night", None),
        ("en", "US", "https://warmline.org", "• 988 Suicide & Crisis Lifeline: call 988"),
    ],
)
async def test_help_offers_someone_to_talk_to_before_the_crisis_line(
    brug: Brug, lang: str, country: str, listening: str, crisis: str | None
) -> None:
    """Lonely is not a crisis: /help shows a listening line first, the crisis line after it."""
    chat = await brug.onboarded("hal", lang=lang, country=country)
    await chat.say("/help")
    assert not any(m.safety for m in chat.replies)
    text = chat.replies[-1].text
    assert listening in text
    if crisis:
        assert crisis in text and text.index(listening) < text.index(crisis)
    assert ("you don't have to be suicidal" in text) == (country == "UK")


@pytest.mark.parametrize(
    ("lang", "country", "line", "not_shown"),
    [
        (
            "nl",
            "NL",
            "• 113 Zelfmoordpreventie: 113 of 0800-0113, gratis, dag en nacht",
            "Luisterlijn",
        ),
        ("en", "UK", "• Samaritans: 116 123, free, day and night", "warmline"),
        ("en", "US", "• 988 Suicide & Crisis Lifeline: call 988, free, day and night", "warmline"),
    ],
)
async def test_the_crisis_answer_keeps_its_own_lines(
    brug: Brug, lang: str, country: str, line: str, not_shown: str
) -> None:
    """The listening lines are for /help: the crisis answer still gives only the crisis lines."""
    chat = await brug.onboarded("ivo", lang=lang, country=country)
    await chat.say(CRISIS_EN if lang == "en" else CRISIS_NL)
    first = chat.replies[0]
    assert first.safety == "crisis" and first.flow == "safety"
    assert line in first.text and not_shown not in chat.text
    assert "088 0767 000" not in chat.text


async def test_first_message_crisis_in_the_language_it_is_written_in(brug: Brug) -> None:
    chat = brug.chat("cas", lang=None)
    await chat.say("I don't want to live anymore")
    assert all(m.safety == "crisis" for m in chat.replies)
    assert "Samaritans" in chat.text and "988" in chat.text and "113" not in chat.text
    assert (await chat.stored()).lang == "en"


async def test_first_message_crisis_in_no_clear_language_gets_both(brug: Brug) -> None:
    chat = brug.chat("cas", lang=None)
    await chat.say("zelfmoord.")
    safety = [m for m in chat.replies if m.safety]
    assert len(safety) == 3  # the Dutch and the English lines, then the offer
    assert "113" in safety[0].text and "988" in safety[1].text


async def test_after_the_crisis_answer_later_means_later(brug: Brug) -> None:
    chat = await brug.onboarded("dee", lang="en")
    await chat.tap("Pulling away")
    await chat.tap("Yes")
    await chat.tap("Yes, let's start")
    await chat.tap("I'm here")
    await chat.say("I want to end my life")
    assert chat.replies[0].safety == "crisis"
    assert "kill" not in chat.text and "end my life" not in chat.text
    assert chat.state == "after"
    await chat.tap("Later, where I was")
    assert "/menu" in chat.text and chat.flow is None
    await chat.say("hello")  # the same day: not offered again on its own
    assert chat.flow == "menu" and "describe" not in chat.text
    assert any("carry on" in label.casefold() for label in chat.labels)  # but there to ask for
    tomorrow = datetime.now(UTC) + timedelta(days=1, hours=1)
    brug.engine.clock = lambda: tomorrow
    await chat.say("hello")
    assert chat.flow == "resume"
    await chat.tap("Carry on")
    assert (chat.flow, chat.state) == ("danger_pause", "describe")


async def test_what_is_typed_after_the_crisis_answer_gets_the_lines_again(brug: Brug) -> None:
    chat = await brug.onboarded("dee", lang="nl")
    await chat.say("ik wil niet meer leven")
    await chat.say("ok")
    assert chat.state == "heard" and "113" in chat.text and "programma" in chat.text
    assert chat.replies[0].safety == "crisis"
    await chat.say("morgen doe ik het")  # read as what it means after a crisis answer
    assert chat.replies[0].safety == "crisis" and chat.state == "after"


async def test_thanks_after_the_crisis_answer_is_met_warmly(brug: Brug) -> None:
    """Not the shop's "you're welcome": within a safety answer, thanks and goodbye get words
    of their own, and the lines stay offered."""
    chat = await brug.onboarded("fay", lang="en")
    await chat.say("i dont want to live anymore")
    await chat.say("thanks for listening")
    assert "took courage" in chat.text and "You're welcome" not in chat.text
    assert chat.flow == "safety"
    await chat.say("bye")
    assert "day and night" in chat.text
    other = await brug.onboarded("gus", lang="en")
    await other.say("thanks")  # elsewhere, thanks is just thanks
    assert "You're welcome" in other.text


async def test_a_feeling_or_a_doubt_after_the_crisis_answer_gets_the_lines_again(
    brug: Brug,
) -> None:
    """What is typed after the crisis answer is heard as it is: "ik voel me zo leeg" is no
    cue for an exercise, and "ik weet het niet" no cue for "that's fine"; both get the warm
    word and the lines again (issue 12, point 7)."""
    chat = await brug.onboarded("hal", lang="nl")
    await chat.say("ik wil niet meer leven")
    for text in ("ik voel me zo leeg", "sorry, ik weet het niet", "wat moet ik nu doen?"):
        await chat.say(text)
        assert chat.flow == "safety", text
        assert "113" in chat.text and "112" in chat.text, text


async def test_crisis_is_checked_before_commands_and_answers(brug: Brug) -> None:
    chat = await brug.onboarded("eva", lang="nl")
    await chat.say("/menu ik wil dood")
    assert chat.replies[0].safety


async def test_only_the_fact_is_recorded(brug: Brug) -> None:
    chat = await brug.onboarded("fay", lang="nl")
    await chat.say("ik denk aan zelfmoord")
    other = await brug.onboarded("gus", lang="nl", consent=False)
    await other.say("ik denk aan zelfmoord")
    assert safety_answers(brug) == 2
    assert len((await chat.stored()).settings["safety_answers"]) == 1  # her own, with consent
    assert "safety_answers" not in (await other.stored()).settings
    with sqlite3.connect(brug.engine.store.path) as conn:
        dump = "\n".join(conn.iterdump())
        tables = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
    assert "zelfmoord" not in dump
    assert not [t for t in tables if "safety" in t and t != "safety_counts"]


@pytest.mark.parametrize(
    "text", ["ik ga dood van het lachen", "this exam is killing me", "ik voel me eenzaam"]
)
async def test_idioms_are_no_crisis(brug: Brug, text: str) -> None:
    chat = await brug.onboarded("hal", lang="nl")
    await chat.say(text)
    assert not any(m.safety for m in chat.replies)
    assert safety_answers(brug) == 0


async def test_in_a_group_brug_invites_to_a_private_chat_and_keeps_nothing(brug: Brug) -> None:
    from bot.core.messages import ConversationKey, Incoming

    key = ConversationKey("test", "group-1", "zoe")
    replies = await brug.engine.handle(
        Incoming(
            key, text="/start", lang_hint="en", group=True, invite="https://t.me/brug?start=hi"
        )
    )
    assert "https://t.me/brug?start=hi" in replies[0].text and not replies[0].safety
    await brug.engine.delivered(replies)
    replies = await brug.engine.handle(
        Incoming(key, text="I want to die", lang_hint="en", group=True, invite="x")
    )
    assert replies[0].safety and "988" in replies[0].text
    await brug.engine.delivered(replies)
    assert await brug.engine.store.rows_about("test", "zoe") == 0
    assert safety_answers(brug) == 1


async def test_an_edited_message_is_only_checked_for_crisis(brug: Brug) -> None:
    from bot.core.messages import Incoming

    chat = await brug.onboarded("ida", lang="en")
    before = await chat.stored()
    assert await chat.send(Incoming(chat.key, text="3", edited=True)) == []
    assert (await chat.stored()).position == before.position
    replies = await chat.send(Incoming(chat.key, text="I want to end my life", edited=True))
    assert replies[0].safety


async def test_an_answer_held_back_by_the_calm_question_counts_after_no(brug: Brug) -> None:
    chat = await brug.onboarded("fay", lang="en")
    await chat.tap("Thoughts that keep you small")
    await chat.tap("Yes")
    await chat.tap("Yes, let's start")
    await chat.say("My brother forgot my birthday")
    await chat.say("I'm a burden to everyone")
    assert chat.flow == "safety_check" and chat.replies[-1].safety == "possible"
    await chat.tap("No")
    assert chat.flow == "beliefs" and chat.state == "verdict"  # not asked for the thought again
    assert '"I\'m a burden to everyone"' in chat.text
    await chat.tap("A fact")
    assert "What would you say to them?" in chat.text


@pytest.mark.parametrize(
    ("lang", "topic", "crisis", "correction", "no"),
    [
        (
            "nl",
            "Gedachten die je klein houden",
            "ik sta op de brug bij de ring",
            "nee sorry, ik sta er gewoon te wachten op mn vriendin",
            "Nee",
        ),
        (
            "en",
            "Thoughts that keep you small",
            "im standing on the bridge",
            "no sorry, i meant im waiting there for my girlfriend",
            "No",
        ),
    ],
)
async def test_a_correction_after_the_crisis_answer_gets_the_calm_question(
    brug: Brug, lang: str, topic: str, crisis: str, correction: str, no: str
) -> None:
    """Taken back after the crisis answer: asked directly, once, not the lines again; after
    no, back to where the person was."""
    chat = await brug.onboarded("ivo", lang=lang)
    await chat.tap(topic)  # an exercise, paused by the crisis answer
    assert chat.flow == "beliefs"
    await chat.say(crisis)
    assert chat.flow == "safety"
    await chat.say(correction)
    assert chat.flow == "safety_check" and chat.replies[-1].safety == "possible"
    assert len(chat.replies) == 1  # not the crisis lines again
    await chat.tap(no)
    assert chat.flow == "beliefs"


async def test_a_new_signal_beside_a_correction_is_still_a_crisis(brug: Brug) -> None:
    chat = await brug.onboarded("jet", lang="nl")
    await chat.say("ik sta op de brug bij de ring")
    await chat.say("nee sorry, ik meen het echt, ik wil dood")
    assert chat.flow == "safety" and chat.replies[0].safety == "crisis"


async def test_what_is_told_beside_no_at_the_calm_question_is_heard(brug: Brug) -> None:
    """Nothing paused (a new person who began with /menu): the feeling told with the no is
    reflected, not followed by the greeting for a new person."""
    chat = brug.chat("gus", lang="en")
    await chat.say("/menu")
    await chat.say("sometimes i think everyone would be better off without me")
    assert chat.flow == "safety_check"
    await chat.say("no, i just feel invisible")
    assert "Then let's carry on" in chat.replies[0].text
    assert chat.flow == "heard" and "lonely" in chat.text
    assert "Hi, I'm Brug" not in " ".join(r.text for r in chat.replies)


async def test_a_feeling_told_beside_no_is_heard_before_the_paused_flow(brug: Brug) -> None:
    chat = brug.chat("hal", lang="nl")
    await chat.say("hallo")
    await chat.say("soms denk ik dat iedereen beter af is zonder mij")
    await chat.say("nee, ik voel me gewoon onzichtbaar")
    assert chat.replies[1].text.startswith("Dat klinkt eenzaam")
    assert chat.flow == "onboarding" and chat.state == "about"


@pytest.mark.parametrize(
    ("lang", "groups", "emergency", "later"),
    [
        (
            "nl",
            [("In Nederland:", "113"), ("In België:", "1813")],
            ["112 (in Nederland en België)"],
            "alleen de lijnen van jouw land",
        ),
        (
            "en",
            [("In the UK:", "116 123"), ("In the US:", "988"), ("Elsewhere:", "findahelpline")],
            ["999 in the UK", "911 in the US", "112 in the rest of Europe"],
            "just the lines for your country",
        ),
    ],
)
async def test_before_the_country_is_known_each_line_says_its_country(
    brug: Brug,
    lang: str,
    groups: list[tuple[str, str]],
    emergency: list[str],
    later: str,
) -> None:
    """An English speaker may live in the Netherlands: every line is said with its country,
    every emergency number too, and that the lines become those of one country later."""
    chat = brug.chat("bob", lang=lang)
    await chat.say("hallo")
    await chat.say(CRISIS_NL if lang == "nl" else CRISIS_EN)
    lines = chat.replies[0].text.splitlines()
    for label, number in groups:
        under = lines[lines.index(label) + 1]  # the group's first line, under its country
        assert under.startswith("• ") and number in under, lines
    for number in emergency:
        assert number in chat.replies[0].text
    assert later in chat.replies[0].text


async def test_lines_of_a_known_country_have_no_country_labels(brug: Brug) -> None:
    chat = await brug.onboarded("ann", lang="en", country="UK")
    await chat.say(CRISIS_EN)
    assert "In the UK:" not in chat.replies[0].text
    assert "your country" not in chat.replies[0].text


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [
        (
            "nl",
            "• 113 Zelfmoordpreventie: 113 of 0800-0113, gratis, dag en nacht · chat via 113.nl",
        ),
        ("en", "• 113 Zelfmoordpreventie: 113 or 0800-0113, free, day and night · chat at 113.nl"),
    ],
)
async def test_a_line_reads_as_one_phrase(brug: Brug, lang: str, phrase: str) -> None:
    """Number, cost and hours in one plain phrase, not "(free) (24/7)"."""
    chat = await brug.onboarded("ann", lang=lang, country="NL")
    await chat.say(CRISIS_EN if lang == "en" else CRISIS_NL)
    text = chat.replies[0].text
    assert phrase in text.splitlines(), text
    assert ") (" not in text and "(24/7)" not in text
