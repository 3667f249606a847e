"""`brug run` as a real process under load: SIGTERM finishes what is in flight, a restart
sends what is left, and nobody's message is lost or answered twice."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from tests.telegram_api_server import TelegramApiServer

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

PEOPLE = [7000 + n for n in range(80)]


async def start_brug(server: TelegramApiServer, db: Path) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "BRUG_TELEGRAM_TOKEN": server.token,
        "BRUG_TELEGRAM_API_URL": server.base_url,
        "BRUG_DB": str(db),
        "BRUG_METRICS_LISTEN": "off",
        "BRUG_CONFIG": os.devnull,
    }
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=env, stderr=asyncio.subprocess.PIPE
    )


async def test_sigterm_during_load_loses_nothing_and_doubles_nothing(tmp_path: Path) -> None:
    db = tmp_path / "brug.sqlite3"
    async with TelegramApiServer() as server:
        brug = await start_brug(server, db)
        for person in PEOPLE:
            server.push_text(person, "hallo", language_code="nl")
        await server.wait_for(lambda: len(server.sent()) >= 3, timeout=20, what="first replies")
        brug.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(brug.communicate(), 30)
        assert brug.returncode == 0, stderr.decode()[-2000:]
        assert b'"event":"stopped"' in stderr
        sent_before = len(server.sent())
        brug = await start_brug(server, db)
        await server.wait_for(
            lambda: len(server.sent()) >= 2 * len(PEOPLE), timeout=30, what="every reply"
        )
        await asyncio.sleep(1.0)  # room for any double to show up
        brug.send_signal(signal.SIGTERM)
        await asyncio.wait_for(brug.communicate(), 30)
    for person in PEOPLE:
        texts = [m.text for m in server.sent(person)]
        assert len(texts) == 2, (person, texts)  # the welcome and the introduction, once each
        assert texts[0].startswith("Hoi, ik ben Brug")
    print(f"\n{sent_before} of {2 * len(PEOPLE)} replies sent before SIGTERM, the rest after")
