"""Rooms and membership: which rooms Brug joins, leaves and lets go of, where a person's
conversation may be read, and where it goes when the room changes (more people came in: a
new direct chat; the person upgraded the room: after them, to its successor)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import nio

from bot.adapters.matrix.config import PLATFORM, InvitePolicy
from bot.adapters.matrix.keys import forget_person
from bot.adapters.matrix.reading import is_direct, others
from bot.core.messages import ConversationKey, Outgoing
from bot.engine import Engine

log = logging.getLogger("brug.matrix")

# The text said in the successor of an upgraded room (`Engine.move`'s notice).
UPGRADE_NOTICE = "moved-upgrade"


class Rooms:
    """Brug's rooms and who is in them, for the adapter's sync loop and its senders.

    `send` queues replies with their rooms' senders; `drop_sender` forgets a room's sender
    once Brug has let go of the room.
    """

    def __init__(
        self,
        client: Any,
        engine: Engine,
        send: Callable[[list[Outgoing]], Awaitable[None]],
        drop_sender: Callable[[str], None],
    ) -> None:
        self.client = client
        self.engine = engine
        self._send = send
        self._drop_sender = drop_sender
        self.policy = InvitePolicy(frozenset(), frozenset())
        self.tasks: set[asyncio.Task[None]] = set()  # joins and moves under way
        self._moved: set[ConversationKey] = set()  # conversations gone to a new direct chat
        self._opened: set[str] = set()  # the rooms Brug opened for them
        self._inviters: dict[str, str] = {}  # who invited Brug to a room (this run)
        self._following: set[str] = set()  # upgraded rooms whose conversation is moving here

    @property
    def me(self) -> str:
        return str(self.client.user_id)

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    # --- invitations, joins and leaves ------------------------------------------------------

    async def invited(self, room_id: str, info: Any) -> None:
        inviter = next(
            (
                e.sender
                for e in info.invite_state
                if isinstance(e, nio.InviteMemberEvent)
                and e.state_key == self.me
                and e.membership == "invite"
            ),
            None,
        )
        if inviter is not None and self.policy.allows(inviter):
            self._inviters[room_id] = inviter
            self._spawn(self.join(room_id))
        else:
            await self.client.room_leave(room_id)  # rejects the invite
            log.info("invite refused", extra={"event": "matrix_invite_refused"})

    async def join(self, room_id: str) -> None:
        """Join, waiting out a rate limit on joins; the room then arrives with the next sync."""
        while True:
            response = await self.client.join(room_id)
            if isinstance(response, nio.JoinResponse):
                log.info("joined", extra={"event": "matrix_joined"})
                return
            if response.status_code != "M_LIMIT_EXCEEDED":
                log.warning(
                    "join failed",
                    extra={"event": "matrix_join_failed", "error": response.status_code},
                )
                return
            await asyncio.sleep((response.retry_after_ms or 1000) / 1000)

    def opened(self, room_id: str) -> None:
        """Brug created this room itself (`_move`): it waits there for the person."""
        self._opened.add(room_id)

    async def removed(self, room_id: str) -> None:
        """Brug left, or was kicked or banned: a direct chat there is over."""
        room = self.client.rooms.pop(room_id, None)
        if room is not None and is_direct(room):
            await self.engine.deactivate(ConversationKey(PLATFORM, room_id, others(room)[0]))

    async def leave_if_empty(self, room_id: str) -> None:
        """Everyone else has left: Brug goes too. A room Brug opens comes over several
        syncs, the invitation last: it is not left."""
        room = self.client.rooms.get(room_id)
        if room is not None and not others(room) and room_id not in self._opened:
            await self.leave(room_id)

    async def leave(self, room_id: str) -> None:
        await self.client.room_leave(room_id)
        self.client.rooms.pop(room_id, None)
        log.info("left empty room", extra={"event": "matrix_left"})

    async def member(self, room_id: str, event: Any) -> None:
        """Someone else's membership changed."""
        room = self.client.rooms.get(room_id)
        key = ConversationKey(PLATFORM, room_id, event.state_key)
        if event.membership in ("leave", "ban") and room is not None and not others(room):
            # The person of a direct chat left (a room with more people keeps nothing).
            self._opened.discard(room_id)
            await self.engine.deactivate(key)
        elif event.membership == "join" and event.prev_membership != "join":
            # What waited for them to accept Brug's invitation (`only_theirs`) goes now.
            await self._send(await self.engine.store.pending(PLATFORM, key))

    async def let_go(self, key: ConversationKey) -> None:
        """Leave and forget the room, and drop the person's keys and the room's sessions
        from the crypto store: nothing left to read the conversation with."""
        await self.client.room_leave(key.chat)
        await self.client.room_forget(key.chat)
        self.client.rooms.pop(key.chat, None)
        self._drop_sender(key.chat)
        rows = forget_person(self.client, key.chat, key.user)
        log.info("let go", extra={"event": "matrix_forgot", "count": rows})

    # --- a direct chat that others can read -------------------------------------------------

    async def only_theirs(self, message: Outgoing) -> bool:
        """Whether only the person and Brug can read the room, checked as each message goes
        out (someone may have joined since it was written). If not, the conversation moves
        to a new direct chat, and what waited for the person is sent there once they join."""
        room = self.client.rooms.get(message.key.chat)
        if message.public or room is None:
            return True
        user = message.key.user
        if set(others(room)) <= {user}:
            # In a room Brug opened, it waits until they join: sent before, their devices
            # would get no key to read it.
            joined = user in room.users and user not in room.invited_users
            return joined or room.room_id not in self._opened
        if message.key not in self._moved:  # the first held message starts the move
            self._moved.add(message.key)
            self._spawn(self._move(message.key, room))
        return False

    async def _move(self, key: ConversationKey, room: Any) -> None:
        """Open a direct chat with the person and move the conversation there; if the
        server refuses, the messages wait in the outbox and are checked again at the next
        start."""
        state = [nio.EnableEncryptionBuilder().as_dict()] if room.encrypted else []
        created = await self.client.room_create(
            is_direct=True,
            invite=[key.user],
            initial_state=state,
            preset=nio.RoomPreset.trusted_private_chat,
        )
        if not isinstance(created, nio.RoomCreateResponse):
            log.error("no private room", extra={"event": "matrix_move_failed"})
            return
        self._opened.add(str(created.room_id))
        new = ConversationKey(PLATFORM, str(created.room_id), key.user)
        waiting = await self.engine.move(key, new)
        await self._send(waiting)  # held by `only_theirs` until the person joins

    # --- a room upgrade ---------------------------------------------------------------------

    async def tombstone(self, room_id: str, event: Any) -> None:
        """The person upgraded their direct chat with Brug (`m.room.tombstone`): go after
        them. A room only they may invite to (a direct chat) refuses this join; their
        invitation then brings Brug there (`follow`)."""
        room = self.client.rooms.get(room_id)
        successor = getattr(event, "replacement_room", "")
        if room is None or not is_direct(room) or event.sender not in others(room):
            return
        if successor and successor not in self.client.rooms:
            log.info("room upgraded", extra={"event": "matrix_tombstone"})
            self._spawn(self.join(successor))

    async def follow(self, room_id: str) -> bool:
        """Brug just joined `room_id`. When it is the successor of a direct chat with the same
        person (its `m.room.create` names the old room as `predecessor`, the old room's
        tombstone names this one, and the person invited Brug), the conversation moves here
        and Brug leaves the old room. True when the room continues a conversation (moved now
        or before a restart): then Brug says no hello here."""
        room = self.client.rooms.get(room_id)
        if room is None or not is_direct(room) or room_id in self._opened:
            return False
        person = others(room)[0]
        if self._inviters.pop(room_id, person) != person:
            return False
        old_room = await self._predecessor(room_id)
        if old_room is None:
            return False
        store = self.engine.store
        old = ConversationKey(PLATFORM, old_room, person)
        new = ConversationKey(PLATFORM, room_id, person)
        if await store.load(old) is None:  # moved before a restart, or nothing to carry over
            followed = await store.load(new) is not None
            if followed and old_room in self.client.rooms:
                await self._forsake(old_room)
            return followed
        previous = self.client.rooms.get(old_room)
        if previous is None or previous.replacement_room != room_id:
            return False  # the old room does not point here: not its upgrade
        if room_id in self._following:
            return True
        self._following.add(room_id)
        await self._send(await self.engine.move(old, new, notice=UPGRADE_NOTICE))
        await self._forsake(old_room)
        log.info("followed an upgrade", extra={"event": "matrix_followed_upgrade"})
        return True

    async def _predecessor(self, room_id: str) -> str | None:
        create = await self.client.room_get_state_event(room_id, "m.room.create")
        if not isinstance(create, nio.RoomGetStateEventResponse):
            return None
        predecessor = create.content.get("predecessor")
        old_room = predecessor.get("room_id") if isinstance(predecessor, dict) else None
        return old_room if isinstance(old_room, str) and old_room != room_id else None

    async def _forsake(self, room_id: str) -> None:
        """Leave and forget a room the conversation has left for its successor."""
        await self.client.room_leave(room_id)
        await self.client.room_forget(room_id)
        self.client.rooms.pop(room_id, None)
        self._drop_sender(room_id)
        log.info("left upgraded room", extra={"event": "matrix_left"})
