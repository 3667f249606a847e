"""What every benchmark shares: the five-step flow, seeded stores, the machine and result rows."""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import sys
import time
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager, closing
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import bot
from bot.app import load_context, open_engine, settle_for_serving
from bot.core.messages import ButtonPress, ConversationKey, Incoming
from bot.core.state import ConversationState, Position
from bot.core.step import Context
from bot.engine import Engine
from bot.store import Store

ROOT = Path(__file__).resolve().parent.parent
PLATFORM = "bench"
FLOW, FIRST, LAST = "danger_pause", "describe", "share"
TURN = 40  # the prepared conversations' turn counter: buttons carry it
# The five steps inside the exercise, from `describe`: text, text, button, text, text.
TEXTS = (
    "Ik wilde Sam appen en deed het toch niet",
    "Weglopen en niets meer zeggen",
    None,  # the button "this is old" on the question
    "Het voelde als gevaar, maar het is een oude reflex",
    "Heb je zin om zaterdag koffie te drinken?",
)
OLD_BUTTON = 1  # real, old, unsure: the second one
STEPS = len(TEXTS)


@dataclass(frozen=True)
class Sizes:
    """How much each benchmark does: the full run, or the smoke run of `--quick`."""

    conversations: int = 10_000  # Brug's throughput: each walks the five steps
    in_flight: int = 1_000  # conversations handled at once, as an adapter's lanes would
    latency_rate: int = 1_000  # offered messages per second, open loop
    latency_seconds: float = 10.0
    peer_population: int = 10_000  # people in the peer's pickle file
    peer_default_active: int = 20  # of them walking the five steps, default persistence
    peer_durable_active: int = 4  # of them walking the five steps, flushed every update
    disk_commits: int = 20_000
    memory_users: tuple[int, ...] = (1_000, 100_000, 1_000_000)  # both sides
    cold_starts: int = 5
    backlog_nudges: int = 10_000  # due at once, draining through the Telegram adapter
    backlog_seconds: float = 60.0  # the window measured while people write
    chart_pictures: int = 10  # /progress pictures drawn after the first
    matrix_people: int = 20  # in encrypted direct chats on a local Synapse, at once
    matrix_messages: int = 10  # each, after one that warms the encryption up


QUICK = Sizes(
    conversations=500,
    in_flight=100,
    latency_seconds=1.0,
    peer_population=500,
    peer_default_active=10,
    peer_durable_active=2,
    disk_commits=1_000,
    memory_users=(1_000, 5_000),
    cold_starts=1,
    backlog_nudges=300,
    backlog_seconds=3.0,
    chart_pictures=2,
    matrix_people=3,
    matrix_messages=2,
)


@dataclass
class Figure:
    """One row of the table: a measured value, and the target it is held against, if any."""

    name: str
    value: float
    unit: str
    target: str = ""
    met: bool | None = None
    note: str = ""


@dataclass
class Report:
    figures: list[Figure] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        return figure

    def value(self, name: str) -> float:
        return next(f.value for f in self.figures if f.name == name)

    def as_json(self) -> dict[str, Any]:
        return {"figures": [asdict(f) for f in self.figures], "details": self.details}


def key_of(n: int) -> ConversationKey:
    return ConversationKey(PLATFORM, f"c{n}", f"u{n}")


def prepared_state(ctx: Context, now: int) -> ConversationState:
    """An onboarded person with consent, in the danger pause, at its `describe` question."""
    return ConversationState(
        lang="nl",
        country="NL",
        tz="Europe/Amsterdam",
        consent=True,
        onboarded=True,
        position=Position(FLOW, ctx.dialogues[FLOW].version, FIRST),
        turn=TURN,
        last_seen=now,
        settings={
            "patterns": ["danger_pause", "rumination"],
            "review_day": "sun",
            "checkin_monthly": "yes",
        },
    )


def five_steps(n: int) -> list[Incoming]:
    """Conversation n's five messages, as the Telegram adapter would hand them to the engine
    (numbered by update id; a Matrix event id costs one more read and row per step)."""
    key = key_of(n)
    steps = []
    for i, text in enumerate(TEXTS):
        update = n * len(TEXTS) + i + 1
        if text is None:  # the question is asked at turn TURN + 2 (describe → urge → question)
            incoming = Incoming(key, press=ButtonPress(TURN + 2, OLD_BUTTON), update_id=update)
        else:
            incoming = Incoming(key, text=text, update_id=update)
        steps.append(incoming)
    return steps


def seed_conversations(path: Path, rows: Iterable[tuple[int, str]]) -> None:
    """Write conversation rows (n, state JSON) in one transaction, bypassing the engine."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO conversations (platform, chat, user, data, updated_at)"
            " VALUES (?, ?, ?, ?, 0)",
            ((PLATFORM, f"c{n}", f"u{n}", data) for n, data in rows),
        )
        conn.execute("COMMIT")


async def create_store(path: Path) -> None:
    """An empty Brug database: the schema of the real migrations."""
    store = await Store.open(path)
    await store.close()


@asynccontextmanager
async def brug_engine(path: Path, ctx: Context) -> AsyncIterator[Engine]:
    """An engine as `brug run` sets it up (`open_engine`, then `settle_for_serving`)."""
    engine = await open_engine(path, ctx)
    settle_for_serving()
    try:
        yield engine
    finally:
        await engine.store.close()


async def seeded_engine_file(path: Path, ctx: Context, conversations: int) -> None:
    """A database holding `conversations` people at the start of the five steps."""
    await create_store(path)
    data = prepared_state(ctx, int(time.time())).to_json()
    seed_conversations(path, ((n, data) for n in range(conversations)))


def positions(path: Path) -> dict[str, int]:
    """How many stored conversations are at each flow@version:state (to check a run)."""
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(
            "SELECT json_extract(data, '$.position'), COUNT(*) FROM conversations GROUP BY 1"
        ).fetchall()
    return {str(position): int(count) for position, count in rows}


def context() -> Context:
    return load_context(ROOT)


def rss_kib() -> int:
    """Resident memory of this process, from /proc/self/status."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100), nearest rank."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def file_system(path: Path) -> str:
    """The file system type and device holding `path`, from /proc/mounts."""
    target = str(path.resolve())
    best = ("", "?", "?")
    for line in Path("/proc/mounts").read_text().splitlines():
        device, mount, kind, *_ = line.split()
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) > len(best[0]):
            best = (mount, kind, device)
    return f"{best[1]} ({best[2]} on {best[0]})"


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def machine(temp: Path) -> dict[str, Any]:
    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "cores_used": sorted(os.sched_getaffinity(0)),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "memory_mib": os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2**20,
        "python": sys.version.split()[0],
        "os": platform.platform(),
        "sqlite": sqlite3.sqlite_version,
        "python_telegram_bot": metadata.version("python-telegram-bot"),
        "temp_dir": str(temp),
        "temp_file_system": file_system(temp),
        # as deployed: compiled by `python3 dev.py build` (bot/compiled.py), or the sources
        "compiled": "compiled (mypyc)" if bot.COMPILED else "plain Python",
    }


def dump_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
