"""The whole "is there real danger?" pause, in Dutch and in English."""

from __future__ import annotations

import json
import sqlite3

from tests.conversation import Brug


def records(brug: Brug, user: str) -> list[dict[str, str]]:
    with sqlite3.connect(brug.engine.store.path) as conn:
        rows = conn.execute("SELECT kind, data FROM records WHERE user=?", (user,)).fetchall()
    return [{"kind": kind, **json.loads(data)} for kind, data in rows]


async def test_the_pause_in_dutch(brug: Brug) -> None:
    chat = await brug.onboarded("ann", lang="nl")
    await chat.tap("Afstand nemen")
    assert "Herken je dit?" in chat.text
    await chat.tap("Een beetje")
    assert "Zullen we het samen proberen?" in chat.text
    await chat.tap("Ja, laten we beginnen")
    assert "rustig aan" in chat.text
    await chat.tap("Ik ben er")
    await chat.say("Mijn vriendin zegde onze afspraak af")
    await chat.say("Niet meer reageren")
    assert 'Je schreef: "Mijn vriendin zegde onze afspraak af"' in chat.text
    assert "echt gevaar" in chat.text
    await chat.tap("Iets ouds")
    assert "moedig" in chat.text
    await chat.say("Ik voel me afgewezen, net als vroeger")
    await chat.say("Is er iets gebeurd waardoor je niet kon?")
    await chat.tap("Ja, die is er")
    assert "Fijn dat er iemand is" in chat.text
    assert "pauze" in chat.text
    assert records(brug, "ann") == [
        {
            "kind": "danger_pause",
            "flow": "danger_pause",
            "moment": "Mijn vriendin zegde onze afspraak af",
            "urge": "Niet meer reageren",
            "danger": "old",
            "note": "Ik voel me afgewezen, net als vroeger",
            "question_to_ask": "Is er iets gebeurd waardoor je niet kon?",
            "share": "yes",
        }
    ]
    await chat.tap("Naar het menu")
    assert chat.flow == "menu"


async def test_the_pause_in_english_with_real_danger(brug: Brug) -> None:
    chat = await brug.onboarded("bob", lang="en")
    await chat.tap("Pulling away")
    await chat.say("yes")
    await chat.say("1")
    await chat.say("I'm here")
    await chat.say("He shouted at me again")
    await chat.say("Leave")
    await chat.tap("Real danger")
    # Safety advice and the lines for violence at home (country NL), not the rest of the
    # exercise and not praise for pausing.
    assert "being safe comes first" in chat.text
    assert "Veilig Thuis" in chat.text and "0800-2000" in chat.text and "call 112" in chat.text
    assert "paused" not in chat.text
    assert chat.labels == ["To the menu", "Nothing for now"]
    assert records(brug, "bob") == [
        {
            "kind": "danger_pause",
            "flow": "danger_pause",
            "moment": "He shouted at me again",
            "urge": "Leave",
            "danger": "real",
        }
    ]
    await chat.tap("To the menu")
    assert chat.flow == "menu"


async def test_not_really_and_not_now_lead_kindly_back(brug: Brug) -> None:
    chat = await brug.onboarded("cas", lang="en")
    await chat.tap("Pulling away")
    await chat.tap("Not really")
    assert "eight other topics" in chat.text and chat.flow == "menu"
    await chat.tap("Pulling away")
    await chat.tap("Yes")
    await chat.tap("Not now")
    assert chat.flow == "menu"


async def test_nothing_is_recorded_without_consent(brug: Brug) -> None:
    chat = await brug.onboarded("dee", lang="en", consent=False)
    await chat.tap("Pulling away")
    for step in ["yes", "1", "1", "A moment", "Run", "Something old", "A note", "A question"]:
        await chat.say(step)
    await chat.tap("Maybe")
    assert "You paused" in chat.text
    assert records(brug, "dee") == []
