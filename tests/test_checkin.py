"""The loneliness check-in in conversation: the published items in the published order, the
result when a statement is skipped, the two parts in words, and typed answers at the items."""

from __future__ import annotations

import pytest

from bot.core.messages import Incoming, Scheduled
from bot.store import StepWrite
from tests.conversation import Brug, Chat, wants_journal_nudges

# The 6-item De Jong Gierveld scale in its published order, emotional (E) and social (S) items
# alternating (De Jong Gierveld & Van Tilburg, 2006). Dutch wording as published with the
# scale (the Dutch items of the manual, also used by CBS); see dialogues/checkin.yaml.
ITEMS = {
    "en": [
        "I experience a general sense of emptiness",
        "There are plenty of people I can rely on when I have problems",
        "I miss having people around",
        "There are many people I can trust completely",
        "I often feel rejected",
        "There are enough people I feel close to",
    ],
    "nl": [
        "Ik ervaar een leegte om me heen",
        "Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen",
        "Ik mis mensen om me heen",
        "Ik heb veel mensen op wie ik volledig kan vertrouwen",
        "Vaak voel ik me in de steek gelaten",
        "Er zijn voldoende mensen met wie ik me nauw verbonden voel",
    ],
}
START = {"en": "Yes, let's start", "nl": "Ja, begin maar"}
OF_SIX = {"en": "out of 6", "nl": "van de 6"}


async def _start(brug: Brug, lang: str, user: str = "ann") -> Chat:
    chat = await brug.onboarded(user, lang=lang)
    await chat.say("/checkin")
    await chat.tap(START[lang])
    return chat


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_items_come_in_the_published_order_and_wording(brug: Brug, lang: str) -> None:
    chat = await _start(brug, lang)
    for n, item in enumerate(ITEMS[lang], start=1):
        position = f"{n} of 6" if lang == "en" else f"{n} van 6"
        assert position in chat.text and item in chat.text, (n, chat.text)
        await chat.say("2")  # more or less
    assert chat.state == "suggest"
    assert f"(6 {OF_SIX[lang]})" in chat.text


async def test_one_skipped_item_gives_no_total_but_the_other_part_in_dutch(brug: Brug) -> None:
    chat = await _start(brug, "nl")
    # leegte: overgeslagen; the three social items "nee" (lonely), the other two emotional "ja".
    for answer in ["Overslaan", "Nee", "Ja", "Nee", "Ja", "Nee"]:
        await chat.tap(answer)
    assert chat.state == "suggest"
    assert "van de 6" not in chat.text and "erg eenzaam" not in chat.text
    assert "deze keer geen totaal" in chat.text
    assert "Over nabijheid (het emotionele deel" in chat.text
    assert "dit deel kan ik deze keer niet uitrekenen" in chat.text
    assert "je een bredere kring van mensen sterk mist (3 van de 3)" in chat.text
    assert "Vergelijken met de vorige keer lukt deze keer niet" in chat.text
    assert "Een klein stapje" in chat.labels


async def test_one_skipped_social_item_in_english(brug: Brug) -> None:
    chat = await _start(brug, "en")
    # emptiness yes, rely-on skipped, miss people more or less, trust yes, rejected no, close yes
    for answer in ["Yes", "Skip", "More or less", "Yes", "No", "Yes"]:
        await chat.tap(answer)
    assert "out of 6" not in chat.text
    assert "there's no total this time" in chat.text
    assert "you miss a close bond somewhat (2 out of 3)" in chat.text
    assert "About the people around you (the social part" in chat.text
    assert "I can't score this part" in chat.text


async def test_both_parts_in_words_when_complete(brug: Brug) -> None:
    chat = await _start(brug, "en")
    # E: yes, yes, yes (3); S: yes, yes, yes (0)
    for answer in ["Yes", "Yes", "Yes", "Yes", "Yes", "Yes"]:
        await chat.tap(answer)
    assert "(3 out of 6)" in chat.text
    assert "you strongly miss a close bond (3 out of 3)" in chat.text
    assert "there are enough people around you (0 out of 3)" in chat.text


async def test_compared_with_last_time_only_when_both_are_complete(brug: Brug) -> None:
    chat = await _start(brug, "nl")
    for answer in ["Ja", "Nee", "Ja", "Nee", "Ja", "Nee"]:
        await chat.tap(answer)
    assert "(6 van de 6)" in chat.text
    await chat.tap("Naar het menu")
    await chat.say("/checkin")
    await chat.tap(START["nl"])
    for answer in ["Nee", "Ja", "Nee", "Ja", "Nee", "Overslaan"]:
        await chat.tap(answer)
    assert "Vorige keer" not in chat.text
    assert "Vergelijken met de vorige keer lukt deze keer niet" in chat.text
    assert (await chat.stored()).settings["last_checkin_total"] == 6


@pytest.mark.parametrize(
    ("lang", "typed", "saved"),
    [
        ("nl", "een beetje", "more"),
        ("nl", "soms", "more"),
        ("nl", "min of meer", "more"),
        ("nl", "Min of meer", "more"),
        ("nl", "ja", "yes"),
        ("nl", "nee", "no"),
        ("nl", "niet echt", "no"),
        ("nl", "overslaan", "skip"),
        ("en", "more or less", "more"),
        ("en", "a bit", "more"),
        ("en", "sometimes", "more"),
        ("en", "kind of", "more"),
        ("en", "sort of", "more"),
        ("en", "y", "yes"),
        ("en", "n", "no"),
        ("nl", "j", "yes"),
        ("nl", "n", "no"),
        ("en", "yes", "yes"),
        ("en", "yeah", "yes"),
        ("en", "no", "no"),
        ("en", "not really", "no"),
    ],
)
async def test_typed_answers_at_the_items(brug: Brug, lang: str, typed: str, saved: str) -> None:
    chat = await _start(brug, lang)
    assert chat.state == "q1"
    await chat.say(typed)
    stored = await chat.stored()
    assert stored.position is not None
    assert stored.position.answers.get("q1") == saved, chat.text
    assert ITEMS[lang][1] in chat.text  # on to the next statement


async def test_the_monthly_nudge_leads_into_the_check_in_which_asks_once(brug: Brug) -> None:
    chat = brug.chat("mo", lang="en")
    now = int(brug.engine.clock().timestamp())
    await brug.engine.store.commit(StepWrite(chat.key, wants_journal_nudges(now, lang="en")))
    await chat.send(Incoming(chat.key, scheduled=Scheduled(1, "nudge:checkin", {}, now)))
    assert chat.flow == "checkin" and chat.state == "intro"
    assert chat.text.count("?") == 1, chat.text  # the check-in's own question, and no other


@pytest.mark.parametrize(
    ("lang", "not_now", "fewer"),
    [("en", "Not now", "Fewer of these"), ("nl", "Niet nu", "Minder hiervan")],
)
async def test_the_monthly_nudge_has_not_now_and_fewer_of_these(
    brug: Brug, lang: str, not_now: str, fewer: str
) -> None:
    """Every nudge carries "not now" and "fewer of these": the monthly check-in too, in the
    check-in's one question; "fewer" makes it come half as often."""
    chat = brug.chat("mo", lang=lang)
    now = int(brug.engine.clock().timestamp())
    await brug.engine.store.commit(StepWrite(chat.key, wants_journal_nudges(now, lang=lang)))
    await chat.send(Incoming(chat.key, scheduled=Scheduled(1, "nudge:checkin", {}, now)))
    assert chat.text.count("?") == 1, chat.text
    assert not_now in chat.labels and fewer in chat.labels, chat.labels
    await chat.tap(fewer)
    stored = await chat.stored()
    assert stored.settings.get("every_checkin") == 2
    assert chat.flow is None


async def test_the_check_in_started_by_the_person_offers_no_fewer(brug: Brug) -> None:
    chat = await brug.onboarded("jo", lang="en")
    await chat.say("/checkin")
    assert chat.state == "intro" and "Fewer of these" not in chat.labels


@pytest.mark.parametrize(("lang", "typed"), [("nl", "weet niet"), ("en", "I don't know")])
async def test_dont_know_skips_a_statement_rather_than_scoring_it(
    brug: Brug, lang: str, typed: str
) -> None:
    chat = await brug.onboarded("ivo", lang=lang)
    await chat.say("/checkin")
    await chat.say("1")
    await chat.say(typed)
    await chat.say(typed)
    assert (await chat.stored()).position.answers["q1"] == "skip"
    assert (await chat.stored()).position.answers["q4"] == "skip"
