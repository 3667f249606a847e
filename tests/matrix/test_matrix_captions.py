"""Every text a person can change passes the safety check: captions and their edits, in
the shapes clients send them (an edit's outer content often carries no file at all)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from tests.matrix.conftest import BrugBot
from tests.matrix.people import Person, Replies, posts
from tests.matrix.test_matrix_chat import known_person_invites

nio = pytest.importorskip("nio")

People = Callable[..., Awaitable[Person]]


def edit_of(event_id: str, new: dict[str, Any]) -> dict[str, Any]:
    """An edit as Element Web writes one: the outer content is only the msgtype and a
    starred body; the new caption and the file are in `m.new_content`."""
    return {
        "msgtype": new["msgtype"],
        "m.new_content": new,
        "m.relates_to": {"rel_type": "m.replace", "event_id": event_id},
    }


@pytest.mark.parametrize("msgtype", ["m.image", "m.file"])
async def test_an_edited_caption_without_the_file_gets_the_helplines(
    brug_bot: BrugBot, person: People, replies: Replies, msgtype: str
) -> None:
    await brug_bot.start()
    ann = await person("ann")
    room_id = await known_person_invites(brug_bot, ann, replies)
    media = {"msgtype": msgtype, "filename": "kat.jpg", "url": "mxc://localhost/kat"}
    photo = await ann.say(room_id, "mijn kat", **media)
    first = await replies.to(photo)
    assert first and not first[0].safety
    await ann.expect(room_id, len(posts(first)))

    crisis = "ik wil niet meer leven"
    edited = await ann.say(room_id, f"* {crisis}", **edit_of(photo, {**media, "body": crisis}))
    answer = await replies.to(edited)
    assert answer and answer[0].safety == "crisis"
    got = await ann.expect(room_id, len(posts(answer)))
    assert "113" in got[0].body


async def test_an_addressed_caption_edit_in_a_group_gets_the_helplines(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    """In a room with more people an edited caption is read like any message there: when it
    is addressed to Brug, its safety answer goes to the room."""
    await brug_bot.start()
    ann, bob = await person("ann"), await person("bob")
    room_id = await ann.open_chat([brug_bot.user_id, bob.user_id], encrypted=True, name="Foto's")
    await bob.join(room_id)
    media = {"msgtype": "m.image", "filename": "kat.jpg", "url": "mxc://localhost/kat"}
    photo = await ann.say(room_id, "mijn kat", **media)
    crisis = "!brug ik wil niet meer leven"
    edited = await ann.say(room_id, f"* {crisis}", **edit_of(photo, {**media, "body": crisis}))
    answer = await replies.to(edited)
    assert answer and answer[0].safety == "crisis" and answer[0].public
    assert photo not in replies.by_event
