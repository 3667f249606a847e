"""Matrix at rest: after /forget's goodbye Brug leaves the room and its crypto store keeps
nothing to read the conversation with; with Brug's key the store is sealed and private."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
import vodozemac

from bot.adapters.matrix.keys import NIO_DEFAULT_KEY, _vodozemac_key, pickle_key
from bot.engine import Engine, utc_now
from bot.store import Store
from bot.store.crypto import Sealer, new_key, read_key
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


async def test_with_brugs_key_the_crypto_store_is_sealed_and_private(
    brug_bot: BrugBot, person: People, replies: Replies, tmp_path: Path, ctx: Any
) -> None:
    """A store made before the key was set is sealed anew at the next start (nio's default
    pickle key no longer opens it), the conversation goes on, and its files are 0600."""
    first = await brug_bot.start()
    ann = await person("ann")
    room_id = await known_person_invites(brug_bot, ann, replies)
    await first.stop()
    brug_bot.adapters.remove(first)
    await brug_bot.engine.store.close()
    key_file = tmp_path / "key"
    key_file.write_text(new_key())
    key_file.chmod(0o600)
    sealer = Sealer(read_key(key_file))
    store = await Store.open(brug_bot.engine.store.path, sealer)
    brug_bot.engine = Engine(store, ctx, utc_now)
    await brug_bot.engine.start()
    try:
        await brug_bot.start()
        ann._read[room_id] = len(ann.from_bot(room_id))
        await ann.say(room_id, "/menu")  # the old sessions open under the new seal
        [menu] = await ann.expect(room_id, 1)
        assert menu.decrypted
        (database,) = brug_bot.store.glob("*.db")
        with sqlite3.connect(database) as conn:
            (account,) = conn.execute("SELECT account FROM accounts").fetchone()
        pickled = bytes(account).decode()
        with pytest.raises(vodozemac.PickleException):
            vodozemac.Account.from_pickle(pickled, _vodozemac_key(NIO_DEFAULT_KEY))
        derived = pickle_key(sealer.derive("brug matrix crypto store"))
        vodozemac.Account.from_pickle(pickled, _vodozemac_key(derived))
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in brug_bot.store.iterdir()}
        assert set(modes.values()) == {0o600}, modes
    finally:
        for adapter in brug_bot.adapters:
            await adapter.stop()
        brug_bot.adapters.clear()
        await store.close()
