"""The other side of a Matrix chat with Brug: a real nio client playing a person, and a spy
on the engine that tells a test how many messages an answer will take.

Waiting is event-driven: a person long-polls the homeserver, which answers as soon as
something arrives; the spy wakes up as soon as the engine has answered.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Any

import nio
from synapse_server import MatrixUser

from bot.adapters.matrix.rendering import BUTTONS_KEY, Renderer
from bot.core.messages import Incoming, Outgoing
from bot.engine import Engine

WAIT = 20.0


class Replies:
    """A spy on `engine.answer` (people's messages) and `engine.handle` (due rows): what
    Brug answered to each incoming event."""

    def __init__(self, engine: Engine) -> None:
        self.incoming: list[Incoming] = []
        self.by_event: dict[str | None, list[Outgoing]] = {}
        self._changed = asyncio.Condition()
        engine.answer = self._spy(engine.answer)  # type: ignore[method-assign]
        engine.handle = self._spy(engine.handle)  # type: ignore[method-assign]

    def _spy(
        self, method: Callable[[Incoming], Awaitable[list[Outgoing]]]
    ) -> Callable[[Incoming], Awaitable[list[Outgoing]]]:
        async def spy(incoming: Incoming) -> list[Outgoing]:
            replies = await method(incoming)
            async with self._changed:
                self.incoming.append(incoming)
                self.by_event[incoming.event_id] = replies
                self._changed.notify_all()
            return replies

        return spy

    async def first(self, match: Callable[[Incoming], bool]) -> list[Outgoing]:
        """The answer to the first incoming event that matches (waits for it)."""

        def found() -> Incoming | None:
            return next((i for i in self.incoming if match(i)), None)

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: found() is not None), WAIT)
        incoming = found()
        assert incoming is not None
        return self.by_event[incoming.event_id]

    async def to(self, event_id: str) -> list[Outgoing]:
        return await self.first(lambda i: i.event_id == event_id)


async def eventually(check: Callable[[], Awaitable[bool]], what: str) -> None:
    """For what only Brug's side knows (the outbox, its rooms): short steps, bounded."""
    deadline = time.monotonic() + WAIT
    while not await check():
        assert time.monotonic() < deadline, f"never: {what}"
        await asyncio.sleep(0.02)


def posts(replies: list[Outgoing]) -> list[dict[str, Any]]:
    """The message contents Brug sends for these replies, in order (as a room sees them)."""
    return [p.content for m in replies for p in Renderer().render(m) if p.type == "m.room.message"]


class Person:
    """A person on a real nio client, chatting with Brug."""

    def __init__(self, client: Any, user: MatrixUser, bot_id: str) -> None:
        self.client = client
        self.user = user
        self.bot_id = bot_id
        self.timeline: dict[str, list[Any]] = defaultdict(list)
        self._read: dict[str, int] = defaultdict(int)

    @property
    def user_id(self) -> str:
        return self.user.user_id

    def from_bot(self, room_id: str) -> list[Any]:
        """Brug's messages in a room so far (decrypted where the room is encrypted)."""
        return [
            e
            for e in self.timeline[room_id]
            if e.sender == self.bot_id and isinstance(e, nio.RoomMessageText)
        ]

    async def sync(self, timeout_ms: int = 1000) -> Any:
        response = await self.client.sync(timeout=timeout_ms)
        assert isinstance(response, nio.SyncResponse), response
        for room_id, info in response.rooms.join.items():
            self.timeline[room_id].extend(info.timeline.events)
        await self.client.send_to_device_messages()
        if self.client.should_query_keys:
            await self.client.keys_query()
        if self.client.should_claim_keys:
            await self.client.keys_claim(self.client.get_users_for_key_claiming())
        return response

    async def until(self, done: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + WAIT
        while not done():
            assert time.monotonic() < deadline, f"{self.user.localpart} never saw {what}"
            await self.sync()

    async def expect(self, room_id: str, count: int) -> list[Any]:
        """Brug's next `count` messages in the room, waiting for them."""
        start = self._read[room_id]
        await self.until(lambda: len(self.from_bot(room_id)) >= start + count, f"{count} messages")
        self._read[room_id] = start + count
        return self.from_bot(room_id)[start : start + count]

    def unread(self, room_id: str) -> list[Any]:
        return self.from_bot(room_id)[self._read[room_id] :]

    async def say(self, room_id: str, text: str, **content: Any) -> str:
        response = await self.client.room_send(
            room_id,
            "m.room.message",
            {"msgtype": "m.text", "body": text, **content},
            ignore_unverified_devices=True,
        )
        assert isinstance(response, nio.RoomSendResponse), response
        return str(response.event_id)

    async def react(self, room_id: str, event_id: str, key: str) -> str:
        """A reaction as Element sends it: encrypted in an encrypted room (nio would not)."""
        relates = {"rel_type": "m.annotation", "event_id": event_id, "key": key}
        room = self.client.rooms[room_id]
        if not room.encrypted:
            response = await self.client.room_send(room_id, "m.reaction", {"m.relates_to": relates})
        else:
            kind, content = self.client.encrypt(room_id, "m.reaction", {"m.relates_to": relates})
            content["m.relates_to"] = relates  # Element keeps the relation readable
            response = await self._raw_send(room_id, kind, content)
        assert isinstance(response, nio.RoomSendResponse), response
        return str(response.event_id)

    async def _raw_send(self, room_id: str, kind: str, content: dict[str, Any]) -> Any:
        method, path, data = nio.Api.room_send(
            self.client.access_token, room_id, kind, content, uuid.uuid4()
        )
        return await self.client._send(nio.RoomSendResponse, method, path, data, (room_id,))

    async def say_with_late_key(self, room_id: str, text: str) -> tuple[str, Any]:
        """An encrypted message whose room key is sent only later (returned as `share`).

        Like a phone that sends the message before its key reaches Brug's device.
        """
        client = self.client
        await client.joined_members(room_id)
        if client.should_query_keys:
            await client.keys_query()
        client.olm.create_outbound_group_session(room_id)
        session = client.olm.outbound_group_sessions[room_id]
        first_key = session.session_key
        session.shared = True
        kind, content = client.encrypt(
            room_id, "m.room.message", {"msgtype": "m.text", "body": text}
        )
        session.shared = False
        # Share the key as it was before this message, so the message can be read with it.
        session.__class__ = type(
            "LateKeySession", (type(session),), {"session_key": property(lambda _: first_key)}
        )
        response = await self._raw_send(room_id, kind, content)
        assert isinstance(response, nio.RoomSendResponse), response

        async def share() -> None:
            await client.share_group_session(room_id, ignore_unverified_devices=True)

        return str(response.event_id), share

    async def open_chat(
        self, invite: list[str], *, encrypted: bool = True, name: str | None = None
    ) -> str:
        """A new room with the people in `invite` (a direct chat when it is just Brug)."""
        state = [nio.EnableEncryptionBuilder().as_dict()] if encrypted else []
        created = await self.client.room_create(
            is_direct=name is None, name=name, invite=invite, initial_state=state
        )
        assert isinstance(created, nio.RoomCreateResponse), created
        await self.until(lambda: created.room_id in self.client.rooms, "the new room")
        return str(created.room_id)

    async def join(self, room_id: str) -> None:
        joined = await self.client.join(room_id)
        assert isinstance(joined, nio.JoinResponse), joined
        await self.until(lambda: room_id in self.client.rooms, "the joined room")

    async def upgrade(self, room_id: str, version: str = "10") -> str:
        """Upgrade a room as Element does, on the server (`/upgrade`): the old room gets a
        tombstone, the new one a create event naming its predecessor. Returns the new room."""
        path = f"/_matrix/client/v3/rooms/{room_id}/upgrade"
        headers = {"Authorization": f"Bearer {self.client.access_token}"}
        response = await self.client.send(
            "POST", path, json.dumps({"new_version": version}), headers=headers
        )
        answer = await response.json()
        assert response.status == 200, answer
        new_room = str(answer["replacement_room"])
        await self.until(lambda: new_room in self.client.rooms, "the upgraded room")
        return new_room

    async def download(self, content: dict[str, Any]) -> bytes:
        """The file of an `m.file` event, decrypted when it came encrypted (`file`)."""
        encrypted = content.get("file")
        url = encrypted["url"] if encrypted else content["url"]
        response = await self.client.download(mxc=url)
        assert isinstance(response, nio.DownloadResponse), response
        if not encrypted:
            return bytes(response.body)
        return bytes(
            nio.crypto.attachments.decrypt_attachment(
                response.body,
                encrypted["key"]["k"],
                encrypted["hashes"]["sha256"],
                encrypted["iv"],
            )
        )

    def reactions_from_bot(self, room_id: str, event_id: str) -> list[str]:
        return [
            e.key
            for e in self.timeline[room_id]
            if isinstance(e, nio.ReactionEvent)
            and e.sender == self.bot_id
            and e.reacts_to == event_id
        ]


def question(events: list[Any]) -> Any:
    """The message that carries the options (the last one with buttons)."""
    return next(e for e in reversed(events) if BUTTONS_KEY in e.source["content"])


def relation(event: Any) -> str | None:
    """The event a reaction is on (`m.annotation`), or None for any other event. Reads what
    the client decrypted as well as a plain `ReactionEvent`."""
    if isinstance(event, nio.ReactionEvent):
        return str(event.reacts_to)
    source = getattr(event, "source", None)
    content = source.get("content") if isinstance(source, dict) else None
    relates = content.get("m.relates_to") if isinstance(content, dict) else None
    if isinstance(relates, dict) and relates.get("rel_type") == "m.annotation":
        return str(relates.get("event_id"))
    return None


def from_bot_in_order(person: Person, room_id: str) -> list[tuple[str, Any]]:
    """Brug's events in the room as the person's client received them, in the room's order:
    ("text", the message) or ("reaction", the event id it is on)."""
    seen: list[tuple[str, Any]] = []
    for event in person.timeline[room_id]:
        if event.sender != person.bot_id:
            continue
        on = relation(event)
        if on is not None:
            seen.append(("reaction", on))
        elif isinstance(event, nio.RoomMessageText):
            seen.append(("text", event))
    return seen
