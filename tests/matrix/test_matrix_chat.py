"""Brug's Matrix adapter against a real Synapse, with a real nio client playing the person."""

from __future__ import annotations

import json
import logging
import sqlite3
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from bot.adapters.matrix.reading import START_COMMAND
from bot.adapters.matrix.rendering import BUTTONS_KEY, HTML_FORMAT, KEYCAPS
from bot.core.messages import ConversationKey
from bot.core.state import ConversationState
from bot.logs import JsonFormatter
from bot.store import StepWrite
from tests.matrix.conftest import BrugBot
from tests.matrix.people import Person, Replies, posts, question

nio = pytest.importorskip("nio")

People = Callable[..., Awaitable[Person]]


def bodies(events: list[Any]) -> list[str]:
    return [e.body for e in events]


async def greeting(replies: Replies, ann: Person, room_id: str) -> list[Any]:
    """Brug joined the direct chat and said hello by itself."""
    answer = await replies.first(lambda i: i.text == START_COMMAND and i.key.chat == room_id)
    expected = posts(answer)
    got = await ann.expect(room_id, len(expected))
    assert bodies(got) == [c["body"] for c in expected]
    return got


async def turn(replies: Replies, ann: Person, room_id: str, text: str) -> list[Any]:
    """Say something and wait for Brug's whole answer; it must be exactly that answer."""
    event_id = await ann.say(room_id, text)
    expected = posts(await replies.to(event_id))
    got = await ann.expect(room_id, len(expected))
    assert bodies(got) == [c["body"] for c in expected]
    return got


async def known_person_invites(brug_bot: BrugBot, ann: Person, replies: Replies) -> str:
    """Someone onboarded before opens an encrypted chat and invites Brug, who greets them."""
    room_id = await ann.open_chat([], encrypted=True)
    await onboarded(brug_bot.engine, room_id, ann.user_id)
    await ann.client.room_invite(room_id, brug_bot.user_id)
    await greeting(replies, ann, room_id)
    return room_id


async def onboarded(engine: Any, room_id: str, user_id: str, lang: str = "nl") -> None:
    """A person who went through onboarding before (its texts are tested elsewhere)."""
    state = ConversationState(
        lang=lang, country="NL", tz="Europe/Amsterdam", consent=True, onboarded=True
    )
    await engine.store.commit(StepWrite(ConversationKey("matrix", room_id, user_id), state))


async def test_unencrypted_direct_chat(brug_bot: BrugBot, person: People, replies: Replies) -> None:
    await brug_bot.start()
    ann = await person("ann")
    room_id = await ann.open_chat([brug_bot.user_id], encrypted=False)

    hello = await greeting(replies, ann, room_id)
    asked = question(hello)
    content = asked.source["content"]
    assert content["msgtype"] == "m.text"
    assert content["format"] == HTML_FORMAT
    labels = [label for label, _ in content[BUTTONS_KEY]]
    assert "<ol>" in content["formatted_body"]
    assert content["body"].endswith("\n".join(f"{n}. {x}" for n, x in enumerate(labels, 1)))
    assert content["m.mentions"] == {}
    assert not asked.decrypted
    if len(labels) <= 5:  # one-tap reactions under short option lists
        await ann.until(
            lambda: ann.reactions_from_bot(room_id, asked.event_id) == list(KEYCAPS[: len(labels)]),
            "the option reactions",
        )

    await turn(replies, ann, room_id, "1")
    stored = await brug_bot.engine.store.load(ConversationKey("matrix", room_id, ann.user_id))
    assert stored is not None and stored.turn >= 2


async def test_encrypted_direct_chat_walks_the_danger_pause(
    brug_bot: BrugBot, person: People, replies: Replies, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="brug")
    await brug_bot.start()
    ann = await person("ann")
    room_id = await known_person_invites(brug_bot, ann, replies)  # welcome back, the menu

    timings = []

    async def step(text: str) -> list[Any]:
        started = time.perf_counter()
        got = await turn(replies, ann, room_id, text)
        timings.append(time.perf_counter() - started)
        assert all(e.decrypted for e in got)
        return got

    intro = await step("Afstand nemen als het dichtbij komt")  # by label
    assert "Herken je dit?" in intro[-1].body
    asked = question(intro)
    reaction = await ann.react(room_id, asked.event_id, KEYCAPS[0])  # "Ja", by reaction
    offer = await ann.expect(room_id, len(posts(await replies.to(reaction))))
    assert "Zullen we het samen proberen?" in offer[-1].body
    assert "rustig aan" in (await step("1"))[-1].body  # by number
    await step("Ik ben er")
    await step("Mijn vriendin zegde onze afspraak af")
    question_ = await step("Niet meer reageren")
    assert 'Je schreef: "Mijn vriendin zegde onze afspraak af"' in question_[-1].body
    assert "moedig" in "\n".join(bodies(await step("Iets ouds")))
    await step("Ik voel me afgewezen, net als vroeger")
    await step("Is er iets gebeurd waardoor je niet kon?")
    closing = "\n".join(bodies(await step("1")))
    assert "Fijn dat er iemand is" in closing

    with sqlite3.connect(brug_bot.engine.store.path) as conn:
        rows = conn.execute("SELECT kind, data FROM records WHERE user=?", (ann.user_id,))
        records = [(kind, json.loads(data)) for kind, data in rows]
    assert [kind for kind, _ in records] == ["danger_pause"]
    assert records[0][1]["danger"] == "old" and records[0][1]["share"] == "yes"
    logged = "\n".join(JsonFormatter().format(r) for r in caplog.records)
    assert "matrix_started" in logged
    for words in ("vriendin", "afgewezen", "Herken", "Afstand"):  # neither theirs nor Brug's
        assert words not in logged
    print(f"\nencrypted round trip: median {statistics.median(timings) * 1000:.0f} ms")


async def test_crisis_answer_in_a_matrix_chat(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    await brug_bot.start()
    ann = await person("ann")
    room_id = await known_person_invites(brug_bot, ann, replies)

    event_id = await ann.say(room_id, "ik wil niet meer leven")
    answer = await replies.to(event_id)
    assert answer[0].safety
    got = await ann.expect(room_id, len(posts(answer)))
    assert "113" in got[0].body and "113" in got[0].source["content"]["formatted_body"]
    about = await brug_bot.engine.store.everything_about("matrix", ann.user_id)
    [conversation] = about["conversations"]
    assert len(conversation["state"]["settings"]["safety_answers"]) == 1


async def test_an_edit_is_not_an_answer_but_is_checked_for_crisis(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    await brug_bot.start()
    ann = await person("ann")
    room_id = await known_person_invites(brug_bot, ann, replies)
    said = await ann.say(room_id, "/help")
    await ann.expect(room_id, len(posts(await replies.to(said))))

    async def edit(text: str) -> str:
        return await ann.say(
            room_id,
            f"* {text}",
            **{
                "m.new_content": {"msgtype": "m.text", "body": text},
                "m.relates_to": {"rel_type": "m.replace", "event_id": said},
            },
        )

    assert await replies.to(await edit("/menu")) == []  # not a new answer
    answer = await replies.to(await edit("ik wil niet meer leven"))
    assert answer and answer[0].safety
    got = await ann.expect(room_id, len(posts(answer)))
    assert "113" in got[0].body


async def test_a_caption_and_an_edited_caption_are_read_by_the_safety_check(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    await brug_bot.start()
    ann = await person("ann")
    room_id = await known_person_invites(brug_bot, ann, replies)
    key = {"alg": "A256CTR", "ext": True, "k": "a" * 43, "key_ops": ["encrypt", "decrypt"]}
    file = {
        "url": "mxc://localhost/kat",
        "key": {**key, "kty": "oct"},
        "iv": "A" * 22,
        "hashes": {"sha256": "B" * 43},
        "v": "v2",
    }
    image = {"msgtype": "m.image", "filename": "kat.jpg", "file": file}
    photo = await ann.say(room_id, "mijn kat", **image)
    first = await replies.to(photo)
    assert first and not first[0].safety  # a picture: Brug says it reads text only
    await ann.expect(room_id, len(posts(first)))
    answer = await replies.to(await ann.say(room_id, "ik wil dood", **image))
    assert answer and answer[0].safety == "crisis"
    await ann.expect(room_id, len(posts(answer)))
    edit = {
        **image,
        "m.new_content": {**image, "body": "mijn vriend slaat me"},
        "m.relates_to": {"rel_type": "m.replace", "event_id": photo},
    }
    answer = await replies.to(await ann.say(room_id, "* mijn vriend slaat me", **edit))
    assert answer and answer[0].safety == "violence"
    got = await ann.expect(room_id, len(posts(answer)))
    assert "Veilig Thuis" in got[0].body


async def test_a_new_device_of_the_person_can_read_the_next_answer(
    brug_bot: BrugBot,
    person: People,
    replies: Replies,
    nio_client: Callable[..., Awaitable[Any]],
) -> None:
    adapter = await brug_bot.start()
    ann = await person("ann")
    room_id = await ann.open_chat([brug_bot.user_id], encrypted=True)
    await greeting(replies, ann, room_id)

    phone_client = await nio_client(ann.user, device_name="phone")
    await phone_client.keys_upload()
    phone = Person(phone_client, ann.user, brug_bot.user_id)
    await phone.sync(timeout_ms=0)
    # Brug hears of the new device through its own sync, as every client does (Synapse tells
    # the others a moment later, so an answer sent before that is for the devices known then).
    known = adapter.client.device_store
    phone_id, ann_id = phone_client.device_id, ann.user.user_id
    await ann.until(lambda: phone_id in known[ann_id], "Brug knowing the phone")
    got = await turn(replies, ann, room_id, "/help")
    on_phone = await phone.expect(room_id, len(got))
    assert bodies(on_phone) == bodies(got) and all(e.decrypted for e in on_phone)
