"""The Synapse harness itself: registration, a nio round trip, restart, rate limits."""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from synapse_server import MatrixUser, SynapseError, SynapseServer

nio = pytest.importorskip("nio")

NioFactory = Callable[..., Awaitable[Any]]
UserFactory = Callable[..., MatrixUser]


def _login(synapse: SynapseServer, user_id: str, password: str) -> dict[str, Any]:
    body = {
        "type": "m.login.password",
        "identifier": {"type": "m.id.user", "user": user_id},
        "password": password,
    }
    request = urllib.request.Request(
        f"{synapse.homeserver_url}/_matrix/client/v3/login",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        answer: dict[str, Any] = json.load(response)
        return answer


def test_register_creates_a_user_that_can_log_in(
    synapse: SynapseServer, matrix_user: UserFactory
) -> None:
    user = matrix_user("alice")
    assert user.user_id == f"@{user.localpart}:localhost"
    assert _login(synapse, user.user_id, user.password)["user_id"] == user.user_id
    with pytest.raises(urllib.error.HTTPError) as wrong:
        _login(synapse, user.user_id, "not the password")
    assert wrong.value.code == 403
    with pytest.raises(SynapseError, match="M_USER_IN_USE"):
        synapse.register(user.localpart, "whatever")


async def _sync_until(client: Any, done: Callable[[Any], bool], tries: int = 20) -> Any:
    """Sync until ``done(response)``; a short long-poll keeps the test quick."""
    for _ in range(tries):
        response = await client.sync(timeout=500)
        assert isinstance(response, nio.SyncResponse), response
        if done(response):
            return response
    raise AssertionError("condition not reached by syncing")


def _texts(response: Any, room_id: str) -> list[str]:
    room = response.rooms.join.get(room_id)
    if room is None:
        return []
    return [e.body for e in room.timeline.events if isinstance(e, nio.RoomMessageText)]


@pytest.mark.asyncio
async def test_nio_logs_in_creates_room_sends_and_syncs(
    matrix_user: UserFactory, nio_client: NioFactory
) -> None:
    alice = await nio_client(matrix_user("alice"), encryption=False)
    bob_user = matrix_user("bob")
    bob = await nio_client(bob_user, encryption=False)

    created = await alice.room_create(name="harness", invite=[bob_user.user_id])
    assert isinstance(created, nio.RoomCreateResponse), created
    room_id = created.room_id

    await _sync_until(bob, lambda r: room_id in r.rooms.invite)
    joined = await bob.join(room_id)
    assert isinstance(joined, nio.JoinResponse), joined

    sent = await alice.room_send(
        room_id, "m.room.message", {"msgtype": "m.text", "body": "hallo Bob"}
    )
    assert isinstance(sent, nio.RoomSendResponse), sent
    await _sync_until(bob, lambda r: "hallo Bob" in _texts(r, room_id))


@pytest.mark.asyncio
async def test_restart_keeps_users_rooms_and_tokens(
    synapse: SynapseServer, matrix_user: UserFactory, nio_client: NioFactory
) -> None:
    user = matrix_user("carol")
    # Quick retries, so the client notices the server is back within a fraction of a second.
    client = await nio_client(
        user, encryption=False, backoff_factor=0.05, max_timeout_retry_wait_time=0.3
    )
    room_id = (await client.room_create(name="durable")).room_id
    before = await client.room_send(
        room_id, "m.room.message", {"msgtype": "m.text", "body": "before"}
    )
    assert isinstance(before, nio.RoomSendResponse), before

    await asyncio.to_thread(synapse.stop)
    # nio retries connection errors (by default forever, with backoff): a send made
    # while the server is away completes once it is back.
    pending = asyncio.create_task(
        client.room_send(room_id, "m.room.message", {"msgtype": "m.text", "body": "during"})
    )
    await asyncio.sleep(0.3)
    assert not pending.done()
    await asyncio.to_thread(synapse.start)
    during = await asyncio.wait_for(pending, 30)
    assert isinstance(during, nio.RoomSendResponse), during

    # The old access token still works, and the room and its history survived.
    assert isinstance(await client.whoami(), nio.WhoamiResponse)
    rooms = await client.joined_rooms()
    assert room_id in rooms.rooms
    # And a fresh login with the password works.
    again = await nio_client(user, encryption=False)
    history = await again.room_messages(room_id, start="", limit=10)
    bodies = [e.body for e in history.chunk if isinstance(e, nio.RoomMessageText)]
    assert bodies[:2] == ["during", "before"]


@pytest.mark.asyncio
async def test_message_ratelimit_override_gives_limit_exceeded(
    synapse: SynapseServer, matrix_user: UserFactory, nio_client: NioFactory
) -> None:
    user = matrix_user("chatty")
    # max_limit_exceeded=0: report 429 instead of nio's default of sleeping and retrying.
    client = await nio_client(user, encryption=False, max_limit_exceeded=0)
    room_id = (await client.room_create(name="limits")).room_id
    synapse.override_message_ratelimit(user.user_id, 1, 2)

    # Messages sent just before (room creation) may already count against the new
    # limit, so send until refused. Synapse waits 0.5 s before each 429, to slow
    # spammers down: stop at the first one.
    for i in range(5):
        result = await client.room_send(
            room_id, "m.room.message", {"msgtype": "m.text", "body": f"message {i}"}
        )
        if not isinstance(result, nio.RoomSendResponse):
            break
    assert isinstance(result, nio.RoomSendError), result
    assert result.status_code == "M_LIMIT_EXCEEDED"
    assert result.retry_after_ms > 0
