from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import pytest_asyncio

from bot.app import load_context
from bot.core.step import Context
from bot.engine import Engine
from bot.store import Store
from tests.conversation import Brug
from tests.telegram_api_server import TelegramApiServer

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def ctx() -> Context:
    return load_context(ROOT)


class FixedClock:
    """A clock tests can set and move; the engine reads it for every step."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest_asyncio.fixture
async def engine(tmp_path: Path, ctx: Context, clock: FixedClock) -> AsyncIterator[Engine]:
    store = await Store.open(tmp_path / "brug.sqlite3")
    engine = Engine(store, ctx, clock)
    await engine.start()
    yield engine
    await store.close()


@pytest.fixture
def brug(engine: Engine) -> Brug:
    return Brug(engine)


@pytest_asyncio.fixture
async def server() -> AsyncIterator[TelegramApiServer]:
    """A local Telegram Bot API server for one test."""
    async with TelegramApiServer() as telegram:
        yield telegram
