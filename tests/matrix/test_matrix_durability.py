"""No double answers and no lost words: restarts of Brug and of the homeserver, a crash between
sending and acknowledging, rate limits, and room keys that arrive late or never."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from bot.core.messages import ConversationKey, Incoming
from tests.matrix.conftest import BrugBot
from tests.matrix.people import Person, Replies, eventually, posts
from tests.matrix.test_matrix_chat import bodies, greeting, turn

nio = pytest.importorskip("nio")

People = Callable[..., Awaitable[Person]]


async def test_restart_of_brug_answers_what_came_meanwhile_once(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    first = await brug_bot.start()
    device = first.client.device_id
    login = (brug_bot.store / "login.json").read_bytes()
    ann = await person("ann")
    room_id = await ann.open_chat([brug_bot.user_id], encrypted=True)
    await greeting(replies, ann, room_id)
    await turn(replies, ann, room_id, "1")
    await first.stop()

    meanwhile = await ann.say(room_id, "2")  # while Brug is away
    second = await brug_bot.start()
    answer = posts(await replies.to(meanwhile))
    assert bodies(await ann.expect(room_id, len(answer))) == [c["body"] for c in answer]
    await turn(replies, ann, room_id, "/menu")  # nothing came in between: no repeats
    assert second.client.device_id == device  # no new login, no new device
    assert (brug_bot.store / "login.json").read_bytes() == login
    assert [i.event_id for i in replies.incoming].count(meanwhile) == 1


async def test_a_resend_after_a_crash_is_not_a_duplicate(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    """The homeserver took the replies but Brug crashed before it could acknowledge them: the
    outbox sends them again under the same transaction ids, and the room shows them once."""
    engine = brug_bot.engine
    first = await brug_bot.start()
    ann = await person("ann")
    room_id = await ann.open_chat([brug_bot.user_id], encrypted=True)
    await greeting(replies, ann, room_id)

    acknowledge = engine.delivered
    engine.delivered = _never  # type: ignore[method-assign]
    await turn(replies, ann, room_id, "1")
    assert await engine.store.pending("matrix")
    await first.stop()
    engine.delivered = acknowledge  # type: ignore[method-assign]

    await brug_bot.start()
    await turn(replies, ann, room_id, "/help")  # the resend came first, and showed nothing
    await eventually(outbox_empty(engine), "an empty outbox")


async def _never(messages: Any) -> None:
    """An acknowledgement lost in a crash."""


def outbox_empty(engine: Any) -> Callable[[], Awaitable[bool]]:
    async def check() -> bool:
        return await engine.store.pending("matrix") == []

    return check


async def test_restart_of_synapse_mid_conversation_loses_nothing(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    engine, synapse = brug_bot.engine, brug_bot.synapse
    await brug_bot.start()
    ann = await person("ann")
    room_id = await ann.open_chat([brug_bot.user_id], encrypted=True)
    await greeting(replies, ann, room_id)
    key = ConversationKey("matrix", room_id, ann.user_id)

    await asyncio.to_thread(synapse.stop)
    # A reply that arises while the homeserver is away (like a timed step or a nudge) ...
    away = await engine.handle(Incoming(key, text="/help", event_id="local:help"))
    await engine.dispatch(away)
    # ... and a message the person's client sends while it is away.
    said = asyncio.create_task(ann.say(room_id, "/menu"))
    await asyncio.sleep(0.2)
    await asyncio.to_thread(synapse.start)

    got = await ann.expect(room_id, len(posts(away)))
    assert bodies(got) == [c["body"] for c in posts(away)]
    answer = posts(await replies.to(await said))
    assert bodies(await ann.expect(room_id, len(answer))) == [c["body"] for c in answer]
    await turn(replies, ann, room_id, "1")
    await eventually(outbox_empty(engine), "an empty outbox")


async def test_messages_beyond_the_timeline_limit_are_fetched(
    brug_bot: BrugBot, person: People, replies: Replies, caplog: pytest.LogCaptureFixture
) -> None:
    """More arrived while Brug was away than one sync carries: it pages back for the rest."""
    caplog.set_level(logging.INFO, logger="brug.matrix")
    first = await brug_bot.start(timeline_limit=2)
    ann = await person("ann")
    room_id = await ann.open_chat([brug_bot.user_id], encrypted=True)
    await greeting(replies, ann, room_id)
    await first.stop()

    said = [await ann.say(room_id, text) for text in ("/help", "/menu", "/help", "/menu", "1")]
    await brug_bot.start(timeline_limit=2)
    for event_id in said:
        answer = posts(await replies.to(event_id))
        assert bodies(await ann.expect(room_id, len(answer))) == [c["body"] for c in answer]
    assert [r.count for r in caplog.records if getattr(r, "event", "") == "matrix_gap"]


async def test_rate_limit_pauses_and_loses_nothing(
    brug_bot: BrugBot,
    person: People,
    replies: Replies,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """`M_LIMIT_EXCEEDED` is waited out for the time the server asks (that other rooms go on
    meanwhile is shown with a fake homeserver in test_matrix_units.py)."""
    await brug_bot.start()
    ann = await person("ann")
    room_id = await ann.open_chat([brug_bot.user_id], encrypted=False)
    await greeting(replies, ann, room_id)
    brug_bot.synapse.override_message_ratelimit(brug_bot.user_id, 10, 1)

    caplog.set_level(logging.INFO, logger="brug.matrix")
    started = time.perf_counter()
    answer = posts(await replies.to(await ann.say(room_id, "/help")))
    got = await ann.expect(room_id, len(answer))
    took = time.perf_counter() - started
    assert bodies(got) == [c["body"] for c in answer]  # all of it, in order
    brug_bot.synapse.override_message_ratelimit(brug_bot.user_id, 0, 0)  # no limit: quick stop
    waits = [r.ms for r in caplog.records if getattr(r, "event", "") == "matrix_rate_limited"]
    assert waits and all(ms > 0 for ms in waits)
    print(f"\n{len(answer)} messages, {len(waits)} waits ({waits} ms), all there in {took:.1f} s")


async def test_a_late_room_key_is_waited_for(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    adapter = await brug_bot.start()
    ann = await person("ann")
    room_id = await ann.open_chat([brug_bot.user_id], encrypted=True)
    await greeting(replies, ann, room_id)

    event_id, share = await ann.say_with_late_key(room_id, "/help")
    deadline = time.monotonic() + 10
    while not adapter.client.outgoing_key_requests:  # Brug asked for the key
        assert time.monotonic() < deadline
        await asyncio.sleep(0.05)
    assert event_id not in replies.by_event
    await share()
    answer = posts(await replies.to(event_id))
    assert bodies(await ann.expect(room_id, len(answer))) == [c["body"] for c in answer]


async def test_a_room_key_that_never_comes_gets_an_answer(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    await brug_bot.start(key_patience=0.5)
    ann = await person("ann")
    room_id = await ann.open_chat([brug_bot.user_id], encrypted=True)
    await greeting(replies, ann, room_id)

    event_id, _ = await ann.say_with_late_key(room_id, "hallo")
    answer = await replies.to(event_id)
    (incoming,) = [i for i in replies.incoming if i.event_id == event_id]
    assert incoming.undecryptable and not incoming.unreadable
    await ann.expect(room_id, len(posts(answer)))


async def test_outbox_ids_are_not_given_out_twice_across_restarts(
    brug_bot: BrugBot, person: People, replies: Replies, ctx: Any
) -> None:
    from bot.adapters.matrix.adapter import MatrixAdapter
    from bot.adapters.matrix.rendering import Post
    from bot.adapters.matrix.sending import SendResult
    from bot.engine import Engine
    from bot.store import Store

    first = await brug_bot.start()
    ann, bob = await person("ann"), await person("bob")
    room_id = await ann.open_chat([brug_bot.user_id, bob.user_id], encrypted=False, name="Koffie")
    # The first reply in this database: id 1 (a room with more people, so no greeting first).
    answer = posts(await replies.to(await ann.say(room_id, "!brug hoi")))
    (before,) = await ann.expect(room_id, len(answer))
    await eventually(outbox_empty(brug_bot.engine), "an empty outbox")
    await first.stop()

    # A new process: the store is opened again on the same file.
    store = await Store.open(brug_bot.engine.store.path)
    engine = Engine(store, ctx)
    await engine.start()
    answered = Replies(engine)
    second = MatrixAdapter(engine, first.settings, reconnect_cap=0.3)
    sent: list[str] = []
    post = second._post

    async def recording(room: str, what: Post) -> SendResult:
        result = await post(room, what)
        sent.append(getattr(result, "event_id", ""))
        return result

    second._post = recording  # type: ignore[method-assign]
    try:
        await second.start()
        again = await answered.to(await ann.say(room_id, "!brug hoi"))  # the same answer
        # The id is never given out again, so the homeserver cannot take it for a resend.
        assert [m.outbox_id for m in again] == [2] and again[0].text in before.body
        await eventually(outbox_empty(engine), "an empty outbox")
        assert sent and before.event_id not in sent  # a new message, not the old one again
    finally:
        await second.stop()
        await store.close()
