"""Running Brug for real: configuration, encryption at rest, backups, retention, forget,
stats and metrics."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.config import ConfigError, load
from bot.core.messages import ConversationKey, Incoming
from bot.engine import Engine
from bot.metrics import HealthServer
from bot.store import Store, StoreBusy, maintenance
from bot.store.crypto import EncryptionKeyError, Sealer, new_key, read_key
from tests.conftest import FixedClock
from tests.conversation import Brug

BRUG = [sys.executable, "-m", "bot"]


def brug(
    *args: str, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*BRUG, *args],
        capture_output=True,
        text=True,
        timeout=60,
        input=stdin,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.parametrize(
    ("toml", "env", "message"),
    [
        ("[storage]\npaht = 'x'\n", {}, "unknown key storage.paht (known: path,"),
        ("[store]\npath = 'x'\n", {}, "unknown section [store]"),
        ("[storage]\nretention_months = 'six'\n", {}, "storage.retention_months must be a whole"),
        (
            "[telegram]\ntoken = 'abc'\n",
            {},
            "telegram.token is a secret and may not be in the file",
        ),
        ("[telegram]\ntoken_file = '/nope/token'\n", {}, "telegram.token_file: cannot read /nope"),
        ("[matrix]\nhomeserver = 'http://x'\nuser = '@b:x'\n", {}, "matrix: no password"),
        ("[log]\nlevel = 'LOUD'\n", {}, "log.level must be one of"),
        ("", {"BRUG_STORAGE_RETENTION_MONTHS": "soon"}, "storage.retention_months must be a"),
        ("[telegram]\napi_url = 'http://127.0.0.1:1/bot'\n", {}, "telegram: no token"),
    ],
)
def test_configuration_errors_name_the_key(
    tmp_path: Path, toml: str, env: dict[str, str], message: str
) -> None:
    path = tmp_path / "brug.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("(", r"\(")):
        load(path, env, tmp_path / "db")


def test_configuration_from_file_environment_and_secret_files(tmp_path: Path) -> None:
    (tmp_path / "token").write_text("123:abc\n")
    path = tmp_path / "brug.toml"
    path.write_text(
        f"[storage]\npath = '{tmp_path}/b.sqlite3'\nretention_months = 6\n"
        f"[telegram]\ntoken_file = '{tmp_path}/token'\n[metrics]\nlisten = '127.0.0.1:0'\n"
    )
    loaded = load(path, {"BRUG_STORAGE_RETENTION_MONTHS": "12"}, tmp_path / "default")
    assert loaded.db_path == tmp_path / "b.sqlite3"
    assert loaded.retention_months == 12  # the environment wins
    assert loaded.platform_env == {"BRUG_TELEGRAM_TOKEN": "123:abc"}
    assert loaded.metrics_listen == ("127.0.0.1", 0)


def test_a_bad_configuration_stops_brug_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "brug.toml"
    path.write_text("[telegram]\ntokn_file = 'x'\n")
    result = brug("run", "--config", str(path))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "unknown key telegram.tokn_file" in result.stderr


async def test_what_people_write_is_encrypted_at_rest(tmp_path: Path, ctx, clock) -> None:
    key_file = tmp_path / "key"
    key_file.write_text(new_key())
    with pytest.raises(EncryptionKeyError, match="chmod 600"):  # open to others, as ssh refuses
        read_key(key_file)
    key_file.chmod(0o600)
    sealer = Sealer(read_key(key_file))
    db = tmp_path / "b.sqlite3"
    store = await Store.open(db, sealer)
    engine = Engine(store, ctx, clock)
    await engine.start()
    chat = await Brug(engine).onboarded("ann", lang="nl")
    for text in [
        "Afstand nemen als het dichtbij komt",
        "Ja",
        "Ja, laten we beginnen",
        "Ik ben er",
        "Mijn buurvrouw Griselda",
        "Wegkijken",
    ]:
        await chat.say(text)
    await store.close()
    raw = db.read_bytes() + (
        db.with_name(db.name + "-wal").read_bytes()
        if db.with_name(db.name + "-wal").exists()
        else b""
    )
    assert b"Griselda" not in raw
    with pytest.raises(EncryptionKeyError, match="stored data is encrypted"):
        maintenance.stats(db, None)
    other = Sealer(read_key_from(tmp_path / "other"))
    with pytest.raises(EncryptionKeyError, match="configured key is"):
        maintenance.stats(db, other)
    assert maintenance.rotate_key(db, sealer, other) > 0
    with pytest.raises(EncryptionKeyError):
        maintenance.stats(db, sealer)  # the old key no longer opens it
    store = await Store.open(db, other)
    state = await store.load(chat.key)
    assert state.position.answers["moment"] == "Mijn buurvrouw Griselda"
    await store.close()


def read_key_from(path: Path) -> bytes:
    path.write_text(new_key())
    path.chmod(0o600)
    return read_key(path)


async def test_with_a_key_the_pseudonym_secret_is_derived_not_kept(tmp_path: Path, ctx) -> None:
    db, key = tmp_path / "b.sqlite3", ConversationKey("test", "1", "1")
    store = await Store.open(db)  # before a key was configured: a random secret, kept
    await Engine(store, ctx, FixedClock()).start()
    assert await store.cursor("pseudonym-secret")
    await store.close()
    sealer = Sealer(read_key_from(tmp_path / "key"))
    names = []
    for _ in range(2):  # the same pseudonyms after a restart, with nothing kept for them
        store = await Store.open(db, sealer)
        engine = Engine(store, ctx, FixedClock())
        await engine.start()
        names.append(engine.who(key))
        assert await store.cursor("pseudonym-secret") is None
        await store.close()
    assert names[0] == names[1]


@pytest.mark.timeout(60)
def test_rotate_key_waits_until_brug_has_stopped(tmp_path: Path) -> None:
    """A running Brug would go on writing under the old key: rotation is refused until it
    stops (a lock beside the file, which the system releases however Brug ends)."""
    db, new = tmp_path / "b.sqlite3", Sealer(read_key_from(tmp_path / "key"))
    running = subprocess.Popen(
        [sys.executable, "-m", "bot", "chat", "--db", str(db), "--lang", "nl"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    assert running.stdout is not None and running.stdin is not None
    running.stdin.write("hallo\n")
    running.stdin.flush()
    assert "Brug" in running.stdout.readline()  # it answered: it has the file open
    with pytest.raises(StoreBusy, match="Brug is running on"):
        maintenance.rotate_key(db, None, new)
    refused = brug("rotate-key", "--db", str(db), "--new-key-file", str(tmp_path / "key"))
    assert refused.returncode == 2 and "Brug is running on" in refused.stderr
    assert "Traceback" not in refused.stderr
    running.kill()  # however it ends, the lock goes with it
    running.wait(10)
    assert maintenance.rotate_key(db, None, new) > 0


def test_a_missing_or_wrong_key_is_one_clear_line(tmp_path: Path) -> None:
    key = tmp_path / "key"
    key.write_text(new_key())
    key.chmod(0o600)
    db = tmp_path / "b.sqlite3"
    env = {"BRUG_STORAGE_ENCRYPTION_KEY_FILE": str(key)}
    assert brug("chat", "--db", str(db), "--lang", "nl", stdin="hallo\n", env=env).returncode == 0
    result = brug("chat", "--db", str(db), "--lang", "nl")
    assert result.returncode == 2 and "stored data is encrypted" in result.stderr
    missing = brug("chat", "--db", str(db), env={"BRUG_STORAGE_ENCRYPTION_KEY_FILE": "/nope"})
    assert missing.returncode == 2 and "cannot read the encryption key file /nope" in missing.stderr


async def test_backup_while_writing(tmp_path: Path, ctx) -> None:
    db = tmp_path / "b.sqlite3"
    store = await Store.open(db)
    engine = Engine(store, ctx, FixedClock())
    await engine.start()

    async def keep_writing() -> int:
        n = 0
        while not done.is_set():
            await engine.handle(
                Incoming(ConversationKey("test", f"c{n}", f"u{n}"), text="hallo", lang_hint="nl")
            )
            n += 1
        return n

    done = asyncio.Event()
    writer = asyncio.create_task(keep_writing())
    await asyncio.sleep(0.2)
    pages = await asyncio.to_thread(maintenance.backup, db, tmp_path / "copy.sqlite3")
    done.set()
    written = await writer
    await store.close()
    with sqlite3.connect(tmp_path / "copy.sqlite3") as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        copied = copy.execute("SELECT COUNT(*) FROM conversations").fetchone()[0]
    assert pages > 0 and 0 < copied <= written
    assert (tmp_path / "copy.sqlite3").stat().st_mode & 0o777 == 0o600


async def test_retention_forget_and_stats(brug: Brug) -> None:
    chat = await brug.onboarded("ann", lang="en")
    await chat.tap("Pulling away")
    for text in [
        "Yes",
        "Yes, let's start",
        "I'm here",
        "x",
        "y",
        "Something old",
        "z",
        "q",
        "Maybe",
    ]:
        await chat.say(text)
    db = brug.engine.store.path
    assert maintenance.apply_retention(db, 6) == 0
    assert maintenance.apply_retention(db, 6, now=time.time() + 200 * 86_400) == 1
    stats = maintenance.stats(db, None)
    assert stats["people"] == {
        "test": {"conversations": 1, "onboarded": 1, "consent": 1, "inactive": 0}
    }
    assert maintenance.forget(db, "test", "ann") > 0
    assert await brug.engine.store.rows_about("test", "ann") == 0
    await asyncio.sleep(1.1)  # the running store notices the outside write and drops its cache
    assert await brug.engine.store.load(chat.key) is None


def samples(page: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """The numbers of a Prometheus text page, by sample name and labels."""
    body = page.partition("\r\n\r\n")[2]
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(body)
        for sample in family.samples
    }


async def test_metrics_and_health_over_http(brug: Brug) -> None:
    health = HealthServer("127.0.0.1", 0)
    async with health.running():

        async def get(path: str) -> str:
            reader, writer = await asyncio.open_connection("127.0.0.1", health.port)
            writer.write(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            await writer.drain()
            data = await reader.read()
            writer.close()
            return data.decode()

        chat = await brug.onboarded("ann")
        before = samples(await get("/metrics"))
        await chat.say("ik wil niet meer leven")
        page = await get("/metrics")
        after = samples(page)

        def moved(name: str, **labels: str) -> float:
            key = (name, frozenset(labels.items()))
            return after.get(key, 0.0) - before.get(key, 0.0)

        # The registry lives as long as the process: what one message adds, not what is there.
        assert moved("brug_messages_in_total", platform="test") == 1
        assert moved("brug_messages_out_total", platform="test") == len(chat.replies) > 0
        assert moved("brug_safety_events_total", kind="crisis") == 1
        assert moved("brug_step_seconds_count") == 1 and moved("brug_step_seconds_sum") > 0
        assert moved("brug_step_seconds_bucket", le="+Inf") == 1
        assert "niet meer leven" not in page
        assert (await get("/healthz")).startswith("HTTP/1.1 200")
        health.healthy = False
        assert (await get("/healthz")).startswith("HTTP/1.1 503")
