"""Reactions are a tail: what a person waits for is the answer's text, so it goes out before
any reaction, and a question followed by a newer one gets no more reactions.

Brug's message rate is lowered to one event a second on the homeserver in these tests, so
that sends queue up in a room as they do under load; only the order is checked, never time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from bot.adapters.matrix.rendering import BUTTONS_KEY, REACTION_OPTIONS
from tests.matrix.conftest import BrugBot
from tests.matrix.people import Person, Replies, from_bot_in_order, posts, question, relation
from tests.matrix.test_matrix_chat import greeting

nio = pytest.importorskip("nio")

People = Callable[..., Awaitable[Person]]


def reactions_on(ann: Person, room_id: str, event_id: str) -> int:
    return sum(
        1 for kind, on in from_bot_in_order(ann, room_id) if kind == "reaction" and on == event_id
    )


async def hello_with_its_reactions(brug_bot: BrugBot, ann: Person, replies: Replies) -> str:
    """A new encrypted direct chat, Brug's greeting and all the reactions under it."""
    room_id = await ann.open_chat([brug_bot.user_id], encrypted=True)
    asked = question(await greeting(replies, ann, room_id))
    options = len(asked.source["content"][BUTTONS_KEY])
    assert options <= REACTION_OPTIONS
    await ann.until(lambda: reactions_on(ann, room_id, asked.event_id) == options, "reactions")
    return room_id


def options_of(answer: list[Any]) -> int:
    return len(answer[-1].buttons)


async def test_answer_texts_come_before_any_reaction(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    """Two messages wait for Brug (it was away); each is answered with a question. The person's
    client gets every text of both answers first, then the reactions, under the last one."""
    first = await brug_bot.start()
    ann = await person("ann")
    room_id = await hello_with_its_reactions(brug_bot, ann, replies)
    await first.stop()

    said = [await ann.say(room_id, "1"), await ann.say(room_id, "1")]
    before = len(from_bot_in_order(ann, room_id))
    brug_bot.synapse.override_message_ratelimit(brug_bot.user_id, 1, 1)
    await brug_bot.start()
    answers = [await replies.to(event_id) for event_id in said]
    texts = [c["body"] for answer in answers for c in posts(answer)]
    options = options_of(answers[-1])
    assert 0 < options <= REACTION_OPTIONS  # the last answer asks a short question
    got = await ann.expect(room_id, len(texts))
    assert [e.body for e in got] == texts
    newest = got[-1].event_id
    await ann.until(lambda: reactions_on(ann, room_id, newest) == options, "the reactions")
    brug_bot.synapse.override_message_ratelimit(brug_bot.user_id, 0, 0)  # no limit: quick stop

    seen = from_bot_in_order(ann, room_id)[before:]
    kinds = [kind for kind, _ in seen]
    assert kinds == ["text"] * len(texts) + ["reaction"] * options, kinds
    assert {on for kind, on in seen if kind == "reaction"} == {newest}


async def test_a_quick_answer_is_not_sent_after_leftover_reactions(
    brug_bot: BrugBot, person: People, replies: Replies
) -> None:
    """The person answers a question as soon as it shows, before its reactions could follow
    (the homeserver paces Brug): the new answer comes at once, not after those reactions."""
    await brug_bot.start()
    ann = await person("ann")
    room_id = await hello_with_its_reactions(brug_bot, ann, replies)
    brug_bot.synapse.override_message_ratelimit(brug_bot.user_id, 1, 1)

    answer = posts(await replies.to(await ann.say(room_id, "1")))
    got = await ann.expect(room_id, len(answer))
    asked = got[-1]
    assert 0 < len(asked.source["content"].get(BUTTONS_KEY, [])) <= REACTION_OPTIONS
    quick = await ann.say(room_id, "1")  # at once: its reactions are still to come
    second = await replies.to(quick)
    new = await ann.expect(room_id, len(posts(second)))
    options = options_of(second)
    if 0 < options <= REACTION_OPTIONS:
        newest = new[-1].event_id
        await ann.until(lambda: reactions_on(ann, room_id, newest) == options, "the reactions")
    brug_bot.synapse.override_message_ratelimit(brug_bot.user_id, 0, 0)

    seen = from_bot_in_order(ann, room_id)
    at = next(
        i for i, (kind, e) in enumerate(seen) if kind == "text" and e.event_id == new[0].event_id
    )
    late = [i for i, (kind, on) in enumerate(seen) if kind == "reaction" and on == asked.event_id]
    assert not [i for i in late if i < at], "the new answer waited behind the old reactions"
    assert not late  # the older question gets none once a newer one is there
    assert relation(new[0]) is None


# --- the order in the sender, without a homeserver --------------------------------------------


class Homeserver:
    """Takes every event at once and remembers the order (the transport's side only)."""

    def __init__(self) -> None:
        self.log: list[tuple[str, str]] = []

    async def post(self, room_id: str, post: Any) -> Any:
        from bot.adapters.matrix.sending import Sent

        await asyncio.sleep(0.01)
        self.log.append((room_id, post.content.get("body", post.type).split("\n")[0]))
        return Sent(f"${len(self.log)}")


async def test_reactions_wait_while_another_room_has_a_message_to_send() -> None:
    from bot.adapters.matrix.rendering import Renderer
    from bot.adapters.matrix.sending import RoomSender
    from bot.core.messages import Button, ButtonPress, ConversationKey, Outgoing

    server = Homeserver()
    ready = asyncio.Event()
    ready.set()
    senders: dict[str, RoomSender] = {}

    async def settle(message: Outgoing, delivered: bool) -> None:
        pass

    async def anywhere(message: Outgoing) -> bool:
        return True

    def busy() -> bool:
        return any(s.waiting() for s in senders.values())

    for room in ("!a", "!b"):
        senders[room] = RoomSender(
            room,
            server.post,
            Renderer().render,
            settle,
            ready,
            anywhere,
            busy=busy,
            reaction_delay=0.0,
        )

    def message(room: str, text: str, labels: tuple[str, ...] = ()) -> Outgoing:
        buttons = tuple(Button(label, ButtonPress(1, n)) for n, label in enumerate(labels))
        return Outgoing(ConversationKey("matrix", room, "@ann:x"), text, buttons, outbox_id=1)

    senders["!a"].put(message("!a", "Vraag", ("Ja", "Nee")))
    for n in range(3):
        senders["!b"].put(message("!b", f"b{n}"))
    await asyncio.wait_for(asyncio.gather(*(s.task for s in senders.values() if s.task)), 5)
    reactions = [i for i, (room, what) in enumerate(server.log) if what == "m.reaction"]
    last_b = max(i for i, (room, _) in enumerate(server.log) if room == "!b")
    assert len(reactions) == 2 and min(reactions) > last_b, server.log
