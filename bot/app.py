"""Wiring: where content and data live, and how an engine is put together from them."""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import signal
from collections.abc import Mapping
from pathlib import Path

from bot.adapters.base import Adapter
from bot.core.dialogue import load_dialogues
from bot.core.helplines import HelplineBook
from bot.core.step import Context
from bot.core.texts import Texts
from bot.engine import Engine
from bot.nudges import Scheduler
from bot.store import Store

log = logging.getLogger("brug.app")

CONTENT_ROOT = Path(os.environ.get("BRUG_CONTENT", Path(__file__).resolve().parent.parent))


def default_db_path() -> Path:
    """`$BRUG_DB`, else `$XDG_DATA_HOME/brug/brug.sqlite3` (~/.local/share/brug/brug.sqlite3)."""
    if os.environ.get("BRUG_DB"):
        return Path(os.environ["BRUG_DB"])
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "brug" / "brug.sqlite3"


def load_context(root: Path = CONTENT_ROOT) -> Context:
    """Dialogues, texts and helplines, read and checked once at start-up."""
    return Context.build(
        load_dialogues(root / "dialogues"),
        Texts(root / "locales"),
        HelplineBook.load(root / "locales" / "helplines.toml"),
    )


async def open_engine(db_path: Path, ctx: Context | None = None) -> Engine:
    store = await Store.open(db_path)
    engine = Engine(store, ctx or load_context())
    await engine.start()
    return engine


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


async def serve(db_path: Path, env: Mapping[str, str]) -> int:
    """Run the configured platforms and the schedule until SIGTERM or SIGINT.

    The first signal stops taking new updates, finishes the steps in flight and closes the
    database cleanly; a second one exits at once (SQLite's journal keeps the file intact).
    """
    engine = await open_engine(db_path)
    adapters = build_adapters(engine, env)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()

    def on_signal() -> None:
        if stopping.is_set():
            log.warning("second signal: stopping at once", extra={"event": "exit_now"})
            os._exit(1)
        stopping.set()

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, on_signal)
    try:
        for adapter in adapters:
            await adapter.start()
        log.warning(
            "running",
            extra={"event": "running", "platform": ",".join(a.platform for a in adapters)},
        )
        async with Scheduler(engine).running():
            await stopping.wait()
    finally:
        for adapter in adapters:
            await adapter.stop()
        await engine.store.close()
        log.warning("stopped", extra={"event": "stopped"})
    return 0
