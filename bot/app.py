"""Wiring: where content and data live, and how an engine is put together from them."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib
import logging
import os
import signal
import time
from collections.abc import Mapping
from pathlib import Path

from bot.adapters.base import Adapter
from bot.config import Config
from bot.core.dialogue import load_dialogues
from bot.core.helplines import HelplineBook
from bot.core.step import Context
from bot.core.texts import LANGUAGES, Texts
from bot.core.understanding import Understanding, warm_lemmas
from bot.engine import Engine
from bot.metrics import HealthServer
from bot.nudges import Scheduler
from bot.store import Store, StoreClosed
from bot.store.crypto import Sealer, read_key
from bot.store.maintenance import apply_retention

log = logging.getLogger("brug.app")

WATCH_EVERY = 30.0  # seconds between checks when nobody asks /healthz
WATCH_CURSOR = "health-checked-at"
PROBE_TIMEOUT = 3.0  # below the 4 to 5 s a container's health check waits for /healthz
FAULT_HOLD = 15.0  # seconds a refused write keeps /healthz at 503 (the engine's retry span)

CONTENT_ROOT = Path(os.environ.get("BRUG_CONTENT", Path(__file__).resolve().parent.parent))


def default_db_path() -> Path:
    """`$BRUG_DB`, else `$XDG_DATA_HOME/brug/brug.sqlite3` (~/.local/share/brug/brug.sqlite3)."""
    if os.environ.get("BRUG_DB"):
        return Path(os.environ["BRUG_DB"])
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "brug" / "brug.sqlite3"


def load_context(root: Path = CONTENT_ROOT) -> Context:
    """Dialogues, texts, helplines and the understanding data, read and checked once at
    start-up (the lemma tables load in a thread meanwhile)."""
    warming = warm_lemmas(LANGUAGES)
    return Context.build(
        load_dialogues(root / "dialogues"),
        Texts(root / "locales"),
        HelplineBook.load(root / "locales" / "helplines.toml"),
        Understanding.load(root / "locales", LANGUAGES, warming),
    )


def sealer_for(key_file: Path | None) -> Sealer | None:
    return Sealer(read_key(key_file)) if key_file else None


async def open_engine(
    db_path: Path, ctx: Context | None = None, key_file: Path | None = None
) -> Engine:
    """An engine on the database, refusing to start when the key does not fit the data.
    Whatever stops it, the database is closed again (its threads would keep the process)."""
    ctx = ctx or load_context()
    store = await Store.open(db_path, sealer_for(key_file))
    try:
        await store.check_key()
        engine = Engine(store, ctx)
        await engine.start()
    except BaseException:
        await store.close()
        raise
    return engine


def settle_for_serving() -> None:
    """Tune Python's cycle collector once everything long-lived is loaded.

    Content, machines and modules live as long as the process: `gc.freeze()` leaves them out
    of every later collection. The first generation is collected after 50,000 new objects
    instead of 700: with thousands of states cached, the default spent about a fifth of
    the CPU in the throughput benchmark on collections, some of them 0.1 s long
    (docs/benchmarks.md). Nearly all Brug allocates is freed by reference counting at once;
    cycles are still collected, just less often.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 10)


def platforms_configured(env: Mapping[str, str]) -> list[str]:
    found = []
    if env.get("BRUG_TELEGRAM_TOKEN") or env.get("BRUG_TELEGRAM_TOKEN_FILE"):
        found.append("telegram")
    if env.get("BRUG_MATRIX_HOMESERVER"):
        found.append("matrix")
    return found


def build_adapters(engine: Engine, env: Mapping[str, str]) -> list[Adapter]:
    """The adapters whose settings are present; each platform library is imported only then."""
    adapters: list[Adapter | None] = []
    for platform in platforms_configured(env):
        module = importlib.import_module(f"bot.adapters.{platform}")
        adapters.append(module.from_env(engine, env))
    return [a for a in adapters if a is not None]


async def _retention(config: Config) -> None:
    """Once at start and then daily: free text older than the configured months goes."""
    while config.retention_months:
        gone = await asyncio.to_thread(apply_retention, config.db_path, config.retention_months)
        log.info("retention", extra={"event": "retention", "count": gone})
        await asyncio.sleep(86_400)


async def serve(config: Config) -> int:
    """Run the configured platforms and the schedule until SIGTERM or SIGINT.

    The first signal stops taking new updates, finishes the steps in flight, lets the
    adapters flush the outbox and closes the database cleanly; a second one exits at once
    (SQLite's write-ahead log keeps the file intact). The metrics port is taken first, so a
    busy one stops Brug before anything else is opened.
    """
    if config.encryption_key_file is None:
        log.warning(
            "no encryption key: what people write is stored unencrypted",
            extra={"event": "no_encryption_key"},
        )
    health = HealthServer(*config.metrics_listen) if config.metrics_listen else None
    async with contextlib.AsyncExitStack() as stack:
        if health is not None:
            await stack.enter_async_context(health.running())
            health.check = _starting
        engine = await open_engine(config.db_path, key_file=config.encryption_key_file)
        stack.push_async_callback(_close, engine.store)  # also when an adapter fails to start
        adapters = build_adapters(engine, config.platform_env)
        settle_for_serving()
        stopping = asyncio.Event()
        loop = asyncio.get_running_loop()

        def on_signal() -> None:
            if stopping.is_set():
                log.warning("second signal: stopping at once", extra={"event": "exit_now"})
                os._exit(1)
            stopping.set()

        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, on_signal)
        watch = Watch(engine.store, adapters)
        retention = asyncio.create_task(_retention(config))
        watching = asyncio.create_task(watch.run())
        try:
            for adapter in adapters:
                await adapter.start()
            log.warning(
                "running",
                extra={"event": "running", "platform": ",".join(a.platform for a in adapters)},
            )
            if health is not None:
                health.check = watch.check
            async with Scheduler(engine).running():
                await stopping.wait()
                if health is not None:
                    health.healthy = False
        finally:
            retention.cancel()
            watching.cancel()
            for adapter in adapters:
                await adapter.stop()
    return 0


async def _starting() -> str:
    return "starting"


async def _close(store: Store) -> None:
    await store.close()
    log.warning("stopped", extra={"event": "stopped"})


class Watch:
    """Whether Brug still serves: no adapter has stopped (`Adapter.stopped`), and the
    database takes writes.

    The database is asked with a real write (a cursor), as a full disk or a broken file
    lets reads go on. A full disk lets some writes through (those that fit in the log file)
    and refuses others, so a refused write, or a step's commit that failed, counts for
    FAULT_HOLD seconds. A change either way is logged once, with the file and what to do.
    """

    def __init__(self, store: Store, adapters: list[Adapter]) -> None:
        self.store = store
        self.adapters = adapters
        self.problem: str | None = None
        self._failed_commits = store.failed_commits
        self._fault: str | None = None
        self._fault_at = 0.0

    async def run(self) -> None:
        """Check now and then, so a fault is logged even when nobody asks /healthz."""
        while True:
            await asyncio.sleep(WATCH_EVERY)
            await self.check()

    async def check(self) -> str | None:
        """None when all is well, else the reason in one line."""
        stopped = [a.stopped for a in self.adapters if a.stopped]
        problem = "; ".join(stopped) or await self._store_problem()
        if problem != self.problem:
            if problem is not None:
                log.error(problem, extra={"event": "unhealthy", "error": problem})
            else:
                log.warning("healthy again", extra={"event": "healthy"})
            self.problem = problem
        return problem

    async def _store_problem(self) -> str | None:
        now = time.monotonic()
        fault = await self._write_fault()
        failed = self.store.failed_commits
        if fault is None and failed > self._failed_commits:
            fault = self._fault or self._advice("steps failed to commit", "refuses writes")
        self._failed_commits = failed
        if fault is not None:
            self._fault, self._fault_at = fault, now
        elif self._fault is not None and now - self._fault_at > FAULT_HOLD:
            self._fault = None
        return self._fault

    async def _write_fault(self) -> str | None:
        path = self.store.path
        try:
            await asyncio.wait_for(
                self.store.set_cursor(WATCH_CURSOR, str(int(time.time()))), PROBE_TIMEOUT
            )
        except StoreClosed:
            return f"the database {path} is closed"
        except TimeoutError:
            return (
                f"the database {path} took no write within {PROBE_TIMEOUT:g} s: is another"
                " program holding it, or the disk very slow?"
            )
        except Exception as error:
            return self._advice(str(error) or type(error).__name__)
        return None

    def _advice(self, error: str, what: str = "cannot be written") -> str:
        return (
            f"the database {self.store.path} {what} ({error}): free space on its disk, or"
            " fix its permissions; Brug goes on by itself once it can write"
        )
