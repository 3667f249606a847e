"""The yardstick of `benchmarks.matrix_load`: a minimal matrix-nio echo bot.

`python -m benchmarks.matrix_echo HOMESERVER USER PASSWORD STORE`: logs in with encryption on,
joins every invite, and answers each text with the same text, end-to-end encrypted where the
room is. Each answer is sent in a task of its own, so rooms do not wait for each other (as
Brug's per-room senders do not). Nothing else: no database, no outbox, no reactions.
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any

import nio


async def main(homeserver: str, user: str, password: str, store: str) -> None:
    config = nio.AsyncClientConfig(encryption_enabled=True, store_sync_tokens=True)
    client = nio.AsyncClient(homeserver, user, store_path=store, config=config)
    login = await client.login(password, device_name="echo")
    assert isinstance(login, nio.LoginResponse), login
    if client.should_upload_keys:
        await client.keys_upload()
    tasks: set[asyncio.Task[Any]] = set()

    async def join(room: Any, event: Any) -> None:
        if event.state_key == client.user_id and event.membership == "invite":
            await client.join(room.room_id)

    async def echo(room_id: str, body: str) -> None:
        content = {"msgtype": "m.text", "body": body}
        await client.room_send(room_id, "m.room.message", content, ignore_unverified_devices=True)

    async def message(room: Any, event: Any) -> None:
        if event.sender != client.user_id:
            task = asyncio.get_running_loop().create_task(echo(room.room_id, event.body))
            tasks.add(task)
            task.add_done_callback(tasks.discard)

    await client.sync(timeout=0, full_state=True)  # what came before is not answered
    client.add_event_callback(join, nio.InviteMemberEvent)
    client.add_event_callback(message, nio.RoomMessageText)
    print("ready", flush=True)
    await client.sync_forever(timeout=30_000)


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:5]))
