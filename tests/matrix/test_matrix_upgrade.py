"""A room upgrade: the person upgrades their direct chat with Brug (a tombstone in the old
room, a create event naming it in the new one) and invites Brug there. Brug follows them,
with the conversation, and leaves the old room."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Awaitable, Callable

import pytest

from bot.adapters.matrix.reading import START_COMMAND
from bot.core.messages import ConversationKey
from bot.store import StepWrite
from tests.conversation import wants_journal_nudges
from tests.matrix.conftest import BrugBot
from tests.matrix.people import Person, Replies, eventually
from tests.matrix.test_matrix_chat import greeting, known_person_invites, turn

nio = pytest.importorskip("nio")

People = Callable[..., Awaitable[Person]]


def scheduled_rooms(path: str, user: str) -> set[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT chat FROM scheduled WHERE user=?", (user,)).fetchall()
    return {chat for (chat,) in rows}


async def test_brug_follows_an_upgraded_direct_chat(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    engine = brug_bot.engine
    adapter = await brug_bot.start()
    ann = await person("ann")
    old_room = await known_person_invites(brug_bot, ann, replies)
    old = ConversationKey("matrix", old_room, ann.user_id)
    before = await engine.store.load(old)
    assert before is not None
    later = int(time.time()) + 86_400
    write = StepWrite(old, wants_journal_nudges(later - 86_400 * 2, lang="nl"))
    write.schedule.append(("nudge:journal", later, {}))
    await engine.store.commit(write)

    new_room = await ann.upgrade(old_room)
    await ann.client.room_invite(new_room, brug_bot.user_id)
    (word,) = await ann.expect(new_room, 1)
    assert "gevolgd" in word.body and word.decrypted  # a short line, in her language

    async def left_old() -> bool:
        rooms = await adapter.client.joined_rooms()
        return new_room in rooms.rooms and old_room not in rooms.rooms

    await eventually(left_old, "Brug in the new room only")
    new = ConversationKey("matrix", new_room, ann.user_id)
    moved = await engine.store.load(new)
    assert moved is not None and moved.lang == "nl" and moved.consent and moved.onboarded
    assert moved.settings["journal_time"] == "12:00"
    assert await engine.store.load(old) is None
    assert scheduled_rooms(engine.store.path, ann.user_id) == {new_room}
    assert not [i for i in replies.incoming if i.key.chat == new_room and i.text == START_COMMAND]
    await turn(replies, ann, new_room, "/help")  # and the conversation goes on there, in Dutch

    # A restart changes nothing: no second line, no greeting, nothing in the old room.
    await adapter.stop()
    brug_bot.adapters.remove(adapter)
    again = await brug_bot.start()
    await turn(replies, ann, new_room, "/help")
    assert [e for e in ann.from_bot(new_room) if "gevolgd" in e.body] == [word]
    assert old_room not in (await again.client.joined_rooms()).rooms
    assert not [i for i in replies.incoming if i.key.chat == new_room and i.text == START_COMMAND]


async def test_a_stranger_cannot_take_a_conversation_by_naming_its_room(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    """Bob makes a room whose create event names Ann's chat as its predecessor and invites
    Brug: Bob is greeted as anyone new, and Ann's conversation stays where it is."""
    engine = brug_bot.engine
    await brug_bot.start()
    ann, bob = await person("ann"), await person("bob")
    ann_room = await known_person_invites(brug_bot, ann, replies)
    created = await bob.client.room_create(
        is_direct=True,
        invite=[brug_bot.user_id],
        predecessor={"room_id": ann_room, "event_id": "$none"},
    )
    assert isinstance(created, nio.RoomCreateResponse), created
    await bob.until(lambda: created.room_id in bob.client.rooms, "the new room")
    await greeting(replies, bob, created.room_id)
    assert await engine.store.load(ConversationKey("matrix", ann_room, ann.user_id)) is not None
    assert await engine.store.load(ConversationKey("matrix", created.room_id, ann.user_id)) is None
    await turn(replies, ann, ann_room, "/help")


async def test_brug_follows_the_tombstone_into_a_room_it_may_join(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    """An upgraded room that anyone may join (its join rules come from the old room): the
    tombstone alone brings Brug there, without an invitation."""
    engine = brug_bot.engine
    await brug_bot.start()
    ann = await person("ann")
    old_room = await known_person_invites(brug_bot, ann, replies)
    rules = await ann.client.room_put_state(old_room, "m.room.join_rules", {"join_rule": "public"})
    assert isinstance(rules, nio.RoomPutStateResponse), rules
    new_room = await ann.upgrade(old_room)
    (word,) = await ann.expect(new_room, 1)
    assert "gevolgd" in word.body
    moved = await engine.store.load(ConversationKey("matrix", new_room, ann.user_id))
    assert moved is not None and moved.lang == "nl"
    assert await engine.store.load(ConversationKey("matrix", old_room, ann.user_id)) is None
