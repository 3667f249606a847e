"""Without consent, what Brug says it keeps is what it stores, and nothing more is claimed."""

from __future__ import annotations

import json
import sqlite3

from bot.engine import Engine
from bot.store import Store
from tests.conversation import Brug, Chat

# What a conversation's row holds without consent: the language, the choice itself and the
# technical markers the not-kept text names ("where we are in a conversation"), never words,
# country, time zone or settings.
KEPT_WITHOUT_CONSENT = {
    "lang", "consent", "onboarded", "active", "turn", "seen", "update", "position", "paused",
}  # fmt: skip


def _rows(brug: Brug, user: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row naming this person, read from the file with a separate connection."""
    with sqlite3.connect(brug.engine.store.path) as conn:
        return {
            table: conn.execute(f"SELECT * FROM {table} WHERE user=?", (user,)).fetchall()
            for table in ("conversations", "records", "scheduled", "outbox")
        }


async def _declined(brug: Brug, user: str, lang: str = "nl") -> Chat:
    """Onboarding step by step, saying no to keeping anything."""
    chat = brug.chat(user, lang)
    await chat.say("hallo")
    await chat.say("1")  # go on
    await chat.say("2")  # no, rather not
    return chat


async def test_without_consent_no_nudges_are_promised_or_listed(brug: Brug) -> None:
    chat = await _declined(brug, "ann")
    assert "waar we zijn zolang we praten" in chat.text  # the place is kept as well: said so
    await chat.say("1")  # the Netherlands
    await chat.say("Europe/Amsterdam")
    await chat.say("10")  # no patterns
    assert chat.state == "nudges_offer"
    assert "zondag" not in chat.text and "stuur ik je geen berichtjes" in chat.text
    await chat.tap("Prima zo")
    assert chat.state != "nudges_offer"
    await chat.say("/menu")
    await chat.say("/nudges")
    assert "op zondag" not in chat.text and "elke maand" not in chat.text
    rows = _rows(brug, "ann")
    assert rows["scheduled"] == [] and rows["records"] == []


async def test_keeping_after_all_brings_the_nudges_offer(brug: Brug) -> None:
    chat = await _declined(brug, "bea", lang="en")
    await chat.say("1")
    await chat.say("Europe/London")
    await chat.say("10")
    assert "I won't send you messages" in chat.text
    await chat.tap("Keep it after all")
    assert chat.state == "nudges_offer" and "on Sunday" in chat.text
    await chat.tap("Yes, that's fine")
    await chat.say("/menu")
    state = json.loads(_rows(brug, "bea")["conversations"][0][3])
    assert state["consent"] is True and state["settings"]["review_day"] == "sun"


async def test_what_is_stored_without_consent_is_what_brug_said(brug: Brug) -> None:
    chat = await _declined(brug, "cas", lang="en")
    said = chat.text
    assert "your language" in said and "where we are" in said and "never what you write" in said
    await chat.say("3")  # the UK
    await chat.say("Europe/London")
    await chat.say("10")
    await chat.tap("No messages")
    await chat.say("/menu")
    await chat.say("/journal")
    await chat.tap("Write something new")
    await chat.tap("Good")
    await chat.say("Today I thought of my sister all day")
    rows = _rows(brug, "cas")
    assert rows["records"] == [] and rows["scheduled"] == []
    (conversation,) = rows["conversations"]
    stored = json.loads(conversation[3])
    assert set(stored) <= KEPT_WITHOUT_CONSENT, set(stored) - KEPT_WITHOUT_CONSENT
    assert stored["lang"] == "en" and stored["consent"] is False
    assert "sister" not in conversation[3] and "London" not in conversation[3]


async def test_after_a_restart_no_place_in_an_exercise_is_claimed(brug: Brug) -> None:
    chat = await brug.onboarded("dee", lang="en", consent=False)
    await chat.say("/journal")
    await chat.tap("Write something new")
    await chat.tap("Good")
    assert (chat.flow, chat.state) == ("journal", "write")
    await chat.say("/stop")
    await chat.say("hello again")  # within the conversation, the place is still known
    assert chat.flow == "resume"
    await chat.tap("Carry on")
    assert (chat.flow, chat.state) == ("journal", "write")
    path = brug.engine.store.path
    await brug.engine.store.close()
    store = await Store.open(path)  # a restart: a new Engine on the same file
    try:
        chat.engine = Engine(store, brug.engine.ctx, brug.engine.clock)
        await chat.engine.start()
        await chat.say("hello")
        assert chat.flow == "menu", chat.text
        assert "journal" not in chat.text.casefold() and "carry on" not in chat.text.casefold()
        await chat.say("/stop")
        await chat.say("hi")
        assert chat.flow == "menu"
    finally:
        await store.close()
        brug.engine.store = await Store.open(path)  # the fixture closes its own store


async def test_nudges_without_consent_say_none_come_and_offer_no_times(brug: Brug) -> None:
    chat = await brug.onboarded("vik", lang="nl", consent=False)
    await chat.say("/nudges")
    assert "geen berichtjes" in chat.text
    assert chat.labels == ["Toch bewaren", "Naar het menu"]
    await chat.tap("Toch bewaren")
    assert (await chat.stored()).consent is True
    assert chat.state == "overview"


async def test_still_there_comes_only_with_consent_and_is_listed_then(brug: Brug) -> None:
    """Without consent no "still there?" is planned nor listed; keeping after all lists it,
    and the person can switch it off, which removes its row."""
    chat = await brug.onboarded("wim", lang="nl", consent=False)
    await chat.say("/nudges")
    assert "stille week" not in chat.text
    assert _rows(brug, "wim")["scheduled"] == []
    await chat.tap("Toch bewaren")
    assert "na een stille week: aan" in chat.text, chat.text
    assert _pending_still_there(brug, "wim") == 1
    await chat.tap("Stille week")
    await chat.tap("Uit")
    assert "na een stille week: uit" in chat.text
    assert _pending_still_there(brug, "wim") == 0


def _pending_still_there(brug: Brug, user: str) -> int:
    with sqlite3.connect(brug.engine.store.path) as conn:
        query = "SELECT count(*) FROM scheduled WHERE user=? AND kind=? AND done_at IS NULL"
        return int(conn.execute(query, (user, "nudge:still_there")).fetchone()[0])
