"""/forget in Matrix: after the goodbye Brug leaves the room, and its crypto store keeps
nothing to read the conversation with (the person's device keys, the room's sessions)."""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from tests.matrix.conftest import BrugBot
from tests.matrix.people import Person, Replies, eventually
from tests.matrix.test_matrix_chat import known_person_invites, turn
from tests.matrix.test_matrix_rooms import membership

pytest.importorskip("nio")

People = Callable[..., Awaitable[Person]]


def crypto_rows(store: Path, room_id: str, user_id: str) -> dict[str, int]:
    (database,) = store.glob("*.db")
    with sqlite3.connect(database) as conn:
        return {
            "devices": conn.execute(
                "SELECT COUNT(*) FROM devicekeys WHERE user_id=?", (user_id,)
            ).fetchone()[0],
            "sessions": conn.execute(
                "SELECT COUNT(*) FROM megolminboundsessions WHERE room_id=?", (room_id,)
            ).fetchone()[0],
        }


def trust_lines(store: Path, user_id: str) -> list[str]:
    return [
        line
        for path in store.glob("*_devices")
        for line in path.read_text().splitlines()
        if line.startswith(user_id)
    ]


async def test_forget_leaves_the_room_and_drops_the_keys_to_read_it(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    adapter = await brug_bot.start()
    ann = await person("ann")
    room_id = await known_person_invites(brug_bot, ann, replies)
    await turn(replies, ann, room_id, "/menu")
    before = crypto_rows(brug_bot.store, room_id, ann.user_id)
    assert before["devices"] == 1 and before["sessions"] >= 1
    assert trust_lines(brug_bot.store, ann.user_id)
    await turn(replies, ann, room_id, "/forget")
    await turn(replies, ann, room_id, "1")  # "Ja, verwijder alles"

    async def gone() -> bool:
        return room_id not in adapter.client.rooms

    await eventually(gone, "Brug out of the room")
    await ann.until(lambda: membership(ann, room_id, brug_bot.user_id) == "leave", "Brug leave")
    assert crypto_rows(brug_bot.store, room_id, ann.user_id) == {"devices": 0, "sessions": 0}
    assert trust_lines(brug_bot.store, ann.user_id) == []
    assert await brug_bot.engine.store.rows_about("matrix", ann.user_id) == 0
