"""Wiring: where content and data live, and how an engine is put together from them."""

from __future__ import annotations

import os
from pathlib import Path

from bot.core.dialogue import load_dialogues
from bot.core.helplines import HelplineBook
from bot.core.step import Context
from bot.core.texts import Texts
from bot.engine import Engine
from bot.store import Store

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
