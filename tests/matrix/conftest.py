"""Fixtures for tests against a real Synapse: one homeserver for the whole session.

- ``synapse``: the session's :class:`SynapseServer` (skips if matrix-synapse is absent;
  set ``BRUG_SYNAPSE_PYTHON`` to use an interpreter from another venv).
- ``matrix_user``: factory, ``matrix_user("bot") -> MatrixUser`` with a unique localpart.
- ``nio_client``: async factory, ``await nio_client(user, encryption=True)`` -> a logged-in
  nio ``AsyncClient`` with its store in ``tmp_path``; closed after the test.

A test that restarts the server (``synapse.restart()``) must leave it running.
"""

from __future__ import annotations

import importlib.util
import os
import secrets
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

# Importable whatever pytest's rootdir/import mode: the harness lives in tests/ and the
# code under test in the repository root. Appended, so nothing installed is shadowed.
_TESTS = Path(__file__).resolve().parents[1]
for _path in (_TESTS, _TESTS.parent):
    if str(_path) not in sys.path:
        sys.path.append(str(_path))

from synapse_server import MatrixUser, SynapseServer  # noqa: E402


@pytest.fixture(scope="session")
def synapse() -> Iterator[SynapseServer]:
    python = os.environ.get("BRUG_SYNAPSE_PYTHON")
    if python is None and importlib.util.find_spec("synapse") is None:
        pytest.skip(
            "matrix-synapse is not installed in this interpreter, so the Matrix tests "
            "cannot run a homeserver (pip install matrix-synapse, or set BRUG_SYNAPSE_PYTHON)"
        )
    server = SynapseServer(python=python)
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def matrix_user(synapse: SynapseServer) -> Callable[..., MatrixUser]:
    """Factory for fresh accounts; localparts are unique across the session."""

    def make(prefix: str = "user", *, admin: bool = False) -> MatrixUser:
        localpart = f"{prefix}-{secrets.token_hex(5)}".lower()
        password = secrets.token_urlsafe(12)
        user_id = synapse.register(localpart, password, admin=admin)
        return MatrixUser(user_id=user_id, localpart=localpart, password=password)

    return make


@pytest_asyncio.fixture
async def nio_client(
    synapse: SynapseServer, tmp_path: Path
) -> AsyncIterator[Callable[..., Awaitable[Any]]]:
    """Factory for logged-in nio clients (imported lazily: skips without matrix-nio)."""
    nio = pytest.importorskip("nio")
    clients: list[Any] = []

    async def make(
        user: MatrixUser, *, encryption: bool = True, device_name: str = "test", **config: Any
    ) -> Any:
        store = tmp_path / f"nio-{user.localpart}-{len(clients)}"
        store.mkdir()
        client = nio.AsyncClient(
            synapse.homeserver_url,
            user.user_id,
            store_path=str(store),
            config=nio.AsyncClientConfig(
                encryption_enabled=encryption, store_sync_tokens=True, **config
            ),
        )
        clients.append(client)
        response = await client.login(user.password, device_name=device_name)
        assert isinstance(response, nio.LoginResponse), response
        return client

    yield make
    for client in clients:
        await client.close()


# --- Brug's adapter and the people who talk to it ---------------------------------------------


class BrugBot:
    """Brug's Matrix account for one test; `start()` runs an adapter on the test's engine.

    Every start uses the same store directory and database, as a restarted `brug run` would.
    """

    def __init__(self, synapse: SynapseServer, user: MatrixUser, engine: Any, store: Path) -> None:
        self.synapse = synapse
        self.user = user
        self.engine = engine
        self.store = store
        self.adapters: list[Any] = []

    @property
    def user_id(self) -> str:
        return self.user.user_id

    async def start(self, *, allowed: str | None = None, **options: Any) -> Any:
        from bot.adapters.matrix.adapter import MatrixAdapter
        from bot.adapters.matrix.config import MatrixSettings

        settings = MatrixSettings(
            homeserver=self.synapse.homeserver_url,
            store_dir=self.store,
            user=self.user.user_id,
            password=self.user.password,
            allowed=allowed,
        )
        options.setdefault("reconnect_cap", 0.3)
        adapter = MatrixAdapter(self.engine, settings, **options)
        self.adapters.append(adapter)
        await adapter.start()
        return adapter


@pytest_asyncio.fixture
async def brug_bot(
    synapse: SynapseServer, matrix_user: Callable[..., MatrixUser], engine: Any, tmp_path: Path
) -> AsyncIterator[BrugBot]:
    pytest.importorskip("nio")
    bot = BrugBot(synapse, matrix_user("brug"), engine, tmp_path / "matrix")
    yield bot
    for adapter in bot.adapters:
        await adapter.stop()


@pytest.fixture
def replies(engine: Any) -> Any:
    from tests.matrix.people import Replies

    return Replies(engine)


@pytest_asyncio.fixture
async def person(
    brug_bot: BrugBot,
    matrix_user: Callable[..., MatrixUser],
    nio_client: Callable[..., Awaitable[Any]],
) -> Callable[..., Awaitable[Any]]:
    """Factory: `await person("ann")`, a person on a real nio client with device keys."""
    from tests.matrix.people import Person

    async def make(prefix: str = "ann") -> Person:
        user = matrix_user(prefix)
        # Quick retries: the client notices a restarted homeserver within a fraction of a second.
        client = await nio_client(user, backoff_factor=0.05, max_timeout_retry_wait_time=0.3)
        await client.keys_upload()
        return Person(client, user, brug_bot.user_id)

    return make
