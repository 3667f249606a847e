"""The Matrix adapter: the sync loop and the outbox, as one `Adapter`; rooms and membership
are `rooms.Rooms`."""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import struct
import time
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import aiohttp
import nio

from bot.adapters.base import Adapter
from bot.adapters.chart import png
from bot.adapters.matrix.account import AUTH_ERRORS, Account
from bot.adapters.matrix.config import (
    PLATFORM,
    InvitePolicy,
    MatrixSettings,
    private_dir,
    server_of,
)
from bot.adapters.matrix.encryption import Undecryptable
from bot.adapters.matrix.keys import NIO_DEFAULT_KEY, pickle_key, reseal
from bot.adapters.matrix.reading import Reader, is_direct
from bot.adapters.matrix.rendering import DOCUMENT_TYPE, IMAGE_TYPE, Mention, Post, Renderer
from bot.adapters.matrix.rooms import Rooms
from bot.adapters.matrix.sending import (
    RETRY_CAP,
    Failed,
    Limited,
    Refused,
    RoomSender,
    SendResult,
    Sent,
)
from bot.core.messages import Incoming, Outgoing
from bot.engine import Engine

log = logging.getLogger("brug.matrix")

GAP_PAGE = 100
GAP_MAX = 1_000


# --- the adapter ----------------------------------------------------------------------------


class MatrixAdapter(Adapter):
    """Brug's Matrix account: login, cross-signing, the sync loop, and sending (rooms and
    membership: `Rooms`).

    Trust: room keys are shared with every device of the people in the room, verified or not
    (`ignore_unverified_devices=True`). Brug cannot verify each person's devices interactively;
    refusing unverified ones would leave it silent for nearly everyone. The cost is the one
    Element's default has too: a device someone adds to their own account can read along.
    """

    platform = PLATFORM

    def __init__(
        self,
        engine: Engine,
        settings: MatrixSettings,
        *,
        sync_timeout_ms: int = 30_000,
        reconnect_cap: float = 10.0,
        key_patience: float = 30.0,
        timeline_limit: int = 50,
        drain_timeout: float = 10.0,
    ) -> None:
        super().__init__(engine)
        self.settings = settings
        self.sync_timeout_ms = sync_timeout_ms
        self.timeline_limit = timeline_limit
        self.drain_timeout = drain_timeout
        self._pickle_key = pickle_key(engine.store.derived("brug matrix crypto store"))
        self.client: Any = nio.AsyncClient(
            settings.homeserver,
            settings.user or "",
            store_path=str(settings.store_dir),
            config=nio.AsyncClientConfig(
                encryption_enabled=True,
                store_sync_tokens=False,  # Brug's own cursor, saved after the events are handled
                max_limit_exceeded=0,  # a 429 comes back to us: we pause that room only
                max_timeout_retry_wait_time=reconnect_cap,
                pickle_key=self._pickle_key,
            ),
        )
        self.renderer = Renderer()
        self.reader = Reader(self.client)
        self.undecryptable = Undecryptable(key_patience)
        self._senders: dict[str, RoomSender] = {}
        self._uploads: dict[str, dict[str, Any]] = {}  # a file's url or keys, by transaction
        self.rooms = Rooms(self.client, engine, self.send, self._drop_sender)
        self._ready = asyncio.Event()
        self._sync_task: asyncio.Task[None] | None = None
        self._since: str | None = None

    @property
    def user_id(self) -> str:
        return str(self.client.user_id)

    @property
    def _cursor(self) -> str:
        return f"matrix-sync:{self.user_id}"

    # --- lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        """Log in (or reuse the login), cross-sign, catch up, resend the outbox, then listen."""
        store_dir = self.settings.store_dir
        private_dir(store_dir)
        for database in store_dir.glob("*.db"):  # made before Brug's key was set: seal it
            if resealed := reseal(database, NIO_DEFAULT_KEY, self._pickle_key):
                log.info("matrix store sealed", extra={"event": "matrix_sealed", "count": resealed})
        account = Account(self.client, self.settings)
        await account.log_in()
        for path in store_dir.iterdir():  # nio makes its files with the usual umask
            if path.is_file():
                path.chmod(0o600)
        if self.client.should_upload_keys:
            await self.client.keys_upload()
        await account.cross_sign()
        self.rooms.policy = InvitePolicy.parse(self.settings.allowed, server_of(self.user_id))
        since = await self.engine.store.cursor(self._cursor)
        first = await self._sync(since=since, full_state=True, limit=1 if since is None else None)
        await self.send(await self.engine.store.pending(PLATFORM))
        self._ready.set()
        await self._on_sync(first, history=since is None)
        self._sync_task = asyncio.get_running_loop().create_task(self._sync_forever())
        log.info("matrix started", extra={"event": "matrix_started", "platform": PLATFORM})

    async def stop(self) -> None:
        """Stop listening, give the sends in flight a moment, and close the connection."""
        if self._sync_task is not None:
            self._sync_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sync_task
        for task in self.rooms.tasks:
            task.cancel()
        busy = [s.task for s in self._senders.values() if s.task and not s.task.done()]
        if busy:
            _, late = await asyncio.wait(busy, timeout=self.drain_timeout)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
        await self.client.close()

    async def send(self, messages: list[Outgoing]) -> None:
        """Queue replies with their room's sender; each is acknowledged once the room has it."""
        for message in messages:
            self._sender(message.key.chat).put(message)

    # --- syncing ----------------------------------------------------------------------------

    async def _sync(
        self,
        *,
        since: str | None = None,
        full_state: bool = False,
        timeout_ms: int = 0,
        limit: int | None = None,
    ) -> Any:
        """One sync, retried until the homeserver answers with one."""
        backoff = 0.5
        while True:
            self._since = since or self.client.next_batch or None
            response = await self.client.sync(
                timeout=timeout_ms,
                since=since,
                full_state=full_state or None,
                sync_filter={"room": {"timeline": {"limit": limit or self.timeline_limit}}},
            )
            if isinstance(response, nio.SyncResponse):
                return response
            if response.status_code == "M_LIMIT_EXCEEDED" and response.retry_after_ms:
                wait = response.retry_after_ms / 1000
            else:
                wait, backoff = backoff, min(backoff * 2, RETRY_CAP)
            # A refused token is logged loudly but retried too: Brug keeps its outbox and
            # its place, and a token that comes back (or a restart with a new login) goes on.
            level = logging.ERROR if response.status_code in AUTH_ERRORS else logging.WARNING
            log.log(
                level,
                "sync failed",
                extra={"event": "matrix_sync_failed", "error": response.status_code},
            )
            await asyncio.sleep(wait)

    async def _sync_forever(self) -> None:
        while True:
            try:
                await self._keys()
                response = await self._sync(timeout_ms=self._poll_ms())
                await self._on_sync(response, history=False)
            except asyncio.CancelledError:
                raise
            except Exception:  # one bad sync must not end the loop
                log.exception("sync handling failed", extra={"event": "matrix_sync_error"})
                await asyncio.sleep(1)

    def _poll_ms(self) -> int:
        """Long-poll, but wake up in time to give up on a key that never came."""
        waiting = self.undecryptable.seconds_to_next()
        if waiting is None:
            return self.sync_timeout_ms
        return min(self.sync_timeout_ms, int(waiting * 1000) + 1)

    async def _keys(self) -> None:
        """What nio's sync_forever does between syncs: to-device messages, device keys."""
        client = self.client
        await client.send_to_device_messages()
        with contextlib.suppress(nio.LocalProtocolError):  # a send may have done it already
            if client.should_upload_keys:
                await client.keys_upload()
            if client.should_query_keys:
                await client.keys_query()
            if client.should_claim_keys:
                await client.keys_claim(client.get_users_for_key_claiming())

    # --- one sync ---------------------------------------------------------------------------

    async def _on_sync(self, response: Any, *, history: bool) -> None:
        """Handle a sync's invites, leaves and messages, then save its token as the cursor.

        `history` (the very first start): the timelines are from before Brug ran; not answered.
        Once the token is saved, the events answered before this sync cannot come again.
        """
        started = time.time()
        for room_id, info in response.rooms.invite.items():
            await self.rooms.invited(room_id, info)
        for room_id in response.rooms.leave:
            await self.rooms.removed(room_id)
        await asyncio.gather(
            *(
                self._joined_room(room_id, info, history)
                for room_id, info in response.rooms.join.items()
            )
        )
        for room_id, event in self.undecryptable.decrypted(self._decrypt):
            await self._event(room_id, event)
        for room_id, event in self.undecryptable.expired():
            unreadable = self.reader.unreadable(room_id, event)
            if unreadable is not None:  # its key never came: say so, and ask to send it again
                await self._handle(replace(unreadable, unreadable=False, undecryptable=True))
        await self.engine.store.set_cursor(self._cursor, response.next_batch)
        await self.engine.store.forget_answered(PLATFORM, started)

    async def _joined_room(self, room_id: str, info: Any, history: bool) -> None:
        opened = False
        if not history:
            events = list(info.timeline.events)
            if info.timeline.limited and info.timeline.prev_batch and self._since:
                events = await self._gap(room_id, info.timeline.prev_batch, self._since) + events
            joined = [i for i, e in enumerate(events) if self._is_own_join(e)]
            start = joined[-1] if joined else 0  # nothing from before Brug joined
            # A room Brug opened itself continues a conversation (`_move`): no hello there.
            opened = any(
                isinstance(e, nio.RoomCreateEvent) and e.sender == self.user_id for e in events
            )
            for event in events[start:]:
                try:
                    if self._is_own_join(event):
                        if opened or await self.rooms.follow(room_id):
                            continue  # a conversation going on here: no hello
                        greeting = self.reader.greeting(room_id, event)
                        if greeting is not None:
                            await self._handle(greeting)
                    else:
                        await self._event(room_id, event)
                except Exception:  # one event that fails must not take the others with it
                    log.exception("event failed", extra={"event": "matrix_event_failed"})
        if opened:
            self.rooms.opened(room_id)
        await self.rooms.leave_if_empty(room_id)

    async def _gap(self, room_id: str, prev_batch: str, since: str) -> list[Any]:
        """Events a limited sync left out because more arrived than the timeline holds."""
        events: list[Any] = []
        token: str | None = prev_batch
        while token and len(events) < GAP_MAX:
            page = await self.client.room_messages(room_id, start=token, end=since, limit=GAP_PAGE)
            if not isinstance(page, nio.RoomMessagesResponse) or not page.chunk:
                break
            events.extend(page.chunk)
            token = page.end if page.end != token else None
        log.info("gap filled", extra={"event": "matrix_gap", "count": len(events)})
        return list(reversed(events))

    def _is_own_join(self, event: Any) -> bool:
        return (
            isinstance(event, nio.RoomMemberEvent)
            and event.state_key == self.user_id
            and event.membership == "join"
            and event.prev_membership != "join"
        )

    async def _event(self, room_id: str, event: Any) -> None:
        if event.sender == self.user_id:
            return
        if isinstance(event, nio.RoomMemberEvent):
            await self.rooms.member(room_id, event)
        elif isinstance(event, nio.RoomUpgradeEvent):
            await self.rooms.tombstone(room_id, event)
        elif isinstance(event, nio.MegolmEvent):
            await self._undecrypted(room_id, event)
        else:
            incoming = await self.reader.read(room_id, event)
            if incoming is not None:
                await self._handle(incoming)

    async def _undecrypted(self, room_id: str, event: Any) -> None:
        """Ask for the missing room key and wait for it (see `Undecryptable`)."""
        event.room_id = room_id
        self.undecryptable.park(room_id, event)
        with contextlib.suppress(nio.LocalProtocolError):  # already asked for this session
            await self.client.request_room_key(event)
        log.info("undecryptable", extra={"event": "matrix_undecryptable"})

    def _decrypt(self, event: Any) -> Any:
        try:
            return self.client.decrypt_event(event)
        except nio.EncryptionError:
            return None

    async def _handle(self, incoming: Incoming) -> None:
        await self.send(await self.engine.answer(incoming))

    # --- sending ----------------------------------------------------------------------------

    def _sender(self, room_id: str) -> RoomSender:
        sender = self._senders.get(room_id)
        if sender is None:
            sender = RoomSender(
                room_id,
                self._post,
                self._render,
                self._settle,
                self._ready,
                self.rooms.only_theirs,
                busy=self._messages_waiting,
            )
            self._senders[room_id] = sender
        return sender

    def _messages_waiting(self) -> bool:
        """Whether any room has a message waiting: reactions wait until none has."""
        return any(sender.waiting() for sender in self._senders.values())

    def _drop_sender(self, room_id: str) -> None:
        self._senders.pop(room_id, None)

    def _render(self, message: Outgoing) -> list[Post]:
        room = self.client.rooms.get(message.key.chat)
        mention = None
        if room is not None and not is_direct(room):
            user = message.key.user
            mention = Mention(user, room.user_name(user) or user)
        return self.renderer.render(message, mention)

    async def _post(self, room_id: str, post: Post) -> SendResult:
        client = self.client
        content = post.content
        if post.document is not None or post.chart is not None:  # uploaded once, also when
            attached = self._uploads.get(post.txn) or await self._attach(room_id, post)  # retried
            if not isinstance(attached, dict):
                return attached
            self._uploads[post.txn] = attached
            content = {**content, **attached}
        try:
            if client.should_query_keys:  # a new device of someone here: it gets the key too
                with contextlib.suppress(nio.LocalProtocolError):
                    await client.keys_query()
            response = await client.room_send(
                room_id, post.type, content, tx_id=post.txn, ignore_unverified_devices=True
            )
        except nio.SendRetryError as error:
            return Failed(type(error).__name__)
        except nio.LocalProtocolError as error:  # nio does not know the room: Brug is not in it
            result: SendResult = Refused(type(error).__name__)
        else:
            if isinstance(response, nio.RoomSendResponse):
                result = Sent(str(response.event_id))
            else:
                result = self._failure(response)
        if isinstance(result, (Sent, Refused)):  # done with this event, its file too
            self._uploads.pop(post.txn, None)
        return result

    async def _attach(self, room_id: str, post: Post) -> dict[str, Any] | SendResult:
        """The file of an `m.file` event (the document; its `info` is in the event already)
        or an `m.image` (the chart, drawn in a thread; its `info` known once drawn), uploaded."""
        if post.chart is not None:
            data = await asyncio.to_thread(png, post.chart)
            width, height = struct.unpack(">II", data[16:24])  # the PNG's IHDR chunk
            info = {"mimetype": IMAGE_TYPE, "size": len(data), "w": width, "h": height}
            uploaded = await self._upload(room_id, f"{post.chart.title}.png", IMAGE_TYPE, data)
            return {**uploaded, "info": info} if isinstance(uploaded, dict) else uploaded
        if post.document is None:
            return Refused("nothing to upload")
        data = post.document.content.encode()
        return await self._upload(room_id, post.document.name, DOCUMENT_TYPE, data)

    async def _upload(
        self, room_id: str, name: str, mimetype: str, data: bytes
    ) -> dict[str, Any] | SendResult:
        """Upload a file: encrypted in an encrypted room (the event then carries the key as
        `file`), plain elsewhere (`url`)."""
        room = self.client.rooms.get(room_id)
        encrypted = bool(room is not None and room.encrypted)
        try:
            response, keys = await self.client.upload(
                io.BytesIO(data),
                content_type=mimetype,
                filename=name,
                encrypt=encrypted,
                filesize=len(data),
            )
        except (TimeoutError, nio.SendRetryError, aiohttp.ClientError) as error:
            return Failed(type(error).__name__)
        if not isinstance(response, nio.UploadResponse):
            return self._failure(response)
        if not encrypted or keys is None:
            return {"url": response.content_uri}
        return {"file": {**keys, "url": response.content_uri}}

    @staticmethod
    def _failure(response: Any) -> SendResult:
        """What an error answer of the homeserver means for a message."""
        code = str(response.status_code)
        status = getattr(response.transport_response, "status", 0)
        if code == "M_LIMIT_EXCEEDED":
            return Limited((response.retry_after_ms or 1000) / 1000)
        if 400 <= status < 500 and code not in AUTH_ERRORS:
            return Refused(code)  # not in the room, not allowed, too large: it never will be
        return Failed(code)

    async def _settle(self, message: Outgoing, delivered: bool) -> None:
        """Done with an outbox row: delivered, or never deliverable (the person is gone).
        After the goodbye to someone who asked to be forgotten, Brug lets go of the room."""
        await self.engine.delivered([message])
        if message.farewell:
            await self.rooms.let_go(message.key)
        elif not delivered:
            await self.engine.deactivate(message.key)


def from_env(engine: Engine, env: Mapping[str, str]) -> MatrixAdapter | None:
    """The adapter `brug run` starts, or None when `BRUG_MATRIX_HOMESERVER` is not set."""
    settings = MatrixSettings.from_env(env, Path(engine.store.path).parent / "matrix")
    return None if settings is None else MatrixAdapter(engine, settings)
