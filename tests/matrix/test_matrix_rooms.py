"""Rooms: who may invite Brug, rooms with more people, leaving, and what came before Brug."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Awaitable, Callable

import pytest

from bot.adapters.matrix.reading import START_COMMAND
from bot.core.messages import ConversationKey
from bot.engine import utc_now
from bot.nudges import Scheduler
from bot.store import StepWrite
from tests.conversation import wants_journal_nudges
from tests.matrix.conftest import BrugBot
from tests.matrix.people import Person, Replies, eventually, posts
from tests.matrix.test_matrix_chat import greeting, turn

nio = pytest.importorskip("nio")

People = Callable[..., Awaitable[Person]]


def membership(person: Person, room_id: str, user_id: str) -> str | None:
    changes = [
        e.membership
        for e in person.timeline[room_id]
        if isinstance(e, nio.RoomMemberEvent) and e.state_key == user_id
    ]
    return changes[-1] if changes else None


async def test_group_room_answers_only_when_addressed(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    adapter = await brug_bot.start()
    ann, bob = await person("ann"), await person("bob")
    room_id = await ann.open_chat([brug_bot.user_id, bob.user_id], encrypted=True, name="Koffie")
    await bob.join(room_id)
    await ann.until(lambda: membership(ann, room_id, brug_bot.user_id) == "join", "Brug join")

    quiet = await ann.say(room_id, "hallo allemaal, wie gaat er mee naar de brug?")
    addressed = await bob.say(room_id, "!brug hoi")
    answer = await replies.to(addressed)
    (got,) = await ann.expect(room_id, len(posts(answer)))  # nothing came for the first one
    assert quiet not in replies.by_event
    (asked,) = [i for i in replies.incoming if i.event_id == addressed]
    assert asked.group and asked.text == "hoi" and asked.invite == adapter.reader.invite_link
    assert got.body == f"{bob.user.localpart}: {answer[0].text}"
    assert got.body.startswith(f"{bob.user.localpart}: ")
    assert got.source["content"]["m.mentions"] == {"user_ids": [bob.user_id]}
    assert (
        f'<a href="https://matrix.to/#/{bob.user_id}">' in got.source["content"]["formatted_body"]
    )

    crisis = await ann.say(
        room_id,
        f"{brug_bot.user.localpart}: ik wil niet meer leven",
        **{"m.mentions": {"user_ids": [brug_bot.user_id]}},
    )
    answer = await replies.to(crisis)
    assert answer and all(m.safety for m in answer)
    got = await ann.expect(room_id, len(posts(answer)))
    assert "113" in "\n".join(e.body for e in got)
    with sqlite3.connect(brug_bot.engine.store.path) as conn:  # a group room keeps nothing
        rows = conn.execute("SELECT user FROM conversations WHERE chat=?", (room_id,)).fetchall()
    assert rows == []


async def test_invites_from_others_are_refused(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    ann, bob = await person("ann"), await person("bob")
    await brug_bot.start(allowed=f"{ann.user_id}, example.org")
    refused = await bob.open_chat([brug_bot.user_id], encrypted=False)
    await bob.until(lambda: membership(bob, refused, brug_bot.user_id) == "leave", "the refusal")

    room_id = await ann.open_chat([brug_bot.user_id], encrypted=False)
    await greeting(replies, ann, room_id)
    assert not [i for i in replies.incoming if i.key.chat == refused]


async def test_brug_leaves_when_everyone_else_has_left(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    adapter = await brug_bot.start()
    ann = await person("ann")
    room_id = await ann.open_chat([brug_bot.user_id], encrypted=True)
    await greeting(replies, ann, room_id)
    await ann.client.room_leave(room_id)

    async def gone() -> bool:
        rooms = await adapter.client.joined_rooms()
        return room_id not in rooms.rooms

    await eventually(gone, "Brug left the empty room")
    state = await brug_bot.engine.store.load(ConversationKey("matrix", room_id, ann.user_id))
    assert state is not None and not state.active


async def test_nothing_from_before_the_first_start_is_answered(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    """An invite and a message that came while Brug had never run: it joins and says hello,
    but does not answer what was said before it was there."""
    ann = await person("ann")
    room_id = await ann.open_chat([brug_bot.user_id], encrypted=False)
    before = await ann.say(room_id, "hallo? ben je daar?")

    await brug_bot.start()
    await greeting(replies, ann, room_id)
    await turn(replies, ann, room_id, "1")
    assert before not in replies.by_event
    starts = [i for i in replies.incoming if i.text == START_COMMAND]
    assert len(starts) == 1


async def test_a_kick_ends_the_direct_chat(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    await brug_bot.start()
    ann = await person("ann")
    room_id = await ann.open_chat([brug_bot.user_id], encrypted=False)
    await greeting(replies, ann, room_id)
    await ann.client.room_kick(room_id, brug_bot.user_id)
    key = ConversationKey("matrix", room_id, ann.user_id)

    async def inactive() -> bool:
        state = await brug_bot.engine.store.load(key)
        return state is not None and not state.active

    await eventually(inactive, "the conversation ended")


async def test_a_direct_chat_that_gets_more_people_gets_nothing_personal_any_more(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    """Ann's reminder was written while the chat was just hers; Bob joined before it was due.
    It goes to a new direct chat with Ann, with a word why, and never to the room Bob reads."""
    engine = brug_bot.engine
    engine.clock = utc_now  # the real scheduler loop
    adapter = await brug_bot.start()
    ann, bob = await person("ann"), await person("bob")
    room_id = await ann.open_chat([brug_bot.user_id], encrypted=True)
    await greeting(replies, ann, room_id)
    old = ConversationKey("matrix", room_id, ann.user_id)
    now = int(time.time())
    write = StepWrite(old, wants_journal_nudges(now, lang="en"))
    write.schedule.append(("nudge:journal", now + 2, {}))
    await engine.store.commit(write)
    await ann.client.room_invite(room_id, bob.user_id)
    await bob.join(room_id)

    async def bob_seen() -> bool:
        return bob.user_id in adapter.client.rooms[room_id].users

    await eventually(bob_seen, "Bob in the room, as Brug sees it")
    async with Scheduler(engine, interval=0.1).running():
        await ann.until(lambda: bool(ann.client.invited_rooms), "an invitation from Brug")
        (new_room,) = ann.client.invited_rooms
        await ann.join(new_room)
        word, nudge = await ann.expect(new_room, 2)
    assert "other people in it now" in word.body
    assert "how you felt today" in nudge.body and nudge.decrypted
    await bob.sync()
    assert not [e for e in bob.from_bot(room_id) if "how you felt" in e.body]
    moved = await engine.store.load(ConversationKey("matrix", new_room, ann.user_id))
    assert moved is not None and moved.settings["journal_time"] == "12:00"
    assert await engine.store.load(old) is None
    assert await engine.store.pending("matrix") == []
