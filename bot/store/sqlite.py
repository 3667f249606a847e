"""The SQLite store: numbered migrations, WAL, and one group commit shared by concurrent steps.

Each step's writes (its state, its replies for the outbox, its records) are atomic. Steps that
finish while a commit is running are written together in the next transaction, so durable
throughput is not capped at one disk sync per message.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import logging
import os
import sqlite3
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.core.jsontext import compact
from bot.core.messages import ConversationKey, Outgoing
from bot.core.state import ConversationState
from bot.store.codec import decode_outgoing, encode_outgoing
from bot.store.crypto import Sealer, open_plain

# aiosqlite logs every call with its arguments at DEBUG: that would put people's words in logs.
logging.getLogger("aiosqlite").setLevel(logging.INFO)
log = logging.getLogger("brug.store")

CACHE_SIZE = 10_000
CHECKPOINT_EVERY = 0.5  # seconds
OUTBOX_HIGH = "outbox-high-water"
FORGOTTEN_KEEP = 300  # seconds a deletion by another process is remembered (0003_forgotten.sql)
Item = TypeVar("Item")
# Every table with rows about a person, keyed by (platform, user): what /forget deletes.
PERSONAL_TABLES = ("conversations", "outbox", "records", "scheduled")


class StoreUnusable(RuntimeError):
    """The file cannot serve as Brug's database (not a database, damaged, unreadable)."""

    def __init__(self, path: Path, error: BaseException) -> None:
        if isinstance(error, sqlite3.OperationalError) and "full" in str(error):
            advice = "Free space on its disk, then start Brug again."
        else:
            advice = (
                "Restore it from a backup (brug backup makes one), or move it away to start"
                " with an empty one."
            )
        super().__init__(f"{path} cannot be used as Brug's database ({error}). {advice}")


class StaleState(RuntimeError):
    """The person was deleted by another process (`brug forget`) after this step read their
    state: nothing of the step was written; read the state again and step once more."""


class StoreClosed(RuntimeError):
    """A read or write after `Store.close()`: refused at once rather than waiting for ever."""


@dataclass(slots=True)
class StepWrite:
    """Everything one step changes, written in one transaction.

    `state` None deletes the conversation row; `keep_state` False leaves it alone (group rooms).
    """

    key: ConversationKey
    state: ConversationState | None
    outgoing: list[Outgoing] = field(default_factory=list)
    records: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    schedule: list[tuple[str, int, dict[str, str]]] = field(default_factory=list)
    done_scheduled: int | None = None
    replan: dict[str, int | None] = field(default_factory=dict)  # kind -> next due, or none
    safety_event: bool = False
    forget: bool = False
    keep_state: bool = True
    at: int | None = None  # the engine's clock, so records and schedules share one time
    event_id: str | None = None  # remembered as answered (`Store.answered`)
    moved_from: ConversationKey | None = None  # this conversation's rows there move here


# What follows a conversation to another chat (`StepWrite.moved_from`); its waiting replies
# are written anew by the step itself, so they come after what it says first.
MOVED_TABLES = ("conversations", "records", "scheduled")


@dataclass(frozen=True, slots=True)
class Chore:
    """A small write outside a step (an acknowledged reply, a cursor) for the same queue.

    With `returning`, the one statement's RETURNING rows are the result.
    """

    sql: str
    rows: list[tuple[Any, ...]]
    returning: bool = False


@dataclass(frozen=True, slots=True)
class DueRow:
    id: int
    key: ConversationKey
    kind: str
    due_at: int
    payload: dict[str, str]


@dataclass(slots=True)
class _Pending:
    write: StepWrite | Chore
    done: asyncio.Future[Any]


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("bot.store") / "migrations"
    found = []
    for item in folder.iterdir():
        if item.name.endswith(".sql"):
            found.append((int(item.name.split("_", 1)[0]), item.read_text(encoding="utf-8")))
    return sorted(found)


async def _next_batch(queue: asyncio.Queue[Item]) -> list[Item]:
    """Waits for the first item, then takes all that came meanwhile: one group per trip."""
    batch = [await queue.get()]
    while not queue.empty():
        batch.append(queue.get_nowait())
    return batch


def _fetch_states(
    conn: sqlite3.Connection, keys: list[ConversationKey]
) -> tuple[int, list[str | None]]:
    """The file's change counter and the stored states of many conversations, in one trip
    to the database thread."""
    version = int(conn.execute("PRAGMA data_version").fetchone()[0])
    found = []
    for key in keys:
        row = conn.execute(
            "SELECT data FROM conversations WHERE platform=? AND chat=? AND user=?", key
        ).fetchone()
        found.append(row[0] if row else None)
    return version, found


class _Forgotten(Exception):
    def __init__(self, people: set[tuple[str, str]]) -> None:
        super().__init__("deleted by another process after their state was read")
        self.people = people


def _transaction(
    conn: sqlite3.Connection,
    statements: list[tuple[str, list[tuple[Any, ...]]]],
    chores: list[Chore],
    read_at: dict[tuple[str, str], float],
) -> list[list[Any]]:
    """One group commit, in the database thread: every statement, then COMMIT.

    First, under the write lock, whether anyone whose state the batch writes was deleted by
    another process since it was read (`read_at`: person -> when their state was read, in
    seconds since the epoch): then nothing is written and `_Forgotten` names them.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        marks = conn.execute("SELECT platform, user, at FROM forgotten").fetchall()
        if marks:
            stale = {(p, u) for p, u, at in marks if at >= read_at.get((p, u), at + 1)}
            if stale:
                raise _Forgotten(stale)
            conn.execute("DELETE FROM forgotten WHERE at<?", (time.time() - FORGOTTEN_KEEP,))
        for sql, rows in statements:
            if rows:
                conn.executemany(sql, rows)
        fetched: list[list[Any]] = []
        for chore in chores:
            if chore.returning:
                fetched.append(conn.execute(chore.sql, chore.rows[0]).fetchall())
            else:
                conn.executemany(chore.sql, chore.rows)
                fetched.append([])
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # a COMMIT that failed (disk full) may have ended it already
            conn.execute("ROLLBACK")
        raise
    return fetched


class StoreBusy(RuntimeError):
    """A change that needs the file to itself (`brug rotate-key`) while Brug has it open."""


def hold_file(path: Path, *, alone: bool) -> int:
    """A lock beside the database (`<file>.lock`, flock): every running Brug holds it shared,
    a change that needs the file to itself holds it alone. Returns the descriptor to close
    (which lets go); the system lets go too when the process ends, however it ends.

    Raises StoreBusy when `alone` is asked while anyone else holds it.
    """
    lock = path.with_name(path.name + ".lock")
    fd = os.open(lock, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        fcntl.flock(fd, (fcntl.LOCK_EX | fcntl.LOCK_NB) if alone else fcntl.LOCK_SH)
    except BlockingIOError:
        os.close(fd)
        raise StoreBusy(
            f"Brug is running on {path}: stop it first (systemctl stop brug), then try again"
        ) from None
    return fd


def create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only, before SQLite opens it."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)


class Store:
    """Conversations, outbox, records and cursors in one SQLite file."""

    def __init__(
        self, conn: aiosqlite.Connection, path: Path, sealer: Sealer | None = None
    ) -> None:
        self._conn = conn
        self.path = path
        self._sealer = sealer
        self._data_version = 0
        self._checkpoints: asyncio.Task[None] | None = None
        self._checkpointer: aiosqlite.Connection
        self._checkpointed_at = 0
        self._truncate = False  # a forget happened: empty the log file at the next checkpoint
        self._checked_at = 0.0
        # state, and since when (seconds since the epoch) it is known to match the file
        self._cache: OrderedDict[ConversationKey, tuple[ConversationState, float]] = OrderedDict()
        # when the state a step is working on was read: checked against `forgotten` at commit
        self._read_at: OrderedDict[ConversationKey, float] = OrderedDict()
        self._queue: asyncio.Queue[_Pending] = asyncio.Queue()
        self._writer: asyncio.Task[None] | None = None
        # Reads waiting for the loader; None tells it to finish (the store is closing).
        self._loads: asyncio.Queue[tuple[ConversationKey, asyncio.Future[Any]] | None] = (
            asyncio.Queue()
        )
        self._loader: asyncio.Task[None] | None = None
        self._next_outbox_id = 1
        self.commits = 0
        self.load_trips = 0
        self._held: int | None = None  # the shared lock on `<file>.lock` (`hold_file`)
        self.failed_commits = 0  # group commits that failed (a full disk, a locked file)

    @classmethod
    async def open(cls, path: Path, sealer: Sealer | None = None) -> Store:
        held = None
        if str(path) != ":memory:":
            create_private_file(path)
            held = hold_file(path, alone=False)
        conn = await aiosqlite.connect(path, isolation_level=None)
        store = cls(conn, path, sealer)
        store._held = held
        try:
            await store._prepare()
        except BaseException as error:
            await store._abandon()  # no thread left running: the process can end
            if isinstance(error, sqlite3.DatabaseError):
                raise StoreUnusable(path, error) from error
            raise
        return store

    def _let_go(self) -> None:
        if self._held is not None:
            os.close(self._held)
            self._held = None

    async def _abandon(self) -> None:
        """After a failed start: stop what was started and close the connections."""
        self._let_go()
        for task in (self._checkpoints, self._writer, self._loader):
            if task is not None:
                task.cancel()
                with contextlib.suppress(BaseException):
                    await task
        self._checkpoints = self._writer = self._loader = None
        for conn in (self._conn, getattr(self, "_checkpointer", None)):
            if conn is not None:
                with contextlib.suppress(Exception):
                    await conn.close()

    async def _in_thread(self, fn: Any, *args: Any) -> Any:
        """Run `fn(sqlite3_connection, *args)` in aiosqlite's thread: one hop for a whole
        group commit instead of one per statement (aiosqlite has no public call for it)."""
        conn = self._conn
        return await conn._execute(fn, conn._conn, *args)  # type: ignore[no-untyped-call]

    def derived(self, purpose: str) -> bytes | None:
        """A key for `purpose` derived from Brug's encryption key; None without one."""
        return self._sealer.derive(purpose) if self._sealer else None

    def _seal(self, text: str) -> str:
        return self._sealer.seal(text) if self._sealer else text

    def _open(self, text: str) -> str:
        return self._sealer.open(text) if self._sealer else open_plain(text)

    async def check_key(self) -> None:
        """Fail at start, with one clear line, when the key does not fit the stored data."""
        for table in ("conversations", "records"):
            async with self._conn.execute(f"SELECT data FROM {table} LIMIT 1") as cursor:
                row = await cursor.fetchone()
            if row is not None:
                self._open(row[0])

    def _note_version(self, version: int) -> None:
        """Another process (`brug forget`, a restore) wrote to the file: forget the cache."""
        self._checked_at = time.monotonic()
        if self._data_version and version != self._data_version:
            self._cache.clear()
        self._data_version = version

    async def _prepare(self) -> None:
        conn = self._conn
        await conn.execute("PRAGMA journal_mode=WAL")
        await conn.execute("PRAGMA synchronous=NORMAL")
        await conn.execute("PRAGMA busy_timeout=5000")
        # Checkpoints move the log into the file; done on the writer they stall every step
        # waiting for its group commit, so a second connection does them in its own thread.
        await conn.execute("PRAGMA wal_autocheckpoint=0")
        await conn.execute("PRAGMA foreign_keys=ON")
        # What is deleted is overwritten, not only unlinked (SQLite's default is off; some
        # builds turn it on): a forgotten person's words must not stay in free pages.
        await conn.execute("PRAGMA secure_delete=ON")
        async with conn.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        version = int(row[0]) if row else 0
        for number, sql in _migrations():
            if number > version:
                await conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version={number};\nCOMMIT;")
                log.info("migrated", extra={"event": "migrated", "version": number})
        # Delivered rows are deleted, so the highest id ever given is kept as a cursor too:
        # an id must never come back (Matrix takes a repeated transaction id for a resend).
        async with conn.execute(
            "SELECT MAX(COALESCE((SELECT MAX(id) FROM outbox), 0),"
            " COALESCE((SELECT CAST(value AS INTEGER) FROM cursors WHERE name=?), 0))",
            (OUTBOX_HIGH,),
        ) as cursor:
            row = await cursor.fetchone()
        self._next_outbox_id = (int(row[0]) if row else 0) + 1
        async with conn.execute("PRAGMA data_version") as cursor:  # the file's version as opened
            row = await cursor.fetchone()
        self._note_version(int(row[0]) if row else 0)
        self._writer = asyncio.get_running_loop().create_task(self._write_loop())
        self._loader = asyncio.get_running_loop().create_task(self._load_loop())
        if str(self.path) != ":memory:":
            self._checkpointer = await aiosqlite.connect(self.path, isolation_level=None)
            self._checkpoints = asyncio.get_running_loop().create_task(self._checkpoint_loop())

    async def _checkpoint_loop(self) -> None:
        """Move the log into the file now and then; after a forget, empty the log file too
        (TRUNCATE), so the forgotten rows' old pages are gone from it. A checkpoint that
        fails (disk full) is logged and tried again, never given up."""
        while True:
            await asyncio.sleep(CHECKPOINT_EVERY)
            commits, truncate = self.commits, self._truncate
            if commits == self._checkpointed_at and not truncate:
                continue
            mode = "TRUNCATE" if truncate else "PASSIVE"
            try:
                async with self._checkpointer.execute(f"PRAGMA wal_checkpoint({mode})") as cursor:
                    busy = (await cursor.fetchone() or (0,))[0]
            except sqlite3.Error as error:
                log.warning(
                    "checkpoint failed", extra={"event": "checkpoint_failed", "error": str(error)}
                )
                continue
            self._checkpointed_at = commits
            if truncate and not busy:
                self._truncate = False

    async def close(self) -> None:
        """Finish every queued write, then close the file cleanly."""
        if self._checkpoints is not None:
            self._checkpoints.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._checkpoints
            await self._checkpointer.close()
            self._checkpoints = None
        if self._writer is not None:
            await self._queue.join()
            self._writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._writer
            self._writer = None
        if self._loader is not None:  # reads asked for before this are still answered
            loader, self._loader = self._loader, None
            self._loads.put_nowait(None)
            await loader
        with contextlib.suppress(Exception):
            await self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        await self._conn.close()
        self._let_go()

    # --- conversations ----------------------------------------------------------------------

    async def load(self, key: ConversationKey) -> ConversationState | None:
        """The conversation's state: from the cache, else read with the other misses of the
        moment in one trip to the database thread (after a restart, everyone misses)."""
        if self._loader is None:
            raise StoreClosed("the store is closed")
        cached = self._cache.get(key)
        # At most once a second a hit goes to the file too, to notice writes from elsewhere.
        if cached is not None and time.monotonic() - self._checked_at < 1.0:
            self._cache.move_to_end(key)
            state, since = cached
            self._stamp(key, since)
            return state
        found: asyncio.Future[ConversationState | None] = asyncio.get_running_loop().create_future()
        self._loads.put_nowait((key, found))
        return await found

    async def _load_loop(self) -> None:
        closing = False
        while not closing:
            items = await _next_batch(self._loads)
            closing = None in items
            batch = [item for item in items if item is not None]
            if not batch:
                continue
            keys = list(dict.fromkeys(key for key, _ in batch))
            self.load_trips += 1
            started = time.time()
            try:
                version, stored = await self._in_thread(_fetch_states, keys)
                texts = dict(zip(keys, stored, strict=True))
                self._note_version(version)
            except asyncio.CancelledError:  # stopped from outside: its readers are told too
                for _, found in batch:
                    found.cancel()
                raise
            except Exception as error:
                for _, found in batch:
                    if not found.done():
                        found.set_exception(error)
                continue
            for key, found in batch:
                self._stamp(key, started)
                try:
                    state = self._decode_state(key, texts[key], started)
                except Exception as error:  # one unreadable row fails only its own step
                    if not found.done():
                        found.set_exception(error)
                    continue
                if not found.done():
                    found.set_result(state)

    def _decode_state(
        self, key: ConversationKey, text: str | None, read_at: float
    ) -> ConversationState | None:
        if text is None:
            return None
        cached = self._cache.get(key)  # read twice in one batch: decoded once
        if cached is not None:
            return cached[0]
        state = ConversationState.from_json(self._open(text))
        self._remember(key, state, read_at)
        return state

    def _remember(self, key: ConversationKey, state: ConversationState, since: float) -> None:
        self._cache[key] = (state, since)
        self._cache.move_to_end(key)
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    def _stamp(self, key: ConversationKey, since: float) -> None:
        """A step is about to work on state of `key` that matched the file at `since`."""
        self._read_at.pop(key, None)
        self._read_at[key] = since
        if len(self._read_at) > CACHE_SIZE:  # reads that no step wrote after: the oldest go
            self._read_at.popitem(last=False)

    async def commit(self, write: StepWrite | Chore) -> Any:
        """Write one step durably; returns its replies with their outbox ids.

        Every write goes through this one queue: a second writer on the connection could
        commit half of a running group transaction.
        """
        if self._writer is None:
            raise StoreClosed("the store is closed")
        done: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait(_Pending(write, done))
        return await done

    async def _write_loop(self) -> None:
        while True:
            taken = await _next_batch(self._queue)
            batch = taken
            try:
                while True:
                    try:
                        results = await self._write(batch) if batch else []
                        break
                    except _Forgotten as forgotten:
                        batch = self._refuse_stale(batch, forgotten.people)
            except Exception as error:  # a failed commit must fail its steps, not the loop
                self.failed_commits += 1
                log.exception("commit failed", extra={"event": "commit_failed"})
                for pending in batch:
                    if isinstance(pending.write, StepWrite):
                        self._cache.pop(pending.write.key, None)
                for pending in batch:
                    if not pending.done.done():
                        pending.done.set_exception(error)
            else:
                for pending, result in zip(batch, results, strict=True):
                    if not pending.done.done():
                        pending.done.set_result(result)
            finally:
                for _ in taken:
                    self._queue.task_done()

    def _refuse_stale(self, batch: list[_Pending], people: set[tuple[str, str]]) -> list[_Pending]:
        """Fail the steps of people deleted meanwhile by another process (their callers read
        again); the rest of the batch is written as it was."""
        for platform, user in people:
            self._forget_cached(platform, user)
        log.info("forgotten elsewhere", extra={"event": "stale_state", "count": len(people)})
        kept = []
        for pending in batch:
            write = pending.write
            if isinstance(write, StepWrite) and (write.key.platform, write.key.user) in people:
                self._read_at.pop(write.key, None)
                pending.done.set_exception(StaleState("deleted by another process"))
            else:
                kept.append(pending)
        return kept

    async def _write(self, batch: list[_Pending]) -> list[Any]:
        now = int(time.time())
        upserts, deletes, outbox, records, safety, forgets, answered = [], [], [], [], [], [], []
        schedule, done, unplan = [], [], []
        chores: list[tuple[int, Chore]] = []
        moves: list[tuple[str, str, str, str]] = []
        results: list[Any] = []
        next_id = self._next_outbox_id
        for pending in batch:
            write = pending.write
            if isinstance(write, Chore):
                chores.append((len(results), write))
                results.append([])
                continue
            key = write.key
            now = write.at or int(time.time())
            if write.forget:
                forgets.append((key.platform, key.user))
            if write.moved_from is not None:
                old = write.moved_from
                moves.append((key.chat, old.platform, old.chat, old.user))
            if write.event_id is not None:
                answered.append((key.platform, write.event_id, time.time()))
            if write.keep_state and write.state is None:
                deletes.append((key.platform, key.chat, key.user))
            elif write.keep_state and write.state is not None:
                state_text = self._seal(write.state.to_json())
                upserts.append((key.platform, key.chat, key.user, state_text, now))
            for kind, due_at, payload in write.schedule:
                schedule.append(
                    (
                        key.platform,
                        key.chat,
                        key.user,
                        kind,
                        due_at,
                        self._seal(compact(payload)),
                    )
                )
            if write.done_scheduled is not None:
                done.append((now, write.done_scheduled))
            for kind, next_due in write.replan.items():
                unplan.append((key.platform, key.chat, key.user, kind))
                if next_due is not None:
                    empty = self._seal("{}")
                    schedule.append((key.platform, key.chat, key.user, kind, next_due, empty))
            sent = []
            for message in write.outgoing:
                message = message.with_id(next_id)
                outbox.append(
                    (
                        next_id,
                        key.platform,
                        key.chat,
                        key.user,
                        self._seal(encode_outgoing(message)),
                        now,
                    )
                )
                sent.append(message)
                next_id += 1
            results.append(sent)
            for kind, data in write.records:
                records.append(
                    (
                        key.platform,
                        key.chat,
                        key.user,
                        kind,
                        self._seal(compact(data)),
                        now,
                    )
                )
            if write.safety_event:
                safety.append((time.strftime("%Y-%m-%d", time.gmtime(now)),))
        statements: list[tuple[str, list[tuple[Any, ...]]]] = [
            (f"UPDATE {table} SET chat=? WHERE platform=? AND chat=? AND user=?", moves)
            for table in MOVED_TABLES
        ]
        statements.append(
            ("DELETE FROM outbox WHERE platform=? AND chat=? AND user=?", [m[1:] for m in moves])
        )
        statements += [
            (f"DELETE FROM {table} WHERE platform=? AND user=?", forgets)
            for table in PERSONAL_TABLES
        ]
        statements += [
            (
                "INSERT INTO conversations (platform, chat, user, data, updated_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (platform, chat, user)"
                " DO UPDATE SET data=excluded.data, updated_at=excluded.updated_at",
                upserts,
            ),
            ("DELETE FROM conversations WHERE platform=? AND chat=? AND user=?", deletes),
            (
                "INSERT INTO outbox (id, platform, chat, user, payload, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                outbox,
            ),
            (
                "INSERT INTO records (platform, chat, user, kind, data, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                records,
            ),
            (
                "INSERT INTO safety_counts (day, answers) VALUES (?, 1)"
                " ON CONFLICT (day) DO UPDATE SET answers=answers+1",
                safety,
            ),
            (
                "INSERT OR IGNORE INTO seen_events (platform, event_id, at) VALUES (?, ?, ?)",
                answered,
            ),
            (
                "INSERT INTO cursors (name, value) VALUES (?, ?)"
                " ON CONFLICT (name) DO UPDATE SET value=excluded.value",
                [(OUTBOX_HIGH, str(next_id - 1))] if outbox else [],
            ),
            # done before re-planning, so the row that fired stays on record as done
            ("UPDATE scheduled SET done_at=? WHERE id=?", done),
            (
                "DELETE FROM scheduled WHERE platform=? AND chat=? AND user=? AND kind=?"
                " AND done_at IS NULL",
                unplan,
            ),
            (
                "INSERT INTO scheduled (platform, chat, user, kind, due_at, payload)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                schedule,
            ),
        ]
        read_at: dict[tuple[str, str], float] = {}
        for pending in batch:
            write = pending.write
            if isinstance(write, StepWrite) and write.keep_state:
                person = (write.key.platform, write.key.user)
                since = self._read_at.get(write.key, 0.0)
                read_at[person] = min(since, read_at.get(person, since))
        begun = time.time()  # what this commit writes matches the file from here on
        fetched = await self._in_thread(_transaction, statements, [c for _, c in chores], read_at)
        for (index, _), rows in zip(chores, fetched, strict=True):
            results[index] = rows
        self.commits += 1
        self._next_outbox_id = next_id
        for pending in batch:
            write = pending.write
            if isinstance(write, Chore):
                continue
            if write.moved_from is not None:
                self._cache.pop(write.moved_from, None)
            if write.forget:
                self._forget_cached(write.key.platform, write.key.user)
                self._truncate = True
            self._read_at.pop(write.key, None)
            if write.state is None:
                self._cache.pop(write.key, None)
            elif write.keep_state:
                self._remember(write.key, write.state, begun)
        return results

    def _forget_cached(self, platform: str, user: str) -> None:
        for key in [k for k in self._cache if k.platform == platform and k.user == user]:
            del self._cache[key]

    # --- outbox -------------------------------------------------------------------------------

    async def pending(self, platform: str, key: ConversationKey | None = None) -> list[Outgoing]:
        """Replies committed but not yet confirmed by the platform, oldest first."""
        sql = "SELECT id, chat, user, payload FROM outbox WHERE platform=?"
        args: tuple[Any, ...] = (platform,)
        if key is not None:
            sql += " AND chat=? AND user=?"
            args += (key.chat, key.user)
        async with self._conn.execute(sql + " ORDER BY id", args) as cursor:
            rows = await cursor.fetchall()
        return [
            decode_outgoing(ConversationKey(platform, chat, user), row_id, self._open(payload))
            for row_id, chat, user, payload in rows
        ]

    async def users_in(self, platform: str, chat: str) -> list[str]:
        """Everyone with rows in one chat (a group's): whom a move of the chat concerns."""
        sql = " UNION ".join(
            f"SELECT user FROM {table} WHERE platform=? AND chat=?"
            for table in (*MOVED_TABLES, "outbox")
        )
        args = (platform, chat) * (len(MOVED_TABLES) + 1)
        async with self._conn.execute(sql + " ORDER BY user", args) as cursor:
            rows = await cursor.fetchall()
        return [str(user) for (user,) in rows]

    async def delivered(self, outbox_ids: Iterable[int]) -> None:
        ids = [(i,) for i in outbox_ids]
        if ids:
            await self.commit(Chore("DELETE FROM outbox WHERE id=?", ids))

    # --- what is stored about a person ----------------------------------------------------

    # Tables that hold nothing of a person, and why; every other table is in /export (a test
    # holds the schema to this, so a new table cannot be left out unnoticed).
    NOTHING_OF_A_PERSON = (
        ("safety_counts", "answers per day, with nobody's id"),
        ("cursors", "the adapters' offsets and sync tokens, and the logs' pseudonym secret"),
        ("seen_events", "platform event ids already answered, without a user (dropped soon)"),
    )

    async def everything_about(self, platform: str, user: str) -> dict[str, Any]:
        """All rows of one person, for /export: one list per table that can hold them."""
        where = (platform, user)

        async def rows(sql: str) -> list[Any]:
            return list(await self._conn.execute_fetchall(sql, where))

        def opened(text: str) -> Any:
            return json.loads(self._open(text))

        return {
            "conversations": [
                {"chat": chat, "state": opened(data), "updated_at": at}
                for chat, data, at in await rows(
                    "SELECT chat, data, updated_at FROM conversations WHERE platform=? AND user=?"
                )
            ],
            "records": [
                {"kind": kind, "data": opened(data), "created_at": at}
                for kind, data, at in await rows(
                    "SELECT kind, data, created_at FROM records"
                    " WHERE platform=? AND user=? ORDER BY id"
                )
            ],
            "scheduled": [  # reminders and nudges, planned or done (with the person's words)
                {"kind": kind, "due_at": due, "payload": opened(payload), "done_at": done}
                for kind, due, payload, done in await rows(
                    "SELECT kind, due_at, payload, done_at FROM scheduled"
                    " WHERE platform=? AND user=? ORDER BY due_at, id"
                )
            ],
            "outbox": [  # replies not yet confirmed by the platform, their words
                {"text": opened(payload).get("text", ""), "created_at": at}
                for payload, at in await rows(
                    "SELECT payload, created_at FROM outbox WHERE platform=? AND user=? ORDER BY id"
                )
            ],
            "forgotten": [  # a deletion by `brug forget`, remembered a few minutes
                {"at": at}
                for (at,) in await rows("SELECT at FROM forgotten WHERE platform=? AND user=?")
            ],
        }

    async def records_of(
        self, platform: str, user: str, kinds: tuple[str, ...], since: int
    ) -> list[dict[str, Any]]:
        """One person's records of some kinds (no kinds: of every kind) since a moment, oldest
        first."""
        marks = ",".join("?" for _ in kinds)
        only = f" AND kind IN ({marks})" if kinds else ""
        async with self._conn.execute(
            f"SELECT kind, data, created_at FROM records WHERE platform=? AND user=?{only}"
            " AND created_at>=? ORDER BY id",
            (platform, user, *kinds, since),
        ) as cursor:
            rows = await cursor.fetchall()
        return [
            {"kind": k, "data": json.loads(self._open(d)), "created_at": at} for k, d, at in rows
        ]

    async def rows_about(self, platform: str, user: str) -> int:
        """How many rows anywhere still name this person (zero after /forget)."""
        total = 0
        for table in PERSONAL_TABLES:
            async with self._conn.execute(
                f"SELECT COUNT(*) FROM {table} WHERE platform=? AND user=?", (platform, user)
            ) as cursor:
                row = await cursor.fetchone()
            total += int(row[0]) if row else 0
        return total

    # --- events answered ------------------------------------------------------------------

    async def answered(self, platform: str, event_id: str) -> bool:
        """Whether a step for this event was committed (a redelivery, e.g. after a crash)."""
        async with self._conn.execute(
            "SELECT 1 FROM seen_events WHERE platform=? AND event_id=?", (platform, event_id)
        ) as cursor:
            return await cursor.fetchone() is not None

    async def forget_answered(self, platform: str, before: float) -> None:
        """Drop events answered before `before` (seconds since the epoch): the platform can
        no longer deliver them again (for Matrix: a later sync token is saved)."""
        await self.commit(
            Chore("DELETE FROM seen_events WHERE platform=? AND at<?", [(platform, before)])
        )

    # --- schedule ---------------------------------------------------------------------------

    async def claim_due(self, now: int, limit: int, stale_after: int = 60) -> list[DueRow]:
        """Atomically claim due rows not claimed in the last `stale_after` seconds.

        A claim that was never completed (a crash mid-dispatch) is claimed again later; the
        step that handles a row marks it done in its own transaction, so nothing runs twice.
        """
        rows = await self.commit(
            Chore(
                "UPDATE scheduled SET claimed_at=? WHERE id IN ("
                " SELECT id FROM scheduled WHERE done_at IS NULL AND due_at<=?"
                " AND (claimed_at IS NULL OR claimed_at<?) ORDER BY due_at LIMIT ?)"
                " RETURNING id, platform, chat, user, kind, due_at, payload",
                [(now, now, now - stale_after, limit)],
                returning=True,
            )
        )
        return sorted(
            (
                DueRow(
                    row[0],
                    ConversationKey(row[1], row[2], row[3]),
                    row[4],
                    row[5],
                    json.loads(self._open(row[6])),
                )
                for row in rows
            ),
            key=lambda due: (due.due_at, due.id),
        )

    async def due_counts(self, start: int, end: int) -> dict[str, int]:
        """How many open rows of each kind fall due between two moments (no content)."""
        async with self._conn.execute(
            "SELECT kind, COUNT(*) FROM scheduled WHERE done_at IS NULL AND due_at>=?"
            " AND due_at<? GROUP BY kind ORDER BY kind",
            (start, end),
        ) as cursor:
            return {str(kind): int(n) for kind, n in await cursor.fetchall()}

    async def scheduled_done(self, row_id: int) -> bool:
        """Whether a step already handled this due row (or it was skipped)."""
        async with self._conn.execute(
            "SELECT done_at IS NOT NULL FROM scheduled WHERE id=?", (row_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return row is not None and bool(row[0])

    async def skip_scheduled(self, ids: list[int], now: int) -> None:
        """Mark rows done without handling them (too late, or for a conversation gone quiet)."""
        if ids:
            await self.commit(
                Chore("UPDATE scheduled SET done_at=? WHERE id=?", [(now, i) for i in ids])
            )

    # --- cursors --------------------------------------------------------------------------

    async def cursor(self, name: str) -> str | None:
        async with self._conn.execute("SELECT value FROM cursors WHERE name=?", (name,)) as cur:
            row = await cur.fetchone()
        return str(row[0]) if row else None

    async def set_cursor(self, name: str, value: str) -> None:
        await self.commit(
            Chore(
                "INSERT INTO cursors (name, value) VALUES (?, ?)"
                " ON CONFLICT (name) DO UPDATE SET value=excluded.value",
                [(name, value)],
            )
        )

    async def drop_cursor(self, name: str) -> None:
        await self.commit(Chore("DELETE FROM cursors WHERE name=?", [(name,)]))
