"""`brug run` as a real process meeting faults: a busy metrics port, content that fails
after the database is open, a Telegram adapter that has stopped, a full disk (a file-size
limit, RLIMIT_FSIZE, which needs no root). Each ends in one clear line and exit 2, or in a
503 on /healthz while Brug lives on, never in a traceback or a hang; SIGTERM still ends the
process within seconds."""

from __future__ import annotations

import asyncio
import os
import resource
import shutil
import signal
import socket
import sqlite3
import sys
import time
from collections.abc import Awaitable, Callable
from contextlib import closing
from pathlib import Path

import pytest

from tests.telegram_api_server import TelegramApiServer

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

ROOT = Path(__file__).resolve().parent.parent
# What the people in the disk-full tests write: it must show up in no log line.
WORDS = "vandaag voel ik me zo moe"
# The disk is "full" this many bytes above the database's size when Brug has started.
HEADROOM = 16 * 1024


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def xfsz_ignored() -> None:
    """For the child: writing past RLIMIT_FSIZE fails with EFBIG instead of killing it."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def limit_file_size(pid: int, limit: int | None) -> None:
    """Files of process `pid` stop growing at `limit` bytes (None: no limit), as on a full
    disk: SQLite reports "database or disk is full", or a disk I/O error. The limit holds
    for every file on its own; the hard limit stays open, so the test can give room back."""
    soft = resource.RLIM_INFINITY if limit is None else limit
    resource.prlimit(pid, resource.RLIMIT_FSIZE, (soft, resource.RLIM_INFINITY))


def broken_content(content: Path) -> Path:
    """Brug's dialogues and locales, with a YAML error in one dialogue."""
    for part in ("dialogues", "locales"):
        shutil.copytree(ROOT / part, content / part)
    with (content / "dialogues" / "menu.yaml").open("a", encoding="utf-8") as broken:
        broken.write("\nthis: [is not closed\n")
    return content


def size(path: Path) -> int:
    return path.stat().st_size


def with_ballast(db: Path) -> None:
    """A database file that already holds 400 KiB of other data, so that the log file,
    which may grow as large as the limit, has room for a few hundred pages: the database
    fills up before its log does, and the checkpoints are the first to fail (as they were
    in the report)."""
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("CREATE TABLE ballast (data BLOB)")
        conn.executemany("INSERT INTO ballast VALUES (randomblob(1000))", [()] * 400)


class Brug:
    """`python -m bot run` in a child process; its stderr is read line by line meanwhile."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.lines: list[str] = []
        self._reading = asyncio.create_task(self._read())

    @classmethod
    async def start(
        cls,
        server: TelegramApiServer,
        db: Path,
        metrics: str,
        **settings: str,
    ) -> Brug:
        env = {
            **os.environ,
            "BRUG_TELEGRAM_TOKEN": server.token,
            "BRUG_TELEGRAM_API_URL": server.base_url,
            "BRUG_DB": str(db),
            "BRUG_METRICS_LISTEN": metrics,
            "BRUG_CONFIG": os.devnull,
            **settings,
        }
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            env=env,
            stderr=asyncio.subprocess.PIPE,
            preexec_fn=xfsz_ignored,
        )
        return cls(process)

    async def _read(self) -> None:
        assert self.process.stderr is not None
        async for line in self.process.stderr:
            self.lines.append(line.decode(errors="replace"))

    @property
    def stderr(self) -> str:
        return "".join(self.lines)

    def logged(self, text: str) -> bool:
        return any(text in line for line in self.lines)

    async def wait_for_log(self, text: str, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self.logged(text):
            if time.monotonic() > deadline or self.process.returncode is not None:
                raise AssertionError(f"no {text!r} in the log:\n{self.stderr[-3000:]}")
            await asyncio.sleep(0.1)

    async def ended(self, seconds: float) -> int:
        """The exit code, once the process and its stderr have ended."""
        code = await asyncio.wait_for(self.process.wait(), seconds)
        await asyncio.wait_for(self._reading, 5)
        return code

    async def kill(self) -> None:
        if self.process.returncode is None:
            self.process.kill()
            await self.process.wait()
        self._reading.cancel()


async def healthz(port: int) -> tuple[int, str]:
    """The status code and body of GET /healthz (0 when nothing answers)."""
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        return 0, ""
    try:
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        await writer.drain()
        data = (await asyncio.wait_for(reader.read(), 10)).decode()
    finally:
        writer.close()
    head, _, body = data.partition("\r\n\r\n")
    return int(head.split()[1]), body.strip()


async def health_becomes(port: int, status: int, seconds: float) -> str:
    """Asks /healthz until it answers `status`; returns that answer's body."""
    deadline = time.monotonic() + seconds
    seen: tuple[int, str] = (0, "")
    while time.monotonic() < deadline:
        seen = await healthz(port)
        if seen[0] == status:
            return seen[1]
        await asyncio.sleep(0.2)
    raise AssertionError(f"/healthz stayed {seen}, not {status}")


async def test_a_busy_metrics_port_is_one_line_and_exit_2(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        async with TelegramApiServer() as server:
            brug = await Brug.start(server, tmp_path / "brug.sqlite3", f"127.0.0.1:{port}")
            try:
                code = await brug.ended(10)
            finally:
                await brug.kill()
    assert code == 2, brug.stderr
    assert "Traceback" not in brug.stderr
    [line] = [line for line in brug.lines if str(port) in line]
    assert "in use" in line and "BRUG_METRICS_LISTEN" in line, line
    assert not line.startswith("{")  # said to the operator, not only logged


async def test_broken_content_after_the_database_is_open_is_one_line_and_exit_2(
    tmp_path: Path,
) -> None:
    """Whatever stops the start once the database is open, its threads are closed: before,
    the process printed its line and then lived on, without a health endpoint."""
    content = broken_content(tmp_path / "content")
    async with TelegramApiServer() as server:
        brug = await Brug.start(server, tmp_path / "brug.sqlite3", "off", BRUG_CONTENT=str(content))
        try:
            code = await brug.ended(10)
        finally:
            await brug.kill()
    assert code == 2, brug.stderr
    assert "Traceback" not in brug.stderr
    assert "menu.yaml: not valid YAML" in brug.stderr


async def test_healthz_says_503_once_telegram_has_stopped(tmp_path: Path) -> None:
    """The bot token is revoked while Brug runs: Telegram answers 401 and the poller ends
    (retrying cannot help). Brug's process lives on, and /healthz says so."""
    port = free_port()
    async with TelegramApiServer() as server:
        brug = await Brug.start(server, tmp_path / "brug.sqlite3", f"127.0.0.1:{port}")
        try:
            await brug.wait_for_log('"event":"running"', 30)
            assert await health_becomes(port, 200, 10) == "ok"
            server.push_text(501, "hallo", language_code="nl")
            await server.wait_for(lambda: server.sent(501), timeout=20, what="a reply")
            server.fail_next("getUpdates", 401, times=100)
            server.push_text(502, "hallo", language_code="nl")  # ends the long poll now
            await brug.wait_for_log('"event":"telegram_failed"', 20)
            assert "telegram" in await health_becomes(port, 503, 10)
            brug.process.send_signal(signal.SIGTERM)
            code = await brug.ended(10)
        finally:
            await brug.kill()
    assert code == 0, brug.stderr[-3000:]
    assert "Traceback" not in brug.stderr


async def fill_up(
    server: TelegramApiServer, brug: Brug, db: Path, full: Callable[[], Awaitable[bool]]
) -> None:
    """With HEADROOM left on the "disk", new people write until `full` says it is."""
    await brug.wait_for_log('"event":"running"', 30)
    await asyncio.sleep(1)  # the first checkpoint
    limit_file_size(brug.process.pid, size(db) + HEADROOM)
    people = iter(range(10_000, 20_000))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        for person in [next(people) for _ in range(5)]:
            server.push_text(person, WORDS, language_code="nl")
        await asyncio.sleep(0.3)
        if await full():
            return
    raise AssertionError(f"the database never filled up:\n{brug.stderr[-3000:]}")


async def test_a_full_disk_is_logged_shown_on_healthz_and_recovered_from(tmp_path: Path) -> None:
    port, db = free_port(), tmp_path / "brug.sqlite3"
    with_ballast(db)
    async with TelegramApiServer() as server:
        brug = await Brug.start(server, db, f"127.0.0.1:{port}")
        try:
            assert await health_becomes(port, 200, 30) == "ok"

            async def full() -> bool:  # checkpoints failed first, then commits
                if not brug.logged('"event":"checkpoint_failed"'):
                    return False
                return (await healthz(port))[0] == 503

            await fill_up(server, brug, db, full)
            reason = await health_becomes(port, 503, 1)
            assert reason.startswith(f"the database {db} "), reason  # the file, and what to do:
            assert "free space on its disk" in reason, reason
            await brug.wait_for_log('"event":"unhealthy"', 5)
            full_at = size(db)
            # Room again: the checkpoints catch up, writes go through, /healthz is 200.
            limit_file_size(brug.process.pid, None)
            assert await health_becomes(port, 200, 30) == "ok"
            await brug.wait_for_log('"event":"healthy"', 5)
            server.push_text(999, WORDS, language_code="nl")
            await server.wait_for(lambda: server.sent(999), timeout=20, what="a reply after")
            await asyncio.sleep(1)  # a checkpoint
            assert size(db) > full_at  # what waited in the log is in the file now
            brug.process.send_signal(signal.SIGTERM)
            code = await brug.ended(10)
        finally:
            await brug.kill()
    assert code == 0, brug.stderr[-3000:]
    assert "Traceback" not in brug.stderr
    assert WORDS not in brug.stderr


async def test_sigterm_on_a_full_disk_ends_brug_within_seconds(tmp_path: Path) -> None:
    port, db = free_port(), tmp_path / "brug.sqlite3"
    with_ballast(db)
    async with TelegramApiServer() as server:
        brug = await Brug.start(server, db, f"127.0.0.1:{port}")
        try:

            async def full() -> bool:
                return brug.logged('"event":"commit_failed"')

            await fill_up(server, brug, db, full)
            for person in range(30_000, 30_050):  # steps in flight, retrying, at the signal
                server.push_text(person, WORDS, language_code="nl")
            await asyncio.sleep(1)
            started = time.monotonic()
            brug.process.send_signal(signal.SIGTERM)
            code = await brug.ended(10)
            took = time.monotonic() - started
        finally:
            await brug.kill()
    assert "Traceback" not in brug.stderr, brug.stderr[-3000:]
    assert code == 0, brug.stderr[-3000:]
    assert '"event":"stopped"' in brug.stderr
    assert WORDS not in brug.stderr
    print(f"\nstopped {took:.1f} s after SIGTERM on a full disk")
